/**
 * The CLI against careless and hostile invocations (issue 11's corpus): every file problem is one
 * line on stderr with exit code 2 and no stack trace, conflicting flags are refused naming both,
 * `--params` reads only regular files of bounded size (never blocking on a pipe or a device), and
 * runs stop at `--time-limit`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args.ts';
import { MAX_PARAMS_FILE_BYTES } from '../src/cli/files.ts';
import { runCli, TimeLimitError } from '../src/cli/run.ts';

const folder = mkdtempSync(join(tmpdir(), 'runaway-cli-errors-'));
const bundle = join(folder, 'runaway.mjs');

/** Runs the built CLI; a pipe or device must be refused at once, so a hang fails by timeout. */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('node', [bundle, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineError(result: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/Unexpected error|    at /);
}

describe('CLI errors', () => {
  beforeAll(() => {
    // The worker bundle beside it, for replicates and sweeps (sim-client-node.ts).
    execFileSync('node_modules/.bin/esbuild', ['runaway=src/cli/main.ts', 'sim-worker=workers/sim.node-worker.ts', '--bundle', '--platform=node', '--format=esm', `--outdir=${folder}`, '--out-extension:.js=.mjs', '--log-level=warning']);
  });

  it('refuses --out into a missing folder or onto a folder before running', () => {
    expectOneLineError(cli(['--days', '5', '--out', join(folder, 'missing', 'run.json')]), /Cannot write --out .*its folder .* does not exist/);
    const dir = join(folder, 'a-folder');
    mkdirSync(dir);
    expectOneLineError(cli(['--days', '5', '--out', dir]), /Cannot write --out .*: it is a folder/);
  });

  it('refuses a --params file that is missing, a folder, a device or a pipe without blocking', () => {
    expectOneLineError(cli(['--params', join(folder, 'nope.json')]), /Cannot read --params file .*no such file or folder/);
    expectOneLineError(cli(['--params', folder]), /it is a folder, not a regular file/);
    expectOneLineError(cli(['--params', '/dev/zero']), /it is a device, not a regular file/);
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expectOneLineError(cli(['--params', fifo]), /it is a pipe, not a regular file/);
  });

  it('refuses a --params file over the size limit, nested too deep, or not JSON', () => {
    const big = join(folder, 'big.json');
    writeFileSync(big, `{"days": 5, "x": "${'a'.repeat(MAX_PARAMS_FILE_BYTES)}"}`);
    expectOneLineError(cli(['--params', big]), /at most 4,194,304 \(4 MB\)/);
    const deep = join(folder, 'deep.json');
    writeFileSync(deep, '['.repeat(100_000) + ']'.repeat(100_000));
    expectOneLineError(cli(['--params', deep]), /nests lists or objects more than 32 levels deep/);
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"days": ');
    expectOneLineError(cli(['--params', broken]), /is not valid JSON/);
  });

  it('reads dotted keys in a --params file as paths', () => {
    const file = join(folder, 'dotted.json');
    writeFileSync(file, JSON.stringify({ 'deployment.units': 7, days: 5 }));
    const result = cli(['--params', file]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).params.deployment.units).toBe(7);
  });

  it('refuses conflicting flags, naming both', () => {
    expect(() => parseArgs(['--schema', '--list-presets'])).toThrow(/--schema and --list-presets/);
    expect(() => parseArgs(['--days', '3', '--set', 'days=4'])).toThrow(/--days 3 and --set days=4 both set the days/);
    expect(() => parseArgs(['--set', 'deployment.units=3', '--set', 'deployment.units=4'])).toThrow(/--set deployment\.units is given twice \(3 and 4\)/);
    expect(() => parseArgs(['--seed', '1', '--seed', '2'])).toThrow(/--seed is given twice/);
    expect(() => parseArgs(['--metric', 'gini'])).toThrow(/--metric chooses what a --sweep reports/);
    expectOneLineError(cli(['--schema', '--list-presets']), /give one of them/);
  });

  it('takes --time-limit in seconds, 60 by default, and stops a run that exceeds it with a clear error', () => {
    expect(parseArgs([]).timeLimit).toBe(60);
    expect(parseArgs(['--time-limit', '2.5']).timeLimit).toBe(2.5);
    expect(() => parseArgs(['--time-limit', '0'])).toThrow(/--time-limit must be a number of seconds above 0/);
    // 10,000 neighborhoods: the clock is read every 20 days, and 1 ms has passed by the first look.
    const long = ['--preset', 'none', '--set', 'city.columns=100', '--set', 'city.rows=100', '--days', '200', '--time-limit', '0.001'];
    expect(() => runCli(long, () => {})).toThrow(TimeLimitError);
    expect(() => runCli(long, () => {})).toThrow(/stopped at day 20 of 200: they took longer than the time limit of 0\.001 s\. Make the run smaller/);
  });

  it('words a refusal made while running on worker threads as one line (replicates and sweeps)', () => {
    // The α-fair policy refuses on a day when no allocation meets α; before, the worker's refusal came back as "Unexpected error" with a stack.
    const infeasible = ['--preset', 'attention-allocation', '--set', 'deployment.policy=alphaFair', '--set', 'deployment.fairnessAlpha=0', '--days', '20'];
    expectOneLineError(cli([...infeasible, '--runs', '2']), /^Invalid parameter: No allocation of 6 units .* Raise deployment\.fairnessAlpha/);
    expectOneLineError(cli([...infeasible, '--runs', '2', '--sweep', 'deployment.units=6:7:2']), /^Invalid parameter: No allocation of 6 units/);
  });

  it('clips echoed user text in its errors', () => {
    const result = cli(['--set', `${'p'.repeat(10_000)}=1`]);
    expect(result.status).toBe(2);
    expect(result.stderr.length).toBeLessThan(400);
  });
});
