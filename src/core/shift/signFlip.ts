// Paired sign-flip permutation test over per-case differences (rate in B − rate in A). Under no
// change each case's difference is as likely to be +d as −d, so the null distribution of their sum
// is that of every way of flipping signs. Three ways to get it, best first:
//  - exact, by dynamic programming, when the differences sit on a lattice (multiples of 1/L, as
//    per-case rates with L = lcm of the sample counts always do): O(cases × range);
//  - exact, by enumeration, when there are few non-zero differences;
//  - Monte-Carlo with a fixed seed, so the same data always give the same p-value;
//  - with very many non-zero differences (production logs: 10⁵ cases), the normal limit of the
//    sign-flip distribution (mean 0, variance Σd²), which is then exact to far below the
//    Monte-Carlo error and costs one pass instead of draws × cases.
import { seededRandom } from './random';

export type SignFlipMethod = 'exact' | 'monte-carlo' | 'normal';

export interface SignFlipResult {
  pValue: number;
  method: SignFlipMethod;
  /** non-zero differences, the only ones that carry information */
  nonZero: number;
}

export interface SignFlipOptions {
  /** differences are integer multiples of 1/lattice (e.g. lcm of the per-case sample counts) */
  lattice?: number;
  seed?: number;
  draws?: number;
}

const EPS = 1e-9;
/** Upper bound on cases × lattice range for the exact dynamic programme (a few ms). */
const MAX_DP_WORK = 5e7;
const MAX_ENUMERATED = 20;
/** Above this many non-zero differences Monte-Carlo would cost draws × n (10⁸+): use the normal limit. */
export const NORMAL_ABOVE = 5000;
export const DEFAULT_DRAWS = 20000;

export function signFlipTest(differences: readonly number[], options: SignFlipOptions = {}): SignFlipResult {
  const nonZeroDiffs = differences.filter((d) => Math.abs(d) > EPS);
  const nonZero = nonZeroDiffs.length;
  if (nonZero === 0) return { pValue: 1, method: 'exact', nonZero };

  const weights = options.lattice ? toLattice(nonZeroDiffs, options.lattice) : undefined;
  if (weights) {
    const total = weights.reduce((s, w) => s + Math.abs(w), 0);
    if (total * nonZero <= MAX_DP_WORK) return { pValue: latticeExact(weights, total), method: 'exact', nonZero };
  }
  if (nonZero <= MAX_ENUMERATED) return { pValue: enumerateExact(nonZeroDiffs), method: 'exact', nonZero };
  if (nonZero > NORMAL_ABOVE) return { pValue: normalLimit(nonZeroDiffs), method: 'normal', nonZero };
  return {
    pValue: monteCarlo(nonZeroDiffs, options.seed ?? 0x5eed, options.draws ?? DEFAULT_DRAWS),
    method: 'monte-carlo',
    nonZero,
  };
}

function toLattice(diffs: readonly number[], lattice: number): number[] | undefined {
  const out: number[] = [];
  for (const d of diffs) {
    const scaled = d * lattice;
    const w = Math.round(scaled);
    if (Math.abs(scaled - w) > 1e-6) return undefined;
    out.push(w);
  }
  return out;
}

/**
 * With |d_i| = w_i integers and T = Σ w_i, a sign assignment has sum S = 2X − T where X is the sum
 * of the w_i given a plus sign: a subset sum. Its distribution is a 0/1-knapsack count, kept as
 * probabilities (each case halves) so nothing overflows.
 */
function latticeExact(signed: readonly number[], total: number): number {
  const observed = Math.abs(signed.reduce((s, w) => s + w, 0));
  const prob = new Float64Array(total + 1);
  prob[0] = 1;
  let reach = 0;
  for (const s of signed) {
    const w = Math.abs(s);
    reach += w;
    for (let y = reach; y >= 0; y--) {
      const keep = prob[y] as number;
      const add = y >= w ? (prob[y - w] as number) : 0;
      prob[y] = 0.5 * keep + 0.5 * add;
    }
  }
  // |2X − T| ≥ observed  ⇔  X ≤ (T − observed)/2  or  X ≥ (T + observed)/2
  const low = Math.floor((total - observed) / 2);
  const high = Math.ceil((total + observed) / 2);
  let p = 0;
  for (let x = 0; x <= total; x++) if (x <= low || x >= high) p += prob[x] as number;
  return Math.min(1, p);
}

function enumerateExact(diffs: readonly number[]): number {
  const observed = Math.abs(diffs.reduce((s, d) => s + d, 0));
  const n = diffs.length;
  let extreme = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += mask & (1 << i) ? -(diffs[i] as number) : (diffs[i] as number);
    if (Math.abs(sum) >= observed - EPS) extreme++;
  }
  return extreme / 2 ** n;
}

function monteCarlo(diffs: readonly number[], seed: number, draws: number): number {
  const random = seededRandom(seed);
  const observed = Math.abs(diffs.reduce((s, d) => s + d, 0));
  let extreme = 0;
  for (let k = 0; k < draws; k++) {
    let sum = 0;
    for (const d of diffs) sum += random() < 0.5 ? -d : d;
    if (Math.abs(sum) >= observed - EPS) extreme++;
  }
  // The observed assignment counts as one draw: a p-value of exactly 0 would overstate certainty.
  return (extreme + 1) / (draws + 1);
}

/** Two-sided p of the observed sum under the sign-flip distribution's normal limit N(0, Σd²). */
function normalLimit(diffs: readonly number[]): number {
  let sum = 0;
  let squares = 0;
  for (const d of diffs) {
    sum += d;
    squares += d * d;
  }
  return Math.min(1, 2 * normalUpperTail(Math.abs(sum) / Math.sqrt(squares)));
}

/** P(Z > z) for a standard normal Z (Abramowitz & Stegun 7.1.26 via erfc; error < 1.5e-7). */
export function normalUpperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-x * x);
  return x >= 0 ? erfc / 2 : 1 - erfc / 2;
}
