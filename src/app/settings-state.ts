/**
 * The page's settings: the loaded preset, the params and seed as the user has changed them, which
 * settings differ from the preset, and the refusal message of any control whose typed value was
 * out of range. Every change goes through the model's validation; a refused value changes
 * nothing but the message, so the last good run stays on screen.
 */
import { PARAM_SPECS, SEED_PATH, SEED_SPEC, cloneParams, findSpec, parseSeedText, readPath, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset, type Preset } from '../../presets/index.ts';
import { formatParamValue, formatSerial } from '../i18n/format.ts';
import { paramLabel } from '../i18n/param-text.ts';
import { t } from '../i18n/index.ts';
import { applyText, applyValue, changedPaths } from './param-edit.ts';

/** An edit from a control: typed text, or a value of the right type. */
export type SettingEdit = { path: string; text: string } | { path: string; value: unknown };

export class SettingsState {
  preset: Preset;
  params: Params;
  seed: number;
  /**
   * Refusal messages by path, shown next to their controls. Replaced, never changed in place, so
   * a view re-renders its controls only when a message came or went.
   */
  errors: ReadonlyMap<string, string> = new Map();
  /** Paths that differ from the preset, the seed included. */
  changed: ReadonlySet<string> = new Set();

  constructor(presetId: string = DEFAULT_PRESET_ID) {
    this.preset = findPreset(presetId) ?? PRESETS[0]!;
    this.params = cloneParams(this.preset.params);
    this.seed = this.preset.seed;
  }

  /** Loads a preset's params and seed; false when the id is unknown. */
  loadPreset(id: string): boolean {
    const preset = findPreset(id);
    if (!preset) return false;
    this.preset = preset;
    this.params = cloneParams(preset.params);
    this.seed = preset.seed;
    this.clearErrors();
    this.refreshChanged();
    return true;
  }

  /**
   * Applies an edit. Returns true when the params or seed changed (a new run is needed); a
   * refused value records its message under the edited control's path and returns false.
   */
  edit(edit: SettingEdit): boolean {
    if (edit.path === SEED_PATH) return this.editSeed(edit);
    const spec = findSpec(edit.path);
    if (!spec) return false;
    const outcome = 'text' in edit ? applyText(this.params, spec, edit.text) : applyValue(this.params, spec, edit.value);
    if (!outcome.ok) {
      this.setError(edit.path, t('control.error.kept', { message: outcome.message, value: formatParamValue(readPath(this.params, spec.path), spec) }));
      return false;
    }
    this.setError(edit.path, null);
    return this.setParams(outcome.params);
  }

  /** Puts one setting back to the preset's value. */
  reset(path: string): boolean {
    if (path === SEED_PATH) return this.edit({ path, value: this.preset.seed });
    return this.edit({ path, value: readPath(this.preset.params, path) });
  }

  /** Puts every setting and the seed back to the preset's. */
  resetAll(): boolean {
    return this.loadPresetValues();
  }

  /** The next seed (after the largest, the first). */
  nextSeed(): boolean {
    return this.edit({ path: SEED_PATH, value: this.seed >= SEED_SPEC.max ? SEED_SPEC.min : this.seed + 1 });
  }

  /** Forgets a refused value's message (Escape in its text box). */
  clearError(path: string): void {
    this.setError(path, null);
  }

  /** Records a refusal that came back from the worker, under the field it names. */
  recordInvalid(field: string, message: string): void {
    this.setError(field, message);
  }

  private loadPresetValues(): boolean {
    const before = JSON.stringify([this.params, this.seed]);
    this.loadPreset(this.preset.id);
    return JSON.stringify([this.params, this.seed]) !== before;
  }

  private editSeed(edit: SettingEdit): boolean {
    const text = 'text' in edit ? edit.text : String(edit.value);
    const seed = parseSeedText(text);
    if (seed === null) {
      // A seed names a run, so it is written without thousands separators, as it is typed.
      const message = t('control.error.seed', { label: paramLabel(SEED_SPEC), min: formatSerial(SEED_SPEC.min), max: formatSerial(SEED_SPEC.max), text: text.trim() });
      this.setError(SEED_PATH, t('control.error.kept', { message, value: formatSerial(this.seed) }));
      return false;
    }
    this.setError(SEED_PATH, null);
    if (seed === this.seed) return false;
    this.seed = seed;
    this.refreshChanged();
    return true;
  }

  /**
   * Applies a whole state from a permalink or a scenario file: its preset, its (already
   * validated) params and its seed. Returns true when a new run is needed.
   */
  applyState(presetId: string, params: Params, seed: number): boolean {
    const preset = findPreset(presetId);
    if (!preset) return false;
    const presetChanged = preset.id !== this.preset.id;
    this.preset = preset;
    this.clearErrors();
    const seedChanged = seed !== this.seed;
    this.seed = seed;
    const paramsChanged = this.setParams(cloneParams(params));
    this.refreshChanged();
    return presetChanged || seedChanged || paramsChanged;
  }

  /** Sets (or with null, removes) the message of `path`, replacing the map when it changes. */
  private setError(path: string, message: string | null): void {
    if ((this.errors.get(path) ?? null) === message) return;
    const errors = new Map(this.errors);
    if (message === null) errors.delete(path);
    else errors.set(path, message);
    this.errors = errors;
  }

  private clearErrors(): void {
    if (this.errors.size > 0) this.errors = new Map();
  }

  private setParams(params: Params): boolean {
    if (JSON.stringify(params) === JSON.stringify(this.params)) return false;
    this.params = params;
    this.refreshChanged();
    return true;
  }

  private refreshChanged(): void {
    const changed = changedPaths(this.params, this.preset.params, PARAM_SPECS);
    if (this.seed !== this.preset.seed) changed.add(SEED_PATH);
    this.changed = changed;
  }
}
