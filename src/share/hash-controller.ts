/**
 * Keeps the URL hash and the page's state in step: on connect and on every `hashchange` it
 * decodes the hash and hands the state (and the notices about what it ignored) to the page; when
 * the page's state changes it writes the hash with history.replaceState, so dragging a slider
 * leaves no trail of history entries and fires no hashchange of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_CHANGE_EVENT, localeEvents } from '../i18n/index.ts';
import { decodePermalink, encodePermalink, type DecodedPermalink } from './permalink.ts';
import type { ShareState } from './share-state.ts';

/** The parts of `window` the controller uses (a test can pass its own). */
export interface HashWindow {
  location: { hash: string; href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface PermalinkOptions {
  /**
   * Called with a decoded link: on connect when the page was opened with a hash, and whenever
   * the hash changes by hand, a link or back/forward. Apply `decoded.state` and show `decoded.notices`.
   */
  apply: (decoded: DecodedPermalink) => void;
  /** Whether to read the hash on connect even when it is empty (default false: keep the page's default). */
  applyEmpty?: boolean;
  window?: HashWindow;
}

export class PermalinkController implements ReactiveController {
  /** Notices of the last link read (empty when it was clean); the page shows them until dismissed. */
  notices: DecodedPermalink['notices'] = [];
  private readonly window: HashWindow;
  private lastWritten = '';
  /** The hash whose notices are shown, to word them again when the locale changes. */
  private noticedHash = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PermalinkOptions,
  ) {
    this.window = options.window ?? (globalThis as unknown as HashWindow);
    host.addController(this);
  }

  hostConnected(): void {
    this.window.addEventListener('hashchange', this.onHashChange);
    localeEvents.addEventListener(LOCALE_CHANGE_EVENT, this.onLocaleChange);
    const hash = this.currentHash();
    if (hash !== '' || this.options.applyEmpty) this.read(hash);
  }

  hostDisconnected(): void {
    this.window.removeEventListener('hashchange', this.onHashChange);
    localeEvents.removeEventListener(LOCALE_CHANGE_EVENT, this.onLocaleChange);
  }

  /** Writes the state into the URL (replacing the current history entry) if it changed. */
  write(state: ShareState): void {
    const hash = encodePermalink(state);
    if (hash === this.lastWritten && hash === this.currentHash()) return;
    this.lastWritten = hash;
    const url = new URL(this.window.location.href);
    url.hash = hash;
    this.window.history.replaceState(this.window.history.state, '', url.href);
  }

  /** The full URL of a state (for a "copy link" button). */
  linkFor(state: ShareState): string {
    const url = new URL(this.window.location.href);
    url.hash = encodePermalink(state);
    return url.href;
  }

  /** Forgets the notices (the notice's close button). */
  dismissNotices(): void {
    this.notices = [];
    this.host.requestUpdate();
  }

  private readonly onHashChange = (): void => {
    const hash = this.currentHash();
    // A hash this controller wrote (replaceState fires no event, but a browser may re-fire on navigation).
    if (hash === this.lastWritten) return;
    this.read(hash);
  };

  /** Notices still on screen are worded again in the new locale (the state they describe does not change). */
  private readonly onLocaleChange = (): void => {
    if (this.notices.length === 0) return;
    this.notices = decodePermalink(this.noticedHash).notices;
    this.host.requestUpdate();
  };

  private read(hash: string): void {
    const decoded = decodePermalink(hash);
    this.notices = decoded.notices;
    this.noticedHash = hash;
    this.lastWritten = encodePermalink(decoded.state);
    this.options.apply(decoded);
    this.host.requestUpdate();
  }

  private currentHash(): string {
    return this.window.location.hash.replace(/^#/, '');
  }
}
