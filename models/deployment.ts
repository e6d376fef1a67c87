/**
 * Deployment: turns today's fused risk into patrol units. Policies compute each neighborhood's
 * expected units (its propensity times P); exploration, floors and caps reshape that vector, and
 * the sampling policy then draws whole units from it. Nothing here allocates: every buffer
 * comes from DeploymentBuffers, made once per run.
 */
import type { Params } from './params/types.ts';
import { binomialAnyTrials, type Uniform } from './random.ts';

export interface DeploymentBuffers {
  /** Expected units per neighborhood (sums to P unless caps leave units idle). */
  expected: Float64Array;
  /** Units actually present today. */
  units: Float64Array;
  /** Scratch for selecting the top-k threshold. */
  scratch: Float64Array;
  /** Per-run tie-breaking jitter, far below any real difference in risk. */
  tieBreak: Float64Array;
  /** Whether a neighborhood is still below the cap while redistributing. */
  open: Uint8Array;
}

/** Jitter scale: risk differences come from record counts times weights of at least 0.1. */
const TIE_BREAK_SCALE = 1e-9;

export function createDeploymentBuffers(size: number, rng: Uniform): DeploymentBuffers {
  const tieBreak = new Float64Array(size);
  for (let i = 0; i < size; i++) tieBreak[i] = rng.next() * TIE_BREAK_SCALE;
  return {
    expected: new Float64Array(size),
    units: new Float64Array(size),
    scratch: new Float64Array(size),
    tieBreak,
    open: new Uint8Array(size),
  };
}

/** Fills buffers.expected and buffers.units from risk; returns nothing, allocates nothing. */
export function deploy(risk: Float64Array, size: number, params: Params['deployment'], buffers: DeploymentBuffers, rng: Uniform): void {
  const { expected, units } = buffers;
  const total = params.units;
  switch (params.policy) {
    case 'uniform':
      expected.fill(total / size);
      break;
    case 'topK':
      allocateHotspots(risk, size, Math.min(params.hotspots, size), total, buffers);
      break;
    case 'sample':
    case 'proportional':
      allocateProportionally(risk, size, total, expected);
      break;
  }
  const epsilon = params.exploration;
  if (epsilon > 0) {
    const even = (epsilon * total) / size;
    for (let i = 0; i < size; i++) expected[i] = (1 - epsilon) * expected[i]! + even;
  }
  if (params.floorUnits > 0) applyFloor(expected, size, total, params.floorUnits);
  if (params.capUnits > 0) applyCap(expected, size, params.capUnits, buffers.open);

  if (params.policy === 'sample') drawUnits(expected, size, units, rng);
  else units.set(expected);
}

/**
 * Below this, a total (of risk, or of expected units) is "tiny": dividing by it could overflow or
 * lose precision in subnormal numbers (a decaying risk reaches them after about 1,000 half-lives).
 */
export const TINY_TOTAL = 1e-280;

/**
 * The sampling policy: round(Σ expected) whole units drawn as one multinomial with probabilities
 * expected / Σ expected, as a chain of binomials (neighborhood i gets Binomial(units left,
 * expected_i / expected mass left); the last neighborhood with any mass gets the rest). The cost is
 * O(neighborhoods) whatever the number of units, and the units drawn always sum to the total.
 */
function drawUnits(expected: Float64Array, size: number, units: Float64Array, rng: Uniform): void {
  let mass = 0;
  let last = -1;
  for (let i = 0; i < size; i++) {
    units[i] = 0;
    if (expected[i]! > 0) {
      mass += expected[i]!;
      last = i;
    }
  }
  let left = Math.round(mass);
  for (let i = 0; i <= last && left > 0; i++) {
    const share = expected[i]!;
    if (!(share > 0)) continue;
    const drawn = i === last || share >= mass ? left : binomialAnyTrials(rng, left, share / mass);
    units[i] = drawn;
    left -= drawn;
    mass -= share;
  }
}

/**
 * P units in proportion to positive risk. Zero and tiny totals have a defined result: when no
 * risk is positive the units are shared evenly; when the positive risks sum to less than
 * TINY_TOTAL (or overflow), shares are computed from risk ÷ the largest risk, which are the same
 * shares in exact arithmetic, so a risk that decays toward zero keeps its allocation.
 */
function allocateProportionally(risk: Float64Array, size: number, total: number, expected: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < size; i++) sum += risk[i]! > 0 ? risk[i]! : 0;
  if (!(sum > 0)) {
    expected.fill(total / size);
    return;
  }
  if (sum >= TINY_TOTAL && sum < Infinity) {
    const scale = total / sum;
    for (let i = 0; i < size; i++) expected[i] = risk[i]! > 0 ? risk[i]! * scale : 0;
    return;
  }
  let largest = 0;
  for (let i = 0; i < size; i++) if (risk[i]! > largest) largest = risk[i]!;
  let relativeSum = 0;
  for (let i = 0; i < size; i++) relativeSum += risk[i]! > 0 ? risk[i]! / largest : 0;
  const scale = total / relativeSum;
  for (let i = 0; i < size; i++) expected[i] = risk[i]! > 0 ? (risk[i]! / largest) * scale : 0;
}

/** The k highest-risk neighborhoods share the units equally; ties fall to the per-run jitter. */
function allocateHotspots(risk: Float64Array, size: number, k: number, total: number, buffers: DeploymentBuffers): void {
  const { scratch, tieBreak, expected } = buffers;
  for (let i = 0; i < size; i++) scratch[i] = risk[i]! + tieBreak[i]!;
  const threshold = kthSmallest(scratch, size - k, size);
  const share = total / k;
  let given = 0;
  for (let i = 0; i < size; i++) {
    const hot = risk[i]! + tieBreak[i]! >= threshold && given < k;
    expected[i] = hot ? share : 0;
    if (hot) given++;
  }
}

/**
 * The k-th smallest value of values[0..length) (0-based), reordering values in place, by Floyd and
 * Rivest's selection (1975; the variant of d3-array's quickselect): above 600 elements it first
 * selects within a sample around the expected rank, so the partition that follows leaves few
 * elements to scan again, about 1.1·n comparisons instead of Hoare's 3·n. The answer is one value
 * whatever the pivots, so Math.log and Math.exp, which choose only the sample, never move a number.
 */
export function kthSmallest(values: Float64Array, k: number, length: number): number {
  selectRange(values, k, 0, length - 1);
  return values[k]!;
}

function selectRange(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      selectRange(values, k, Math.max(left, Math.floor(k - (m * s) / n + sd)), Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)));
    }
    const pivot = values[k]!;
    let i = left;
    let j = right;
    swap(values, left, k);
    if (values[right]! > pivot) swap(values, left, right);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
    }
    if (values[left]! === pivot) swap(values, left, j);
    else {
      j++;
      swap(values, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const held = values[i]!;
  values[i] = values[j]!;
  values[j] = held;
}

/**
 * Everyone gets `floor` first (if P allows); the rest is shared in proportion to the policy, or
 * evenly when the policy's total is zero or tiny (below TINY_TOTAL), so no unit is lost.
 */
function applyFloor(expected: Float64Array, size: number, total: number, floor: number): void {
  const reserved = Math.min(floor, total / size);
  const remaining = total - reserved * size;
  let sum = 0;
  for (let i = 0; i < size; i++) sum += expected[i]!;
  if (!(sum >= TINY_TOTAL && sum < Infinity)) {
    expected.fill(reserved + remaining / size);
    return;
  }
  const scale = remaining / sum;
  for (let i = 0; i < size; i++) expected[i] = reserved + expected[i]! * scale;
}

/**
 * No neighborhood above `cap`: the excess is moved to neighborhoods below the cap in proportion
 * to what they have (evenly if together they have nothing or a tiny total, below TINY_TOTAL),
 * until none is above. If cap × N < P, every
 * neighborhood ends at the cap and the remaining units stay idle.
 */
function applyCap(expected: Float64Array, size: number, cap: number, open: Uint8Array): void {
  open.fill(1);
  for (let round = 0; round < size; round++) {
    let excess = 0;
    let openSum = 0;
    let openCount = 0;
    for (let i = 0; i < size; i++) {
      if (expected[i]! > cap) {
        excess += expected[i]! - cap;
        expected[i] = cap;
        open[i] = 0;
      } else if (open[i]) {
        if (expected[i]! >= cap) open[i] = 0;
        else {
          openSum += expected[i]!;
          openCount++;
        }
      }
    }
    if (excess <= 1e-12 || openCount === 0) return;
    for (let i = 0; i < size; i++) {
      if (!open[i]) continue;
      expected[i] = expected[i]! + (openSum >= TINY_TOTAL ? (excess * expected[i]!) / openSum : excess / openCount);
    }
  }
}
