/**
 * What the CLI does, without process handling: resolves params (defaults, then preset, then the
 * --params file, then --set and --days), runs the model for each seed and writes JSON or CSV.
 * Throws UsageError or ParamError for anything a person must fix.
 */
import {
  MODEL_VERSION,
  paramsJsonSchema,
  parseAssignment,
  simulateSummary,
  validateParams,
  type Params,
} from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset } from '../../presets/index.ts';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args.ts';
import { checkOutputPath, readParamsFile, writeOutput } from './files.ts';
import { reportRun, toCsv, toJson, type CliReport } from './report.ts';

/** Resolves the params the options describe; throws ParamError or UsageError. */
export function resolveParams(options: CliOptions): { params: Params; seed: number } {
  let params = validateParams({});
  let seed = 1;
  // With no --preset the CLI runs the scenario the explorable opens on; `--preset none` starts
  // from the bare parameter defaults instead.
  const presetId = presetIdOf(options);
  if (presetId !== null) {
    const preset = findPreset(presetId);
    if (!preset) throw new UsageError(`Unknown preset "${presetId}". Known presets: ${PRESETS.map((p) => p.id).join(', ')}, or none.`);
    params = preset.params;
    seed = preset.seed;
  }
  if (options.paramsFile !== null) params = validateParams(readParamsFile(options.paramsFile), params);
  for (const { path, value } of options.assignments) params = validateParams(parseAssignment(path, value), params);
  if (options.days !== null) params = validateParams({ days: options.days }, params);
  if (options.seed !== null) seed = options.seed;
  return { params, seed };
}

/** The preset a run starts from: --preset, else the default; null for `--preset none`. */
export function presetIdOf(options: CliOptions): string | null {
  if (options.preset === null) return DEFAULT_PRESET_ID;
  return options.preset === 'none' ? null : options.preset;
}

export function runCli(argv: readonly string[], write: (text: string) => void): void {
  const options = parseArgs(argv);
  if (options.help) return write(`${USAGE}\n`);
  if (options.schema) return write(`${JSON.stringify(paramsJsonSchema(), null, 2)}\n`);
  if (options.listPresets) {
    const line = (p: (typeof PRESETS)[number]) => `${(p.id + (p.id === DEFAULT_PRESET_ID ? ' (default)' : '')).padEnd(28)} ${p.title}: ${p.caption}`;
    return write(PRESETS.map(line).join('\n') + '\n');
  }
  if (options.sweep !== null) throw new UsageError('--sweep runs on worker threads: call runCliParallel (parallel.ts), as npm run sim does.');
  const { params, seed } = resolveParams(options);
  if (options.out !== null) checkOutputPath(options.out);
  const report: CliReport = { modelVersion: MODEL_VERSION, preset: presetIdOf(options), params, runs: [] };
  const started = Date.now();
  const deadline = started + options.timeLimit * 1000;
  for (let run = 0; run < options.runs; run++) {
    const checkClock = (daysDone: number) => {
      if (Date.now() > deadline && daysDone < params.days) throw timeLimitError(options.timeLimit, daysDone, params.days, run);
    };
    report.runs.push(reportRun(simulateSummary(params, seed + run, options.series ? 'series' : 'metrics', checkClock), options.series));
  }
  const text = options.format === 'csv' ? toCsv(report) : toJson(report);
  if (options.out !== null) writeOutput(options.out, text);
  else write(text);
}

/** The runs took longer than --time-limit. */
export class TimeLimitError extends UsageError {
  override name = 'TimeLimitError';
}

/** The error for a run stopped by --time-limit at `daysDone` of `days` (run index `run`, or null for a batch). */
export function timeLimitError(seconds: number, daysDone: number | null, days: number, run: number | null): TimeLimitError {
  const where = daysDone === null ? '' : ` at day ${daysDone.toLocaleString('en-US')} of ${days.toLocaleString('en-US')}${run ? ` of run ${run + 1}` : ''}`;
  return new TimeLimitError(
    `The runs stopped${where}: they took longer than the time limit of ${seconds} s. Make the run smaller (fewer days, neighborhoods, patrol units or --runs) or give a larger --time-limit.`,
  );
}
