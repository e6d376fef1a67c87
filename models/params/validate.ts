/**
 * Validation of user-supplied parameters against the schema. Every rejection is a ParamError
 * naming the field and the allowed range, so the UI can show it next to the control and the CLI
 * can print it; nothing else is thrown for bad input.
 */
import type { CustomNeighborhood, Params, ParamsOverride } from './types.ts';
import { jsonShapeProblem } from './json-limits.ts';
import { MIN_POSITIVE, PARAM_SPECS, findSpec, smallestPositive, type ParamSpec } from './schema.ts';
import { checkGymPolicy } from '../gym-allocators.ts';
import { effectiveBranchingRatio, MAX_GENERATIONS, sameDayBranching, spatialKernelEntries } from '../hawkes.ts';
import { checkPeople, peopleWork } from '../people/limits.ts';

/** Largest run the model accepts, in neighborhood-days; it bounds memory at about 44 bytes each (440 MB at most). */
export const MAX_CELL_DAYS = 10_000_000;
/**
 * Largest run in units of work (runWork): every draw and every pass over the neighborhoods the
 * run will make, one unit being about the cost of one incident drawn (20 ns on one core here, so
 * the largest valid run takes about 4 s).
 */
export const MAX_RUN_WORK = 200_000_000;
/**
 * Costs in units of work (one incident drawn), measured with `npm run bench`-style runs on one
 * core here. A day's passes over each neighborhood (deployment, sources, fusion, recording) cost
 * about 10; a same-day near-repeat generation passes over every neighborhood again (0.25 each);
 * spreading an incident's offspring visits each of the spatial kernel's neighbors (0.4 each); and
 * building the kernel costs about 12 per entry, once.
 */
export const WORK_PER_NEIGHBORHOOD_DAY = 10;
export const WORK_PER_GENERATION_PASS = 0.25;
export const WORK_PER_KERNEL_VISIT = 0.4;
export const WORK_PER_KERNEL_ENTRY = 12;
export const MIN_NEIGHBORHOODS = 2;
export const MAX_NEIGHBORHOODS = 10_000;
/** Longest custom city a link or `--set` may hold as JSON: 10,000 neighborhoods take about 1 MB. */
export const MAX_NEIGHBORHOODS_JSON_CHARS = 2_000_000;

/** A parameter that is unknown, of the wrong type, or out of range. */
export class ParamError extends RangeError {
  override name = 'ParamError';
  constructor(
    /** Dotted path of the offending field, e.g. `sources.reports.minorityRate`. */
    readonly field: string,
    message: string,
    /**
     * What kind of refusal this is (`outOfRange`, `notNumber`, ...), so the UI can word it in its
     * language from the message catalogue (`paramError.<kind>`, src/i18n/param-errors.ts); the
     * English `message` stays for the CLI and as the fallback.
     */
    readonly kind?: string,
    /** The values the worded message names: the field, the range, the value given. */
    readonly values?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

/** The defaults of every parameter, as a fresh object. */
export function defaultParams(): Params {
  const params: Record<string, unknown> = {};
  for (const spec of PARAM_SPECS) writePath(params, spec.path, spec.default);
  return params as unknown as Params;
}

/** A deep copy of params (custom neighborhoods included). */
export function cloneParams(params: Params): Params {
  return JSON.parse(JSON.stringify(params)) as Params;
}

/**
 * Applies a partial override on top of `base` (the defaults unless given) and checks the result.
 * Throws ParamError on the first unknown field, wrong type or out-of-range value.
 *
 * Keys may be nested objects or dotted paths, in any mix: `{"deployment.units": 7}`,
 * `{"deployment": {"units": 7}}` and `{"sources.reports": {"minorityRate": 0.2}}` are all read as
 * the paths they spell. A parameter given twice (nested and dotted) is refused rather than one
 * value silently winning. Only the override's own properties are read, so keys such as
 * `constructor` or `__proto__` are unknown parameters like any other.
 */
export function validateParams(override: unknown = {}, base: Params = defaultParams()): Params {
  const params = cloneParams(base);
  if (override === null || typeof override !== 'object' || Array.isArray(override)) {
    throw new ParamError('(root)', 'Parameters must be an object such as {"days": 365}.');
  }
  applyOverride(params as unknown as Record<string, unknown>, override as Record<string, unknown>, '', new Set());
  checkWholeRun(params);
  return params;
}

/** Writes every leaf of `override` (keys read as paths under `prefix`) into `root`; `seen` holds the paths written. */
function applyOverride(root: Record<string, unknown>, override: Record<string, unknown>, prefix: string, seen: Set<string>): void {
  for (const key of Object.keys(override)) {
    const value = override[key];
    const path = prefix ? `${prefix}.${key}` : key;
    const spec = findSpec(path);
    if (spec) {
      if (seen.has(path)) throw new ParamError(path, `${path} is given twice (nested and as a dotted key); give it once.`, 'givenTwice', { path });
      seen.add(path);
      writePath(root, path, checkValue(spec, value));
      continue;
    }
    const isBranch = PARAM_SPECS.some((s) => s.path.startsWith(`${path}.`));
    if (!isBranch) throw new ParamError(clip(path), `Unknown parameter "${clip(path)}". ${suggest(path)}`, 'unknown', { path: clip(path) });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ParamError(path, `"${path}" must be an object of parameters, not ${describe(value)}.`);
    }
    applyOverride(root, value as Record<string, unknown>, path, seen);
  }
}

/** Checks one value against its spec and returns it (numbers as numbers). */
export function checkValue(spec: ParamSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw new ParamError(spec.path, `${spec.path} must be true or false, not ${describe(value)}.`, 'notBoolean', { path: spec.path, given: shown(value) });
      return value;
    case 'enum': {
      const allowed = spec.options!.map((o) => o.value);
      if (typeof value !== 'string' || !allowed.includes(value)) {
        throw new ParamError(spec.path, `${spec.path} must be one of ${allowed.join(', ')}, not ${describe(value)}.`, 'notOption', { path: spec.path, options: allowed.join(', '), given: shown(value) });
      }
      return value;
    }
    case 'number':
    case 'integer':
      return checkNumber(spec.path, value, spec.min!, spec.max!, spec.kind === 'integer', spec.unit, smallestPositive(spec));
    case 'neighborhoods':
      return value === null ? null : checkNeighborhoods(value);
  }
}

/**
 * A finite number in [min, max]; where min is 0, a positive value must be at least `minPositive`
 * (0 itself stays allowed), and −0 is read as 0.
 */
function checkNumber(path: string, value: unknown, min: number, max: number, integer: boolean, unit: string, minPositive: number): number {
  const range = `from ${min} to ${max}${unit ? ` (${unit})` : ''}`;
  const values = { path, min, max, unit };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ParamError(path, `${path} must be a number ${range}, not ${describe(value)}.`, 'notNumber', { ...values, given: shown(value) });
  }
  if (integer && !Number.isInteger(value)) throw new ParamError(path, `${path} must be a whole number ${range}, not ${value}.`, 'notInteger', { ...values, given: value });
  if (value < min || value > max) throw new ParamError(path, `${path} is ${value}, outside the allowed range ${range}.`, 'outOfRange', { ...values, given: value });
  if (value > 0 && value < minPositive) {
    throw new ParamError(path, `${path} is ${value}, too small to mean anything: use 0, or a value from ${minPositive} to ${max}${unit ? ` (${unit})` : ''}.`, 'tooSmall', { ...values, min: minPositive, given: value });
  }
  return value === 0 ? 0 : value;
}

const NEIGHBORHOOD_FIELDS: Record<keyof CustomNeighborhood, { min: number; max: number; integer: boolean; unit: string }> = {
  population: { min: 1, max: 10_000_000, integer: true, unit: 'residents' },
  minorityShare: { min: 0, max: 1, integer: false, unit: 'fraction' },
  trueRatePerDay: { min: 0, max: 1000, integer: false, unit: 'incidents per day' },
  priorRecords: { min: 0, max: 1e9, integer: false, unit: 'records' },
};

function checkNeighborhoods(value: unknown): CustomNeighborhood[] {
  const path = 'city.custom';
  if (!Array.isArray(value)) throw new ParamError(path, `${path} must be a list of neighborhoods or null, not ${describe(value)}.`);
  if (value.length < MIN_NEIGHBORHOODS || value.length > MAX_NEIGHBORHOODS) {
    throw new ParamError(path, `${path} has ${value.length} neighborhoods; allowed from ${MIN_NEIGHBORHOODS} to ${MAX_NEIGHBORHOODS}.`);
  }
  return value.map((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ParamError(itemPath, `${itemPath} must be an object with population, minorityShare, trueRatePerDay and priorRecords.`);
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // Own-property check: `constructor` or `toString` are not fields, whatever the prototype has.
      if (!Object.hasOwn(NEIGHBORHOOD_FIELDS, key)) {
        throw new ParamError(`${itemPath}.${clip(key)}`, `Unknown field "${clip(key)}" in ${itemPath}; allowed: ${Object.keys(NEIGHBORHOOD_FIELDS).join(', ')}.`);
      }
    }
    const result = {} as CustomNeighborhood;
    for (const [key, rule] of Object.entries(NEIGHBORHOOD_FIELDS) as [keyof CustomNeighborhood, (typeof NEIGHBORHOOD_FIELDS)['population']][]) {
      const given = Object.hasOwn(record, key) ? record[key] : undefined;
      const fieldValue = key === 'priorRecords' && given === undefined ? 0 : given;
      result[key] = checkNumber(`${itemPath}.${key}`, fieldValue, rule.min, rule.max, rule.integer, rule.unit, rule.min > 0 ? rule.min : MIN_POSITIVE);
    }
    return result;
  });
}

/** Checks that involve more than one field. */
function checkWholeRun(params: Params): void {
  const neighborhoods = neighborhoodCount(params);
  if (params.city.custom === null && (neighborhoods < MIN_NEIGHBORHOODS || neighborhoods > MAX_NEIGHBORHOODS)) {
    throw new ParamError('city.columns', `The grid has ${params.city.columns} × ${params.city.rows} = ${neighborhoods} neighborhoods; allowed from ${MIN_NEIGHBORHOODS} to ${MAX_NEIGHBORHOODS}. Change city.columns or city.rows.`, 'gridSize', {
      columns: params.city.columns, rows: params.city.rows, neighborhoods, min: MIN_NEIGHBORHOODS, max: MAX_NEIGHBORHOODS,
    });
  }
  const cellDays = neighborhoods * params.days;
  if (cellDays > MAX_CELL_DAYS) {
    throw new ParamError('days', `days is ${params.days}, so the run has ${neighborhoods} neighborhoods × ${params.days} days = ${cellDays.toLocaleString('en-US')} neighborhood-days; the most allowed is ${MAX_CELL_DAYS.toLocaleString('en-US')}. Use at most ${Math.floor(MAX_CELL_DAYS / neighborhoods)} days.`, 'cellDays', {
      days: params.days, neighborhoods, cellDays, max: MAX_CELL_DAYS, fitting: Math.floor(MAX_CELL_DAYS / neighborhoods),
    });
  }
  // A spatial kernel too large to build within the budget is refused first, as the effective
  // branching ratio of an unnormalised one can cost a pass over the whole kernel (no day fits, so
  // the bound from below that leaves near-repeat's amplification out is enough to say so).
  const lowerBound = runWork(params, 0);
  if (lowerBound.setup > MAX_RUN_WORK) refuseWork(params, lowerBound, 0);
  const effective = effectiveBranchingRatio(params);
  checkNearRepeat(params, effective);
  checkGymPolicy(params, neighborhoods);
  const daily = expectedDailyEvents(params, effective);
  checkPeople(params, neighborhoods, daily.stops);
  const work = runWork(params, effective);
  if (work.total > MAX_RUN_WORK) refuseWork(params, work, effective);
}

/** The ParamError for a run over MAX_RUN_WORK: what it would cost, and how to make it smaller. */
function refuseWork(params: Params, work: RunWork, effective: number): never {
  const neighborhoods = neighborhoodCount(params);
  const stops = work.stops + work.dispatch;
  // Rates that respond to attention rise: the incidents are an average over the run.
  const rising = params.reality.rateDynamics.enabled && params.reality.rateDynamics.dynamicFactor > 0;
  const kernelWork = work.kernelVisits + work.setup / params.days;
  const peopleWorkPerDay = work.people / params.days;
  const largest = Math.max(work.incidents, stops, work.neighborhoods, kernelWork, peopleWorkPerDay);
  const field = largest === peopleWorkPerDay ? (work.peopleRefreshes > work.people / 2 ? 'people.list.refreshDays' : 'people.residentsPerNeighborhood')
    : largest === kernelWork ? 'reality.nearRepeat.spatialSigmaKm'
    : largest === work.neighborhoods ? 'days'
    : largest === stops && work.stops > work.incidents ? 'sources.stops.stopsPerUnit'
    : rising && work.incidents > 2 * runWork(params, effective, 1).incidents ? 'reality.rateDynamics.dynamicFactor'
    : params.city.custom ? 'city.custom' : 'reality.offenseRate';
  const round = (value: number) => Math.round(value).toLocaleString('en-US');
  const fitting = fittingDays(params, effective);
  const advice = fitting >= 1 ? `Use at most ${fitting.toLocaleString('en-US')} days, or lower` : 'Lower';
  const kernel = work.kernelNeighbors > 0 ? `, each spreading near-repeats to about ${round(work.kernelNeighbors)} neighborhoods` : '';
  const setup = (work.setup > 0 ? `, plus ${round(work.setup)} to build the near-repeat spread` : '') + (work.people > 0 ? `, plus ${round(work.people)} for the person layer` : '');
  throw new ParamError(
    field,
    `This run would cost about ${round(work.total)} units of work, one unit being about one incident drawn (${params.days} days × (${round(work.incidents)} incidents${rising ? ' on average, as rates rise where no unit goes' : ''}, ${round(stops)} stops, alerts and dispatch draws, and ${round(work.neighborhoods + work.kernelVisits)} for the daily passes over ${neighborhoods.toLocaleString('en-US')} neighborhoods${kernel}) a day${setup}); the most allowed is ${MAX_RUN_WORK.toLocaleString('en-US')}. ${advice} the offense rate, the patrol units, the stops per unit, the number of neighborhoods${rising ? ', the rate change per day (reality.rateDynamics.dynamicFactor)' : ''}${work.people > 0 ? ', the residents followed or how often the list is refreshed (people.list.refreshDays)' : ''} or the near-repeat spread (reality.nearRepeat.spatialSigmaKm).`,
    fitting >= 1 ? 'tooManyEvents' : 'tooManyEventsPerDay',
    {
      work: Math.round(work.total), days: params.days, incidents: Math.round(work.incidents), stops: Math.round(stops), neighborhoods,
      neighborhoodWork: Math.round(work.neighborhoods + work.kernelVisits), max: MAX_RUN_WORK, fitting,
    },
  );
}

/** A run's cost in units of work (MAX_RUN_WORK), per day by kind and in total. */
export interface RunWork {
  /** Per day (on average over the run): incidents, stops and false alerts, dispatch draws. */
  incidents: number;
  stops: number;
  dispatch: number;
  /** Per day: passes over the neighborhoods (the day loop's, and one per same-day near-repeat generation). */
  neighborhoods: number;
  /** Per day: visits to the spatial kernel's neighbors when near-repeat offspring are spread. */
  kernelVisits: number;
  /** Average neighbors a neighborhood's near-repeats spread to (0 without a spatial kernel). */
  kernelNeighbors: number;
  perDay: number;
  /** Once per run: building the spatial kernel. */
  setup: number;
  /** The person layer over the whole run (models/people/limits.ts), and the part its list refreshes take. */
  people: number;
  peopleRefreshes: number;
  total: number;
}

/**
 * Every cost the run will pay, in units of work (about one incident drawn each), from its
 * expected daily counts: each incident, stop and false alert; the dispatch (the sampling policy's
 * multinomial is one binomial per neighborhood, whatever the units; the gym's uniform multinomial
 * one uniform per unit; the greedy and α-fair tables neighborhoods × (units + 1) entries a day plus
 * an exploration draw per unit, gym-allocators.ts); the day loop's passes over the neighborhoods;
 * near-repeat's same-day generations (each a pass over the neighborhoods: about
 * 1 + ln(1 + incidents) ÷ −ln(m) + 1 ÷ (1 − m) of them, m the same-day branching) and its
 * spatial kernel (each incident's offspring spread to its neighbors, cut off at 4σ, hawkes.ts),
 * and building that kernel once; the person layer's stops, incidents and list refreshes. Rates that respond to attention are counted as if no unit ever
 * went anywhere (a bound: they then rise by d every day everywhere). `days` defaults to the run's.
 */
export function runWork(params: Params, effective = effectiveBranchingRatio(params), days = params.days): RunWork {
  const size = neighborhoodCount(params);
  const daily = expectedDailyEvents(params, effective);
  const policy = params.deployment.policy;
  const units = params.deployment.units;
  const dispatch = policy === 'sample' ? size : policy === 'multinomial' ? units : policy === 'greedy' || policy === 'alphaFair' ? size * (units + 1) + units : 0;
  const entries = spatialKernelEntries(params);
  const kernelNeighbors = entries / size;
  const m = sameDayBranching(params, effective);
  // Rates that respond to attention rise by d a day where no unit goes (gym-allocators.ts): at
  // most d × neighborhoods more incidents each day, so the run's average day has (days − 1)/2 of that.
  const dynamics = params.reality.rateDynamics;
  const growth = dynamics.enabled ? (dynamics.dynamicFactor * size) / (1 - effective) : 0;
  const incidents = daily.incidents + (growth * Math.max(0, days - 1)) / 2;
  const generations = m > 0 && incidents > 0 ? Math.min(MAX_GENERATIONS, 1 + Math.log1p(incidents) / -Math.log(m) + 1 / (1 - m)) : 0;
  const neighborhoods = size * (WORK_PER_NEIGHBORHOOD_DAY + generations * WORK_PER_GENERATION_PASS);
  // The tail spreads every neighborhood with incidents, and the same-day generations their parents.
  const kernelVisits = WORK_PER_KERNEL_VISIT * kernelNeighbors * (Math.min(size, incidents) + (generations > 0 ? Math.min(generations * size, incidents) : 0));
  const layer = peopleWork(params, size, daily.stops, incidents, days);
  const people = days * layer.perDay + layer.refreshes + layer.setup;
  const perDay = incidents + daily.stops + daily.falseAlerts + dispatch + neighborhoods + kernelVisits;
  const setup = WORK_PER_KERNEL_ENTRY * entries;
  return { incidents, stops: daily.stops + daily.falseAlerts, dispatch, neighborhoods, kernelVisits, kernelNeighbors, perDay, setup, people, peopleRefreshes: layer.refreshes, total: days * perDay + setup + people };
}

/** The most days these params fit in MAX_RUN_WORK (0 when not even one day fits). */
function fittingDays(params: Params, effective: number): number {
  let low = 0;
  let high = params.days;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (runWork(params, effective, middle).total <= MAX_RUN_WORK) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Near-repeat must be subcritical: its effective branching ratio (hawkes.ts) below 1. */
function checkNearRepeat(params: Params, effective: number): void {
  const nearRepeat = params.reality.nearRepeat;
  if (!nearRepeat.enabled) return;
  if (effective < 1) return;
  const theta = nearRepeat.branchingRatio;
  const unnormalised = nearRepeat.spatialKernel === 'gaussianUnnormalised';
  const spread = unnormalised ? ` (θ = ${theta} times the spatial kernel's largest total, ${(effective / theta).toPrecision(4)} km²)` : '';
  throw new ParamError(
    'reality.nearRepeat.branchingRatio',
    `reality.nearRepeat.branchingRatio is ${theta}, so the effective branching ratio is ${effective.toPrecision(4)}${spread}; it must be below 1, or incidents would multiply without end. Lower reality.nearRepeat.branchingRatio${unnormalised ? ' or reality.nearRepeat.spatialSigmaKm' : ''}.`,
    'supercritical',
    { given: theta, effective: Number(effective.toPrecision(4)) },
  );
}

/** Expected incidents, stops and false alerts per day, as the day loop will meet them. */
export function expectedDailyEvents(params: Params, effective = effectiveBranchingRatio(params)): { incidents: number; stops: number; falseAlerts: number } {
  const neighborhoods = neighborhoodCount(params);
  const custom = params.city.custom;
  let incidents = custom
    ? custom.reduce((sum, n) => sum + n.trueRatePerDay, 0)
    : neighborhoods * params.city.meanPopulation * params.reality.offenseRate * Math.max(1, params.reality.trueRateRatio);
  if (params.reality.nearRepeat.enabled) incidents /= 1 - effective;
  const stopSource = params.sources.stops;
  // Stops per unit peak in an all-minority neighborhood when the area ratio is above 1.
  const stops = stopSource.enabled ? params.deployment.units * stopSource.stopsPerUnit * Math.max(1, stopSource.minorityAreaRatio) : 0;
  const falseAlerts = params.sources.sensors.enabled ? neighborhoods * params.sources.sensors.falseAlertsPerDay : 0;
  return { incidents, stops, falseAlerts };
}

/** Number of neighborhoods these params describe. */
export function neighborhoodCount(params: Params): number {
  return params.city.custom ? params.city.custom.length : params.city.columns * params.city.rows;
}

/**
 * Parses a textual value (from `--set path=value` or a permalink) for the parameter at `path`
 * and returns it as an override object, e.g. `{sources: {reports: {minorityRate: 0.2}}}`.
 */
export function parseAssignment(path: string, text: string): ParamsOverride {
  const spec = findSpec(path);
  if (!spec) throw new ParamError(clip(path), `Unknown parameter "${clip(path)}". ${suggest(path)}`);
  let value: unknown = text;
  if (spec.kind === 'number' || spec.kind === 'integer') value = text.trim() === '' ? NaN : Number(text);
  else if (spec.kind === 'boolean') value = text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : text;
  else if (spec.kind === 'neighborhoods') {
    const problem = jsonShapeProblem(text, MAX_NEIGHBORHOODS_JSON_CHARS);
    if (problem) {
      throw new ParamError(path, problem.kind === 'too-long'
        ? `${path} is ${problem.length.toLocaleString('en-US')} characters of JSON; at most ${problem.limit.toLocaleString('en-US')} are read (${MAX_NEIGHBORHOODS.toLocaleString('en-US')} neighborhoods need far fewer).`
        : `${path} nests lists or objects more than ${problem.limit} levels deep; it must be a list of {population, minorityShare, trueRatePerDay, priorRecords}, or null.`);
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new ParamError(path, `${path} must be JSON: a list of {population, minorityShare, trueRatePerDay, priorRecords}, or null.`);
    }
  }
  checkValue(spec, value);
  const override: Record<string, unknown> = {};
  writePath(override, path, value);
  return override as ParamsOverride;
}

/** Reads the value at a dotted path (own properties only; undefined where the path is missing). */
export function readPath(object: unknown, path: string): unknown {
  let node = object;
  for (const key of path.split('.')) {
    node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function writePath(object: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = object;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** Longest user text an error message quotes; longer text is cut with an ellipsis. */
export const MAX_ECHO_CHARS = 80;

/** User text as an error message quotes it: at most MAX_ECHO_CHARS characters. */
export function clip(text: string): string {
  return text.length > MAX_ECHO_CHARS ? `${text.slice(0, MAX_ECHO_CHARS)}…` : text;
}

function suggest(path: string): string {
  const last = path.split('.').pop()!.toLowerCase();
  const near = PARAM_SPECS.filter((s) => s.path.toLowerCase().includes(last)).map((s) => s.path);
  return near.length ? `Did you mean ${near.slice(0, 3).join(' or ')}?` : 'Run with --schema to list every parameter.';
}

/** A value as a message quotes it: text in quotes, numbers as written, lists and objects by shape. */
function shown(value: unknown): string | number {
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (typeof value === 'number') return value;
  return Array.isArray(value) ? '[…]' : value !== null && typeof value === 'object' ? '{…}' : String(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${clip(value)}"`;
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? 'an object' : String(value);
}
