/**
 * A run as JSON: what it takes to reproduce it (model version, preset, seed, every parameter)
 * and what it found (summary metrics, each neighborhood's final risk share and tail patrol
 * share), in the same shape as the CLI's report so files from both can be compared.
 */
import type { Params, RunResult } from '../../models/index.ts';
import { reportRun, type SummaryMetrics } from '../cli/report.ts';

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
}

export function buildRunJson(result: RunResult, presetId: string): RunJson {
  const report = reportRun(result, false);
  return {
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
}

/** Indented JSON ending with a newline. */
export function runJsonText(result: RunResult, presetId: string): string {
  return `${JSON.stringify(buildRunJson(result, presetId), null, 2)}\n`;
}
