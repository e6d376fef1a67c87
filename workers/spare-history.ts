/**
 * One spare, empty history for the interactive worker's next run. A run that keeps its history
 * writes 40 bytes per neighborhood-day into fresh memory, and the first touch of fresh pages is
 * slow: in Chromium the default scenario (400 × 365, 5.8 MB) ran in 27 ms with a new history and
 * 9 ms keeping none. The history leaves the worker with the result (it is transferred), so it
 * cannot be reused; instead, once a run has replied, the worker allocates the next one's history
 * and touches its pages while it is idle. The next run of the same size (a slider moved) starts
 * on memory that is already there.
 *
 * Touching 5.8 MB takes 15 to 30 ms on a slow machine, so it is done in slices of about a
 * millisecond with the event loop let through between them: a run asked for meanwhile starts at
 * once, on the history as far as it has been touched (the run faults in the rest itself).
 */
import { allocateHistory, CELL_COLUMNS, GROUP_COLUMNS, type History } from '../models/index.ts';
import { yieldToEventLoop } from './yield.ts';

/** Histories larger than this (bytes) are not prepared ahead: the memory would sit idle. */
const MAX_SPARE_BYTES = 32 * 1024 * 1024;
/** Elements of 4 bytes per 4 KiB page, and of 8 bytes: one write per page faults it in. */
const PAGE_BYTES = 4096;
/** Pages touched between two looks at the clock. */
const PAGES_PER_CHECK = 16;
/** A slice of touching ends after this long (ms), and the event loop runs before the next one. */
const SLICE_MS = 1;

const TOUCHED_COLUMNS = [...CELL_COLUMNS, ...GROUP_COLUMNS] as const;

let spare: History | null = null;

/** The prepared history if it has these dimensions (it is handed over once), else undefined. */
export function takeSpareHistory(days: number, size: number): History | undefined {
  if (spare === null || spare.days !== days || spare.size !== size) return undefined;
  const taken = spare;
  spare = null;
  return taken;
}

/**
 * Allocates an empty history of days × size for the next run, unless one is ready or it is too
 * large, and touches its pages in slices. Resolves once every page is touched, or once the
 * history has been handed over (or replaced) before that.
 */
export async function prepareSpareHistory(days: number, size: number): Promise<void> {
  if (spare !== null && spare.days === days && spare.size === size) return;
  if (days * size * 40 > MAX_SPARE_BYTES) return;
  const history = allocateHistory(days, size);
  spare = history;
  let sliceEnd = performance.now() + SLICE_MS;
  for (const name of TOUCHED_COLUMNS) {
    const column = history[name];
    const step = PAGE_BYTES / column.BYTES_PER_ELEMENT;
    let pages = 0;
    for (let i = 0; i < column.length; i += step) {
      // Writing zero keeps the history empty and makes the page resident.
      column[i] = 0;
      if (++pages % PAGES_PER_CHECK !== 0 || performance.now() < sliceEnd) continue;
      await yieldToEventLoop();
      if (spare !== history) return; // handed to a run, or replaced by another size
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
}
