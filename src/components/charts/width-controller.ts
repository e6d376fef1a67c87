/**
 * Tracks the host element's content width with a ResizeObserver, so charts lay themselves out
 * for a projector or a phone. The update is deferred to the next animation frame: re-rendering
 * inside the observer callback could resize the host again and trip the browser's
 * "ResizeObserver loop" error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** Content width of the host in CSS pixels (the fallback until the first observation). */
  width: number;
  private readonly host: ReactiveControllerHost & Element;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(host: ReactiveControllerHost & Element, fallbackWidth = 640) {
    this.host = host;
    this.width = fallbackWidth;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      if (width <= 0 || width === this.width) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
