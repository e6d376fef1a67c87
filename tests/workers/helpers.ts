/** Shared checks for the worker tests. */
import { expect } from 'vitest';
import { CELL_COLUMNS, GROUP_COLUMNS, type History } from '../../models/index.ts';

/** Whether two typed arrays hold the same bytes (fast: deep equality on 150k elements takes seconds). */
export function sameBits(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Every history column equal bit for bit, and the same number of days done. */
export function expectSameHistory(actual: History, expected: History): void {
  for (const column of [...CELL_COLUMNS, ...GROUP_COLUMNS]) {
    expect(actual[column].constructor, column).toBe(expected[column].constructor);
    expect(sameBits(actual[column], expected[column]), column).toBe(true);
  }
  expect(actual.daysDone).toBe(expected.daysDone);
}
