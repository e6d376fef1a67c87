/** A compact, exact fingerprint of a run: summary metrics and the sum of every history column. */
import { CELL_COLUMNS, GROUP_COLUMNS, type RunResult } from '../../models/index.ts';

export function presetFingerprint(result: RunResult): Record<string, unknown> {
  const { finalRiskShare, tailPatrolShare, ...summary } = result.metrics;
  const columnSums: Record<string, number> = {};
  for (const name of [...CELL_COLUMNS, ...GROUP_COLUMNS]) {
    const column = result.history[name];
    let sum = 0;
    for (let i = 0; i < column.length; i++) sum += column[i]!;
    columnSums[name] = sum;
  }
  return {
    summary,
    finalRiskShareFirst: Array.from(finalRiskShare.subarray(0, 5)),
    tailPatrolShareFirst: Array.from(tailPatrolShare.subarray(0, 5)),
    columnSums,
  };
}
