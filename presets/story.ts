/**
 * The teaching fields of a preset file: a guided story of chapters, things to notice, things to
 * try, discussion questions and the works it cites. Preset files hold only structure and ids;
 * every sentence lives in the message catalogue (src/i18n), keyed by preset and item id, so a
 * translation never touches a preset file. Chapter overrides are checked with validateParams on
 * top of the preset's own params, so a chapter can never ask for a run the model would refuse.
 */
import { PARAM_GROUPS, ParamError, validateParams, type Params } from '../models/index.ts';
import { BIBLIOGRAPHY } from './bibliography.ts';

/** Parts of the page a chapter can point at; `controls:<group>` names a parameter group. */
export const STORY_REGIONS = [
  'map',
  'share-chart',
  'recorded-chart',
  'disparity-chart',
  'stops-chart',
  'lorenz-chart',
  'loop-diagram',
  ...PARAM_GROUPS.map((group) => `controls:${group.id}` as const),
] as const;
export type StoryRegion = (typeof STORY_REGIONS)[number];

/** Map layers a chapter can ask for (the ids of the city map's layers). */
export const STORY_MAP_LAYERS = ['minority', 'trueCrime', 'recorded', 'risk', 'patrols', 'overPolicing'] as const;
export type StoryMapLayer = (typeof STORY_MAP_LAYERS)[number];

/**
 * A claim a chapter's text makes about its live values, checked by the Node tests so that a
 * model change cannot silently make a story false: `value` is at least `min`, at most `max`,
 * above or below another live value of the chapter, within `tolerance` of one (`near`), or
 * above or below the same value in another chapter of the story (`aboveChapter`, `belowChapter`).
 */
export interface ChapterCheck {
  value: string;
  min?: number;
  max?: number;
  above?: string;
  below?: string;
  near?: string;
  tolerance?: number;
  aboveChapter?: string;
  belowChapter?: string;
}

const CHECK_FIELDS = ['value', 'min', 'max', 'above', 'below', 'near', 'tolerance', 'aboveChapter', 'belowChapter'];

export interface StoryChapter {
  /** Stable id (kebab-case): its texts are `story.<preset>.<id>.title` and `.text` in the catalogue. */
  id: string;
  /** Parameter overrides on top of the preset's params (not on top of earlier chapters). */
  overrides: Record<string, unknown>;
  /** The preset's params with this chapter's overrides applied. */
  params: Params;
  /** Days to play before pausing (1 … params.days); live values are read after this many days. */
  day: number;
  /** The part of the page the chapter talks about. */
  region: StoryRegion;
  /** The map layer to show when the region is the map (default: the page's choice). */
  mapLayer: StoryMapLayer | null;
  checks: ChapterCheck[];
}

export interface PresetTeaching {
  /** The guided story, 3 to 6 chapters. */
  story: StoryChapter[];
  /** Ids of texts `preset.<id>.notice.<item>`. */
  thingsToNotice: string[];
  /** Ids of texts `preset.<id>.try.<item>`. */
  thingsToTry: string[];
  /** Ids of shared discussion questions `discussion.<item>.question` (and `.notes`). */
  discussionQuestions: string[];
  /** Keys into the bibliography (presets/bibliography.ts). */
  citations: string[];
}

export const MIN_CHAPTERS = 3;
export const MAX_CHAPTERS = 6;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads and checks the teaching fields of a preset file; throws ParamError naming the field. */
export function loadTeaching(file: Record<string, unknown>, params: Params): PresetTeaching {
  const story = file.story;
  if (!Array.isArray(story) || story.length < MIN_CHAPTERS || story.length > MAX_CHAPTERS) {
    throw new ParamError('preset.story', `preset.story must be a list of ${MIN_CHAPTERS} to ${MAX_CHAPTERS} chapters.`);
  }
  const chapters = story.map((chapter, index) => loadChapter(chapter, index, params));
  checkUnique(chapters.map((chapter) => chapter.id), 'preset.story');
  const citations = idList(file, 'citations');
  for (const key of citations) {
    if (!Object.hasOwn(BIBLIOGRAPHY, key)) {
      throw new ParamError('preset.citations', `preset.citations names "${key}", which is not in presets/bibliography.ts; known: ${Object.keys(BIBLIOGRAPHY).join(', ')}.`);
    }
  }
  if (citations.length === 0) throw new ParamError('preset.citations', 'preset.citations must cite at least one work.');
  return {
    story: chapters,
    thingsToNotice: idList(file, 'thingsToNotice'),
    thingsToTry: idList(file, 'thingsToTry'),
    discussionQuestions: idList(file, 'discussionQuestions'),
    citations,
  };
}

function loadChapter(content: unknown, index: number, base: Params): StoryChapter {
  const path = `preset.story[${index}]`;
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    throw new ParamError(path, `${path} must be an object with id, overrides, day and region.`);
  }
  const chapter = content as Record<string, unknown>;
  const known = ['id', 'overrides', 'day', 'region', 'mapLayer', 'checks'];
  for (const key of Object.keys(chapter)) {
    if (!known.includes(key)) throw new ParamError(`${path}.${key}`, `Unknown field "${key}" in ${path}; allowed: ${known.join(', ')}.`);
  }
  const id = chapter.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new ParamError(`${path}.id`, `${path}.id must be a kebab-case id such as "biased-start".`);
  const overrides = (chapter.overrides ?? {}) as Record<string, unknown>;
  let params: Params;
  try {
    params = validateParams(overrides, base);
  } catch (error) {
    if (error instanceof ParamError) throw new ParamError(`${path}.overrides.${error.field}`, `In ${path}.overrides: ${error.message}`);
    throw error;
  }
  const day = chapter.day;
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > params.days) {
    throw new ParamError(`${path}.day`, `${path}.day must be a whole number of days from 1 to ${params.days} (the chapter's run length).`);
  }
  const region = chapter.region;
  if (typeof region !== 'string' || !(STORY_REGIONS as readonly string[]).includes(region)) {
    throw new ParamError(`${path}.region`, `${path}.region must be one of ${STORY_REGIONS.join(', ')}.`);
  }
  const mapLayer = chapter.mapLayer ?? null;
  if (mapLayer !== null && (typeof mapLayer !== 'string' || !(STORY_MAP_LAYERS as readonly string[]).includes(mapLayer))) {
    throw new ParamError(`${path}.mapLayer`, `${path}.mapLayer must be one of ${STORY_MAP_LAYERS.join(', ')}.`);
  }
  return {
    id,
    overrides,
    params,
    day,
    region: region as StoryRegion,
    mapLayer: mapLayer as StoryMapLayer | null,
    checks: loadChecks(chapter.checks, path),
  };
}

function loadChecks(content: unknown, path: string): ChapterCheck[] {
  if (content === undefined) return [];
  if (!Array.isArray(content)) throw new ParamError(`${path}.checks`, `${path}.checks must be a list.`);
  return content.map((check, index) => {
    const where = `${path}.checks[${index}]`;
    if (check === null || typeof check !== 'object' || typeof (check as ChapterCheck).value !== 'string') {
      throw new ParamError(where, `${where} must be an object naming a live value, e.g. {"value": "disparityRatio", "min": 1.5}.`);
    }
    for (const key of Object.keys(check)) {
      if (!CHECK_FIELDS.includes(key)) throw new ParamError(`${where}.${key}`, `Unknown field "${key}" in ${where}; allowed: ${CHECK_FIELDS.join(', ')}.`);
    }
    if ((check as ChapterCheck).near !== undefined && typeof (check as ChapterCheck).tolerance !== 'number') {
      throw new ParamError(`${where}.tolerance`, `${where} compares with "near", so it needs a numeric tolerance.`);
    }
    return check as ChapterCheck;
  });
}

function idList(file: Record<string, unknown>, field: string): string[] {
  const list = file[field];
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || !ID_PATTERN.test(item))) {
    throw new ParamError(`preset.${field}`, `preset.${field} must be a list of kebab-case ids.`);
  }
  checkUnique(list as string[], `preset.${field}`);
  return list as string[];
}

function checkUnique(ids: string[], field: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new ParamError(field, `${field} uses the id "${id}" twice.`);
    seen.add(id);
  }
}
