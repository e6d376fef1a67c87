/**
 * One home for metrics (issue 16): no file outside models/ sums a run's history columns; a number
 * about a run is a named metric in models/metrics/, asked for at a day. The scan flags a history
 * column indexed through `history.` (or `.history.`), and a column destructured from a history and
 * then indexed. It reads the app, the workers, the benchmarks and the presets; tests may sum a
 * history to check a metric against an independent computation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_COLUMNS, GROUP_COLUMNS } from '../../models/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCANNED = ['src', 'workers', 'bench', 'presets'];
const COLUMNS = [...CELL_COLUMNS, ...GROUP_COLUMNS].join('|');

/** `history.patrols[`, `result.history.risk[`: a history column read cell by cell. */
const INDEXED_THROUGH_HISTORY = new RegExp(`\\bhistory\\??\\.(${COLUMNS})\\s*\\[`);
/** `const { patrols, trueIncidents } = history` (or `= result.history`): columns taken out of a history. */
const DESTRUCTURED = new RegExp(`\\{([^}]*)\\}\\s*=\\s*[\\w.]*\\bhistory\\b`, 'g');

/** Lines (1-based) of `source` that read a history column cell by cell. */
export function historySums(source: string): number[] {
  const lines = source.split('\n');
  const destructured = new Set<string>();
  for (const match of source.matchAll(DESTRUCTURED)) {
    for (const part of match[1]!.split(',')) {
      const name = part.split(':').pop()!.trim();
      const key = part.split(':')[0]!.trim();
      if ([...CELL_COLUMNS, ...GROUP_COLUMNS].includes(key as never) && name) destructured.add(name);
    }
  }
  const indexedLocal = destructured.size > 0 ? new RegExp(`(?<![\\w.])(${[...destructured].join('|')})\\s*\\[`) : null;
  const flagged: number[] = [];
  lines.forEach((line, index) => {
    if (INDEXED_THROUGH_HISTORY.test(line) || (indexedLocal !== null && indexedLocal.test(line))) flagged.push(index + 1);
  });
  return flagged;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('the scan for history sums', () => {
  it('flags a loop that sums a history column, through the history or a destructured column', () => {
    expect(historySums('for (let i = 0; i < size; i++) total += history.patrols[row + i]!;')).toEqual([1]);
    expect(historySums('const x = result.history.trueIncidents[cell]!;')).toEqual([1]);
    expect(historySums('const { recordedIncidents, risk: riskColumn } = result.history;\nsum += recordedIncidents[k]!;\nlast = riskColumn[k]!;')).toEqual([2, 3]);
    expect(historySums('const { groupStops } = history;\nfor (let t = 0; t < days; t++) stops += groupStops[t * 2]!;')).toEqual([2]);
  });

  it('leaves alone reading whole columns, other arrays that share a name, and metrics', () => {
    expect(historySums('chunk.cells.patrols.set(history.patrols.subarray(from, to));')).toEqual([]);
    expect(historySums('const first = data.patrols[0] ?? 0;')).toEqual([]);
    expect(historySums('const share = metrics.tailPatrolShare[i]!;')).toEqual([]);
    expect(historySums('const { patrols } = thumbnail;\nconst first = patrols[0];')).toEqual([]);
  });
});

describe('metrics live in models/', () => {
  it('no file outside models/ sums history columns', () => {
    const offenders = SCANNED.flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .map((path) => ({ path: relative(ROOT, path), lines: historySums(readFileSync(path, 'utf8')) }))
      .filter(({ lines }) => lines.length > 0)
      .map(({ path, lines }) => `${path}:${lines.join(',')}`);
    expect(offenders).toEqual([]);
  });
});
