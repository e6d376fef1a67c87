/** B minus A of series, Lorenz curves and map layers, on runs that share a seed. */
import { describe, expect, it } from 'vitest';
import { simulate, validateParams } from '../../models/index.ts';
import { differenceChartSpecs } from '../../src/lab/difference-specs.ts';
import { layerDifference, lorenzDifference, maxAbs, subtractSeries, trueIncidentMismatches, trueIncidentTotal } from '../../models/metrics/difference.ts';
import { withNoFeedback } from '../../src/lab/twins.ts';

const params = validateParams({ days: 60, city: { columns: 8, rows: 8 }, sources: { history: { overPolicingFactor: 3 } } });
const a = simulate(params, 3);
const b = simulate(withNoFeedback(params), 3);

describe('differences', () => {
  it('subtract series day by day over the days both have', () => {
    expect(Array.from(subtractSeries([3, 5, 9], [1, 1]))).toEqual([2, 4]);
    expect(maxAbs([1, -4, Number.NaN, 2])).toBe(4);
  });

  it('are zero everywhere for a run compared with itself', () => {
    const same = lorenzDifference(a, a, 59);
    expect(maxAbs(same.difference)).toBe(0);
    for (const layer of ['patrols', 'recorded', 'trueCrime', 'risk'] as const) expect(maxAbs(layerDifference(a, a, layer, 59)), layer).toBe(0);
  });

  it('find no true-incident difference between twins, but a patrol difference', () => {
    expect(trueIncidentMismatches(a, b)).toBe(0);
    expect(trueIncidentTotal(a)).toBe(trueIncidentTotal(b));
    expect(trueIncidentTotal(a)).toBeGreaterThan(0);
    expect(maxAbs(layerDifference(a, b, 'trueCrime', 59))).toBe(0);
    expect(maxAbs(layerDifference(a, b, 'patrols', 59))).toBeGreaterThan(0);
    // Uniform patrols put the same units everywhere: B − A of the patrol layer is that level minus A's.
    const patrols = layerDifference(a, b, 'patrols', 59);
    const uniform = (params.deployment.units / 64) * 30;
    const size = a.city.size;
    for (let i = 0; i < size; i++) {
      let windowA = 0;
      for (let t = 30; t < 60; t++) windowA += a.history.patrols[t * size + i]!;
      expect(patrols[i]).toBeCloseTo(uniform - windowA, 3);
    }
  });

  it('put uniform patrols closer to the diagonal of the Lorenz curve', () => {
    // Uniform patrols follow population and so true crime roughly; hotspot patrols concentrate,
    // so B − A of the cumulative patrol share is above zero somewhere and the curve ends at 1 on both.
    const lorenz = lorenzDifference(a, b, 59);
    expect(lorenz.x[0]).toBe(0);
    expect(lorenz.x[lorenz.x.length - 1]).toBe(1);
    expect(Math.max(...lorenz.difference)).toBeGreaterThan(0.05);
    expect(lorenz.a[lorenz.a.length - 1]).toBeCloseTo(1, 12);
  });

  it('describe each difference chart with both values and a direction', () => {
    const specs = differenceChartSpecs(a, b, 59);
    expect(specs.map((spec) => spec.heading)).toEqual([
      'Patrols sent to the most-minority quarter: B − A',
      'Recorded and true crime: B − A',
      'Disparity ratio: B − A',
      'Stops that found nothing: B − A',
      'Lorenz curve of patrols against true crime: B − A',
    ]);
    // The twins share their true incidents, so the summaries say the truth was the same.
    expect(specs[0]!.summary).toMatch(/share of patrols was [\d.]+ points (higher|lower) in B than in A \(A \d+%, B \d+%\); its share of true crime was the same in both runs\./);
    expect(specs[1]!.summary).toMatch(/; true incidents were the same in both runs\.$/);
    // Runs that saw different true crime (other seeds) give the amounts instead.
    const other = differenceChartSpecs(a, simulate(params, 4), 59);
    expect(other[0]!.summary).toMatch(/its share of true crime differed by [+−-]?[\d.]+ points\./);
    expect(other[1]!.summary).toMatch(/true incidents per 1,000 residents differed by [+−-]?[\d.,]+ in the minority and [+−-]?[\d.,]+ in the majority\.$/);
    for (const spec of specs) {
      expect(spec.table.rows.length).toBeGreaterThan(0);
      expect(spec.symmetric).toBe(true);
    }
  });
});
