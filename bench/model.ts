/**
 * Model benchmark: the issue 2 figures, on one core.
 * - cell-days per second for 10,000 neighborhoods x 365 days with every source on;
 * - milliseconds per run for the default 400 x 365 scenario;
 * - runs per second for Ensign et al.'s Oakland urn (2 regions, 1,000 days);
 * - heap growth inside the day loop, and history bytes per neighborhood-day.
 */
import { advance, createSimulation, simulate, validateParams } from '../models/index.ts';
import { findPreset } from '../presets/index.ts';
import { formatRate, time } from './timing.ts';

export function runModelBench(): void {
  console.log('## Model (one core, Node ' + process.version + ')');

  const everySource = validateParams({
    city: { columns: 100, rows: 100 },
    reality: { nearRepeat: { enabled: false } },
    sources: { sensors: { enabled: true }, history: { overPolicingFactor: 2 } },
    deployment: { units: 1000, hotspots: 500, policy: 'topK' },
  });
  const cellDays = 10_000 * 365;
  let seed = 0;
  const loopOnly = time(() => {
    const sim = createSimulation(everySource, seed++);
    const start = process.hrtime.bigint();
    advance(sim, 365);
    loopTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  }, 5, 2);
  loopTimes.splice(0, 2);
  loopTimes.sort((a, b) => a - b);
  const loopMedian = loopTimes[Math.floor(loopTimes.length / 2)]!;
  console.log(`10,000 x 365, every source on: day loop ${loopMedian.toFixed(0)} ms = ${formatRate((cellDays / loopMedian) * 1000, 'cell-days')}; with city setup ${loopOnly.medianMs.toFixed(0)} ms = ${formatRate((cellDays / loopOnly.medianMs) * 1000, 'cell-days')}`);
  const full = time(() => simulate(everySource, seed++), 3, 1);
  console.log(`10,000 x 365, every source on, with metrics and series: ${full.medianMs.toFixed(0)} ms per run = ${formatRate((cellDays / full.medianMs) * 1000, 'cell-days')}`);

  const defaults = findPreset('biased-history')!.params;
  const defaultRun = time(() => simulate(defaults, seed++), 40, 20);
  console.log(`default scenario (400 x 365, biased-history preset): ${defaultRun.medianMs.toFixed(2)} ms per run (min ${defaultRun.minMs.toFixed(2)})`);

  const urn = findPreset('runaway-urn')!.params;
  const batch = 2000;
  const urnBatch = time(() => {
    for (let i = 0; i < batch; i++) simulate(urn, seed++);
  }, 5, 1);
  console.log(`Oakland urn (2 regions x 1,000 days): ${formatRate((batch / urnBatch.medianMs) * 1000, 'runs')} (${((urnBatch.medianMs / batch) * 1000).toFixed(1)} µs per run)`);

  const sim = createSimulation(everySource, 12345);
  advance(sim, 30); // warm the loop's code before measuring the heap
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  advance(sim, 300);
  const heapAfter = process.memoryUsage().heapUsed;
  const historyBytes = Object.values(sim.history).reduce((total, column) => total + (ArrayBuffer.isView(column) ? column.byteLength : 0), 0);
  console.log(`heap growth over 300 days of the 10,000-neighborhood loop: ${((heapAfter - heapBefore) / 1024).toFixed(0)} kB${globalThis.gc ? '' : ' (run node with --expose-gc for a cleaner figure)'}`);
  console.log(`history memory: ${(historyBytes / (10_000 * 365)).toFixed(1)} bytes per neighborhood-day (${(historyBytes / 1e6).toFixed(0)} MB for 10,000 x 365)`);
}


const loopTimes: number[] = [];
