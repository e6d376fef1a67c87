/**
 * Near-repeat victimization as a day-binned Hawkes process: each incident triggers follow-on
 * incidents at the rate θω·e^(−ωt) of Mohler et al. (2011), optionally spread over nearby
 * neighborhoods by a Gaussian in distance (Akpinar et al. 2021), and the day's count is the exact
 * day-integral of that kernel, same-day offspring included.
 *
 * The discrete kernel. A parent at a uniform time u in its day (u in [0, 1)) has on day k after it
 *   h₀ = θ·(1 − (1 − e^(−ω))/ω)                 children the same day (k = 0),
 *   h_k = c·e^(−ω(k−1)),  c = θ·(1 − e^(−ω))²/ω   children on day k ≥ 1,
 * both from integrating θω·e^(−ω(t−u)) over the day and averaging over u. They sum to θ (the
 * branching ratio) and Σ k·h_k / θ = 1/ω exactly, the continuous model's mean lag, because a day
 * index difference of a uniform start and a lag L averages to E[L]. The day loop splits the kernel:
 * the same-day part is a Galton–Watson cascade drawn within the day (Poisson(h₀) children per
 * incident, generation by generation), and the tail is carried as state, E_{d+1} = e^(−ω)·E_d +
 * c·n_d, the expected triggered incidents of the next day from all earlier days.
 */
import type { City } from './city.ts';
import type { Params } from './params/types.ts';
import { expNeg, poisson, poissonInversion, POISSON_INVERSION_LIMIT, type Uniform } from './random.ts';

export type SpatialKernelKind = Params['reality']['nearRepeat']['spatialKernel'];

/** The day-binned kernel of θω·e^(−ωt): same-day mass h₀, first tail day c, and the tail's ratio e^(−ω). */
export interface DayKernel {
  sameDay: number;
  tailFirst: number;
  tailRatio: number;
}

/** The exact day-integral of θω·e^(−ωt) for a parent at a uniform time in its day (see the module header). */
export function dayKernel(theta: number, omega: number): DayKernel {
  const tailRatio = expNeg(omega);
  const oneDay = 1 - tailRatio;
  return { sameDay: theta * (1 - oneDay / omega), tailFirst: (theta * oneDay * oneDay) / omega, tailRatio };
}

/**
 * Sparse offspring weights between neighborhoods (compressed rows, one row per parent): a parent
 * in j puts θ·weights[k] expected children into targets[k] for k in [rowStart[j], rowStart[j+1]).
 * Without a spatial kernel every row is the parent's own cell with weight 1.
 */
export interface SpatialKernel {
  rowStart: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

const HEX_ROW_HEIGHT = Math.sqrt(3) / 2;
/** The Gaussian is cut off at this many σ: it leaves out e^(−8) ≈ 3·10⁻⁴ of its mass. */
export const SPATIAL_CUTOFF_SIGMAS = 4;

/**
 * ∫ exp(−|p|²/(2σ²)) dp over the hexagonal cell centred at (dx, dy), in grid units (neighboring
 * centers 1 apart), by the midpoint rule on a grid of spacing σ/4 (at most 1/16) that is the same
 * for every cell, so the cells' masses add up to the plane's 2πσ² without gaps or overlaps. A
 * point belongs to the cell whose centre is nearest (the hexagon |x| ≤ ½, |±x/2 + y·√3/2| ≤ ½).
 */
export function hexGaussianMass(dx: number, dy: number, sigma: number): number {
  const step = Math.min(sigma / 4, 1 / 16);
  const halfHeight = 1 / Math.sqrt(3);
  const twoSigma2 = 2 * sigma * sigma;
  let sum = 0;
  const aLo = Math.ceil((dx - 0.5) / step - 0.5);
  const aHi = Math.floor((dx + 0.5) / step - 0.5);
  const bLo = Math.ceil((dy - halfHeight) / step - 0.5);
  const bHi = Math.floor((dy + halfHeight) / step - 0.5);
  for (let a = aLo; a <= aHi; a++) {
    const x = (a + 0.5) * step;
    const rx = x - dx;
    if (Math.abs(rx) > 0.5) continue;
    for (let b = bLo; b <= bHi; b++) {
      const y = (b + 0.5) * step;
      const ry = y - dy;
      if (Math.abs(0.5 * rx + HEX_ROW_HEIGHT * ry) > 0.5 || Math.abs(-0.5 * rx + HEX_ROW_HEIGHT * ry) > 0.5) continue;
      sum += expNeg((x * x + y * y) / twoSigma2);
    }
  }
  return sum * step * step;
}

/** The layout of a city's cells as buildCity places them: row-major, odd rows shifted half a cell. */
interface Layout {
  size: number;
  columns: number;
  rows: number;
}

function layoutOf(params: Params): Layout {
  const custom = params.city.custom;
  const size = custom ? custom.length : params.city.columns * params.city.rows;
  const columns = custom ? Math.ceil(Math.sqrt(size)) : params.city.columns;
  return { size, columns, rows: Math.ceil(size / columns) };
}

/** Calls visit(child, mass) for every cell within the cutoff of parent j; masses in km². */
function forEachKernelCell(layout: Layout, j: number, sigmaUnits: number, areaKm2: number, cache: Map<number, number>, visit: (child: number, mass: number) => void): void {
  const reach = SPATIAL_CUTOFF_SIGMAS * sigmaUnits + 1 / Math.sqrt(3);
  const rowReach = Math.ceil(reach / HEX_ROW_HEIGHT);
  const columnReach = Math.ceil(reach) + 1;
  const row = Math.floor(j / layout.columns);
  const column = j - row * layout.columns;
  const x0 = column + (row & 1) * 0.5;
  for (let r = Math.max(0, row - rowReach); r <= Math.min(layout.rows - 1, row + rowReach); r++) {
    for (let c = Math.max(0, column - columnReach); c <= Math.min(layout.columns - 1, column + columnReach); c++) {
      const child = r * layout.columns + c;
      if (child >= layout.size) continue;
      const dx = c + (r & 1) * 0.5 - x0;
      const dy = (r - row) * HEX_ROW_HEIGHT;
      if (dx * dx + dy * dy > reach * reach) continue;
      // Offsets are multiples of ½ across and of a row height down: an exact integer key.
      const key = Math.round(dx * 2) * 100_000 + (r - row);
      let mass = cache.get(key);
      if (mass === undefined) {
        mass = hexGaussianMass(dx, dy, sigmaUnits) * areaKm2;
        cache.set(key, mass);
      }
      visit(child, mass);
    }
  }
}

/**
 * The offspring weights of each parent cell (null when excitation stays in the parent's cell).
 * Gaussian: the kernel's mass over each cell, divided by the row's total so that each incident
 * has θ children in all (cells outside the city get none). Unnormalised (Akpinar et al. 2021):
 * the mass itself in km², exp(−d²/(2σ²)) integrated over the cell, so an incident far from the
 * city's edge has θ·2πσ² children and one at the edge fewer.
 */
export function buildSpatialKernel(params: Params, city: City): SpatialKernel | null {
  const nearRepeat = params.reality.nearRepeat;
  if (nearRepeat.spatialKernel === 'none') return null;
  const layout: Layout = { size: city.size, columns: city.columns, rows: city.rows };
  const spacing = params.city.cellSpacingKm;
  const sigmaUnits = nearRepeat.spatialSigmaKm / spacing;
  const cache = new Map<number, number>();
  const rowStart = new Int32Array(city.size + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let j = 0; j < city.size; j++) {
    const start = targets.length;
    let total = 0;
    forEachKernelCell(layout, j, sigmaUnits, spacing * spacing, cache, (child, mass) => {
      if (!(mass > 0)) return;
      targets.push(child);
      weights.push(mass);
      total += mass;
    });
    if (nearRepeat.spatialKernel === 'gaussian') for (let k = start; k < weights.length; k++) weights[k] = weights[k]! / total;
    rowStart[j + 1] = targets.length;
  }
  return { rowStart, targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}

/**
 * Expected direct offspring of one incident in the neighborhood where it has the most: θ without a
 * spatial kernel or with the normalised one; θ times the largest row sum of the unnormalised
 * kernel (θ·2πσ² in km² for a cell the cutoff keeps inside the city). Near-repeat is stationary
 * only below 1. Zero when near-repeat is off.
 */
export function effectiveBranchingRatio(params: Params): number {
  const nearRepeat = params.reality.nearRepeat;
  if (!nearRepeat.enabled) return 0;
  const theta = nearRepeat.branchingRatio;
  if (nearRepeat.spatialKernel !== 'gaussianUnnormalised') return theta;
  const layout = layoutOf(params);
  const spacing = params.city.cellSpacingKm;
  const sigmaUnits = nearRepeat.spatialSigmaKm / spacing;
  const cache = new Map<number, number>();
  // A cell whose cutoff disc lies inside the grid has the whole lattice sum, the largest row;
  // otherwise every row is summed.
  const reach = SPATIAL_CUTOFF_SIGMAS * sigmaUnits + 1 / Math.sqrt(3);
  const rowReach = Math.ceil(reach / HEX_ROW_HEIGHT);
  const columnReach = Math.ceil(reach) + 1;
  const middleRow = Math.floor(layout.rows / 2);
  const middle = middleRow * layout.columns + Math.floor(layout.columns / 2);
  const hasInterior = layout.rows > 2 * rowReach + 1 && layout.columns > 2 * columnReach + 1 && (middleRow + rowReach + 1) * layout.columns <= layout.size;
  let largest = 0;
  for (let j = hasInterior ? middle : 0; j < (hasInterior ? middle + 1 : layout.size); j++) {
    let total = 0;
    forEachKernelCell(layout, j, sigmaUnits, spacing * spacing, cache, (_child, mass) => {
      total += mass;
    });
    if (total > largest) largest = total;
  }
  return theta * largest;
}

/**
 * How many entries buildSpatialKernel will make (Σ of its row lengths), counted per row offset
 * from the layout in time independent of the number of neighborhoods: 0 without a spatial
 * kernel. A custom city's last, partial row is counted as full (an overestimate by that row's share).
 */
export function spatialKernelEntries(params: Params): number {
  const nearRepeat = params.reality.nearRepeat;
  if (!nearRepeat.enabled || nearRepeat.spatialKernel === 'none') return 0;
  const layout = layoutOf(params);
  const reach = SPATIAL_CUTOFF_SIGMAS * (nearRepeat.spatialSigmaKm / params.city.cellSpacingKm) + 1 / Math.sqrt(3);
  const rowReach = Math.min(layout.rows - 1, Math.ceil(reach / HEX_ROW_HEIGHT));
  let entries = 0;
  for (let parity = 0; parity < 2; parity++) {
    for (let dr = -rowReach; dr <= rowReach; dr++) {
      // Parent rows of this parity whose row + dr is inside the grid.
      const first = Math.max(0, -dr);
      const last = Math.min(layout.rows - 1, layout.rows - 1 - dr);
      const firstOfParity = first + ((first & 1) === parity ? 0 : 1);
      const parentRows = last >= firstOfParity ? Math.floor((last - firstOfParity) / 2) + 1 : 0;
      const dy = dr * HEX_ROW_HEIGHT;
      if (parentRows === 0 || dy * dy > reach * reach) continue;
      // Odd rows sit half a cell to the right: dx = dc + shift.
      const shift = (((parity + dr) & 1) - parity) * 0.5;
      const halfWidth = Math.sqrt(reach * reach - dy * dy);
      for (let dc = Math.ceil(-halfWidth - shift); dc <= Math.floor(halfWidth - shift); dc++) {
        if (Math.abs(dc) < layout.columns) entries += parentRows * (layout.columns - Math.abs(dc));
      }
    }
  }
  return entries;
}

/**
 * Expected same-day children of one incident, the most any neighborhood has: the kernel's
 * same-day mass h₀, times the spatial kernel's largest row sum when it is unnormalised
 * (`effective` is effectiveBranchingRatio(params), passed in as it can cost a pass over the kernel).
 */
export function sameDayBranching(params: Params, effective: number): number {
  const nearRepeat = params.reality.nearRepeat;
  if (!nearRepeat.enabled || nearRepeat.branchingRatio === 0) return 0;
  const sameDay = dayKernel(nearRepeat.branchingRatio, nearRepeat.decayPerDay).sameDay;
  return nearRepeat.spatialKernel === 'gaussianUnnormalised' ? (sameDay * effective) / nearRepeat.branchingRatio : sameDay;
}

/** Near-repeat state of a run: the carried tail, the day's cascade buffers and running counts. */
export interface HawkesState {
  kernel: DayKernel;
  spatial: SpatialKernel | null;
  /** log(1 − deterrence per unit), or 0: deterrence scales every intensity of the day. */
  logDeterrencePerUnit: number;
  /** Expected triggered incidents today from earlier days' incidents, per neighborhood. */
  excitation: Float64Array;
  /** Σ over those expected children of their lag in days (excitation × mean lag). */
  lagWeight: Float64Array;
  /** Today's incidents per neighborhood, all generations. */
  incidents: Int32Array;
  /** The newest generation of today's cascade, and the next one's expected size. */
  generation: Int32Array;
  nextMean: Float64Array;
  /** Intensity multiplier today (deterrence), per neighborhood. */
  damping: Float64Array;
  /** Running counts: [background incidents, triggered incidents, Σ expected lag of triggered ones]. */
  stats: Float64Array;
}

export const STAT_BACKGROUND = 0;
export const STAT_TRIGGERED = 1;
export const STAT_LAG_SUM = 2;

export function createHawkes(params: Params, city: City): HawkesState {
  const nearRepeat = params.reality.nearRepeat;
  const size = city.size;
  return {
    kernel: dayKernel(nearRepeat.branchingRatio, nearRepeat.decayPerDay),
    spatial: buildSpatialKernel(params, city),
    logDeterrencePerUnit: params.reality.deterrence.enabled ? Math.log1p(-params.reality.deterrence.reductionPerUnit) : 0,
    excitation: new Float64Array(size),
    lagWeight: new Float64Array(size),
    incidents: new Int32Array(size),
    generation: new Int32Array(size),
    nextMean: new Float64Array(size),
    damping: new Float64Array(size),
    stats: new Float64Array(3),
  };
}

/** Safety bound on same-day generations; a subcritical cascade ends long before (P < 10⁻¹⁰⁰). */
export const MAX_GENERATIONS = 10_000;

/**
 * Draws today's incidents into state.incidents from the background rates (incidents per day) and
 * the carried excitation, runs the same-day cascade, then moves the tail on by one day. Draws
 * come from `rng` in a fixed order: background and carried excitation per neighborhood, then each
 * generation per neighborhood. Allocates nothing.
 */
export function drawHawkesDay(state: HawkesState, rates: Float64Array, units: Float64Array, size: number, rng: Uniform): void {
  const { kernel, spatial, excitation, lagWeight, incidents, generation, nextMean, damping, stats } = state;
  const logDeterrence = state.logDeterrencePerUnit;
  let alive = 0;
  for (let i = 0; i < size; i++) {
    const present = units[i]!;
    const factor = logDeterrence !== 0 && present > 0 ? expNeg(-present * logDeterrence) : 1;
    damping[i] = factor;
    // Each draw is poisson(rng, mean), spelled out: V8 inlines poissonInversion and expNeg here,
    // but not four calls of poisson, and a call it does not inline boxes its floating-point
    // argument, which allocated 16 bytes per draw (two draws per neighborhood-day).
    const backgroundMean = rates[i]! * factor;
    const background =
      backgroundMean > 0 && backgroundMean < POISSON_INVERSION_LIMIT ? poissonInversion(rng, backgroundMean, expNeg(backgroundMean)) : poisson(rng, backgroundMean);
    const carried = excitation[i]!;
    const carriedMean = carried * factor;
    const triggered = !(carried > 0)
      ? 0
      : carriedMean > 0 && carriedMean < POISSON_INVERSION_LIMIT
        ? poissonInversion(rng, carriedMean, expNeg(carriedMean))
        : poisson(rng, carriedMean);
    stats[STAT_BACKGROUND] = stats[STAT_BACKGROUND]! + background;
    if (triggered > 0) {
      stats[STAT_TRIGGERED] = stats[STAT_TRIGGERED]! + triggered;
      // Rao–Blackwellised lag: the expected lag of a child drawn from the carried tail.
      stats[STAT_LAG_SUM] = stats[STAT_LAG_SUM]! + (triggered * lagWeight[i]!) / carried;
    }
    incidents[i] = background + triggered;
    generation[i] = background + triggered;
    alive += background + triggered;
  }

  const sameDay = kernel.sameDay;
  for (let round = 0; alive > 0 && sameDay > 0 && round < MAX_GENERATIONS; round++) {
    alive = 0;
    if (spatial === null) {
      for (let i = 0; i < size; i++) {
        const parents = generation[i]!;
        const mean = sameDay * damping[i]! * parents;
        const children = !(parents > 0) ? 0 : mean > 0 && mean < POISSON_INVERSION_LIMIT ? poissonInversion(rng, mean, expNeg(mean)) : poisson(rng, mean);
        generation[i] = children;
        incidents[i] = incidents[i]! + children;
        alive += children;
      }
    } else {
      spreadOffspring(spatial, generation, nextMean, size);
      for (let i = 0; i < size; i++) {
        const spread = nextMean[i]!;
        const mean = sameDay * damping[i]! * spread;
        const children = !(spread > 0) ? 0 : mean > 0 && mean < POISSON_INVERSION_LIMIT ? poissonInversion(rng, mean, expNeg(mean)) : poisson(rng, mean);
        generation[i] = children;
        incidents[i] = incidents[i]! + children;
        alive += children;
      }
    }
    stats[STAT_TRIGGERED] = stats[STAT_TRIGGERED]! + alive;
  }

  // The tail moves on a day: every carried child is one day further from its parent.
  const ratio = kernel.tailRatio;
  for (let i = 0; i < size; i++) {
    lagWeight[i] = ratio * (lagWeight[i]! + excitation[i]!);
    excitation[i] = ratio * excitation[i]!;
  }
  const first = kernel.tailFirst;
  if (spatial === null) {
    for (let i = 0; i < size; i++) {
      const add = first * incidents[i]!;
      excitation[i] = excitation[i]! + add;
      lagWeight[i] = lagWeight[i]! + add;
    }
  } else {
    spreadOffspring(spatial, incidents, nextMean, size);
    for (let i = 0; i < size; i++) {
      const add = first * nextMean[i]!;
      excitation[i] = excitation[i]! + add;
      lagWeight[i] = lagWeight[i]! + add;
    }
  }
}

/** out[i] = Σ_j counts[j]·w_ji: the kernel's spread of counts over their children's cells. */
function spreadOffspring(spatial: SpatialKernel, counts: Int32Array, out: Float64Array, size: number): void {
  const { rowStart, targets, weights } = spatial;
  out.fill(0);
  for (let j = 0; j < size; j++) {
    const n = counts[j]!;
    if (n === 0) continue;
    for (let k = rowStart[j]!; k < rowStart[j + 1]!; k++) out[targets[k]!] = out[targets[k]!]! + n * weights[k]!;
  }
}
