/** Tracks the viewer's prefers-reduced-motion setting and re-renders its host when it changes. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ReducedMotionController implements ReactiveController {
  /** True when the viewer asked for less motion: animations stay still. */
  reduce = false;
  private query: MediaQueryList | undefined;
  private readonly onChange = (event: MediaQueryListEvent) => {
    this.reduce = event.matches;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reduce = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }
}
