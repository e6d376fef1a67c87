/** The Lorenz curve of patrols against true crime, and the shares read off it. */
import { ratio } from './windows.ts';

export interface LorenzCurve {
  /** Cumulative share of true crime, from 0 to 1 (length = neighborhoods counted + 1). */
  x: Float64Array;
  /** Cumulative share of patrols at the same points. */
  y: Float64Array;
  /** Neighborhood indices in curve order (fewest patrols per true incident first). */
  order: Int32Array;
}

/**
 * Lorenz curve of patrols against true crime: neighborhoods sorted by patrols per true incident,
 * ascending (one with patrols but no crime counts as infinitely many, last); x accumulates their
 * shares of true crime and y their shares of patrols. Patrols that follow true crime give the
 * diagonal; the further the curve bows below it, the more patrols concentrate where crime is not.
 * Neighborhoods with neither patrols nor crime add nothing and are left out.
 */
export function lorenzCurve(patrols: ArrayLike<number>, trueCrime: ArrayLike<number>): LorenzCurve {
  let patrolTotal = 0;
  let crimeTotal = 0;
  let count = 0;
  const candidates = new Int32Array(patrols.length);
  // Patrols per true incident, computed once so the sort compares plain numbers.
  const perIncident = new Float64Array(patrols.length);
  for (let i = 0; i < patrols.length; i++) {
    const p = patrols[i]!;
    const c = trueCrime[i]!;
    patrolTotal += p;
    crimeTotal += c;
    perIncident[i] = c > 0 ? p / c : Number.POSITIVE_INFINITY;
    if (p > 0 || c > 0) candidates[count++] = i;
  }
  const kept = candidates.subarray(0, count).sort((a, b) => perIncident[a]! - perIncident[b]! || a - b);
  const x = new Float64Array(kept.length + 1);
  const y = new Float64Array(kept.length + 1);
  let cumulativeCrime = 0;
  let cumulativePatrols = 0;
  kept.forEach((i, k) => {
    cumulativeCrime += trueCrime[i]!;
    cumulativePatrols += patrols[i]!;
    x[k + 1] = ratio(cumulativeCrime, crimeTotal);
    y[k + 1] = ratio(cumulativePatrols, patrolTotal);
  });
  return { x, y, order: kept };
}

/** The curve's y at x (linear between points; the first point wins on a vertical step). */
export function lorenzAt(curve: LorenzCurve, at: number): number {
  const { x, y } = curve;
  for (let k = 1; k < x.length; k++) {
    if (x[k]! >= at) {
      const x0 = x[k - 1]!;
      const x1 = x[k]!;
      const t = x1 > x0 ? (at - x0) / (x1 - x0) : 1;
      return y[k - 1]! + t * (y[k]! - y[k - 1]!);
    }
  }
  return y[y.length - 1] ?? 0;
}

/**
 * Share of patrols received by the neighborhoods with the most patrols per true incident that
 * together had `topCrimeShare` of true crime: 1 − L(1 − topCrimeShare). Equal to topCrimeShare
 * when patrols follow true crime.
 */
export function patrolShareOfTopCrime(curve: LorenzCurve, topCrimeShare: number): number {
  if (curve.x.length < 2) return 0;
  return 1 - lorenzAt(curve, 1 - topCrimeShare);
}
