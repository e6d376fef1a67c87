/**
 * The simulation engine the lab views use when their host gives them none: one client for the
 * whole page, created on first use, so every view shares one worker pool.
 */
import { createSimClient, type SimEngine } from '../sim-client.ts';

let shared: SimEngine | undefined;

/** The page's shared engine (its workers start on the first call). */
export function sharedLabEngine(): SimEngine {
  shared ??= createSimClient();
  return shared;
}

/** Seeds s, s + 1, …, s + count − 1 (the replicates of a batch). */
export function consecutiveSeeds(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => first + k);
}
