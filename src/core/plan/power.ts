// How large a shift a paired run can detect, and how many cases it needs for a given one.
//
// The run's test (core/shift/paired.ts) is a sign-flip test on the per-case differences B − A of
// behaviour rates, Holm-corrected across the behaviours. Its power is approximated here by the
// normal approximation of a paired test at the Bonferroni level α/k (Holm's first step, the
// strictest), with the per-case differences' spread taken from the noise: A′ − A of earlier runs
// of the same suite, split into the part sampling adds (shrinks with more samples) and the part
// that differs between cases; without earlier runs, the worst case of pure sampling noise (a
// behaviour present half the time). A sign-flip test can also never reach α/k with fewer than
// `minimumCases` cases moving the same way, whatever their size: that sets a floor.
import { ALPHA } from '../shift/paired';

/** Per-case spread of the A′ − A differences, per behaviour. */
export interface NoiseModel {
  /** variance of a case's difference that does not shrink with samples (cases differ) */
  between: number;
  /** mean over cases of p(1 − p): the sampling variance of one output */
  bernoulli: number;
  /** 'runs': measured on earlier runs' A and A′; 'assumed': p = 0.5, no between-case part */
  from: 'runs' | 'assumed';
  /** cases it was measured on */
  cases: number;
}

export const ASSUMED_NOISE: NoiseModel = { between: 0, bernoulli: 0.25, from: 'assumed', cases: 0 };
export const DEFAULT_POWER = 0.8;

/** One case's counts of the behaviour in A and in A′. */
export interface NoisePair {
  a: { count: number; n: number };
  aPrime: { count: number; n: number };
  /** how many cases had these counts (a run's summary keeps each distinct pair once); default 1 */
  cases?: number;
}

/** The noise model from A and A′ of earlier runs (cases with both). */
export function noiseFromPairs(pairs: readonly NoisePair[]): NoiseModel {
  const usable = pairs.filter((p) => p.a.n > 0 && p.aPrime.n > 0);
  const n = usable.reduce((total, p) => total + (p.cases ?? 1), 0);
  if (n < 2) return ASSUMED_NOISE;
  let squares = 0;
  let sampling = 0;
  let bernoulli = 0;
  for (const { a, aPrime, cases = 1 } of usable) {
    const d = aPrime.count / aPrime.n - a.count / a.n;
    const p = (a.count + aPrime.count) / (a.n + aPrime.n);
    squares += cases * d * d;
    sampling += cases * p * (1 - p) * (1 / a.n + 1 / aPrime.n);
    bernoulli += cases * p * (1 - p);
  }
  // Under no shift the differences have mean 0: their mean square is their variance.
  return { between: Math.max(0, (squares - sampling) / n), bernoulli: bernoulli / n, from: 'runs', cases: n };
}

/**
 * Variance of one case's B − A difference with `samples` outputs on each side, when B's rate is
 * `shift` away from A's. A's rate is read back from the noise's p(1 − p) (the root at or below ½);
 * B's is taken `shift` toward ½, where outputs vary most, so the figure errs on the safe side.
 */
export function differenceVariance(noise: NoiseModel, samples: number, shift = 0): number {
  const p = (1 - Math.sqrt(Math.max(0, 1 - 4 * noise.bernoulli))) / 2;
  const shifted = p + shift >= 0.5 ? 0.25 : (p + shift) * (1 - p - shift);
  return noise.between + (noise.bernoulli + shifted) / samples;
}

/** The standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

export interface PowerOptions {
  /** behaviours tested together (Holm across them); default 7 */
  behaviours?: number;
  alpha?: number;
  power?: number;
}

function levels(options: PowerOptions): { k: number; alpha: number; zAlpha: number; zPower: number } {
  const k = options.behaviours ?? 7;
  const alpha = options.alpha ?? ALPHA;
  return { k, alpha, zAlpha: normalQuantile(1 - alpha / (2 * k)), zPower: normalQuantile(options.power ?? DEFAULT_POWER) };
}

/**
 * √n × the shift at which a sign-flip test has the asked power. Flipping signs judges the mean
 * difference against the differences' own spread, mean square included (v + shift²), while the
 * mean itself varies by v: hence two different spreads under the square roots.
 */
function requiredSignal(noise: NoiseModel, samples: number, shift: number, options: PowerOptions): number {
  const { zAlpha, zPower } = levels(options);
  const v = differenceVariance(noise, samples, shift);
  return zAlpha * Math.sqrt(v + shift * shift) + zPower * Math.sqrt(v);
}

/** The fewest cases that must all move the same way for the two-sided sign-flip p (2^(1−m)) to fall below α/k. */
export function minimumCases(options: PowerOptions = {}): number {
  const { k, alpha } = levels(options);
  let m = 1;
  while (2 ** (1 - m) >= alpha / k) m++;
  return m;
}

/**
 * The smallest shift in a behaviour's rate (0–1, either direction) that `cases` × `samples` would
 * detect with the given power; above 1 means no shift is detectable with this many cases.
 */
export function detectableShift(cases: number, samples: number, noise: NoiseModel, options: PowerOptions = {}): number {
  if (cases < 1) return Infinity;
  // The spreads depend on the shift: find the shift that is its own solution (rounds settle it
  // while zα/√n < 1; beyond that no shift is detectable by the noise alone).
  let shift = 0;
  for (let i = 0; i < 50; i++) shift = Math.min(2, requiredSignal(noise, samples, shift, options) / Math.sqrt(cases));
  return Math.max(shift, minimumCases(options) / cases);
}

/** Cases needed to detect `shift` with `samples` outputs per case and version. */
export function casesNeeded(shift: number, samples: number, noise: NoiseModel, options: PowerOptions = {}): number {
  if (!(shift > 0 && shift <= 1)) throw new RangeError(`the shift to detect must be in (0, 1], got ${shift}`);
  const byNoise = Math.ceil((requiredSignal(noise, samples, shift, options) / shift) ** 2);
  return Math.max(byNoise, Math.ceil(minimumCases(options) / shift));
}
