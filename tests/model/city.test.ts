/**
 * The synthetic city: minority shares from the segregation generator (models/city.ts), their
 * spatial clustering, and the true offending by group that the rate ratio sets (issue 2, "The
 * synthetic city").
 */
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { buildCity, groupPopulations, hexNeighborOffsets, MAJORITY, MINORITY, simulate, validateParams, type City } from '../../models/index.ts';
import { expectAboveByErrors, expectWithinErrors, sumGroup } from './helpers.ts';

function city(override: object, seed = 4): City {
  return buildCity(validateParams({ city: override }), seed);
}

function mean(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total / values.length;
}

/** Moran's I of `values` on the city's hex grid, with weight 1 between the six neighbors. */
function moransI(values: ArrayLike<number>, grid: City): number {
  const average = mean(values);
  let cross = 0;
  let links = 0;
  let squares = 0;
  for (let i = 0; i < grid.size; i++) {
    squares += (values[i]! - average) ** 2;
    const row = Math.floor(i / grid.columns);
    const column = i - row * grid.columns;
    for (const [dc, dr] of hexNeighborOffsets(row)) {
      const c = column + dc;
      const r = row + dr;
      if (c < 0 || c >= grid.columns || r < 0 || r >= grid.rows) continue;
      cross += (values[i]! - average) * (values[r * grid.columns + c]! - average);
      links++;
    }
  }
  return (grid.size / links) * (cross / squares);
}

describe('synthetic city', () => {
  it('gives every neighborhood the city-wide minority fraction when segregation is 0', () => {
    const grid = city({ segregation: 0, minorityFraction: 0.3 });
    expect(new Set(grid.minorityShare).size).toBe(1);
    expect(grid.minorityShare[0]).toBeCloseTo(0.3, 12);
    const [minority, majority] = groupPopulations(grid);
    expect(minority / (minority + majority)).toBeCloseTo(0.3, 12);
  });

  it.each([
    [20, 20, 0.3],
    [7, 3, 0.1],
    [20, 20, 0.5],
  ])('keeps the minority fraction of a segregated %s × %s city at %s', (columns, rows, fraction) => {
    // models/city.ts: share = (1 − s)·f + s·area, with `area` a ramp symmetric about the
    // (1 − f) quantile of the field, so the mean share is f up to the grid's quantile step 1/N.
    // With equal populations (spread 0) the residents' minority share is that same mean.
    const grid = city({ columns, rows, segregation: 1, minorityFraction: fraction, populationSpread: 0 });
    expect(Math.abs(mean(grid.minorityShare) - fraction)).toBeLessThan(1 / grid.size);
    const [minority, majority] = groupPopulations(grid);
    expect(Math.abs(minority / (minority + majority) - fraction)).toBeLessThan(1 / grid.size);
    expect(Math.min(...grid.minorityShare)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...grid.minorityShare)).toBeLessThanOrEqual(1);
  });

  it('clusters minority neighborhoods in space rather than scattering them like noise', () => {
    // Permutation test of Moran's I: shuffling the same shares over the grid gives I ≈ −1/(N − 1)
    // with a small spread; the generator's smoothed field must sit far above every shuffle.
    const grid = city({ segregation: 0.8, minorityFraction: 0.3 });
    const observed = moransI(grid.minorityShare, grid);
    const random = seedrandom('moran-permutations');
    const shuffled = Float64Array.from(grid.minorityShare);
    const nulls: number[] = [];
    for (let p = 0; p < 200; p++) {
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      nulls.push(moransI(shuffled, grid));
    }
    const nullMean = mean(nulls);
    const nullSd = Math.sqrt(nulls.reduce((sum, v) => sum + (v - nullMean) ** 2, 0) / (nulls.length - 1));
    expectWithinErrors(nullMean, -1 / (grid.size - 1), nullSd / Math.sqrt(nulls.length), 'mean Moran\'s I of shuffles');
    expect(observed, 'Moran\'s I of the generated city').toBeGreaterThan(0.5);
    expectAboveByErrors(observed, nullMean, nullSd, 'Moran\'s I against shuffles', 10);
  });

  it('marks the most-minority quarter of neighborhoods', () => {
    const grid = city({});
    const quarter = Array.from(grid.minorityQuarter.keys()).filter((i) => grid.minorityQuarter[i]);
    expect(quarter.length).toBe(100);
    const lowestInQuarter = Math.min(...quarter.map((i) => grid.minorityShare[i]!));
    const highestOutside = Math.max(...Array.from(grid.minorityShare).filter((_, i) => !grid.minorityQuarter[i]));
    expect(lowestInQuarter).toBeGreaterThanOrEqual(highestOutside);
  });

  it.each([1, 2])('makes minority residents offend %s times as often per resident as majority residents', (ratio) => {
    // Schema, reality.trueRateRatio: rate_i = population·offenseRate·(1 − m + m·r), of which a
    // share m·r / (m·r + 1 − m) involves minority residents, so the true incidents per minority
    // resident are r times those per majority resident. The minority fraction q of incidents is
    // binomial; the ratio R = q/(1 − q) × (majority ÷ minority residents) has standard error
    // R·SE(q)/(q(1 − q)).
    const days = 365;
    const result = simulate(validateParams({ days, reality: { trueRateRatio: ratio } }), 6);
    const minorityTrue = sumGroup(result.history.groupTrue, MINORITY, days);
    const majorityTrue = sumGroup(result.history.groupTrue, MAJORITY, days);
    const [minorityResidents, majorityResidents] = groupPopulations(result.city);
    const q = minorityTrue / (minorityTrue + majorityTrue);
    const observed = (minorityTrue / minorityResidents) / (majorityTrue / majorityResidents);
    const se = (observed * Math.sqrt((q * (1 - q)) / (minorityTrue + majorityTrue))) / (q * (1 - q));
    expectWithinErrors(observed, ratio, se, 'minority ÷ majority true incidents per resident');
  });
});
