/**
 * The person layer's tables in the lab's compare and replicates views: A, B and B − A of each
 * listed person metric, read from each run's PeopleMetrics by path, and the median and band over
 * replicates with the shares of an empty list (NaN) left out.
 */
import { describe, expect, it } from 'vitest';
import { simulateSummary, validateParams, type PeopleMetrics } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { summaryMetricPaths } from '../../src/sim-client.ts';
import { comparePeopleRows, LAB_PEOPLE_METRICS, peopleMetricValue, replicatePeopleRows } from '../../src/lab/people-metrics.ts';
import { plottableMetrics } from '../../src/lab/sweep-plan.ts';
import { formatMetric } from '../../src/lab/sweep-specs.ts';

const preset = findPreset('the-list')!;
const run = (attention: number, seed = preset.seed) =>
  simulateSummary(validateParams({ ...preset.overrides, days: 200, people: { ...preset.params.people, attention } }), seed).people!.metrics;

describe('the lab\'s person metrics', () => {
  const a = run(1);
  const b = run(6);

  it('are summary metrics a sweep can plot', () => {
    const plottable = plottableMetrics(summaryMetricPaths({ people: true }));
    for (const path of LAB_PEOPLE_METRICS) expect(plottable, path).toContain(path);
    expect(plottable).not.toContain('people.residents.minority');
    expect(plottable).not.toContain('people.twins.pairs');
  });

  it('read each run\'s own numbers by path, with groups named', () => {
    expect(peopleMetricValue(a, 'people.minorityListShare')).toBe(a.minorityListShare);
    expect(peopleMetricValue(a, 'people.contactsPerOffense.majority')).toBe(a.contactsPerOffense[1]);
    expect(peopleMetricValue(a, 'people.twins.lowPatrolListed')).toBe(a.twins.lowPatrolListed);
    expect(peopleMetricValue(a, 'people.noSuchMetric')).toBeNaN();
  });

  it('compare A and B as B − A', () => {
    const rows = comparePeopleRows(a, b);
    expect(rows.map((row) => row.path)).toEqual([...LAB_PEOPLE_METRICS]);
    const days = rows.find((row) => row.path === 'people.meanDaysOnList')!;
    expect(days).toEqual({ path: 'people.meanDaysOnList', a: a.meanDaysOnList, b: b.meanDaysOnList, difference: b.meanDaysOnList - a.meanDaysOnList });
  });

  it('give the median and band over replicates, leaving out replicates without a value', () => {
    const empty: PeopleMetrics = { ...a, minorityListShare: Number.NaN };
    const rows = replicatePeopleRows([a, b, empty]);
    const share = rows.find((row) => row.path === 'people.minorityListShare')!;
    expect(share.count).toBe(2);
    // The median of two values is their mean.
    expect(share.median).toBeCloseTo((a.minorityListShare + b.minorityListShare) / 2, 12);
    expect(rows.find((row) => row.path === 'people.meanDaysOnList')!.count).toBe(3);
  });

  it('format the list\'s shares as percentages and its small listing rates as numbers, so they do not round to 0%', () => {
    expect(formatMetric('people.minorityListShare', 0.73)).toBe('73%');
    expect(formatMetric('people.throughContactsShare', 0.658)).toBe('66%');
    expect(formatMetric('people.everListedRate.minority', 0.00714)).toBe('0.0071');
    expect(formatMetric('people.twins.lowPatrolListed', 0.00056)).toBe('0.00056');
  });
});
