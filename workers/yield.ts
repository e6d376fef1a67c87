/**
 * Lets the event loop run between chunks of a long computation, so that a newer request's
 * message is handled and can supersede the current run. A macrotask is needed: microtasks
 * (a resolved promise) run before any message.
 */

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/** Resolves after pending messages have been handled (setImmediate in Node, a MessageChannel in browsers). */
export function yieldToEventLoop(): Promise<void> {
  // Node: setImmediate runs after the poll phase that delivers worker messages, and unlike an
  // open MessageChannel it does not keep the process alive.
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  // Browsers: setTimeout(0) is clamped to 4 ms once nested, a channel message is not.
  if (channel === null) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
