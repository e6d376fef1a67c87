/**
 * The CLI on worker threads (src/cli/parallel.ts, issue 3 "The CLI uses the same API"):
 * `--runs N` through the pool prints exactly what the in-process loop prints, and
 * `--sweep path=from:to:steps` reports, per value, the metric's median over the seeds.
 */
import { median } from 'd3-array';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate, validateParams } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { runCliParallel } from '../../src/cli/parallel.ts';
import { runCli } from '../../src/cli/run.ts';
import { parseSweepSpec } from '../../src/cli/sweep-spec.ts';

const folder = mkdtempSync(join(tmpdir(), 'runaway-cli-workers-'));
const workerUrl = pathToFileURL(join(folder, 'sim-worker.mjs'));

beforeAll(async () => {
  // The same two bundles as the `sim` script in package.json.
  await build({
    entryPoints: { runaway: 'src/cli/main.ts', 'sim-worker': 'workers/sim.node-worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function parallel(argv: string[]): Promise<string> {
  let text = '';
  await runCliParallel(argv, (chunk) => (text += chunk), workerUrl);
  return text;
}

function inProcess(argv: string[]): string {
  let text = '';
  runCli(argv, (chunk) => (text += chunk));
  return text;
}

describe('--runs on worker threads', () => {
  it('prints exactly what the in-process loop prints, as JSON and as CSV with series', async () => {
    const json = ['--preset', 'runaway-urn', '--runs', '5', '--seed', '9'];
    expect(await parallel(json)).toBe(inProcess(json));
    const csv = ['--preset', 'biased-history', '--days', '40', '--runs', '3', '--series', '--format', 'csv'];
    expect(await parallel(csv)).toBe(inProcess(csv));
  });

  it('runs from the built bundle, with the worker bundle next to it', () => {
    const result = spawnSync('node', [join(folder, 'runaway.mjs'), '--preset', 'runaway-urn', '--runs', '4'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).runs.map((run: { seed: number }) => run.seed)).toEqual([1, 2, 3, 4].map((i) => findPreset('runaway-urn')!.seed + i - 1));
  });
});

describe('--sweep', () => {
  it('parses from:to:steps into evenly spaced values, rounded for whole-number parameters', () => {
    expect(parseSweepSpec('sources.reports.minorityRate=0.1:0.5:5').values).toEqual([0.1, 0.2, 0.30000000000000004, 0.4, 0.5]);
    expect(parseSweepSpec('deployment.units=10:20:4')).toEqual({ path: 'deployment.units', values: [10, 13, 17, 20] });
    expect(parseSweepSpec('deployment.units=1:2:5').values).toEqual([1, 2]);
    expect(() => parseSweepSpec('deployment.units')).toThrow(/path=from:to:steps/);
    expect(() => parseSweepSpec('deployment.units=1:x:3')).toThrow(/numbers/);
    expect(() => parseSweepSpec('deployment.units=1:5:0')).toThrow(/steps must be a whole number from 1/);
  });

  it('reports, per value, the median of the metric over the --runs seeds', async () => {
    const report = JSON.parse(await parallel(['--preset', 'biased-history', '--days', '50', '--runs', '3', '--seed', '4', '--sweep', 'deployment.units=10:30:2', '--metric', 'minority.stopsPer1000']));
    expect(report.sweep).toMatchObject({ path: 'deployment.units', metric: 'minority.stopsPer1000', seeds: [4, 5, 6] });
    const preset = findPreset('biased-history')!;
    report.sweep.points.forEach((point: { value: number; summary: Record<string, { median: number }> }, k: number) => {
      expect(point.value).toBe([10, 30][k]);
      const params = validateParams({ deployment: { units: point.value }, days: 50 }, preset.params);
      expect(point.summary['minority.stopsPer1000']!.median).toBe(median([4, 5, 6].map((seed) => simulate(params, seed).metrics.minority.stopsPer1000)));
    });
    const csv = (await parallel(['--days', '30', '--sweep', 'deployment.units=20:40:3', '--format', 'csv'])).trim().split('\n');
    expect(csv[0]).toBe('deployment.units,minorityQuarter.disparityRatio.median,minorityQuarter.disparityRatio.low,minorityQuarter.disparityRatio.high,minorityQuarter.disparityRatio.mean');
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(['20', '30', '40']);
  });

  it('exits with code 2 and a message for a bad sweep', () => {
    const run = (...argv: string[]) => spawnSync('node', [join(folder, 'runaway.mjs'), '--days', '10', ...argv], { encoding: 'utf8' });
    expect(run('--sweep', 'deployment.policy=1:2:2')).toMatchObject({ status: 2, stderr: expect.stringMatching(/not a numeric parameter/) });
    expect(run('--sweep', 'deployment.units=0:10:2')).toMatchObject({ status: 2, stderr: expect.stringMatching(/deployment\.units is 0, outside the allowed range/) });
    expect(run('--sweep', 'days=5:10:2', '--metric', 'nope')).toMatchObject({ status: 2, stderr: expect.stringMatching(/Unknown summary metric "nope"/) });
    expect(run('--sweep', 'days=5:10')).toMatchObject({ status: 2, stderr: expect.stringMatching(/from:to:steps/) });
  });

  it('says how to build the worker bundle when it is missing', async () => {
    await expect(runCliParallel(['--runs', '2'], () => {}, pathToFileURL(join(folder, 'missing.mjs')))).rejects.toThrow(/worker bundle .*missing.*npm run sim/);
  });
});
