/** The headless CLI: output shapes, params resolution, and errors with exit code 2. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_VERSION, simulate } from '../models/index.ts';
import { findPreset } from '../presets/index.ts';
import { parseArgs } from '../src/cli/args.ts';
import { runCli } from '../src/cli/run.ts';

function capture(argv: string[]): string {
  let text = '';
  runCli(argv, (chunk) => (text += chunk));
  return text;
}

describe('CLI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'runaway-cli-'));
  const bundle = join(folder, 'runaway.mjs');

  beforeAll(() => {
    execFileSync('node_modules/.bin/esbuild', ['src/cli/main.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=warning']);
  });

  it('prints the model version, resolved params and per-run metrics and shares as JSON', () => {
    const report = JSON.parse(capture(['--preset', 'runaway-urn', '--runs', '3', '--seed', '5']));
    expect(report.modelVersion).toBe(MODEL_VERSION);
    expect(report.params.days).toBe(1000);
    expect(report.runs.map((run: { seed: number }) => run.seed)).toEqual([5, 6, 7]);
    const direct = simulate(findPreset('runaway-urn')!.params, 6);
    expect(report.runs[1].metrics.minorityQuarter.patrolShare).toBe(direct.metrics.minorityQuarter.patrolShare);
    expect(report.runs[1].finalRiskShare).toEqual(Array.from(direct.metrics.finalRiskShare));
    expect(report.runs[1].tailPatrolShare).toHaveLength(2);
  });

  it('applies --params, then --set, then --days over the preset', () => {
    const file = join(folder, 'params.json');
    writeFileSync(file, JSON.stringify({ deployment: { units: 12 }, sources: { reports: { minorityRate: 0.1 } } }));
    const report = JSON.parse(capture(['--preset', 'biased-history', '--params', file, '--set', 'deployment.units=15', '--days', '20']));
    expect(report.params.deployment.units).toBe(15);
    expect(report.params.sources.reports.minorityRate).toBe(0.1);
    expect(report.params.sources.history.overPolicingFactor).toBe(3);
    expect(report.params.days).toBe(20);
  });

  it('writes one CSV row per run, or one per run and day with --series', () => {
    const summary = capture(['--days', '10', '--runs', '4', '--format', 'csv']).trim().split('\n');
    expect(summary).toHaveLength(5);
    expect(summary[0]).toMatch(/^seed,tailDays,minorityQuarter\.neighborhoods/);
    const series = capture(['--days', '10', '--runs', '2', '--format', 'csv', '--series']).trim().split('\n');
    expect(series).toHaveLength(1 + 2 * 10);
    expect(series[0]).toMatch(/^seed,day,patrolShareMinorityQuarter/);
  });

  it('prints a JSON Schema with every parameter and its range', () => {
    const schema = JSON.parse(capture(['--schema']));
    expect(schema.properties.sources.properties.reports.properties.minorityRate).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    expect(schema.properties.deployment.properties.policy.enum).toContain('topK');
  });

  it('rejects bad flags with messages a person can act on', () => {
    expect(() => parseArgs(['--runs', 'many'])).toThrow(/--runs must be a whole number from 1 to 10000/);
    expect(() => parseArgs(['--format', 'xml'])).toThrow(/json or csv/);
    expect(() => capture(['--preset', 'nope'])).toThrow(/Unknown preset "nope". Known presets: .*runaway-urn/);
    expect(() => capture(['--set', 'sources.reports.minorityRate=1.5'])).toThrow(/sources\.reports\.minorityRate is 1\.5, outside the allowed range from 0 to 1/);
    expect(() => capture(['--set', 'deployment.policy=random'])).toThrow(/one of sample, proportional, topK, uniform/);
    expect(() => capture(['--set', 'city.colour=3'])).toThrow(/Unknown parameter "city\.colour"/);
  });

  it('exits with code 2 and writes the error to stderr', () => {
    const result = spawnSync('node', [bundle, '--set', 'days=0'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/days is 0, outside the allowed range from 1 to 5000/);
  });
});
