/**
 * The synthetic city: neighborhoods on a hexagonal grid with populations, a spatially clustered
 * minority share and a true incident rate. Segregation comes from a smoothed random field, so a
 * segregated city shows contiguous minority areas rather than noise; a custom list of
 * neighborhoods replaces the grid to write published models exactly.
 */
import type { Params } from './params/types.ts';
import { createStream, poisson, type Uniform } from './random.ts';

/** The city as struct-of-arrays, indexed by neighborhood (row-major on the grid). */
export interface City {
  size: number;
  columns: number;
  rows: number;
  /** Residents. */
  population: Float64Array;
  /** Share of residents in the minority group, in [0, 1]. */
  minorityShare: Float64Array;
  /** Expected true incidents per day before near-repeat or deterrence effects. */
  baseRate: Float64Array;
  /** Share of the base rate that involves minority residents, in [0, 1]. */
  minorityIncidentShare: Float64Array;
  /** Records in the database on day 0 (before the history weight). */
  priorRecords: Float64Array;
  /** Share of the neighborhood watched by sensors, in [0, 1]. */
  sensorCoverage: Float64Array;
  /** Hex centers, in units of the distance between neighboring centers. */
  x: Float32Array;
  y: Float32Array;
  /** 1 for the most-minority quarter of neighborhoods (ties broken by index), else 0. */
  minorityQuarter: Uint8Array;
}

const HEX_ROW_HEIGHT = Math.sqrt(3) / 2;

export function buildCity(params: Params, seed: number): City {
  const rng = createStream(seed, 'city');
  const custom = params.city.custom;
  const size = custom ? custom.length : params.city.columns * params.city.rows;
  const columns = custom ? Math.ceil(Math.sqrt(size)) : params.city.columns;
  const rows = custom ? Math.ceil(size / columns) : params.city.rows;
  const city: City = {
    size,
    columns,
    rows,
    population: new Float64Array(size),
    minorityShare: new Float64Array(size),
    baseRate: new Float64Array(size),
    minorityIncidentShare: new Float64Array(size),
    priorRecords: new Float64Array(size),
    sensorCoverage: new Float64Array(size),
    x: new Float32Array(size),
    y: new Float32Array(size),
    minorityQuarter: new Uint8Array(size),
  };
  for (let i = 0; i < size; i++) {
    const row = Math.floor(i / columns);
    const column = i - row * columns;
    city.x[i] = column + (row & 1) * 0.5;
    city.y[i] = row * HEX_ROW_HEIGHT;
  }
  const ratio = params.reality.trueRateRatio;
  if (custom) {
    custom.forEach((n, i) => {
      city.population[i] = n.population;
      city.minorityShare[i] = n.minorityShare;
      city.baseRate[i] = n.trueRatePerDay;
      city.priorRecords[i] = n.priorRecords;
    });
  } else {
    fillPopulation(city, params, rng);
    fillMinorityShare(city, params.city.minorityFraction, params.city.segregation, rng);
    for (let i = 0; i < size; i++) {
      const m = city.minorityShare[i]!;
      city.baseRate[i] = city.population[i]! * params.reality.offenseRate * (1 - m + m * ratio);
    }
    fillPriorRecords(city, params, createStream(seed, 'history'));
  }
  for (let i = 0; i < size; i++) {
    const m = city.minorityShare[i]!;
    // With a custom city the rate is given per neighborhood, so the group split follows residents.
    const minorityWeight = custom ? m : m * ratio;
    const total = minorityWeight + (1 - m);
    city.minorityIncidentShare[i] = total > 0 ? minorityWeight / total : 0;
  }
  fillSensorCoverage(city, params);
  markMinorityQuarter(city);
  return city;
}

function fillPopulation(city: City, params: Params, rng: Uniform): void {
  const { meanPopulation, populationSpread } = params.city;
  for (let i = 0; i < city.size; i++) {
    city.population[i] = Math.max(1, Math.round(meanPopulation * (1 + populationSpread * (2 * rng.next() - 1))));
  }
}

/**
 * Minority share from a smoothed random field: the neighborhoods with the highest field values
 * form the minority areas, holding the fraction f of the residents. Segregation s mixes that map
 * with an even one: share = (1 − s)·f + s·area, so the residents' share stays f for every s.
 */
function fillMinorityShare(city: City, fraction: number, segregation: number, rng: Uniform): void {
  const { size, columns, rows } = city;
  let field = new Float64Array(size);
  let next = new Float64Array(size);
  for (let i = 0; i < size; i++) field[i] = rng.next();
  // Enough passes of neighbor averaging to make blobs a few neighborhoods across at any grid size.
  const passes = Math.max(2, Math.round(Math.max(columns, rows) / 4));
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < size; i++) {
      const row = Math.floor(i / columns);
      const column = i - row * columns;
      let sum = field[i]!;
      let count = 1;
      for (const [dc, dr] of hexNeighborOffsets(row)) {
        const c = column + dc;
        const r = row + dr;
        if (c < 0 || c >= columns || r < 0 || r >= rows) continue;
        const j = r * columns + c;
        if (j >= size) continue;
        sum += field[j]!;
        count++;
      }
      next[i] = sum / count;
    }
    [field, next] = [next, field];
  }
  // Minority areas fill the highest-field neighborhoods until they hold `fraction` of the
  // residents; the neighborhood at the edge gets the remainder, so the residents' share is exact.
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => field[b]! - field[a]! || a - b);
  let totalPopulation = 0;
  for (let i = 0; i < size; i++) totalPopulation += city.population[i]!;
  let remaining = fraction * totalPopulation;
  for (const i of order) {
    const population = city.population[i]!;
    const area = remaining <= 0 ? 0 : remaining >= population ? 1 : remaining / population;
    remaining -= area * population;
    city.minorityShare[i] = (1 - segregation) * fraction + segregation * area;
  }
}

const EVEN_ROW_NEIGHBORS: readonly (readonly [number, number])[] = [[-1, 0], [1, 0], [-1, -1], [0, -1], [-1, 1], [0, 1]];
const ODD_ROW_NEIGHBORS: readonly (readonly [number, number])[] = [[-1, 0], [1, 0], [0, -1], [1, -1], [0, 1], [1, 1]];

/** Column and row offsets of the six neighbors of a cell in an "odd-r" offset hex grid. */
export function hexNeighborOffsets(row: number): readonly (readonly [number, number])[] {
  return row & 1 ? ODD_ROW_NEIGHBORS : EVEN_ROW_NEIGHBORS;
}

/**
 * Historical records: past true incidents over `priorDays`, recorded at `recordRate`, inflated in
 * minority areas by the past over-policing factor (linear in minority share).
 */
function fillPriorRecords(city: City, params: Params, rng: Uniform): void {
  const { priorDays, recordRate, overPolicingFactor } = params.sources.history;
  for (let i = 0; i < city.size; i++) {
    const inflation = 1 + (overPolicingFactor - 1) * city.minorityShare[i]!;
    city.priorRecords[i] = poisson(rng, priorDays * city.baseRate[i]! * recordRate * inflation);
  }
}

/** Coverage proportional to 1 + (skew − 1)·minority share, scaled to the requested mean, capped at 1. */
function fillSensorCoverage(city: City, params: Params): void {
  const { coverage, minoritySkew } = params.sources.sensors;
  let meanWeight = 0;
  for (let i = 0; i < city.size; i++) meanWeight += 1 + (minoritySkew - 1) * city.minorityShare[i]!;
  meanWeight /= city.size;
  for (let i = 0; i < city.size; i++) {
    const weight = 1 + (minoritySkew - 1) * city.minorityShare[i]!;
    city.sensorCoverage[i] = meanWeight > 0 ? Math.min(1, (coverage * weight) / meanWeight) : 0;
  }
}

/** The quarter of neighborhoods (at least one) with the highest minority share. */
function markMinorityQuarter(city: City): void {
  const count = Math.max(1, Math.round(city.size / 4));
  const order = Array.from({ length: city.size }, (_, i) => i).sort(
    (a, b) => city.minorityShare[b]! - city.minorityShare[a]! || a - b,
  );
  for (let rank = 0; rank < count; rank++) city.minorityQuarter[order[rank]!] = 1;
}

