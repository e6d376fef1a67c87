/**
 * `npm run fuzz [-- --cases N --seed S]`: the property tests' generators at a larger scale. Runs N
 * cases (default 100,000): 49.5% valid parameter sets of medium size run and checked against every
 * invariant (and, one in ten, for determinism), 50% sets with one invalid field checked for a
 * ParamError naming it, and 0.5% valid sets at the schema's full ranges (range ends included), run
 * up to the run-size limit (seconds each, so they are few). Prints cases, failures by kind with the first example of each, and
 * the slowest runs.
 */
import fc from 'fast-check';
import type { Params } from '../../models/index.ts';
import {
  brokenInvariant,
  FULL_RUNS,
  invalidCase,
  MEDIUM_RUNS,
  namesField,
  nest,
  runOrRefuse,
  runToEnd,
  sameHistory,
  validateOrError,
  validOverride,
  type RunScale,
} from './params-arbitraries.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const cases = option('--cases', 100_000);
const seed = option('--seed', 20261206);
const failures = new Map<string, { count: number; example: string }>();
const outcomes = { valid: 0, refusedByWholeRunCheck: 0, refusedWhileRunning: 0, invalidRefused: 0 };
const slowest: { ms: number; days: number; neighborhoods: number; example: string }[] = [];

function fail(kind: string, example: unknown): void {
  const entry = failures.get(kind) ?? { count: 0, example: JSON.stringify(example).slice(0, 600) };
  entry.count++;
  failures.set(kind, entry);
}

function runValid(scale: RunScale, runSeed: number, flat: Record<string, unknown>, nested: boolean, checkTwice: boolean): void {
  let checked;
  try {
    checked = validateOrError(nested ? nest(flat) : flat);
  } catch (error) {
    return fail(`validate-threw-${(error as Error).name}`, { flat, error: String(error) });
  }
  if ('error' in checked) {
    outcomes.refusedByWholeRunCheck++;
    return;
  }
  const params: Params = checked.params;
  const started = performance.now();
  let outcome;
  try {
    outcome = runOrRefuse(params, runSeed);
  } catch (error) {
    return fail(`run-threw-${(error as Error).name}`, { flat, seed: runSeed, error: String(error).slice(0, 300) });
  }
  const ms = performance.now() - started;
  if ('error' in outcome) {
    outcomes.refusedWhileRunning++;
    return;
  }
  outcomes.valid++;
  const size = outcome.sim.city.size;
  slowest.push({ ms, days: params.days, neighborhoods: size, example: JSON.stringify(flat).slice(0, 400) });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 5);
  const broken = brokenInvariant(outcome.sim);
  // The reason first: examples are cut at 600 characters.
  if (broken) fail(broken.split(':')[0]!, { broken, seed: runSeed, flat });
  if (checkTwice && !sameHistory(outcome.sim, runToEnd(params, runSeed))) fail('not-deterministic', { flat, seed: runSeed });
  void scale;
}

const mix = fc.oneof(
  { weight: 99, arbitrary: fc.tuple(fc.constant('medium' as const), validOverride(MEDIUM_RUNS), fc.boolean(), fc.nat()) },
  { weight: 100, arbitrary: fc.tuple(fc.constant('invalid' as const), invalidCase(MEDIUM_RUNS), fc.boolean(), fc.nat()) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('full' as const), validOverride(FULL_RUNS), fc.boolean(), fc.nat()) },
);

const started = performance.now();
const stream = fc.sample(mix, { seed, numRuns: cases });
stream.forEach(([kind, input, nested, runSeed], index) => {
  if (kind === 'invalid') {
    const { override, mutation } = input as { override: Record<string, unknown>; mutation: Parameters<typeof namesField>[1] };
    try {
      const checked = validateOrError(override);
      if (!('error' in checked)) fail(`invalid-accepted-${mutation.kind}`, { path: mutation.path, value: String(mutation.value) });
      else if (!namesField(checked.error, mutation)) fail(`wrong-field-${mutation.kind}`, { path: mutation.path, field: checked.error.field });
      else outcomes.invalidRefused++;
    } catch (error) {
      fail(`validate-threw-${(error as Error).name}`, { path: mutation.path, kind: mutation.kind, error: String(error).slice(0, 300) });
    }
  } else {
    runValid(kind === 'full' ? FULL_RUNS : MEDIUM_RUNS, runSeed, input as Record<string, unknown>, nested, index % 10 === 0);
  }
  if ((index + 1) % 10_000 === 0) process.stderr.write(`${(index + 1).toLocaleString('en-US')} cases, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
});

const totalFailures = [...failures.values()].reduce((sum, entry) => sum + entry.count, 0);
console.log(`Fuzzed ${cases.toLocaleString('en-US')} cases (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`  valid runs checked: ${outcomes.valid.toLocaleString('en-US')}`);
console.log(`  valid fields, refused by a whole-run check: ${outcomes.refusedByWholeRunCheck.toLocaleString('en-US')}`);
console.log(`  refused by a policy while running (named ParamError): ${outcomes.refusedWhileRunning.toLocaleString('en-US')}`);
console.log(`  invalid sets refused naming the field: ${outcomes.invalidRefused.toLocaleString('en-US')}`);
console.log(`Failures: ${totalFailures}`);
for (const [kind, entry] of [...failures].sort((a, b) => b[1].count - a[1].count)) console.log(`  ${kind}: ${entry.count}  e.g. ${entry.example}`);
console.log('Slowest valid runs:');
for (const run of slowest) console.log(`  ${run.ms.toFixed(0)} ms: ${run.days} days × ${run.neighborhoods} neighborhoods  ${run.example}`);
process.exitCode = totalFailures > 0 ? 1 : 0;
