/**
 * Playback shortcuts for the whole page: Space plays or pauses, the arrows move one day (ten
 * with Shift), Home goes to the first day and End to the last. They stay out of the way of form
 * fields, where the same keys already mean something (typing, moving a slider), and leave Space
 * and Enter to a focused button, so that after a click on a button the arrows still move the day.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PlaybackShortcuts {
  toggle(): void;
  step(delta: number): void;
  first(): void;
  last(): void;
}

/** Elements whose own keyboard behaviour wins over the page's shortcuts for every key. */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Elements that only use Space and Enter themselves: the arrows, Home and End stay playback keys. */
const ACTIVATE_ONLY = new Set(['BUTTON', 'SUMMARY', 'A']);

/** Whether `target` keeps `key` for itself. A slider keeps its arrows, Home and End, not Space. */
function keepsKey(target: HTMLElement, key: string): boolean {
  if (target.isContentEditable) return true;
  if (ACTIVATE_ONLY.has(target.tagName)) return key === ' ' || key === 'Enter';
  if (target instanceof HTMLInputElement && target.type === 'range') return key !== ' ';
  return OWN_KEYS.has(target.tagName);
}

export class KeyboardShortcutsController implements ReactiveController {
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && keepsKey(target, event.key)) return;
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
