/** A Lit reactive controller that re-renders its host when the message locale changes. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_CHANGE_EVENT, localeEvents } from './index.ts';

export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    localeEvents.addEventListener(LOCALE_CHANGE_EVENT, this.onChange);
  }

  hostDisconnected(): void {
    localeEvents.removeEventListener(LOCALE_CHANGE_EVENT, this.onChange);
  }
}
