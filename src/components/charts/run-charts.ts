/**
 * The explorable's five run charts by name: each is a heading and a pure builder from a run's
 * chart data and a playback day to a chart spec, which `<runaway-chart>` draws. The names are
 * the view names of embeds, permalinks and exports (src/share/views.ts), so a page marks each
 * chart with `data-chart=<name>` and an export can find it.
 */
import type { RunResult } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { clampDay } from './chart-data.ts';
import type { ChartInput, ChartSpec } from './chart-spec.ts';
import { disparityHeading, disparitySpec } from './disparity-spec.ts';
import { emptyStopsHeading, emptyStopsSpec } from './empty-stops-spec.ts';
import { lorenzHeading, lorenzSpec } from './lorenz-spec.ts';
import { patrolShareHeading, patrolShareSpec } from './patrol-share-spec.ts';
import { recordedVsTrueHeading, recordedVsTrueSpec } from './recorded-vs-true-spec.ts';
import { runChartData, type RunChartData } from './run-chart-data.ts';

export const RUN_CHART_IDS = ['share-chart', 'recorded-chart', 'disparity-chart', 'empty-stops-chart', 'lorenz-chart'] as const;
export type RunChartId = (typeof RUN_CHART_IDS)[number];

interface RunChartKind {
  heading(): string;
  spec(data: RunChartData, day: number): ChartSpec;
}

const RUN_CHARTS: Readonly<Record<RunChartId, RunChartKind>> = {
  'share-chart': { heading: patrolShareHeading, spec: patrolShareSpec },
  'recorded-chart': { heading: recordedVsTrueHeading, spec: recordedVsTrueSpec },
  'disparity-chart': { heading: disparityHeading, spec: disparitySpec },
  'empty-stops-chart': { heading: emptyStopsHeading, spec: emptyStopsSpec },
  'lorenz-chart': { heading: lorenzHeading, spec: lorenzSpec },
};

/**
 * The chart `id` of `result` at playback day `day` (0-based; clamped to the filled days), in the
 * current locale; a pending chart (its name and "waiting") while there is no run or no day yet.
 */
export function runChartSpec(id: RunChartId, result: RunResult | null | undefined, day: number): ChartInput {
  const kind = RUN_CHARTS[id];
  if (!result || result.history.daysDone === 0) return { heading: kind.heading(), waiting: t('chart.waiting') };
  return kind.spec(runChartData(result), clampDay(result, day));
}
