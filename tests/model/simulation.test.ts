/**
 * Determinism and common random numbers (issue 2, "Deterministic"): the same params and seed give
 * the same history bit for bit, and every random process has its own stream, so runs that differ
 * only in how patrols are deployed see exactly the same true incidents and the same reports.
 */
import { describe, expect, it } from 'vitest';
import { advance, CELL_COLUMNS, createSimulation, GROUP_COLUMNS, simulate, validateParams, type DeploymentPolicy } from '../../models/index.ts';

const DAYS = 60;

/** Whether two typed arrays hold the same bytes (fast, and exact for floats: bit for bit). */
function sameBits(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

describe('simulation streams', () => {
  it('give the same history bit for bit for the same params and seed, stepped or run whole', () => {
    const params = validateParams({ days: DAYS, sources: { sensors: { enabled: true } }, reality: { nearRepeat: { enabled: true } } });
    const whole = simulate(params, 17).history;
    const stepped = createSimulation(params, 17);
    for (const chunk of [1, 9, 20, 30]) advance(stepped, chunk);
    expect(stepped.history.daysDone).toBe(DAYS);
    for (const column of CELL_COLUMNS) expect(sameBits(stepped.history[column], whole[column]), column).toBe(true);
    for (const column of GROUP_COLUMNS) expect(sameBits(stepped.history[column], whole[column]), column).toBe(true);
    expect(sameBits(simulate(params, 18).history.trueIncidents, whole.trueIncidents)).toBe(false);
  });

  it('give identical true incidents and reports to runs that differ only in deployment policy', () => {
    // No near-repeat and no deterrence, so patrols cannot change reality; reports draw one
    // uniform per incident from their own stream, so they cannot change either.
    const policies: DeploymentPolicy[] = ['topK', 'sample', 'proportional', 'uniform'];
    const runs = policies.map((policy) => simulate(validateParams({ days: DAYS, deployment: { policy } }), 23).history);
    const [first, ...others] = runs;
    for (const other of others) {
      expect(sameBits(other.trueIncidents, first!.trueIncidents)).toBe(true);
      expect(sameBits(other.groupTrue, first!.groupTrue)).toBe(true);
      expect(sameBits(other.reports, first!.reports)).toBe(true);
      // The runs really did patrol differently.
      expect(sameBits(other.patrols, first!.patrols)).toBe(false);
    }
  });
});
