/**
 * The one chart system's geometry (src/components/charts/chart-geometry.ts): domains from the
 * options, the playback shortcut (a spec that differs only in words or playhead lays out the same),
 * square plots and gaps for missing values. Pure, so it runs in Node.
 */
import { describe, expect, it } from 'vitest';
import { layoutChart, sameGeometry } from '../../src/components/charts/chart-geometry.ts';
import type { ChartSeries, ChartSpec } from '../../src/components/charts/chart-spec.ts';

const x = Float64Array.from([1, 2, 3, 4, 5]);
const tick = (value: number) => String(value);

function line(key: string, values: number[], extra: Partial<ChartSeries> = {}): ChartSeries {
  return { key, label: key, color: '#000000', dash: '', width: 2, values: Float64Array.from(values), ...extra };
}

function spec(series: ChartSeries[], extra: Partial<ChartSpec> = {}): ChartSpec {
  return {
    heading: 'A chart',
    summary: 'It rises.',
    table: { caption: '', columns: [], rows: [] },
    x,
    xLabel: 'Day',
    yLabel: 'Share',
    xFormat: tick,
    yFormat: tick,
    series,
    ...extra,
  };
}

describe('layoutChart', () => {
  it('spans x over its domain and starts y at 0, capped by yMax and widened by yIncludes', () => {
    const geometry = layoutChart(spec([line('share', [0.1, 0.2, 0.3, 0.2, 0.25])], { yMax: 1, yIncludes: [0.5] }), 600);
    const { margin, innerWidth } = geometry.layout;
    expect(geometry.x(1)).toBe(margin.left);
    expect(geometry.x(5)).toBe(margin.left + innerWidth);
    expect(geometry.y.domain()).toEqual([0, 0.5]);
    const capped = layoutChart(spec([line('share', [0.1, 1.4, 0.3, 0.2, 0.25])], { yMax: 1 }), 600);
    expect(capped.y.domain()).toEqual([0, 1]);
  });

  it('centres a difference on zero', () => {
    const geometry = layoutChart(spec([line('difference', [-2, -1, 0, 0.5, 1])], { symmetric: true }), 600);
    expect(geometry.y.domain()).toEqual([-2, 2]);
  });

  it('finds no data when only a reference line is above zero', () => {
    const empty = layoutChart(spec([line('stops', [0, 0, 0, 0, 0]), line('parity', [1, 1, 1, 1, 1], { reference: true })]), 600);
    expect(empty.hasData).toBe(false);
    expect(layoutChart(spec([line('stops', [0, 0, 1, 0, 0])]), 600).hasData).toBe(true);
  });

  it('leaves a gap where a value is missing, and draws a band and a shade between two lines', () => {
    const geometry = layoutChart(
      spec([line('median', [1, 2, Number.NaN, 2, 1], { band: { low: [0, 1, Number.NaN, 1, 0], high: [2, 3, Number.NaN, 3, 2] }, shadeTo: [0, 0, 0, 0, 0] })]),
      600,
    );
    expect(geometry.lines[0]!.match(/M/g)).toHaveLength(2);
    expect(geometry.bands[0]).toMatch(/^M.*Z/);
    expect(geometry.shades[0]).not.toBeNull();
  });

  it('makes a square plot as wide as it is tall', () => {
    const geometry = layoutChart(spec([line('curve', [0, 0.2, 0.4, 0.7, 1])], { square: true }), 500);
    expect(geometry.layout.innerWidth).toBe(geometry.layout.innerHeight);
    expect(geometry.layout.directLabels).toBe(false);
  });
});

describe('sameGeometry', () => {
  const values = line('share', [0.1, 0.2, 0.3, 0.2, 0.25]);
  const base = spec([values], { playhead: 1 });

  it('holds for a new day of the same data: other words, another playhead', () => {
    expect(sameGeometry(base, { ...base, summary: 'It falls.', playhead: 4, table: { caption: 'x', columns: [], rows: [] } })).toBe(true);
  });

  it('fails for other data, another label or another frame', () => {
    expect(sameGeometry(base, spec([line('share', [0.1, 0.2, 0.3, 0.2, 0.25])]))).toBe(false);
    expect(sameGeometry(base, { ...base, series: [{ ...values, label: 'Parts' }] })).toBe(false);
    expect(sameGeometry(base, { ...base, yMax: 1 })).toBe(false);
    expect(sameGeometry(base, { ...base, yIncludes: [2] })).toBe(false);
  });
});
