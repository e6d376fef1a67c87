/**
 * The scenario picker: the preset catalogue as a list, with the chosen preset's caption under it.
 * Loading a preset replaces every setting and the seed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Preset } from '../../presets/index.ts';
import { hasMessage, t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

/** A preset's title in the catalogue's language (`preset.<id>.title`), or its own for an unknown preset. */
function presetTitle(preset: Preset): string {
  const key = `preset.${preset.id}.title`;
  return hasMessage(key) ? t(key) : preset.title;
}

export function presetCaption(preset: Preset): string {
  const key = `preset.${preset.id}.caption`;
  return hasMessage(key) ? t(key) : preset.caption;
}

/**
 * Picks a preset.
 * @fires preset-change - The user chose a preset: detail `{id}`.
 */
@customElement('runaway-preset-picker')
export class RunawayPresetPicker extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        min-width: 0;
        max-width: 100%;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 1rem;
      }
      .row {
        display: flex;
        flex: 0 1 auto;
        min-width: 0;
        max-width: 100%;
        align-items: center;
        gap: 0.4rem 0.6rem;
      }
      label {
        font-weight: 700;
      }
      select {
        flex: 1 1 auto;
        width: 100%;
        min-width: 0;
        font-weight: 600;
      }
      .caption {
        flex: 1 1 18rem;
        margin: 0;
        color: var(--ink-soft);
        font-size: 0.85rem;
        line-height: 1.35;
      }
    `,
  ];

  @property({ attribute: false }) presets: readonly Preset[] = [];
  @property() selected = '';
  /** Leave the caption out (the page shows it elsewhere). */
  @property({ type: Boolean, attribute: 'no-caption' }) noCaption = false;

  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override render() {
    const current = this.presets.find((preset) => preset.id === this.selected);
    return html`<div class="row">
        <label for="preset">${t('picker.label')}</label>
        <select id="preset" aria-describedby=${this.noCaption ? nothing : 'caption'} @change=${this.onChange}>
          ${this.presets.map((preset) => html`<option value=${preset.id} ?selected=${preset.id === this.selected}>${presetTitle(preset)}</option>`)}
        </select>
      </div>
      ${this.noCaption ? nothing : html`<p class="caption" id="caption">${current ? presetCaption(current) : ''}</p>`}`;
  }

  private onChange(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('preset-change', { detail: { id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-preset-picker': RunawayPresetPicker;
  }
}
