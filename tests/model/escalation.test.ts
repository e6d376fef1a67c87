/**
 * The default scenario ("the-loop") must show a disparity that the loop grows, not one built in
 * at the start. The expected direction comes from the Ensign et al. (2018) urn argument
 * (papers.md §1.2 (ii)): when the model allocates patrols in proportion to its records and the
 * records come only from patrols, a place's share of records changes only if one patrol unit
 * yields more records there than elsewhere. With equal true crime, a unit in neighborhood i yields
 * per day about λ_i·q (discoveries, λ_i true incidents a day, q the chance one unit finds one)
 * plus s·(1 + (r − 1)·m_i)·h stop hits (s stops per unit, r the minority-area stop ratio, m_i the
 * minority share, h the hit rate). With r = 2, s = 3, h = 0.06 and m ≈ 0.86 in the most-minority
 * quarter against m ≈ 0.06 elsewhere, a unit yields about (0.12 + 0.33)/(0.12 + 0.19) ≈ 1.45 times
 * as many records in the quarter, so its share of records, and so of patrols, grows from day to
 * day (a logistic climb with a time scale of the memory's ~29-day mean life per step). With
 * r = 1 the yields are equal, the urn is neutral (a martingale), and the share stays where the
 * nearly even history put it.
 */
import { median } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { DISPARITY_WINDOW_DAYS, computeSeries, simulate, validateParams, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';

const SEEDS = Array.from({ length: 20 }, (_, index) => index + 1);

/** Patrol share ÷ true-crime share of the quarter over the 30 days ending at each checkpoint, per seed. */
function windowRatios(params: Params, checkpoints: readonly number[]): number[][] {
  return SEEDS.map((seed) => {
    const run = simulate(params, seed);
    const series = computeSeries(run.history, run.city);
    return checkpoints.map((day) => series.disparityRatio[day - 1]!);
  });
}

function mediansAt(ratios: number[][], column: number): number {
  return median(ratios.map((row) => row[column]!));
}

describe('the default scenario grows its disparity', () => {
  const preset = findPreset(DEFAULT_PRESET_ID)!;
  const days = preset.params.days;
  // 30-day windows ending at these days: the first, then every 60 days, then the last.
  const checkpoints = [DISPARITY_WINDOW_DAYS, 90, 150, 210, 270, 330, days];

  it('is the preset the app and the CLI open on, with equal true crime', () => {
    expect(preset.id).toBe('the-loop');
    expect(preset.params.reality.trueRateRatio).toBe(1);
    // "At most mildly skewed" starting records: a past over-policing factor of at most 1.5.
    expect(preset.params.sources.history.overPolicingFactor).toBeLessThanOrEqual(1.5);
  });

  const ratios = windowRatios(preset.params, checkpoints);

  it('starts near the true-crime share: median ratio over the first 30 days at most 1.5', () => {
    expect(mediansAt(ratios, 0)).toBeLessThanOrEqual(1.5);
  });

  it('ends at a multiple of it: median ratio over the last 30 days at least 2.5', () => {
    expect(mediansAt(ratios, checkpoints.length - 1)).toBeGreaterThanOrEqual(2.5);
  });

  it('rises for most of the run: the median climbs between all but at most one pair of checkpoints', () => {
    const medians = checkpoints.map((_, column) => mediansAt(ratios, column));
    let rises = 0;
    for (let k = 1; k < medians.length; k++) if (medians[k]! > medians[k - 1]!) rises++;
    expect(rises).toBeGreaterThanOrEqual(medians.length - 2);
    // And in most seeds, not only in the median: the last window is above the first in 19 of 20.
    const grew = ratios.filter((row) => row[row.length - 1]! > row[0]! * 1.5).length;
    expect(grew).toBeGreaterThanOrEqual(19);
  });

  it('does not grow when a patrol yields the same records everywhere (minority-area stop ratio 1)', () => {
    // The neutral urn: expected shares stay put, so the last window is close to the first.
    const neutral = validateParams({ sources: { stops: { minorityAreaRatio: 1 } } }, preset.params);
    const neutralRatios = windowRatios(neutral, [DISPARITY_WINDOW_DAYS, days]);
    const first = mediansAt(neutralRatios, 0);
    const last = mediansAt(neutralRatios, 1);
    expect(last).toBeLessThan(1.5);
    expect(Math.abs(last - first)).toBeLessThan(0.25);
  });
});
