/**
 * `<runaway-share-menu>`: "Share" actions for the run on screen: copy a link that reopens it
 * exactly, save its settings as a scenario file, and open a scenario file. Opening is checked
 * like a link; a refused file shows the model's message (field and allowed range) and changes
 * nothing, an accepted one is handed to the page in a `scenario-open` event.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { disclosureMenuStyles } from './menu-styles.ts';
import type { Params } from '../../models/index.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { encodePermalink } from './permalink.ts';
import type { ScenarioLoad } from './scenario-file.ts';
import { pickScenarioFile, readScenarioFile, saveScenarioFile } from './scenario-io.ts';
import type { ShareState } from './share-state.ts';

export type ScenarioOpenDetail = Extract<ScenarioLoad, { ok: true }>;

/**
 * Share menu: copy link, save and open scenario files.
 * @fires scenario-open - CustomEvent<ScenarioOpenDetail>: a scenario file was read and checked; apply its state and params (and show its notices)
 * @fires scenario-refused - CustomEvent<{field, message}>: a chosen file was refused
 * @fires link-copied - CustomEvent<{link}>: the link is on the clipboard
 * @csspart summary - the "Share" button
 * @csspart list - the actions
 */
@customElement('runaway-share-menu')
export class ShareMenu extends LitElement {
  static override styles = [
    disclosureMenuStyles,
    css`
      .list {
        width: 22rem;
        padding: 0.4rem;
      }
      input {
        width: 100%;
        font: 0.85rem ui-monospace, Menlo, Consolas, monospace;
        padding: 0.3rem;
      }
      .status {
        margin: 0.3rem 0.7rem 0;
      }
      .refused {
        color: #a4161a;
      }
    `,
  ];

  /** What the link and the file hold: preset, seed, changed parameters (and the view, for links). */
  @property({ attribute: false }) state: ShareState | null = null;
  /** The resolved params of the run on screen (written whole into scenario files). */
  @property({ attribute: false }) params: Params | null = null;
  /** The page links open (default: this page); e.g. the full app's index.html from the iframe mode. */
  @property({ attribute: 'link-base' }) linkBase = '';

  @state() private message = '';
  @state() private refused = false;
  @state() private shownLink = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The link that reopens the state. */
  get link(): string {
    const url = new URL(this.linkBase || location.href, location.href);
    url.hash = this.state ? encodePermalink(this.state) : '';
    return url.href;
  }

  /** Copies the link; if the clipboard is refused, shows it selected for the user to copy. */
  async copyLink(): Promise<void> {
    const link = this.link;
    try {
      await navigator.clipboard.writeText(link);
      this.say(t('share.menu.copied'));
      this.shownLink = '';
      this.dispatchEvent(new CustomEvent('link-copied', { detail: { link }, bubbles: true, composed: true }));
    } catch {
      this.shownLink = link;
      this.say(t('share.menu.copyRefused'));
      await this.updateComplete;
      this.renderRoot.querySelector('input')?.select();
    }
  }

  /** Saves the settings as a scenario file. */
  saveScenario(): void {
    if (!this.state || !this.params) return;
    const fileName = saveScenarioFile(this.state.presetId, this.params, this.state.seed, Object.keys(this.state.overrides).length > 0);
    this.say(t('share.menu.saved', { file: fileName }));
  }

  /** Asks for a scenario file and opens it. */
  async openScenario(): Promise<void> {
    const loaded = await pickScenarioFile();
    if (loaded) this.applyLoad(loaded);
  }

  /** Opens a scenario file given directly (drag and drop, tests). */
  async openScenarioFile(file: Blob): Promise<ScenarioLoad> {
    const loaded = await readScenarioFile(file);
    this.applyLoad(loaded);
    return loaded;
  }

  private applyLoad(loaded: ScenarioLoad): void {
    if (!loaded.ok) {
      this.say(t('share.menu.refused', { message: loaded.message }), true);
      this.dispatchEvent(new CustomEvent('scenario-refused', { detail: { field: loaded.field, message: loaded.message }, bubbles: true, composed: true }));
      return;
    }
    this.say(loaded.notices.length > 0 ? t('share.menu.openedWithNotes', { notes: loaded.notices.map((notice) => notice.message).join(' ') }) : t('share.menu.opened'));
    this.dispatchEvent(new CustomEvent<ScenarioOpenDetail>('scenario-open', { detail: loaded, bubbles: true, composed: true }));
  }

  private say(message: string, refused = false): void {
    this.message = message;
    this.refused = refused;
  }

  protected override render() {
    return html`<details>
      <summary part="summary">${t('share.menu.button')}</summary>
      <div class="list" part="list">
        <button type="button" data-action="copy-link" @click=${() => this.copyLink()}>${t('share.menu.copyLink')}</button>
        <button type="button" data-action="save" ?disabled=${!this.params} @click=${() => this.saveScenario()}>${t('share.menu.save')}</button>
        <button type="button" data-action="open" @click=${() => this.openScenario()}>${t('share.menu.open')}</button>
        ${this.shownLink ? html`<input type="text" readonly aria-label=${t('share.menu.linkLabel')} .value=${this.shownLink} />` : nothing}
        <p class="status ${this.refused ? 'refused' : ''}" role=${this.refused ? 'alert' : 'status'}>${this.message}</p>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-share-menu': ShareMenu;
  }
  interface HTMLElementEventMap {
    'scenario-open': CustomEvent<ScenarioOpenDetail>;
  }
}
