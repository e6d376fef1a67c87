/**
 * The hash controller: reads the link on connect and on hashchange, writes with replaceState
 * (never pushState, so no history trail), cleans a malformed link to its valid part, and keeps
 * the notices until dismissed. Runs against a stand-in window in Node.
 */
import { describe, expect, it } from 'vitest';
import { validateParams } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { PermalinkController, type HashWindow } from '../../src/share/hash-controller.ts';
import type { DecodedPermalink } from '../../src/share/permalink.ts';
import { shareStateFor } from '../../src/share/share-state.ts';

class FakeWindow implements HashWindow {
  location = { hash: '', href: 'http://127.0.0.1:4173/index.html' };
  replaced: string[] = [];
  private listeners: (() => void)[] = [];
  history = {
    state: null,
    replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
      this.setUrl(String(url));
      this.replaced.push(String(url));
    },
  };
  addEventListener(_type: 'hashchange', listener: () => void): void {
    this.listeners.push(listener);
  }
  removeEventListener(_type: 'hashchange', listener: () => void): void {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }
  /** A navigation by the user: sets the hash and fires hashchange. */
  navigate(hash: string): void {
    this.setUrl(`http://127.0.0.1:4173/index.html#${hash}`);
    for (const listener of this.listeners) listener();
  }
  setUrl(href: string): void {
    const url = new URL(href);
    this.location = { hash: url.hash, href: url.href };
  }
}

function setup(startHash = '') {
  const window = new FakeWindow();
  if (startHash) window.setUrl(`${window.location.href}#${startHash}`);
  const applied: DecodedPermalink[] = [];
  const controllers: { hostConnected?(): void; hostDisconnected?(): void }[] = [];
  let updates = 0;
  const host = { addController: (c: (typeof controllers)[number]) => controllers.push(c), removeController() {}, requestUpdate: () => updates++, updateComplete: Promise.resolve(true) };
  const controller = new PermalinkController(host, { apply: (decoded) => applied.push(decoded), window });
  return { window, applied, controller, connect: () => controllers.forEach((c) => c.hostConnected?.()), disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()), updates: () => updates };
}

const biased = findPreset('biased-history')!;

describe('PermalinkController', () => {
  it('applies the link the page was opened with', () => {
    const { applied, connect } = setup('v=1&preset=stop-and-frisk&seed=9&days=40');
    connect();
    expect(applied).toHaveLength(1);
    expect(applied[0]!.preset.id).toBe('stop-and-frisk');
    expect(applied[0]!.params.days).toBe(40);
  });

  it('leaves the page alone when opened without a hash', () => {
    const { applied, connect } = setup();
    connect();
    expect(applied).toEqual([]);
  });

  it('writes state changes with replaceState, once per distinct state', () => {
    const { window, controller, connect } = setup();
    connect();
    const params = validateParams({ deployment: { units: 20 } }, biased.params);
    controller.write(shareStateFor(biased, params, 7));
    controller.write(shareStateFor(biased, params, 7));
    expect(window.replaced).toEqual(['http://127.0.0.1:4173/index.html#v=1&preset=biased-history&seed=7&deployment.units=20']);
  });

  it('reads a hash typed or pasted later, but not the hashes it wrote itself', () => {
    const { window, applied, controller, connect } = setup();
    connect();
    controller.write(shareStateFor(biased, biased.params, 7));
    window.navigate('v=1&preset=biased-history&seed=7');
    expect(applied).toHaveLength(0);
    window.navigate('v=1&preset=biased-history&seed=8');
    expect(applied.map((decoded) => decoded.state.seed)).toEqual([8]);
  });

  it('keeps the notices of a malformed link until dismissed, then the page rewrites the valid part', () => {
    const { window, applied, controller, connect, updates } = setup('v=1&preset=biased-history&seed=7&days=99999&bogus=1');
    connect();
    expect(controller.notices.map((notice) => notice.key)).toEqual(['days', 'bogus']);
    controller.write(applied[0]!.state);
    expect(window.location.hash).toBe('#v=1&preset=biased-history&seed=7');
    const before = updates();
    controller.dismissNotices();
    expect(controller.notices).toEqual([]);
    expect(updates()).toBe(before + 1);
  });

  it('stops listening when disconnected', () => {
    const { window, applied, connect, disconnect } = setup();
    connect();
    disconnect();
    window.navigate('v=1&preset=biased-history&seed=3');
    expect(applied).toEqual([]);
  });

  it('gives the full URL of a state for a copy-link button', () => {
    const { controller } = setup('v=1&preset=biased-history&seed=1');
    expect(controller.linkFor(shareStateFor(biased, biased.params, 2))).toBe('http://127.0.0.1:4173/index.html#v=1&preset=biased-history&seed=2');
  });
});
