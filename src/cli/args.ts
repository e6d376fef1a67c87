/** Command-line arguments of `npm run sim`: parsing and checking, with errors a person can act on. */
import { clip, SEED_SPEC } from '../../models/index.ts';

export interface CliOptions {
  preset: string | null;
  paramsFile: string | null;
  assignments: { path: string; value: string }[];
  seed: number | null;
  runs: number;
  days: number | null;
  series: boolean;
  format: 'json' | 'csv';
  out: string | null;
  schema: boolean;
  listPresets: boolean;
  help: boolean;
  /** `--sweep path=from:to:steps`, parsed by the worker engine's CLI support. */
  sweep: string | null;
  /** `--metric PATH`: the summary metric a sweep reports (default minorityQuarter.disparityRatio). */
  metric: string | null;
  /** `--time-limit S`: seconds the runs may take before the CLI stops them (default 60). */
  timeLimit: number;
}

/** A problem with the command line; main() prints it and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const MAX_RUNS = 10_000;
/** Default of --time-limit, in seconds: every valid single run takes a few seconds on one core. */
export const DEFAULT_TIME_LIMIT_SECONDS = 60;
const MAX_TIME_LIMIT_SECONDS = 86_400;

/** Options that take one value: giving one twice is refused rather than the last silently winning. */
const SINGLE_VALUED = new Set(['--preset', '--params', '--seed', '--runs', '--days', '--format', '--out', '--sweep', '--metric', '--time-limit']);

export const USAGE = `Usage: npm run sim -- [options]

Runs the Runaway simulation headless and prints its results.

  --preset ID          start from a preset (see --list-presets); default: the explorable's default
                       preset; "none" starts from the bare parameter defaults
  --params FILE.json   partial parameters over the defaults (or over the preset)
  --set path=value     set one parameter, e.g. --set sources.reports.minorityRate=0.2 (repeatable)
  --seed N             random seed, a whole number from ${SEED_SPEC.min} to ${SEED_SPEC.max} (default: the preset's, else 1)
  --runs N             replicates with seeds N, N+1, ... (default 1, at most ${MAX_RUNS}), run in
                       parallel on worker threads
  --days N             days to simulate (same as --set days=N)
  --series             include daily series in the output
  --format json|csv    output format (default json)
  --out FILE           write to FILE instead of standard output
  --schema             print the parameters' JSON Schema and exit
  --list-presets       list the presets and exit
  --sweep path=a:b:n   run n evenly spaced values of one numeric parameter from a to b, each with
                       the --runs seeds, on worker threads; reports a summary metric's median
                       and 5th-95th percentile band per value
  --metric PATH        the summary metric a sweep reports (default minorityQuarter.disparityRatio)
  --time-limit S       stop with an error if the runs take longer than S seconds (default ${DEFAULT_TIME_LIMIT_SECONDS})
  --help               show this help`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    preset: null,
    paramsFile: null,
    assignments: [],
    seed: null,
    runs: 1,
    days: null,
    series: false,
    format: 'json',
    out: null,
    schema: false,
    listPresets: false,
    help: false,
    sweep: null,
    metric: null,
    timeLimit: DEFAULT_TIME_LIMIT_SECONDS,
  };
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inlineValue] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (SINGLE_VALUED.has(flag) && given.has(flag)) throw new UsageError(`${flag} is given twice; give it once.`);
    given.add(flag);
    const value = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value. See --help.`);
      i++;
      return next;
    };
    switch (flag) {
      case '--preset': options.preset = value(); break;
      case '--params': options.paramsFile = value(); break;
      case '--set': {
        const assignment = value();
        const at = assignment.indexOf('=');
        if (at <= 0) throw new UsageError(`--set takes path=value, e.g. --set deployment.units=20; got "${clip(assignment)}".`);
        options.assignments.push({ path: assignment.slice(0, at), value: assignment.slice(at + 1) });
        break;
      }
      case '--seed': options.seed = wholeNumber('--seed', value(), SEED_SPEC.min, SEED_SPEC.max); break;
      case '--runs': options.runs = wholeNumber('--runs', value(), 1, MAX_RUNS); break;
      case '--days': options.days = wholeNumber('--days', value(), 1, Number.MAX_SAFE_INTEGER); break;
      case '--series': options.series = true; break;
      case '--format': {
        const format = value();
        if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${clip(format)}".`);
        options.format = format;
        break;
      }
      case '--out': options.out = value(); break;
      case '--sweep': options.sweep = value(); break;
      case '--metric': options.metric = value(); break;
      case '--time-limit': options.timeLimit = positiveSeconds(value()); break;
      case '--schema': options.schema = true; break;
      case '--list-presets': options.listPresets = true; break;
      case '--help': case '-h': options.help = true; break;
      default: throw new UsageError(`Unknown option "${clip(raw)}". See --help.`);
    }
  }
  checkConflicts(options);
  return options;
}

/** Flags that contradict each other are refused, naming both. */
function checkConflicts(options: CliOptions): void {
  if (options.schema && options.listPresets) {
    throw new UsageError('--schema and --list-presets each print something and exit; give one of them.');
  }
  const daysAssignment = options.assignments.find((assignment) => assignment.path === 'days');
  if (options.days !== null && daysAssignment) {
    throw new UsageError(`--days ${options.days} and --set days=${clip(daysAssignment.value)} both set the days; give one of them.`);
  }
  const seen = new Map<string, string>();
  for (const { path, value } of options.assignments) {
    const earlier = seen.get(path);
    if (earlier !== undefined) throw new UsageError(`--set ${clip(path)} is given twice (${clip(earlier)} and ${clip(value)}); give it once.`);
    seen.set(path, value);
  }
  if (options.metric !== null && options.sweep === null) {
    throw new UsageError('--metric chooses what a --sweep reports; add --sweep path=a:b:n or drop --metric.');
  }
}

function positiveSeconds(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value > MAX_TIME_LIMIT_SECONDS) {
    throw new UsageError(`--time-limit must be a number of seconds above 0 and at most ${MAX_TIME_LIMIT_SECONDS}, not "${clip(text)}".`);
  }
  return value;
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, not "${clip(text)}".`);
  }
  return value;
}
