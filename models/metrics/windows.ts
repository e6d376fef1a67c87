/**
 * Sums over day ranges of a run's day × neighborhood columns, and the small arithmetic every
 * metric shares (ratio, shares, Gini). A window is the half-open day range [from, to).
 */
import type { City } from '../city.ts';

/** Per neighborhood: the column summed over days [from, to), in day order (so float sums are reproducible). */
export function windowSums(column: ArrayLike<number>, size: number, from: number, to: number, into: Float64Array = new Float64Array(size)): Float64Array {
  into.fill(0);
  for (let t = Math.max(0, from); t < to; t++) {
    const row = t * size;
    for (let i = 0; i < size; i++) into[i] = into[i]! + column[row + i]!;
  }
  return into;
}

/** The sum of the first `length` values of a column (every neighborhood, every day before length ÷ size). */
export function sumPrefix(column: ArrayLike<number>, length: number): number {
  let total = 0;
  for (let i = 0; i < length; i++) total += column[i]!;
  return total;
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/** Each value ÷ total; all zeros when the total is not positive. */
export function normalize(values: Float64Array, total: number): Float64Array {
  const shares = new Float64Array(values.length);
  if (total > 0) for (let i = 0; i < values.length; i++) shares[i] = values[i]! / total;
  return shares;
}

/** a ÷ b, or 0 when b is 0 (so no metric is ever NaN or infinite). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/**
 * Gini coefficient of non-negative values: 0 when all are equal, approaching 1 when one holds
 * everything. Uses the sorted form G = (2 Σ i·x_(i)) / (n Σ x) − (n + 1) / n, i from 1.
 */
export function gini(values: ArrayLike<number>): number {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i]!;
    weighted += (i + 1) * sorted[i]!;
  }
  if (!(total > 0)) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Residents of each group city-wide: [minority, majority]. */
export function groupPopulations(city: City): [number, number] {
  let minority = 0;
  let total = 0;
  for (let i = 0; i < city.size; i++) {
    minority += city.population[i]! * city.minorityShare[i]!;
    total += city.population[i]!;
  }
  return [minority, total - minority];
}
