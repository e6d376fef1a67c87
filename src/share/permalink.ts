/**
 * The permalink codec: a share state as a compact, readable URL hash such as
 * `v=1&preset=biased-history&seed=7&deployment.units=20`, and back. Decoding never fails: a
 * malformed, tampered or too-new link yields the valid part of its state plus notices naming
 * each ignored key and why, and keys a link leaves out take the preset's values, so links made
 * before the schema grew keep opening the same run. Notices are worded from the message catalogue
 * (`share.link.*`), in the locale of the moment the link is read; a refusal by the model keeps the
 * model's own English message inside them.
 */
import { PARAM_SPECS, ParamError, SEED_SPEC, parseSeedText, findSpec, parseAssignment, readPath, validateParams, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset, type Preset } from '../../presets/index.ts';
import { formatSerial, pluralKey } from '../i18n/format.ts';
import { MAP_LAYER_IDS, type MapLayer } from '../components/charts/map-layers.ts';
import { DEFAULT_LOCALE, getLocale, t } from '../i18n/index.ts';
import { LOCALE_NAMES, supportedLocale } from '../i18n/locales.ts';
import { paramErrorText } from '../i18n/param-errors.ts';
import { diffParams, nestOverrides, type ParamValue, type ShareNotice, type ShareState, type ViewState } from './share-state.ts';
import { parseViewList, VIEWS } from './views.ts';

/** The link format this app writes and the newest it reads. Bump it when a key changes meaning. */
export const PERMALINK_VERSION = 1;

/** Keys that are not parameters. No parameter path may take one of these names. */
export const RESERVED_KEYS = ['v', 'preset', 'seed', 'day', 'show', 'layer', 'chapter', 'lang'] as const;

/** Stories have a handful of chapters; a larger number in a link is tampering. */
export const MAX_CHAPTER = 50;

/** After this many notices the rest are summed up in one, so a tampered link cannot flood the page. */
export const MAX_NOTICES = 8;

/**
 * Longest hash read, in characters (Chromium's limit for a whole URL is 2 MB); a custom city of
 * 10,000 neighborhoods fits. A longer hash is ignored as a whole, with a notice.
 */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;

/** Schema position of each parameter path: links list overrides in this order. */
const PARAM_ORDER = new Map(PARAM_SPECS.map((spec, index) => [spec.path, index]));

export interface DecodedPermalink {
  /** The valid part of the link; overrides hold only values that differ from the preset. */
  state: ShareState;
  preset: Preset;
  /** The preset's params with the link's valid overrides applied. */
  params: Params;
  /** What was ignored and why, in the order met. */
  notices: ShareNotice[];
}

/** The hash (without `#`) for a state: version, preset, seed, then overrides in schema order, then the view. */
export function encodePermalink(state: ShareState): string {
  const pairs: [string, string][] = [
    ['v', String(PERMALINK_VERSION)],
    ['preset', state.presetId],
    ['seed', String(state.seed)],
  ];
  for (const [path, value] of orderedOverrides(state.overrides)) pairs.push([path, encodeValue(value)]);
  const { day, show, layer, chapter } = state.view;
  if (day !== undefined) pairs.push(['day', String(day)]);
  if (show !== undefined) pairs.push(['show', show.join(',')]);
  if (layer !== undefined) pairs.push(['layer', layer]);
  if (chapter !== undefined) pairs.push(['chapter', String(chapter)]);
  // A link made in another language than English opens in it (src/i18n/locale-choice.ts reads it).
  if (getLocale() !== DEFAULT_LOCALE) pairs.push(['lang', getLocale()]);
  return pairs.map(([key, value]) => `${key}=${escapeComponent(value)}`).join('&');
}

/** The permalink state of a preset run with `params` and `seed`, keeping only what differs from the preset. */
export function permalinkFor(preset: Preset, params: Params, seed: number, view: ViewState = {}): string {
  return encodePermalink({ presetId: preset.id, seed, overrides: diffParams(preset.params, params), view });
}

/**
 * Reads a hash (with or without the leading `#`). Whatever cannot be used is reported in
 * `notices` and replaced by the preset's value; the result is always a runnable state.
 */
export function decodePermalink(hash: string): DecodedPermalink {
  const notices = new NoticeList();
  if (hash.length > MAX_LINK_CHARS) {
    notices.add('(link)', 'malformed', t('share.link.tooLong', { length: hash.length, limit: MAX_LINK_CHARS }));
    return decodeFrom(new PairList(notices), notices);
  }
  return decodeFrom(readPairs(hash.replace(/^#!?/, ''), notices), notices);
}

/**
 * Reads already-split key and value texts (not percent-encoded), as the embed element's
 * attributes give them, with the same rules and notices as a link.
 */
export function decodeEntries(entries: Iterable<readonly [string, string]>): DecodedPermalink {
  const notices = new NoticeList();
  const pairs = new PairList(notices);
  for (const [key, value] of entries) if (key !== '') pairs.set(key, value);
  return decodeFrom(pairs, notices);
}

function decodeFrom(entries: PairList, notices: NoticeList): DecodedPermalink {

  const version = entries.take('v');
  if (version !== undefined) {
    const number = Number(version);
    if (!Number.isInteger(number) || number < 1) {
      notices.add('v', 'malformed', t('share.link.version.malformed', { text: clip(version), first: formatSerial(1), version: formatSerial(PERMALINK_VERSION) }));
    } else if (number > PERMALINK_VERSION) {
      notices.add('v', 'newer-version', t('share.link.version.newer', { version: formatSerial(number), supported: formatSerial(PERMALINK_VERSION) }));
    }
  }

  let preset = findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0]!;
  const presetId = entries.take('preset');
  if (presetId !== undefined) {
    const found = findPreset(presetId);
    if (found) preset = found;
    else notices.add('preset', 'unknown-preset', t('share.link.preset', { text: clip(presetId), preset: preset.id, presets: PRESETS.map((p) => p.id).join(', ') }));
  }

  let seed = preset.seed;
  const seedText = entries.take('seed');
  if (seedText !== undefined) {
    const parsed = parseSeedText(seedText);
    if (parsed !== null) seed = parsed;
    else {
      const values = { text: clip(seedText), min: formatSerial(SEED_SPEC.min), max: formatSerial(SEED_SPEC.max), seed: formatSerial(preset.seed) };
      notices.add('seed', Number.isInteger(Number(seedText)) ? 'out-of-range' : 'invalid-value', t('share.link.seed', values));
    }
  }

  // The language is the page's business (src/i18n/locale-choice.ts); here it is only checked.
  const lang = entries.take('lang');
  if (lang !== undefined && !supportedLocale(lang)) {
    notices.add('lang', 'invalid-value', t('share.link.lang', { text: clip(lang), languages: Object.keys(LOCALE_NAMES).join(', ') }));
  }

  const viewText = { day: entries.take('day'), show: entries.take('show'), layer: entries.take('layer'), chapter: entries.take('chapter') };
  const params = applyParameters(preset, entries.rest(), notices);
  const view = readView(viewText, params, notices);
  return {
    state: { presetId: preset.id, seed, overrides: diffParams(preset.params, params), view },
    preset,
    params,
    notices: notices.list(),
  };
}

/** Applies every parameter key it can; unknown, invalid or conflicting ones become notices. */
function applyParameters(preset: Preset, pairs: [string, string][], notices: NoticeList): Params {
  const accepted = new Map<string, ParamValue>();
  for (const [path, text] of pairs) {
    const spec = findSpec(path);
    if (!spec) {
      notices.add(path, 'unknown-parameter', t('share.link.parameter.unknown', { text: clip(path), suggestion: nearNames(path) }));
      continue;
    }
    try {
      accepted.set(path, readPath(parseAssignment(path, text), path) as ParamValue);
    } catch (error) {
      if (!(error instanceof ParamError)) throw error;
      const number = Number(text);
      const outOfRange = (spec.kind === 'number' || spec.kind === 'integer') && text.trim() !== '' && Number.isFinite(number) && (number < spec.min! || number > spec.max!);
      const kept = JSON.stringify(readPath(preset.params, path));
      notices.add(path, outOfRange ? 'out-of-range' : 'invalid-value', t('share.link.parameter.invalid', { path, text: clip(text), message: paramErrorText(error), kept: clip(kept) }));
    }
  }
  // Values that pass one by one can still break a whole-run limit together (grid × days); drop the
  // offending key, or the latest keys, until the run is valid.
  for (;;) {
    try {
      return validateParams(nestOverrides(Object.fromEntries(accepted)), preset.params);
    } catch (error) {
      if (!(error instanceof ParamError) || accepted.size === 0) throw error;
      const dropped = accepted.has(error.field) ? error.field : [...accepted.keys()].pop()!;
      accepted.delete(dropped);
      notices.add(dropped, 'conflict', t('share.link.parameter.conflict', { path: dropped, message: paramErrorText(error) }));
    }
  }
}

function readView(text: Record<keyof ViewState, string | undefined>, params: Params, notices: NoticeList): ViewState {
  const view: ViewState = {};
  if (text.day !== undefined) {
    const day = Number(text.day);
    if (text.day.trim() !== '' && Number.isInteger(day) && day >= 1 && day <= params.days) view.day = day;
    else notices.add('day', 'out-of-range', t('share.link.day', { text: clip(text.day), min: formatSerial(1), max: formatSerial(params.days) }));
  }
  if (text.show !== undefined) {
    const { views, unknown } = parseViewList(text.show);
    if (unknown.length > 0) {
      const names = unknown.map((name) => t('share.link.quoted', { text: clip(name) })).join(', ');
      notices.add('show', 'invalid-value', t('share.link.show', { names, views: Object.keys(VIEWS).join(', ') }));
    }
    if (views.length > 0) view.show = views;
  }
  if (text.layer !== undefined) {
    if ((MAP_LAYER_IDS as readonly string[]).includes(text.layer)) view.layer = text.layer as MapLayer;
    else notices.add('layer', 'invalid-value', t('share.link.layer', { text: clip(text.layer), layers: MAP_LAYER_IDS.join(', ') }));
  }
  if (text.chapter !== undefined) {
    const chapter = Number(text.chapter);
    if (text.chapter.trim() !== '' && Number.isInteger(chapter) && chapter >= 1 && chapter <= MAX_CHAPTER) view.chapter = chapter;
    else notices.add('chapter', 'out-of-range', t('share.link.chapter', { text: clip(text.chapter), min: formatSerial(1), max: formatSerial(MAX_CHAPTER) }));
  }
  return view;
}

/** The hash's key=value pairs; keys seen twice keep their last value (with a notice). */
class PairList {
  private readonly values = new Map<string, string>();
  constructor(private readonly notices: NoticeList) {}
  set(key: string, value: string): void {
    if (this.values.has(key)) {
      this.notices.add(key, 'duplicate', t('share.link.duplicate', { key: clip(key), value: clip(value) }));
      this.values.delete(key);
    }
    this.values.set(key, value);
  }
  take(key: string): string | undefined {
    const value = this.values.get(key);
    this.values.delete(key);
    return value;
  }
  rest(): [string, string][] {
    return [...this.values];
  }
}

function readPairs(hash: string, notices: NoticeList): PairList {
  const pairs = new PairList(notices);
  for (const part of hash.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawKey = equals < 0 ? part : part.slice(0, equals);
    const rawValue = equals < 0 ? '' : part.slice(equals + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey);
      value = decodeURIComponent(rawValue);
    } catch {
      notices.add(rawKey, 'malformed', t('share.link.escape', { text: clip(part) }));
      continue;
    }
    if (key === '') continue;
    if (equals < 0) {
      notices.add(key, 'malformed', t('share.link.noValue', { key: clip(key) }));
      continue;
    }
    pairs.set(key, value);
  }
  return pairs;
}

/** Notices in order, capped at MAX_NOTICES with a last one counting the rest. */
class NoticeList {
  private readonly notices: ShareNotice[] = [];
  private extra = 0;
  add(key: string, reason: ShareNotice['reason'], message: string): void {
    if (this.notices.length < MAX_NOTICES) this.notices.push({ key, reason, message });
    else this.extra++;
  }
  list(): ShareNotice[] {
    if (this.extra === 0) return [...this.notices];
    return [...this.notices, { key: '(more)', reason: 'malformed', message: t(pluralKey('share.link.more', this.extra), { count: this.extra }) }];
  }
}

function orderedOverrides(overrides: Readonly<Record<string, ParamValue>>): [string, ParamValue][] {
  return Object.entries(overrides).sort(([a], [b]) => specIndex(a) - specIndex(b));
}

function specIndex(path: string): number {
  const spec = findSpec(path);
  return spec ? PARAM_ORDER.get(spec.path)! : Number.MAX_SAFE_INTEGER;
}

/** A parameter value as the text a link or an attribute holds (lists of neighborhoods as JSON). */
export function encodeValue(value: ParamValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

/** Percent-encodes a key or value but keeps the characters a hash may hold readable (`,` `:` `/`). */
function escapeComponent(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

function nearNames(path: string): string {
  const last = path.split('.').pop()!.toLowerCase();
  if (last.length < 3) return '';
  const near = PARAM_SPECS.filter((spec) => spec.path.toLowerCase().includes(last)).map((spec) => spec.path);
  return near.length ? t('share.link.parameter.suggestion', { names: near.slice(0, 3).join(t('share.link.or')) }) : '';
}

/** Shortens tampered text before quoting it in a notice. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
