/**
 * Model benchmark: the issue 2 and issue 16 figures, on one core. Each line times the same
 * runs at two recording levels in this one process: the full history (what every run recorded
 * before issue 16, and what playback still needs) against metrics only (what replicates,
 * sweeps, heat maps, cost-benefit and the CLI's runs now keep).
 * - runs per second for Ensign et al.'s Oakland urn (2 regions, 1,000 days; target >= 20,000/s metrics only),
 *   against the authors' own Python code when ENSIGN_URN_SRC names their checkout's src/ folder
 *   and python3 with numpy is present (bench/ensign-urn.py); the metrics-only figure is taken again
 *   in five fresh processes, since it differs between processes more than between close versions;
 * - neighborhood-days per second for 10,000 neighborhoods x 365 days with every source and
 *   near-repeat on (targets: >= 18 M/s metrics only, >= 12 M/s full history);
 * - milliseconds per run for the default 400 x 365 scenario;
 * - heap growth inside the day loop, and bytes kept per neighborhood-day at each level.
 * Times are CPU time of this single-threaded process (see timeCpu), medians of repeats.
 */
import { advance, createSimulation, simulate, simulateSummary, validateParams, type Params, type RecordingLevel } from '../models/index.ts';
import { typedArrayBytes } from '../models/memory.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../presets/index.ts';
import { formatRate, timeCpu as time } from './timing.ts';
import { timeAuthorsUrn } from './authors-urn.ts';
import { spawnSync } from 'node:child_process';

export function runModelBench(): void {
  console.log('## Model (one core, Node ' + process.version + ')');
  let seed = 0;

  // The urn first, while the process is fresh: its runs are short, so fixed costs dominate.
  const urn = findPreset('runaway-urn')!.params;
  const urnMetrics = urnRate(() => simulateSummary(urn, seed++, 'metrics'));
  const urnHistory = urnRate(() => simulate(urn, seed++));
  console.log(
    `Oakland urn (2 regions x 1,000 days): metrics only ${formatRate(urnMetrics, 'runs')} (${(1e6 / urnMetrics).toFixed(1)} µs per run; target >= 20 k/s), ` +
      `full history and series ${formatRate(urnHistory, 'runs')}: ${(urnMetrics / urnHistory).toFixed(2)}x`,
  );
  const fresh = urnInFreshProcesses(FRESH_PROCESSES);
  const sorted = [...fresh].sort((a, b) => a - b);
  // Runs per second the authors' code is compared with: the median over fresh processes when measured.
  const typicalUrn = sorted.length > 0 ? 1e6 / sorted[Math.floor(sorted.length / 2)]! : urnMetrics;
  if (sorted.length > 0) {
    console.log(
      `  the same (metrics only) in ${fresh.length} fresh processes: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} µs per run, ` +
        `range ${sorted[0]!.toFixed(0)}–${sorted[sorted.length - 1]!.toFixed(0)} (${sorted.map((us) => us.toFixed(0)).join(', ')}): ` +
        'a process keeps the speed its compiled code reached, so one process is one sample',
    );
  }
  const authors = timeAuthorsUrn();
  console.log(
    typeof authors === 'string'
      ? `Oakland urn, the authors' Python code: not timed (${authors})`
      : `Oakland urn, the authors' Python code (PolyaUrn with Poisson updates, 1,000 draws): ${formatRate(authors.runsPerSecond, 'runs')} (${authors.msPerRun.toFixed(2)} ms per run); metrics only here is ${(typicalUrn / authors.runsPerSecond).toFixed(0)}x that${sorted.length > 0 ? ' (median of the fresh processes)' : ''} (target >= 400x)`,
  );

  const everySource = validateParams({
    city: { columns: 100, rows: 100 },
    reality: { nearRepeat: { enabled: true } },
    sources: { sensors: { enabled: true }, history: { overPolicingFactor: 2 } },
    deployment: { units: 1000, hotspots: 500, policy: 'topK' },
  });
  const cellDays = 10_000 * 365;
  const rates = new Map<RecordingLevel, { loop: number; whole: number }>();
  for (const level of ['metrics', 'history'] as const) rates.set(level, bigRunRates(everySource, level, () => seed++));
  const line = (level: RecordingLevel, target: number) => {
    const { loop, whole } = rates.get(level)!;
    return `${level === 'metrics' ? 'metrics only' : 'full history'}: ${formatRate((cellDays / whole) * 1000, 'cell-days')} per whole run (target >= ${target} M), day loop alone ${formatRate((cellDays / loop) * 1000, 'cell-days')}`;
  };
  console.log(`10,000 x 365, every source and near-repeat on: ${line('metrics', 18)}; ${line('history', 12)}`);

  const defaults = findPreset(DEFAULT_PRESET_ID)!.params;
  const defaultHistory = time(() => simulate(defaults, seed++), 30, 10);
  const defaultMetrics = time(() => simulateSummary(defaults, seed++, 'metrics'), 30, 10);
  console.log(`default scenario (400 x 365, ${DEFAULT_PRESET_ID}): full history ${defaultHistory.medianMs.toFixed(2)} ms per run, metrics only ${defaultMetrics.medianMs.toFixed(2)} ms per run`);

  const sim = createSimulation(everySource, 12345);
  advance(sim, 30); // warm the loop's code before measuring the heap
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  advance(sim, 300);
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`heap growth over 300 days of the 10,000-neighborhood loop: ${((heapAfter - heapBefore) / 1024).toFixed(0)} kB${globalThis.gc ? '' : ' (run node with --expose-gc for a cleaner figure)'}`);
  const kept = (level: RecordingLevel) => typedArrayBytes(createSimulation(everySource, 1, level));
  console.log(
    `memory kept for 10,000 x 365: full history ${(kept('history') / 1e6).toFixed(0)} MB (${((kept('history') - kept('metrics')) / cellDays).toFixed(1)} bytes per neighborhood-day), ` +
      `series ${(kept('series') / 1e6).toFixed(2)} MB, metrics only ${(kept('metrics') / 1e6).toFixed(2)} MB (the city and the model's state)`,
  );
}

/** Urn runs per timed batch. */
const URN_BATCH = 2000;
/** Processes the urn figure is measured in again, each from a fresh start. */
const FRESH_PROCESSES = 5;
/** Set in a child process that only measures the urn and prints its µs per run. */
export const URN_ONCE_ENV = 'RUNAWAY_BENCH_URN_ONCE';

/** Runs per second of `run`: the median of five batches of URN_BATCH, after one batch of warm-up. */
function urnRate(run: () => void): number {
  const timing = time(() => {
    for (let i = 0; i < URN_BATCH; i++) run();
  }, 5, 1);
  return (URN_BATCH / timing.medianMs) * 1000;
}

/** In a child process (URN_ONCE_ENV set): prints µs per metrics-only urn run, measured as the bench does. */
export function printUrnOnce(): void {
  const urn = findPreset('runaway-urn')!.params;
  let seed = 0;
  console.log(String(1e6 / urnRate(() => simulateSummary(urn, seed++, 'metrics'))));
}

/**
 * µs per metrics-only urn run in `count` fresh processes of this bench. Over processes the figure
 * is bimodal on the development machine (about 165-180 or 225-280 µs), with the same code and no
 * extra allocation, so a single process's figure says little about a change.
 */
function urnInFreshProcesses(count: number): number[] {
  const script = process.argv[1];
  if (!script) return [];
  const figures: number[] = [];
  for (let i = 0; i < count; i++) {
    const child = spawnSync(process.execPath, [script], { env: { ...process.env, [URN_ONCE_ENV]: '1' }, encoding: 'utf8', timeout: 120_000 });
    const value = Number(child.stdout.trim().split('\n').pop());
    if (child.status === 0 && Number.isFinite(value)) figures.push(value);
  }
  return figures;
}

/** Median ms of the day loop alone and of a whole run (setup, loop, metrics and what the level keeps) of 10,000 x 365. */
function bigRunRates(params: Params, level: RecordingLevel, nextSeed: () => number): { loop: number; whole: number } {
  const loopTimes: number[] = [];
  time(() => {
    const sim = createSimulation(params, nextSeed(), level);
    const start = process.cpuUsage();
    advance(sim, params.days);
    const used = process.cpuUsage(start);
    loopTimes.push((used.user + used.system) / 1000);
  }, 3, 1);
  loopTimes.splice(0, 1);
  loopTimes.sort((a, b) => a - b);
  const whole = time(() => (level === 'history' ? simulate(params, nextSeed()) : simulateSummary(params, nextSeed(), level)), 3, 1);
  return { loop: loopTimes[Math.floor(loopTimes.length / 2)]!, whole: whole.medianMs };
}

