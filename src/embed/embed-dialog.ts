/**
 * `<runaway-embed-dialog>`: the "Embed" dialog. For the state on screen (preset, seed, changed
 * parameters, day) it lets the user pick the views and copy two snippets: an iframe of
 * embed.html, which works in any page, and the `<runaway-sim>` element, for sites that host the
 * library next to their pages.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { findPreset } from '../../presets/index.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { ShareState } from '../share/share-state.ts';
import { presetTitle } from '../stories/story.ts';
import { DEFAULT_VIEWS, VIEW_IDS, VIEWS, type ViewId } from '../share/views.ts';
import { elementSnippet, iframeSnippet } from './snippets.ts';
import '../i18n/parts/learning.ts';

/**
 * Dialog that generates the embed snippets.
 * @fires snippet-copied - CustomEvent<{kind: 'iframe' | 'element'}> after a snippet was copied
 * @csspart dialog - the <dialog>
 */
@customElement('runaway-embed-dialog')
export class EmbedDialog extends LitElement {
  static override styles = css`
    :host {
      font: inherit;
    }
    dialog {
      width: min(52rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      padding: 1rem 1.2rem;
      border: 1px solid #a9a59c;
      border-radius: 8px;
      color: #1c1d1f;
      background: #ffffff;
    }
    dialog::backdrop {
      background: rgba(0, 0, 0, 0.45);
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.3rem;
    }
    h3 {
      margin: 0.8rem 0 0.2rem;
      font-size: 1.05rem;
    }
    p {
      margin: 0.2rem 0 0.4rem;
    }
    .note {
      font-size: 0.9rem;
      color: #4a4d52;
    }
    fieldset {
      margin: 0.4rem 0;
      padding: 0.4rem 0.6rem;
      border: 1px solid #d9d6cf;
      border-radius: 6px;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      min-height: 32px;
      margin-right: 1rem;
    }
    textarea {
      display: block;
      width: 100%;
      min-height: 5.5rem;
      font: 0.85rem/1.4 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      padding: 0.4rem;
      border: 1px solid #a9a59c;
      border-radius: 4px;
      resize: vertical;
    }
    .row {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.3rem;
    }
    button {
      font: inherit;
      min-height: 44px;
      padding: 0.35em 0.9em;
      border: 1px solid #a9a59c;
      border-radius: 6px;
      background: #ffffff;
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible,
    input:focus-visible,
    textarea:focus-visible {
      outline: 3px solid #1a56db;
      outline-offset: 2px;
    }
    .close {
      float: right;
    }
  `;

  /** What to embed: preset, seed, changed parameters and view. */
  @property({ attribute: false }) state: ShareState | null = null;
  /**
   * The preset's title, for the iframe's accessible name, when the catalogue has none for the
   * state's preset (a known preset is named by its `preset.<id>.title` message, in the current locale).
   */
  @property({ attribute: 'preset-title' }) presetTitle = '';
  /** Address of embed.html (default: next to this page). */
  @property({ attribute: 'embed-url' }) embedUrl = '';
  /** Address of runaway-sim.js as host pages load it (default: next to this page). */
  @property({ attribute: 'library-url' }) libraryUrl = '';

  @state() private views: ViewId[] = [...DEFAULT_VIEWS];
  @state() private copied = '';
  @query('dialog') private dialog?: HTMLDialogElement;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Opens the dialog (modal), starting from the views the state names. */
  show(): void {
    this.views = [...(this.state?.view.show ?? DEFAULT_VIEWS)];
    this.copied = '';
    void this.updateComplete.then(() => this.dialog?.showModal());
  }

  close(): void {
    this.dialog?.close();
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The iframe snippet for the chosen views. */
  get iframeCode(): string {
    if (!this.state) return '';
    return iframeSnippet(this.chosenState(this.state), { embedUrl: this.resolvedEmbedUrl(), title: t('embed.dialog.iframeTitle', { title: this.titleOf(this.state) }) });
  }

  /** The name of the state's preset: its catalogue title, else the title given, else its id. */
  private titleOf(state: ShareState): string {
    const preset = findPreset(state.presetId);
    return preset ? presetTitle(preset) : this.presetTitle || state.presetId;
  }

  /** The custom-element snippet for the chosen views. */
  get elementCode(): string {
    return this.state ? elementSnippet(this.chosenState(this.state), { libraryUrl: this.libraryUrl || new URL('./runaway-sim.js', location.href).href }) : '';
  }

  private chosenState(state: ShareState): ShareState {
    const show = VIEW_IDS.filter((view) => this.views.includes(view));
    return { ...state, view: { ...state.view, show: show.length > 0 ? show : [...DEFAULT_VIEWS] } };
  }

  private resolvedEmbedUrl(): string {
    return this.embedUrl ? new URL(this.embedUrl, location.href).href : new URL('./embed.html', location.href).href;
  }

  private toggleView(view: ViewId, on: boolean): void {
    this.views = on ? [...this.views, view] : this.views.filter((chosen) => chosen !== view);
    this.copied = '';
  }

  private async copy(kind: 'iframe' | 'element'): Promise<void> {
    const text = kind === 'iframe' ? this.iframeCode : this.elementCode;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = t(kind === 'iframe' ? 'embed.dialog.copiedIframe' : 'embed.dialog.copiedElement');
    } catch {
      // No clipboard permission (an insecure page, an iframe): select the text for Ctrl+C instead.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-kind="${kind}"]`);
      area?.focus();
      area?.select();
      this.copied = t('embed.dialog.copyRefused');
    }
    this.dispatchEvent(new CustomEvent('snippet-copied', { detail: { kind }, bubbles: true, composed: true }));
  }

  /** The note on hosting the library, with the build command set as code. */
  private libraryNote() {
    const marker = '\u0000';
    const [before = '', after = ''] = t('embed.dialog.libraryNote', { command: marker }).split(marker);
    return html`${before}<code>npm run build:lib</code>${after}`;
  }

  protected override render() {
    return html`<dialog part="dialog" aria-labelledby="embed-title">
      <button type="button" class="close" @click=${() => this.close()}>${t('embed.dialog.close')}</button>
      <h2 id="embed-title">${t('embed.dialog.heading')}</h2>
      <p>${t('embed.dialog.intro')}</p>
      <fieldset>
        <legend>${t('embed.dialog.views')}</legend>
        ${VIEW_IDS.map(
          (view) => html`<label
            ><input type="checkbox" .checked=${this.views.includes(view)} @change=${(event: Event) => this.toggleView(view, (event.target as HTMLInputElement).checked)} />
            ${VIEWS[view].label}</label
          >`,
        )}
      </fieldset>
      <h3><label for="iframe-code">${t('embed.dialog.iframeHeading')}</label></h3>
      <textarea id="iframe-code" data-kind="iframe" readonly .value=${this.iframeCode}></textarea>
      <div class="row"><button type="button" @click=${() => this.copy('iframe')}>${t('embed.dialog.copyIframe')}</button></div>
      <h3><label for="element-code">${t('embed.dialog.elementHeading')}</label></h3>
      <textarea id="element-code" data-kind="element" readonly .value=${this.elementCode}></textarea>
      <div class="row"><button type="button" @click=${() => this.copy('element')}>${t('embed.dialog.copyElement')}</button></div>
      <p class="note">${this.libraryNote()}</p>
      <p role="status" aria-live="polite">${this.copied}</p>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-embed-dialog': EmbedDialog;
  }
}
