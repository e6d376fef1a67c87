/**
 * `<runaway-config-editor>`: a compact editor for one configuration. A preset picker, then only
 * the settings that differ from a reference (the other side of a comparison, or the preset), each
 * editable, plus any other setting picked from the schema. Values go through the model's
 * validation: a refused value shows the allowed range next to the control and the configuration
 * keeps its last good value.
 */
import { html, LitElement, nothing, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PARAM_GROUPS, readPath, type Params, type ParamSpec } from '../../models/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { groupTitle, paramLabel, shortOptionLabel } from '../i18n/param-text.ts';
import { fieldText, formatParamValue, pluralKey } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { presetTitle } from '../stories/story.ts';
import { labStyles } from './lab-styles.ts';
import { differingSpecs, EDITABLE_SPECS, editParam, rangeText, specByPath } from './param-fields.ts';
import '../i18n/parts/lab.ts';

export interface ConfigChangeDetail {
  params: Params;
  /** The preset the configuration started from. */
  presetId: string;
}

let editorCount = 0;

/**
 * Edits one configuration.
 * @fires config-change - CustomEvent<{params, presetId}> after a preset is picked or a setting accepted
 */
@customElement('runaway-config-editor')
export class ConfigEditor extends LitElement {
  static override styles = [
    labStyles,
    css`
      fieldset {
        border: 1px solid var(--rule, #d9d6cf);
        border-radius: var(--radius, 6px);
        padding: 0.6rem 0.75rem 0.75rem;
        margin: 0;
        min-width: 0;
        background: var(--panel, #ffffff);
      }
      legend {
        font-weight: 700;
        font-size: 1.1rem;
        padding: 0 0.3rem;
      }
      .preset select {
        width: 100%;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0.4rem 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: grid;
        gap: 0.15rem;
      }
      .setting {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 0.6rem;
      }
      .setting label {
        flex: 1 1 12rem;
        font-weight: 600;
      }
      .other {
        font-size: 0.95rem;
        color: var(--ink-soft, #4a4d52);
      }
      .count {
        margin: 0.4rem 0 0;
        color: var(--ink-soft, #4a4d52);
      }
    `,
  ];

  /** The fieldset's legend, e.g. "Configuration A" (default: the catalogue's "Configuration"). */
  @property() heading = '';
  @property({ attribute: false }) params?: Params;
  @property({ attribute: 'preset-id' }) presetId = '';
  /** What the listed settings are compared with; by default the preset's own params. */
  @property({ attribute: false }) reference?: Params;
  /** How the reference is named in the text, e.g. "B" (default: the catalogue's "the preset"). */
  @property({ attribute: 'reference-name' }) referenceName = '';

  /** Settings added by hand, shown even when they equal the reference. */
  @state() private pinned: string[] = [];
  /** Refusals by path: the text typed and the reason. */
  @state() private errors = new Map<string, { text: string; message: string }>();

  private readonly uid = `runaway-config-${++editorCount}`;

  constructor() {
    super();
    new LocaleController(this);
  }

  private get referenceText(): string {
    return this.referenceName || t('lab.editor.thePreset');
  }

  private get comparedWith(): Params | undefined {
    return this.reference ?? PRESETS.find((preset) => preset.id === this.presetId)?.params;
  }

  override render() {
    const params = this.params;
    if (!params) return nothing;
    const reference = this.comparedWith;
    const differing = reference ? differingSpecs(params, reference) : [];
    const shown = EDITABLE_SPECS.filter((spec) => this.pinned.includes(spec.path) || differing.includes(spec));
    const custom = differing.find((spec) => spec.kind === 'neighborhoods');
    const count = differing.length;
    const name = this.referenceText;
    return html`<fieldset>
      <legend>${this.heading || t('lab.editor.heading')}</legend>
      <div class="field preset">
        <label for="${this.uid}-preset">${t('lab.editor.preset')}</label>
        <select id="${this.uid}-preset" @change=${this.onPreset}>
          ${PRESETS.map((preset) => html`<option value=${preset.id} ?selected=${preset.id === this.presetId}>${presetTitle(preset)}</option>`)}
        </select>
      </div>
      <p class="count">
        ${count === 0
          ? t('lab.editor.same', { reference: name })
          : t(pluralKey(shown.length ? 'lab.editor.differListed' : 'lab.editor.differ', count), { count, reference: name })}
      </p>
      ${custom ? html`<p class="other">${t('lab.editor.city', { city: formatParamValue(readPath(params, custom.path), custom, 'sentence') })}</p>` : nothing}
      <ul>
        ${shown.map((spec) => this.renderSetting(spec, params, reference))}
      </ul>
      <div class="field">
        <label for="${this.uid}-add">${t('lab.editor.add')}</label>
        <select id="${this.uid}-add" @change=${this.onPin}>
          <option value="">${t('lab.editor.choose')}</option>
          ${PARAM_GROUPS.map(
            (group) => html`<optgroup label=${groupTitle(group.id)}>
              ${EDITABLE_SPECS.filter((spec) => spec.group === group.id && !shown.includes(spec)).map(
                (spec) => html`<option value=${spec.path}>${paramLabel(spec)}</option>`,
              )}
            </optgroup>`,
          )}
        </select>
      </div>
    </fieldset>`;
  }

  private renderSetting(spec: ParamSpec, params: Params, reference: Params | undefined) {
    const id = `${this.uid}-${spec.path}`;
    const value = readPath(params, spec.path);
    const error = this.errors.get(spec.path);
    const other = reference ? t('lab.editor.referenceValue', { reference: this.referenceText, value: formatParamValue(readPath(reference, spec.path), spec, 'sentence') }) : '';
    const describedBy = `${id}-note${error ? ` ${id}-error` : ''}`;
    let control;
    if (spec.kind === 'boolean') {
      control = html`<input id=${id} type="checkbox" .checked=${value === true} aria-describedby=${describedBy} @change=${(e: Event) => this.edit(spec, (e.target as HTMLInputElement).checked)} />`;
    } else if (spec.kind === 'enum') {
      control = html`<select id=${id} aria-describedby=${describedBy} @change=${(e: Event) => this.edit(spec, (e.target as HTMLSelectElement).value)}>
        ${spec.options!.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${shortOptionLabel(spec, option.value)}</option>`)}
      </select>`;
    } else {
      control = html`<input
        id=${id}
        type="text"
        inputmode="decimal"
        .value=${error ? error.text : fieldText(spec, value)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${(e: Event) => this.edit(spec, (e.target as HTMLInputElement).value)}
      />`;
    }
    return html`<li>
      <div class="setting"><label for=${id}>${paramLabel(spec)}</label>${control}</div>
      <span class="other" id="${id}-note">${this.note(spec, other)}</span>
      ${error ? html`<span class="error" id="${id}-error" role="alert">${t('lab.editor.kept', { message: error.message, value: formatParamValue(value, spec, 'sentence') })}</span>` : nothing}
    </li>`;
  }

  /** "Allowed 0 to 1 (probability). B: 0.4", or either part alone. */
  private note(spec: ParamSpec, other: string): string {
    const numeric = spec.kind === 'number' || spec.kind === 'integer';
    if (numeric && other) return t('lab.editor.noteBoth', { range: rangeText(spec), other });
    if (numeric) return t('lab.editor.allowed', { range: rangeText(spec) });
    return other;
  }

  private edit(spec: ParamSpec, input: string | boolean): void {
    if (!this.params) return;
    const outcome = editParam(this.params, spec, input);
    const errors = new Map(this.errors);
    if (!outcome.ok) {
      errors.set(spec.path, { text: String(input), message: outcome.message });
      this.errors = errors;
      return;
    }
    errors.delete(spec.path);
    this.errors = errors;
    this.emit(outcome.params, this.presetId);
  }

  private onPreset(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const preset = PRESETS.find((candidate) => candidate.id === id);
    if (!preset) return;
    this.errors = new Map();
    this.pinned = [];
    this.emit(preset.params, preset.id);
  }

  private onPin(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const spec = specByPath(select.value);
    select.value = '';
    if (!spec || this.pinned.includes(spec.path)) return;
    this.pinned = [...this.pinned, spec.path];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[id="${this.uid}-${spec.path}"]`)?.focus());
  }

  private emit(params: Params, presetId: string): void {
    this.dispatchEvent(new CustomEvent<ConfigChangeDetail>('config-change', { detail: { params, presetId }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-config-editor': ConfigEditor;
  }
  interface HTMLElementEventMap {
    'config-change': CustomEvent<ConfigChangeDetail>;
  }
}
