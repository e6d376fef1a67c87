/**
 * Ensign et al.'s own urn code, timed when it is here: ENSIGN_URN_SRC names the src/ folder of a
 * checkout of their repository, and python3 with numpy runs bench/ensign-urn.py on it. Their code
 * is not part of this repository; the bench only calls it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface AuthorsUrnTiming {
  runsPerSecond: number;
  msPerRun: number;
}

/** The authors' runs per second (CPU time), or why they could not be timed. */
export function timeAuthorsUrn(runs = 200): AuthorsUrnTiming | string {
  const source = process.env.ENSIGN_URN_SRC;
  if (!source) return 'set ENSIGN_URN_SRC to the src/ folder of a checkout of algofairness/runaway-feedback-loops-src';
  if (!existsSync(join(source, 'polya.py'))) return `no polya.py in ENSIGN_URN_SRC=${source}`;
  const driver = join(import.meta.dirname ?? process.cwd(), '..', 'bench', 'ensign-urn.py');
  const result = spawnSync('python3', [existsSync(driver) ? driver : 'bench/ensign-urn.py', source, String(runs)], { encoding: 'utf8', timeout: 120_000 });
  if (result.error) return `python3 could not be started: ${result.error.message}`;
  if (result.status !== 0) return `python3 failed: ${(result.stderr || '').trim().split('\n').pop() ?? 'no message'}`;
  try {
    return JSON.parse(result.stdout.trim()) as AuthorsUrnTiming;
  } catch {
    return `unreadable output from bench/ensign-urn.py: ${result.stdout.slice(0, 80)}`;
  }
}
