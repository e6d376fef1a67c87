/**
 * What a `<runaway-sim>` shows, worked out from its attributes: they are read with the permalink
 * codec's rules (the same ranges, the same notices), so an attribute the element cannot use is
 * reported the way a tampered link is, and the rest still applies. A story chapter, when one is
 * chosen, sets the params, the day and the map layer, as the guided story does.
 */
import type { Params } from '../../models/index.ts';
import type { Preset, StoryChapter } from '../../presets/index.ts';
import { formatSerial } from '../i18n/format.ts';
import type { MapLayer } from '../components/charts/map-layers.ts';
import { t } from '../i18n/index.ts';
import { decodeEntries, encodeValue } from '../share/permalink.ts';
import type { ParamValue, ShareNotice, ShareState } from '../share/share-state.ts';
import { DEFAULT_VIEWS, type ViewId } from '../share/views.ts';
import '../i18n/parts/learning.ts';

/** The map layer an embed shows unless told otherwise: the over-policing index tells the story at a glance. */
export const DEFAULT_LAYER: MapLayer = 'overPolicing';

/** The element's attributes as texts (undefined when absent). */
export interface SimAttributes {
  preset?: string | null;
  seed?: string | null;
  /** Parameter assignments: `deployment.units=20; days=200` (separated by `;`, `&` or new lines). */
  params?: string | null;
  /** The same as a property: values by dotted path. */
  overrides?: Readonly<Record<string, ParamValue>>;
  show?: string | null;
  day?: string | null;
  layer?: string | null;
  chapter?: string | null;
  /** True when the guided story player tells the story (it checks each chapter's text against the preset's seed). */
  story?: boolean;
}

/** Everything the element needs to request a run and draw it. */
export interface SimSettings {
  preset: Preset;
  /** The params to run: the chapter's when a chapter is chosen, otherwise the preset's with the overrides. */
  params: Params;
  seed: number;
  views: ViewId[];
  /** Day shown, 0-based (as the chart elements take it), or null for the last day. */
  day: number | null;
  layer: MapLayer;
  /** Index of the chosen chapter (0-based), or -1 for none. */
  chapterIndex: number;
  chapter: StoryChapter | null;
  /** The state as a permalink state (for the "open the full version" link). */
  state: ShareState;
  notices: ShareNotice[];
}

/** Splits `a=1; b=2` (or `a=1&b=2`, or one per line) into key and value texts. */
export function splitAssignments(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of text.split(/[;&\n]/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const equals = trimmed.indexOf('=');
    pairs.push(equals < 0 ? [trimmed, ''] : [trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim()]);
  }
  return pairs;
}

/** Resolves attributes into settings; never throws. */
export function resolveSimSettings(attributes: SimAttributes): SimSettings {
  const entries: [string, string][] = [];
  const add = (key: string, value: string | null | undefined) => {
    // An empty attribute (preset="") means the default, as an absent one does.
    if (value !== null && value !== undefined && value.trim() !== '') entries.push([key, value.trim()]);
  };
  add('preset', attributes.preset);
  add('seed', attributes.seed);
  entries.push(...splitAssignments(attributes.params ?? ''));
  for (const [path, value] of Object.entries(attributes.overrides ?? {})) entries.push([path, encodeValue(value)]);
  add('show', attributes.show);
  add('day', attributes.day);
  add('layer', attributes.layer);
  const decoded = decodeEntries(entries);
  const notices = [...decoded.notices];
  const { preset } = decoded;

  let chapterIndex = -1;
  let chapter: StoryChapter | null = null;
  // The story player starts at chapter 1 when no chapter is named.
  const chapterText = attributes.chapter?.trim() || (attributes.story ? '1' : '');
  if (chapterText && chapterText !== '0') {
    const number = Number(chapterText);
    if (Number.isInteger(number) && number >= 1 && number <= preset.story.length) {
      chapterIndex = number - 1;
      chapter = preset.story[chapterIndex]!;
    } else {
      const range = { text: chapterText, preset: preset.id, first: formatSerial(1), last: formatSerial(preset.story.length) };
      notices.push({ key: 'chapter', reason: 'out-of-range', message: t('embed.sim.chapterIgnored', range) });
    }
  }

  const params = chapter ? chapter.params : decoded.params;
  // The day attribute was checked against the preset run; a chapter may run for fewer days.
  const explicitDay = decoded.state.view.day;
  const day = explicitDay !== undefined ? Math.min(explicitDay, params.days) - 1 : chapter ? chapter.day - 1 : null;
  const layer = decoded.state.view.layer ?? chapter?.mapLayer ?? DEFAULT_LAYER;
  const views = decoded.state.view.show ?? [...DEFAULT_VIEWS];
  const view = { ...decoded.state.view, show: views, ...(chapterIndex >= 0 ? { chapter: chapterIndex + 1 } : {}) };
  return {
    preset,
    params,
    // The story's sentences were written and checked for the preset's seed; the player quotes only that run.
    seed: attributes.story && chapter ? preset.seed : decoded.state.seed,
    views,
    day,
    layer,
    chapterIndex,
    chapter,
    state: { ...decoded.state, view },
    notices,
  };
}

/** The view of the page a chapter's region names, if the embed can show it. */
export function regionView(region: string | undefined): ViewId | null {
  switch (region) {
    case 'map':
    case 'share-chart':
    case 'recorded-chart':
    case 'disparity-chart':
    case 'lorenz-chart':
      return region;
    case 'stops-chart':
      return 'empty-stops-chart';
    default:
      return null;
  }
}
