/**
 * The person-level layer (models/people/) against theory: closed forms for contacts, symmetry for
 * listing rates, the direction of the attention factor's effect, and place-level runs unchanged
 * bit for bit. Fixed seeds, many replicates, tolerances in standard errors.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { CELL_COLUMNS, MINORITY, simulate, validateParams, type ParamsOverride, type RunResult } from '../../models/index.ts';
import { PRESETS } from '../../presets/index.ts';

/** A small city where every neighborhood gets the same patrols every day (uniform policy). */
function uniformCity(people: ParamsOverride['people'], extra: ParamsOverride = {}): ReturnType<typeof validateParams> {
  return validateParams({
    days: 365,
    city: { columns: 10, rows: 10, meanPopulation: 500, populationSpread: 0.5, minorityFraction: 0.3, segregation: 0.8 },
    sources: { stops: { stopsPerUnit: 2, minorityAreaRatio: 1.5, biasRatio: 1 } },
    deployment: { policy: 'uniform', units: 100 },
    people: { enabled: true, residentsPerNeighborhood: 100, ...people },
    ...extra,
  });
}

function peopleOf(result: RunResult) {
  if (!result.people) throw new Error('the person layer was off');
  return result.people;
}

describe('person layer: contacts', () => {
  it('gives each followed resident the closed-form expected contacts from stops, patrol presence and residents', () => {
    // Derivation: under the uniform policy neighborhood n has u = U / N units every day and draws
    // Poisson(s_n · u) stops, s_n = stopsPerUnit · (1 + (areaRatio − 1) · m_n). With no stop bias
    // and attention 1 each stop lands on one of the pop_n residents uniformly, so a followed
    // resident's contacts over T days are Poisson with mean T · s_n · u / pop_n (thinning of a
    // Poisson count). Summed over all followed residents and seeds, the total is Poisson with
    // mean μ = Σ R_n · T · s_n · u / pop_n, standard deviation √μ.
    const params = uniformCity({ attention: 1 });
    let observed = 0;
    let expected = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const result = simulate(params, seed);
      const { record } = peopleOf(result);
      const { city } = result;
      const u = params.deployment.units / city.size;
      for (let n = 0; n < city.size; n++) {
        const followed = record.offset[n + 1]! - record.offset[n]!;
        const stopsPerUnitAt = params.sources.stops.stopsPerUnit * (1 + (params.sources.stops.minorityAreaRatio - 1) * city.minorityShare[n]!);
        expected += (followed * params.days * stopsPerUnitAt * u) / city.population[n]!;
      }
      for (let i = 0; i < record.residents; i++) observed += record.contacts[i]!;
    }
    expect(expected).toBeGreaterThan(10_000);
    expect(Math.abs(observed - expected) / Math.sqrt(expected)).toBeLessThan(4);
  });

  it('splits contacts between groups by the stop bias ratio, as the closed form says', () => {
    // Derivation: with stop bias b a minority resident weighs b and a majority resident 1, so in
    // neighborhood n a stop lands on a given minority resident with chance b / (pop_n · (m_n·b + 1 − m_n))
    // (the place model's own split). Expected minority contacts: Σ_n k_n · T · s_n · u · b / (pop_n · (m_n·b + 1 − m_n)),
    // k_n the followed minority residents; Poisson, so the tolerance is 4√μ.
    const params = uniformCity({ attention: 1 }, { sources: { stops: { stopsPerUnit: 2, minorityAreaRatio: 1, biasRatio: 2 } } });
    let observed = 0;
    let expected = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const result = simulate(params, seed);
      const { record } = peopleOf(result);
      const { city } = result;
      const u = params.deployment.units / city.size;
      const b = params.sources.stops.biasRatio;
      for (let n = 0; n < city.size; n++) {
        let minority = 0;
        for (let i = record.offset[n]!; i < record.offset[n + 1]!; i++) if (record.group[i] === MINORITY) minority++;
        const m = city.minorityShare[n]!;
        expected += (minority * params.days * params.sources.stops.stopsPerUnit * u * b) / (city.population[n]! * (m * b + 1 - m));
      }
      for (let i = 0; i < record.residents; i++) if (record.group[i] === MINORITY) observed += record.contacts[i]!;
    }
    expect(expected).toBeGreaterThan(5_000);
    expect(Math.abs(observed - expected) / Math.sqrt(expected)).toBeLessThan(4);
  });
});

describe('person layer: the list', () => {
  it('lists both groups at equal rates when patrols are uniform and nobody gets extra attention', () => {
    // Derivation (symmetry): with uniform patrols, equal neighborhood sizes, no stop bias, equal
    // offending and attention 1, a resident's contacts, offenses and arrests do not depend on her
    // group, and the score never reads the group. So the group label is independent of listing and
    // E[rate_minority − rate_majority] = 0. Each seed gives one difference; the mean over 30 seeds
    // must lie within 3 standard errors of 0 (the seeds are independent, neighborhoods within a
    // seed are not, so the spread is taken across seeds).
    const params = uniformCity(
      { attention: 1, list: { mode: 'topK', size: 400, threshold: 5, refreshDays: 90 } },
      { city: { columns: 10, rows: 10, meanPopulation: 500, populationSpread: 0, minorityFraction: 0.3, segregation: 0.8 }, sources: { stops: { stopsPerUnit: 3, minorityAreaRatio: 1, biasRatio: 1 } } },
    );
    const differences: number[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const rates = peopleOf(simulate(params, seed)).metrics.everListedRate;
      differences.push(rates[0] - rates[1]);
    }
    const standardError = sampleStandardDeviation(differences) / Math.sqrt(differences.length);
    expect(standardError).toBeGreaterThan(0);
    expect(Math.abs(mean(differences)) / standardError).toBeLessThan(3);
  });

  it('keeps people on the list longer when listing brings extra attention', () => {
    // Derivation: with a top-K list the listed person-days are fixed (K per day once the list is
    // full), so the mean time on the list is K·D ÷ (people ever listed). Attention a > 1 raises a
    // listed resident's chance per stop from w/W to a·w/(W + (a − 1)·w_listed) > w/W, so her
    // expected contacts in the next window rise; the score is increasing in contacts, so she is
    // likelier to stay in the top K, fewer people pass through the list, and the mean time on
    // the list rises. Compared on the same seeds (common random numbers), the paired difference
    // must be positive by more than 3 standard errors.
    const people = { residentsPerNeighborhood: 100, windowDays: 180, list: { mode: 'topK' as const, size: 50, threshold: 5, refreshDays: 30 } };
    const extra: ParamsOverride = { days: 720 };
    const differences: number[] = [];
    for (let seed = 1; seed <= 15; seed++) {
      const plain = peopleOf(simulate(uniformCity({ ...people, attention: 1 }, extra), seed)).metrics.meanDaysOnList;
      const attended = peopleOf(simulate(uniformCity({ ...people, attention: 5 }, extra), seed)).metrics.meanDaysOnList;
      differences.push(attended - plain);
    }
    const standardError = sampleStandardDeviation(differences) / Math.sqrt(differences.length);
    expect(mean(differences)).toBeGreaterThan(3 * standardError);
  });
});

describe('person layer: place-level runs', () => {
  it('leaves every preset\'s place-level history and metrics unchanged bit for bit when switched on', { timeout: 180_000 }, () => {
    // The layer draws from its own streams (residents, contacts, offenses, list) and never writes
    // to the place-level state; the golden values (tests/golden) cover the layer switched off.
    for (const preset of PRESETS) {
      // 'the-list' has the layer on in its own params: compare the layer off against on.
      const off = simulate(validateParams({ people: { enabled: false } }, preset.params), preset.seed);
      const on = simulate(validateParams({ people: { enabled: true, residentsPerNeighborhood: 20 } }, preset.params), preset.seed);
      expect(on.people).not.toBeNull();
      expect(off.people).toBeNull();
      expect(on.metrics).toEqual(off.metrics);
      for (const column of CELL_COLUMNS) {
        const a = on.history[column];
        const b = off.history[column];
        let firstDifference = -1;
        for (let k = 0; k < a.length && firstDifference < 0; k++) if (!Object.is(a[k], b[k])) firstDifference = k;
        expect(firstDifference, `${preset.id}: ${column}`).toBe(-1);
      }
    }
  });
});
