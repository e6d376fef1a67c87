/**
 * One control generated from a parameter's schema entry: a slider and a text box for numbers, a
 * switch for on/off, a list for choices. It shows label, unit and value, explains itself (with
 * its source) on hover or focus, marks a value that differs from the loaded preset with a reset,
 * and shows the allowed range next to itself when a typed value is refused. Every word comes
 * from the message catalogue (`param.<path>.*`, `control.*`).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ParamSpec } from '../../models/index.ts';
import { formatFieldNumber, formatParamValue } from '../i18n/format.ts';
import { optionLabel, paramDescription, paramLabel, paramSource, paramUnit } from '../i18n/param-text.ts';
import { sliderScale, type SliderScale } from '../app/slider-scale.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

/** Detail of `param-edit`: a typed text (numbers) or a value of the right type. */
export type ParamEditDetail = { path: string; text: string } | { path: string; value: unknown };

/**
 * A control for one parameter.
 * @fires param-edit - The user set a value: detail `{path, text}` (typed) or `{path, value}`.
 * @fires param-reset - The user asked for the preset's value back: detail `{path}`.
 * @fires param-clear-error - Escape in the text box: forget the refused value, detail `{path}`.
 * @csspart control - The control's box.
 */
@customElement('runaway-param-control')
export class RunawayParamControl extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      .control {
        padding: 0.55rem 0.7rem 0.6rem;
        border-left: 4px solid transparent;
        border-radius: 0 var(--radius) var(--radius) 0;
      }
      .control.changed {
        border-left-color: var(--changed);
        background: var(--changed-tint);
      }
      .control.inactive .head label,
      .control.inactive .value {
        color: var(--inactive);
      }
      .head {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.5rem;
      }
      label,
      .label {
        font-weight: 600;
        font-size: 0.92rem;
      }
      .value {
        font-variant-numeric: tabular-nums;
        font-size: 0.92rem;
        white-space: nowrap;
        text-align: right;
      }
      .unit {
        color: var(--ink-soft);
        font-size: 0.8rem;
        white-space: normal;
      }
      .inputs {
        display: grid;
        grid-template-columns: 1fr 6.5em;
        gap: 0.5rem;
        align-items: center;
        margin-top: 0.2rem;
      }
      .inputs.text-only {
        grid-template-columns: 1fr;
      }
      .inputs input[type='range'] {
        width: 100%;
        margin: 0;
      }
      .inputs input[type='text'] {
        width: 100%;
        font-variant-numeric: tabular-nums;
        text-align: right;
      }
      input[aria-invalid='true'] {
        border-color: var(--error);
        border-width: 2px;
        background: var(--error-tint);
      }
      select {
        width: 100%;
        margin-top: 0.25rem;
        font-size: 0.9rem;
      }
      .switch {
        display: flex;
        align-items: center;
        gap: 0.6rem;
        min-height: 40px;
      }
      .switch input {
        width: 1.4rem;
        height: 1.4rem;
        margin: 0;
        accent-color: var(--ink);
        flex: none;
      }
      .error {
        margin: 0.35rem 0 0;
        padding: 0.3rem 0.5rem;
        color: var(--error);
        background: var(--error-tint);
        border-radius: var(--radius);
        font-size: 0.85rem;
      }
      .error:empty {
        display: none;
      }
      .changed-note {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        margin-top: 0.3rem;
        font-size: 0.8rem;
        color: var(--changed);
      }
      .help {
        display: none;
        position: absolute;
        z-index: 5;
        left: 0.5rem;
        right: 0.5rem;
        top: calc(100% - 0.3rem);
        margin: 0;
        padding: 0.55rem 0.7rem;
        background: var(--ink);
        color: #fff;
        border-radius: var(--radius);
        font-size: 0.85rem;
        line-height: 1.4;
        box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
        pointer-events: none;
      }
      .help .source {
        display: block;
        margin-top: 0.3rem;
        color: #d7d9dc;
        font-size: 0.78rem;
      }
      :host(:hover) .help,
      :host(:focus-within) .help {
        display: block;
      }
      .custom-city {
        margin: 0.25rem 0 0;
        font-size: 0.9rem;
      }
    `,
  ];

  @property({ attribute: false }) spec!: ParamSpec;
  @property({ attribute: false }) value: unknown;
  /** The loaded preset's value of this parameter. */
  @property({ attribute: false }) presetValue: unknown;
  @property({ type: Boolean }) changed = false;
  /** Dimmed because a switch it depends on is off. */
  @property({ type: Boolean }) inactive = false;
  /** Text box only, for numbers a slider cannot aim at (the seed). */
  @property({ type: Boolean }) noSlider = false;
  /** Why the last typed value was refused (the allowed range), or empty. */
  @property() error = '';

  /** The text in the box while it differs from the value (typing, or a refused value). */
  @state() private draft: string | null = null;
  private scale: SliderScale | undefined;
  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('spec') && (this.spec.kind === 'number' || this.spec.kind === 'integer')) this.scale = sliderScale(this.spec);
    // A new accepted value (or a cleared error) replaces whatever was typed.
    if ((changed.has('value') || changed.has('error')) && !this.error) this.draft = null;
  }

  protected override render() {
    const spec = this.spec;
    const presetValue = formatParamValue(this.presetValue, spec);
    return html`<div part="control" class="control ${this.changed ? 'changed' : ''} ${this.inactive ? 'inactive' : ''}">
      ${this.renderInput(spec)}
      <p class="error" id="error" aria-live="polite">${this.error}</p>
      ${this.changed
        ? html`<div class="changed-note">
            <span>${t('control.changed', { value: presetValue })}</span>
            <button class="small" @click=${this.reset} aria-label=${t('control.resetLabel', { label: paramLabel(spec), value: presetValue })}>${t('control.reset')}</button>
          </div>`
        : nothing}
      <p class="help" id="help">${paramDescription(spec)}<span class="source">${t('control.source', { source: paramSource(spec) })}</span></p>
    </div>`;
  }

  private renderInput(spec: ParamSpec) {
    switch (spec.kind) {
      case 'boolean':
        return html`<div class="switch">
          <input id="input" type="checkbox" role="switch" .checked=${this.value === true} aria-describedby="help" @change=${this.onToggle} />
          <label for="input">${paramLabel(spec)}</label>
          <span class="value" aria-hidden="true">${formatParamValue(this.value, spec)}</span>
        </div>`;
      case 'enum':
        return html`<label for="input">${paramLabel(spec)}</label>
          <select id="input" aria-describedby="help" @change=${this.onSelect}>
            ${spec.options!.map((option) => html`<option value=${option.value} ?selected=${option.value === this.value}>${optionLabel(spec, option.value)}</option>`)}
          </select>`;
      case 'neighborhoods':
        return this.renderCustomCity(spec);
      default:
        return this.renderNumber(spec);
    }
  }

  private renderNumber(spec: ParamSpec) {
    const scale = this.scale!;
    const value = typeof this.value === 'number' ? this.value : 0;
    const shown = formatParamValue(value);
    const label = paramLabel(spec);
    const unit = paramUnit(spec);
    return html`<div class="head">
        <label for="input">${label}</label>
        <span class="value">${shown} <span class="unit">${unit}</span></span>
      </div>
      <div class="inputs ${this.noSlider ? 'text-only' : ''}">
        ${this.noSlider ? nothing : html`<input
          type="range"
          aria-label=${t('control.slider', { label })}
          aria-describedby="help"
          aria-valuetext=${t('control.valueWithUnit', { value: shown, unit })}
          min=${scale.min}
          max=${scale.max}
          step=${scale.step}
          .value=${String(scale.toPosition(value))}
          @input=${this.onSlide}
        />`}
        <input
          id="input"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="help error"
          aria-invalid=${this.error ? 'true' : 'false'}
          .value=${this.draft ?? formatFieldNumber(value)}
          @input=${this.onType}
          @change=${this.onCommit}
          @keydown=${this.onKey}
        />
      </div>`;
  }

  private renderCustomCity(spec: ParamSpec) {
    const list = Array.isArray(this.value) ? this.value : null;
    return html`<span class="label">${paramLabel(spec)}</span>
      <p class="custom-city" aria-describedby="help">
        ${list ? t('control.custom.list', { count: list.length }) : t('control.custom.none')}
      </p>
      ${list ? html`<button class="small" aria-describedby="help" @click=${() => this.edit({ path: spec.path, value: null })}>${t('control.custom.useGrid')}</button>` : nothing}`;
  }

  private onSlide(event: Event): void {
    const position = Number((event.target as HTMLInputElement).value);
    this.edit({ path: this.spec.path, value: this.scale!.fromPosition(position) });
  }

  private onType(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
  }

  private onCommit(event: Event): void {
    this.edit({ path: this.spec.path, text: (event.target as HTMLInputElement).value });
  }

  private onKey(event: KeyboardEvent): void {
    // Enter commits without leaving the box; Escape gives back the last good value.
    if (event.key === 'Enter') this.edit({ path: this.spec.path, text: (event.target as HTMLInputElement).value });
    if (event.key === 'Escape') {
      this.draft = null;
      this.dispatchEvent(new CustomEvent('param-clear-error', { detail: { path: this.spec.path }, bubbles: true, composed: true }));
    }
  }

  private onToggle(event: Event): void {
    this.edit({ path: this.spec.path, value: (event.target as HTMLInputElement).checked });
  }

  private onSelect(event: Event): void {
    this.edit({ path: this.spec.path, value: (event.target as HTMLSelectElement).value });
  }

  private reset(): void {
    this.draft = null;
    this.dispatchEvent(new CustomEvent('param-reset', { detail: { path: this.spec.path }, bubbles: true, composed: true }));
  }

  private edit(detail: ParamEditDetail): void {
    this.dispatchEvent(new CustomEvent<ParamEditDetail>('param-edit', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-param-control': RunawayParamControl;
  }
}
