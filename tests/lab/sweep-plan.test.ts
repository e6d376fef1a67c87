/** Sweep values, metric names and the CSV export. */
import { describe, expect, it } from 'vitest';
import { findSpec, ParamError } from '../../models/index.ts';
import { summaryMetricPaths } from '../../workers/summary-metrics.ts';
import { metricName, plottableMetrics, sweepCsv, sweepFileName, sweepValues } from '../../src/lab/sweep-plan.ts';
import { formatMetric, sweepChartSpec, sweepRows, type SweepPoint } from '../../src/lab/sweep-specs.ts';

const overPolicing = findSpec('sources.history.overPolicingFactor')!;
const units = findSpec('deployment.units')!;

describe('sweep plan', () => {
  it('spaces values evenly from one end of the range to the other, without float noise', () => {
    expect(sweepValues(overPolicing, 1, 5.5, 10)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5]);
    expect(sweepValues(findSpec('deployment.exploration')!, 0, 0.3, 4)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(sweepValues(overPolicing, 2, 2, 1)).toEqual([2]);
    expect(sweepValues(overPolicing, 3, 1, 3)).toEqual([3, 2, 1]);
  });

  it('rounds integer parameters and drops repeated values', () => {
    expect(sweepValues(units, 1, 3, 5)).toEqual([1, 2, 3]);
    expect(sweepValues(units, 10, 100, 4)).toEqual([10, 40, 70, 100]);
  });

  it('refuses values outside the parameter range and bad step counts, naming the field', () => {
    const refusal = (from: number, to: number, steps: number) => {
      try {
        sweepValues(overPolicing, from, to, steps);
      } catch (error) {
        return error instanceof ParamError ? [error.field, error.message] : ['not a ParamError', String(error)];
      }
      return ['accepted', ''];
    };
    expect(refusal(0, 5, 5)).toEqual(['sweep.from', expect.stringContaining('from 0.1 to 10')]);
    expect(refusal(1, 11, 5)).toEqual(['sweep.to', expect.stringContaining('11 is outside')]);
    expect(refusal(1, 5, 0)[0]).toBe('sweep.steps');
    expect(refusal(1, 5, 2.5)[0]).toBe('sweep.steps');
    expect(refusal(1, 5, 51)[0]).toBe('sweep.steps');
  });

  it('names every plottable metric and leaves out fixed counts', () => {
    const paths = plottableMetrics(summaryMetricPaths());
    expect(paths).toContain('minorityQuarter.disparityRatio');
    expect(paths).toContain('minority.stopsWithoutHitPer1000');
    expect(paths).not.toContain('tailDays');
    expect(paths).not.toContain('minority.population');
    for (const path of paths) expect(metricName(path), path).not.toBe(path);
  });

  it('writes the finished rows as CSV with value, median, low, high and replicates', () => {
    const points: SweepPoint[] = [
      { value: 1, summary: { m: { median: 1.25, low: 0.5, high: 2, mean: 1.3 } } },
      { value: 2, summary: null },
      { value: 3, summary: { m: { median: 0.1 + 0.2, low: 0.25, high: 1 / 3, mean: 0.3 } } },
    ];
    const rows = sweepRows(points, 'm', 20);
    expect(sweepCsv(rows)).toBe('value,median,low,high,replicates\n1,1.25,0.5,2,20\n3,0.3,0.25,0.333333333333,20\n');
    expect(sweepFileName('deployment.units', 'minority.stopsWithoutHitPer1000')).toBe('sweep-deployment.units-minority.stopsWithoutHitPer1000.csv');
  });

  it('describes a sweep in progress and a finished one', () => {
    const q = (median: number) => ({ median, low: median - 0.5, high: median + 0.5, mean: median });
    const metric = 'minorityQuarter.disparityRatio';
    const partial = sweepChartSpec(overPolicing, metric, [{ value: 1, summary: { [metric]: q(1) } }, { value: 2, summary: null }], 20);
    expect(partial.summary).toContain('1 of 2 values done so far');
    expect(partial.table.rows[1]).toEqual(['2', 'running…', '', '', '']);
    const done = sweepChartSpec(overPolicing, metric, [{ value: 1, summary: { [metric]: q(1) } }, { value: 3, summary: { [metric]: q(3.2) } }], 20);
    expect(done.summary).toBe(
      'As past over-policing of minority areas goes from 1 to 3, the median disparity ratio rises from 1 to 3.2 ' +
        '(90% of runs between 2.7 and 3.7 at the last value).',
    );
    expect(formatMetric('minorityQuarter.patrolShare', 0.412)).toBe('41%');
  });
});
