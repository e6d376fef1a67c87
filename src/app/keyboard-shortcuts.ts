/**
 * Playback shortcuts for the whole page: Space plays or pauses, the arrows move one day (ten
 * with Shift), Home goes to the first day and End to the last. They stay out of the way of form
 * fields and buttons, where the same keys already mean something (typing, moving a slider,
 * pressing the button).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PlaybackShortcuts {
  toggle(): void;
  step(delta: number): void;
  first(): void;
  last(): void;
}

/** Elements whose own keyboard behaviour wins over the page's shortcuts. */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SUMMARY', 'A']);

export class KeyboardShortcutsController implements ReactiveController {
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (OWN_KEYS.has(target.tagName) || target.isContentEditable)) return;
    const handled = this.handle(event.key, event.shiftKey);
    if (handled) event.preventDefault();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly actions: PlaybackShortcuts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
  }

  private handle(key: string, shift: boolean): boolean {
    switch (key) {
      case ' ':
        this.actions.toggle();
        return true;
      case 'ArrowRight':
        this.actions.step(shift ? 10 : 1);
        return true;
      case 'ArrowLeft':
        this.actions.step(shift ? -10 : -1);
        return true;
      case 'Home':
        this.actions.first();
        return true;
      case 'End':
        this.actions.last();
        return true;
      default:
        return false;
    }
  }
}
