/**
 * fast-check generators over the parameter schema, and the invariants every valid run keeps. The
 * property tests (tests/fuzz/params.property.test.ts, fixed seed, small runs) and `npm run fuzz`
 * (many more cases, larger runs) share them. Generators read PARAM_SPECS at run time, so a new
 * parameter is fuzzed as soon as it is in the schema.
 */
import fc from 'fast-check';
import {
  createSimulation,
  advance,
  MIN_NEIGHBORHOODS,
  PARAM_SPECS,
  ParamError,
  patrolTarget,
  smallestPositive,
  validateParams,
  type ParamSpec,
  type Params,
  type Simulation,
} from '../../models/index.ts';

/** How large generated runs may be: the property tests keep them tiny, the fuzz runner larger. */
export interface RunScale {
  maxDays: number;
  /** Largest grid side (columns and rows). */
  maxSide: number;
  maxCustomNeighborhoods: number;
  maxPopulation: number;
  /** Most patrol units: stops (up to 50 per unit) dominate a small run's cost. */
  maxUnits: number;
}

export const SMALL_RUNS: RunScale = { maxDays: 12, maxSide: 5, maxCustomNeighborhoods: 6, maxPopulation: 5000, maxUnits: 500 };
export const MEDIUM_RUNS: RunScale = { maxDays: 40, maxSide: 8, maxCustomNeighborhoods: 20, maxPopulation: 20000, maxUnits: 2000 };
/** The schema's own ranges: runs up to the run-size limit. */
export const FULL_RUNS: RunScale = { maxDays: 5000, maxSide: 100, maxCustomNeighborhoods: 300, maxPopulation: 1_000_000, maxUnits: 100_000 };

/** A valid number for `spec` within [min, max]: often a range end or the smallest positive value. */
function validNumber(spec: ParamSpec, max: number): fc.Arbitrary<number> {
  const min = spec.min!;
  const integer = spec.kind === 'integer';
  const ends = [min, max];
  if (min === 0 && !integer) ends.push(smallestPositive(spec));
  const inside = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const tiny = smallestPositive(spec);
  // A double between 0 and the smallest positive value is invalid: read it as 0.
  const cleaned = inside.map((value) => (min === 0 && value > 0 && value < tiny ? 0 : value));
  return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...ends) }, { weight: 3, arbitrary: cleaned });
}

function customCity(scale: RunScale): fc.Arbitrary<Params['city']['custom']> {
  const share = fc.oneof(fc.constantFrom(0, 1, 1e-6), fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v > 0 && v < 1e-6 ? 0 : v)));
  const rate = fc.oneof(fc.constantFrom(0, 1e-6, 50), fc.double({ min: 0, max: 50, noNaN: true }).map((v) => (v > 0 && v < 1e-6 ? 0 : v)));
  const prior = fc.oneof(fc.constantFrom(0, 1e-6, 1e9), fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => (v > 0 && v < 1e-6 ? 0 : v)));
  const neighborhood = fc.record({ population: fc.integer({ min: 1, max: scale.maxPopulation }), minorityShare: share, trueRatePerDay: rate, priorRecords: prior });
  return fc.array(neighborhood, { minLength: MIN_NEIGHBORHOODS, maxLength: scale.maxCustomNeighborhoods });
}

/** Upper bound the scale allows for a spec (the run's size knobs), else the schema's max. */
function scaledMax(spec: ParamSpec, scale: RunScale): number {
  switch (spec.path) {
    case 'days': return Math.min(spec.max!, scale.maxDays);
    case 'city.columns':
    case 'city.rows': return Math.min(spec.max!, scale.maxSide);
    case 'city.meanPopulation': return Math.min(spec.max!, scale.maxPopulation);
    case 'deployment.units': return Math.min(spec.max!, scale.maxUnits);
    case 'sources.history.priorDays': return Math.min(spec.max!, scale.maxDays * 10);
    default: return spec.max!;
  }
}

/** A valid value for one spec. */
export function validValue(spec: ParamSpec, scale: RunScale): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'boolean': return fc.boolean();
    case 'enum': return fc.constantFrom(...spec.options!.map((option) => option.value));
    case 'number':
    case 'integer': return validNumber(spec, Math.max(spec.min!, scaledMax(spec, scale)));
    case 'neighborhoods': return fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: customCity(scale) });
  }
}

/** A partial override (flat, by dotted path) setting a random subset of parameters to valid values. */
export function validOverride(scale: RunScale): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.fromEntries(PARAM_SPECS.map((spec) => [spec.path, validValue(spec, scale)]));
  // Days and the grid are always set, so the scale bounds every run.
  const required = ['days', 'city.columns', 'city.rows', 'city.meanPopulation'];
  return fc.record(entries, { requiredKeys: required.filter((path) => path in entries) });
}

/** A flat override nested into objects, so both forms of keys are exercised. */
export function nest(flat: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = nested;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = value;
  }
  return nested;
}

/** One invalid leaf and the field the ParamError must name. */
export interface Mutation {
  path: string;
  value: unknown;
  /** The ParamError's field must equal this, or start with it followed by `[` for custom-city items. */
  field: string;
  kind: string;
}

/** Values a spec must refuse, each with a label for the failure summary. */
function invalidValues(spec: ParamSpec): fc.Arbitrary<{ value: unknown; kind: string }> {
  const typeErrors = fc.constantFrom<{ value: unknown; kind: string }>(
    { value: null, kind: 'null' },
    { value: 'text', kind: 'string' },
    { value: [], kind: 'array' },
    { value: {}, kind: 'object' },
  );
  switch (spec.kind) {
    case 'boolean': return fc.oneof(typeErrors, fc.constantFrom({ value: 1, kind: 'number-for-boolean' }, { value: 'true', kind: 'string-for-boolean' }));
    case 'enum': return fc.oneof(typeErrors, fc.string({ maxLength: 12 }).filter((text) => !spec.options!.some((o) => o.value === text)).map((value) => ({ value, kind: 'unknown-choice' })));
    case 'neighborhoods':
      return fc.constantFrom(
        { value: 'text', kind: 'string' },
        { value: [{ population: 10, minorityShare: 0, trueRatePerDay: 1 }], kind: 'too-few-neighborhoods' },
        { value: [{ population: 10, minorityShare: 2, trueRatePerDay: 1 }, { population: 10, minorityShare: 0, trueRatePerDay: 1 }], kind: 'neighborhood-out-of-range' },
        { value: [{ population: 10, minorityShare: 0, trueRatePerDay: 1, constructor: 1 }, { population: 10, minorityShare: 0, trueRatePerDay: 1 }], kind: 'neighborhood-prototype-key' },
        { value: [{ population: 10, minorityShare: 0, trueRatePerDay: 5e-324 }, { population: 10, minorityShare: 0, trueRatePerDay: 1 }], kind: 'neighborhood-subnormal' },
      );
    case 'number':
    case 'integer': {
      const min = spec.min!;
      const max = spec.max!;
      const options: fc.Arbitrary<{ value: unknown; kind: string }>[] = [
        typeErrors,
        fc.constantFrom({ value: Number.NaN, kind: 'nan' }, { value: Number.POSITIVE_INFINITY, kind: 'infinity' }, { value: Number.NEGATIVE_INFINITY, kind: 'infinity' }),
        fc.double({ min: max, max: max * 1e6 + 1e6, noNaN: true, noDefaultInfinity: true, minExcluded: true }).map((value) => ({ value, kind: 'above-max' })),
        // −0 is not below 0 (validation reads it as 0).
        fc.double({ min: -1e9, max: min, noNaN: true, noDefaultInfinity: true, maxExcluded: true }).filter((value) => value < min).map((value) => ({ value, kind: 'below-min' })),
      ];
      if (spec.kind === 'integer' && min + 0.5 <= max) options.push(fc.constant({ value: min + 0.5, kind: 'fraction-for-integer' }));
      if (min === 0 && spec.kind === 'number') {
        const tiny = smallestPositive(spec);
        options.push(fc.double({ min: Number.MIN_VALUE, max: tiny, noNaN: true, maxExcluded: true }).map((value) => ({ value, kind: 'tiny-positive' })));
      }
      return fc.oneof(...options);
    }
  }
}

/** A valid override with one leaf made invalid (or one unknown key added). */
export function invalidCase(scale: RunScale): fc.Arbitrary<{ override: Record<string, unknown>; mutation: Mutation }> {
  const spec = fc.constantFrom(...PARAM_SPECS);
  const badLeaf = spec.chain((chosen) => invalidValues(chosen).map(({ value, kind }): Mutation => ({ path: chosen.path, value, field: chosen.path, kind })));
  const unknownKey = fc
    .oneof(fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'sources.reports.rate', 'deployment..units', 'city.custom.x'), fc.string({ minLength: 1, maxLength: 200 }))
    .filter((key) => !PARAM_SPECS.some((s) => s.path === key || s.path.startsWith(`${key}.`)))
    .map((key): Mutation => ({ path: key, value: 1, field: key.length > 80 ? `${key.slice(0, 80)}…` : key, kind: 'unknown-key' }));
  return fc.tuple(validOverride(scale), fc.oneof({ weight: 5, arbitrary: badLeaf }, { weight: 1, arbitrary: unknownKey }), fc.boolean()).map(([flat, mutation, nested]) => {
    const rest = Object.fromEntries(Object.entries(flat).filter(([path]) => path !== mutation.path && !path.startsWith(`${mutation.path}.`)));
    const override = nested ? nest(rest) : { ...rest };
    // The bad leaf goes in as a dotted key: validateParams reads dotted keys as paths.
    Object.defineProperty(override, mutation.path, { value: mutation.value, enumerable: true, configurable: true, writable: true });
    return { override, mutation };
  });
}

/** Why a valid run broke an invariant, or null. Checks every day of the history. */
export function brokenInvariant(sim: Simulation): string | null {
  const { params, history, city } = sim;
  const size = city.size;
  const { patrols, risk } = history;
  const deployment = params.deployment;
  const classic = deployment.policy === 'uniform' || deployment.policy === 'topK' || deployment.policy === 'proportional';
  const wholeUnits = params.sources.discoveries.enabled && params.sources.discoveries.model === 'capacity' && classic;
  // Counted units are whole and sum to round(P) exactly (roundUnitsWithCarry).
  const target = patrolTarget(deployment, size, wholeUnits);
  const tolerance = deployment.policy === 'sample' || !classic ? 0.5 + 1e-6 * target : 1e-5 * Math.max(1, target);
  const cap = deployment.capUnits > 0 ? deployment.capUnits : Infinity;
  const floor = Math.min(deployment.floorUnits, deployment.units / size, cap);
  for (let day = 0; day < history.daysDone; day++) {
    let total = 0;
    for (let i = 0; i < size; i++) {
      const cell = day * size + i;
      const units = patrols[cell]!;
      if (!Number.isFinite(risk[cell]!)) return `risk-not-finite: day ${day + 1}, neighborhood ${i}: ${risk[cell]}`;
      if (!(units >= 0 && Number.isFinite(units))) return `patrols-not-finite: day ${day + 1}, neighborhood ${i}: ${units}`;
      if (classic && !wholeUnits && units < floor - 1e-5 * Math.max(1, floor)) return `floor-broken: day ${day + 1}, neighborhood ${i}: ${units} < ${floor}`;
      if (classic && !wholeUnits && units > cap + 1e-5 * cap) return `cap-broken: day ${day + 1}, neighborhood ${i}: ${units} > ${cap}`;
      total += units;
    }
    if (!(Math.abs(total - target) <= tolerance)) return `patrols-not-conserved: day ${day + 1}: ${total} against ${target}`;
  }
  return null;
}

/** Runs params with seed; returns the simulation. */
export function runToEnd(params: Params, seed: number): Simulation {
  const sim = createSimulation(params, seed);
  advance(sim, params.days);
  return sim;
}

/**
 * Runs params with seed, or returns the ParamError a policy raised while running (the α-fair
 * allocator refuses, naming deployment.fairnessAlpha, on a day when no allocation meets the
 * constraint, which depends on the data and cannot be checked before the run).
 */
export function runOrRefuse(params: Params, seed: number): { sim: Simulation } | { error: ParamError } {
  try {
    return { sim: runToEnd(params, seed) };
  } catch (error) {
    if (error instanceof ParamError) return { error };
    throw error;
  }
}

/** Whether two runs of the same params and seed agree bit for bit in every history column. */
export function sameHistory(a: Simulation, b: Simulation): boolean {
  for (const [name, column] of Object.entries(a.history)) {
    if (!ArrayBuffer.isView(column)) continue;
    const other = (b.history as unknown as Record<string, ArrayBufferView>)[name]!;
    const left = new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
    const right = new Uint8Array(other.buffer, other.byteOffset, other.byteLength);
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  }
  return true;
}

/** validateParams, answering the ParamError instead of throwing it (other errors still throw). */
export function validateOrError(override: unknown): { params: Params } | { error: ParamError } {
  try {
    return { params: validateParams(override) };
  } catch (error) {
    if (error instanceof ParamError) return { error };
    throw error;
  }
}

/** Whether a ParamError names the mutated field. */
export function namesField(error: ParamError, mutation: Mutation): boolean {
  return error.field === mutation.field || error.field.startsWith(`${mutation.field}[`) || error.field.startsWith(`${mutation.field}.`);
}
