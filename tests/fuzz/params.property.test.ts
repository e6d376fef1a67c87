/**
 * Property tests over the parameter schema (fast-check, fixed seed): every valid parameter set
 * runs with finite risk and patrols that are finite, conserved and within floors and caps, and
 * gives the same numbers twice; every set with one invalid field is refused with a ParamError
 * naming that field. Runs are small (at most 12 days, 5 × 5 neighborhoods) so 2,000 cases of each
 * take seconds; `npm run fuzz` runs 100,000 larger ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenInvariant, invalidCase, namesField, nest, runOrRefuse, runToEnd, sameHistory, SMALL_RUNS, validateOrError, validOverride } from './params-arbitraries.ts';

const SEED = 20261206;
const CASES = 2000;

describe('parameter schema properties', () => {
  it(`${CASES} valid parameter sets keep every invariant and are deterministic`, () => {
    let refused = 0;
    fc.assert(
      fc.property(validOverride(SMALL_RUNS), fc.boolean(), fc.integer({ min: 0, max: 4294967295 }), (flat, nested, seed) => {
        const checked = validateOrError(nested ? nest(flat) : flat);
        // Cross-field limits (run size, near-repeat criticality, allocator tables) may refuse a
        // set whose fields are each valid: that is a named refusal, not a case to run.
        if ('error' in checked) {
          refused++;
          expect(checked.error.field.length).toBeGreaterThan(0);
          fc.pre(false);
          return;
        }
        const first = runOrRefuse(checked.params, seed);
        if ('error' in first) {
          // A policy's own refusal during the run (see runOrRefuse): named, and the same every time.
          expect(first.error.field).toBe('deployment.fairnessAlpha');
          refused++;
          fc.pre(false);
          return;
        }
        expect(brokenInvariant(first.sim)).toBeNull();
        expect(sameHistory(first.sim, runToEnd(checked.params, seed))).toBe(true);
      }),
      { seed: SEED, numRuns: CASES, maxSkipsPerRun: 1 },
    );
    // The generator keeps runs small enough that whole-run limits rarely refuse them.
    expect(refused).toBeLessThan(CASES);
  });

  it(`${CASES} parameter sets with one invalid field are refused with a ParamError naming it`, () => {
    fc.assert(
      fc.property(invalidCase(SMALL_RUNS), ({ override, mutation }) => {
        const checked = validateOrError(override);
        expect('error' in checked, `${mutation.kind} at ${mutation.path} was accepted`).toBe(true);
        if ('error' in checked) expect(namesField(checked.error, mutation), `${mutation.kind}: field ${checked.error.field}, expected ${mutation.field}`).toBe(true);
      }),
      { seed: SEED, numRuns: CASES },
    );
  });
});
