/**
 * A run as JSON: what it takes to reproduce it (model version, preset, seed, every parameter)
 * and what it found (summary metrics, each neighborhood's final risk share and tail patrol
 * share, and the person layer's metrics and daily series when it is on), in the same shape as
 * the CLI's report so files from both can be compared.
 */
import type { Params, RunResult } from '../../models/index.ts';
import { flattenPeopleSeries, reportRun, type SummaryMetrics } from '../cli/report.ts';

export const RUN_FORMAT = 'runaway-run';
export const RUN_FORMAT_VERSION = 1;

export interface RunJson {
  format: typeof RUN_FORMAT;
  formatVersion: number;
  modelVersion: string;
  preset: string;
  seed: number;
  params: Params;
  /** Days the run has, and days simulated when it was exported (they differ mid-stream). */
  days: number;
  daysDone: number;
  neighborhoods: number;
  metrics: SummaryMetrics;
  finalRiskShare: number[];
  tailPatrolShare: number[];
  /**
   * The person layer's outcome, only when it is on: its metrics as the CLI writes them (groups as
   * {minority, majority}) and its daily series (NaN, written as null, on days with nobody listed).
   */
  people?: { metrics: Record<string, unknown>; series: Record<string, number[]> };
}

export function buildRunJson(result: RunResult, presetId: string): RunJson {
  const report = reportRun(result, false);
  const json: RunJson = {
    format: RUN_FORMAT,
    formatVersion: RUN_FORMAT_VERSION,
    modelVersion: result.modelVersion,
    preset: presetId,
    seed: result.seed,
    params: result.params,
    days: result.history.days,
    daysDone: result.history.daysDone,
    neighborhoods: result.city.size,
    metrics: report.metrics,
    finalRiskShare: report.finalRiskShare,
    tailPatrolShare: report.tailPatrolShare,
  };
  if (result.people !== null && report.people) json.people = { metrics: report.people.metrics, series: flattenPeopleSeries(result.people.series) };
  return json;
}

/** Indented JSON ending with a newline. */
export function runJsonText(result: RunResult, presetId: string): string {
  return `${JSON.stringify(buildRunJson(result, presetId), null, 2)}\n`;
}
