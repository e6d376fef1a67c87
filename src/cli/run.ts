/**
 * What the CLI does, without process handling: resolves params (defaults, then preset, then the
 * --params file, then --set and --days), runs the model for each seed and writes JSON or CSV.
 * Throws UsageError or ParamError for anything a person must fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  MODEL_VERSION,
  paramsJsonSchema,
  parseAssignment,
  simulate,
  validateParams,
  type Params,
} from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset } from '../../presets/index.ts';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args.ts';
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
  if (options.paramsFile !== null) {
    let text: string;
    try {
      text = readFileSync(options.paramsFile, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read --params file "${options.paramsFile}": ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`--params file "${options.paramsFile}" is not valid JSON: ${(error as Error).message}`);
    }
    params = validateParams(json, params);
  }
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
  const report: CliReport = { modelVersion: MODEL_VERSION, preset: presetIdOf(options), params, runs: [] };
  for (let run = 0; run < options.runs; run++) report.runs.push(reportRun(simulate(params, seed + run), options.series));
  const text = options.format === 'csv' ? toCsv(report) : toJson(report);
  if (options.out !== null) writeFileSync(options.out, text);
  else write(text);
}
