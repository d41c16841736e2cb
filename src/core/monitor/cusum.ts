// Drift of one behaviour's rate over a sequence of windows: a two-sided CUSUM on standardised
// per-window rates, with its alarm threshold calibrated by simulation so that, when nothing
// changes, the chance of any alarm over the whole sequence is at most the configured rate.
//
// Standardising: window t has x_t of n_t outputs with the behaviour; against a baseline of c0 of
// n0 (a fixed file or eval run; or, "self-starting", every window before t), with p̂ = (c0 + ½)/(n0 + 1),
//     z_t = (x_t − n_t p̂) / √(n_t p̂ (1 − p̂) (1 + n_t / n0))
// which is about N(0, 1) under no change, the baseline's own uncertainty included. Then
//     S⁺_t = max(0, S⁺_{t−1} + z_t − k),   S⁻_t = max(0, S⁻_{t−1} − z_t − k)
// and an alarm is raised at the first t with max(S⁺_t, S⁻_t) > h (k = ½: tuned to a one-standard-
// error shift per window). After an alarm the detector restarts from the new level: both sums go
// back to 0 and the baseline becomes, self-starting, the alarm window and the windows after it (for
// a fixed baseline too: the old level is gone), so a later change raises its own alarm. Calibrating h: the whole procedure (baseline estimate included) is
// re-run on M simulated sequences with the observed window sizes and no change (every count
// binomial with the pooled rate); h is set so that at most a lower 95 % confidence bound of
// M·α simulated sequences exceed it. The simulation error of M then errs on the side of fewer false
// alarms, and the false-alarm rate is ≤ α with 95 % confidence, not only on average. Restarts do not
// change this: with no change, any alarm means a first alarm, which is what the simulation counts.
import { seededRandom, type Random } from '../shift/random';

export interface Counts {
  count: number;
  n: number;
}

/** `running`: each window against all windows before it (self-starting), after `warmup` windows. */
export type DriftBaseline = { kind: 'running'; warmup: number } | { kind: 'fixed'; count: number; n: number };

export interface DriftOptions {
  /** chance of any false alarm over the sequence, for this one test */
  alpha: number;
  seed: number;
  /** the CUSUM's reference value (½: a shift of one standard error a window) */
  k?: number;
  /** simulated sequences (default: enough for ~50 exceedances at α, within a work budget) */
  simulations?: number;
}

export interface Alarm {
  window: number;
  direction: 'increase' | 'decrease';
  statistic: number;
  /** the first window of the level the alarm departs from: 0, or the window after which the
   *  detector restarted (the previous alarm's window); undefined while the fixed baseline held */
  since?: number;
}

export interface DriftResult {
  threshold: number;
  simulations: number;
  /** max(S⁺, S⁻) after each window; null where not monitored (warm-up, empty window) */
  statistic: (number | null)[];
  /** the first alarm (the one a false-alarm rate is about) */
  alarm?: Alarm;
  /** every alarm, in window order: each after the detector restarted from the previous one's level */
  alarms: Alarm[];
}

export const DEFAULT_K = 0.5;
/** simulated windows in all (simulations × windows) above which fewer simulations are run */
const WORK_BUDGET = 4_000_000;
const MIN_SIMULATIONS = 1000;
const MAX_SIMULATIONS = 20_000;

interface Pass {
  /** the largest statistic reached (stopping at the first crossing of `stopAbove`) */
  max: number;
  statistic?: (number | null)[];
  alarms: Alarm[];
}

/**
 * One CUSUM pass over `series`. Calibrating (`record` false) it stops at the first crossing of
 * `stopAbove` (Infinity: never); recording, it notes every window's statistic and restarts after
 * each alarm from the alarm window's level, self-starting, with the same warm-up.
 */
function cusumPass(series: readonly Counts[], baseline: DriftBaseline, k: number, stopAbove: number, record: boolean): Pass {
  let fixed = baseline.kind === 'fixed';
  const warmup = baseline.kind === 'running' ? baseline.warmup : 1;
  let c0 = baseline.kind === 'fixed' ? baseline.count : 0;
  let n0 = baseline.kind === 'fixed' ? baseline.n : 0;
  let up = 0;
  let down = 0;
  let max = 0;
  let seen = 0;
  let since: number | undefined = fixed ? undefined : 0;
  const alarms: Alarm[] = [];
  const statistic: (number | null)[] | undefined = record ? [] : undefined;
  for (let t = 0; t < series.length; t++) {
    const { count: x, n } = series[t] as Counts;
    if (n === 0) {
      statistic?.push(null);
      continue;
    }
    const monitored = fixed || seen >= warmup;
    seen++;
    if (monitored && n0 > 0) {
      const z = standardised(x, n, c0, n0);
      up = Math.max(0, up + z - k);
      down = Math.max(0, down - z - k);
      const s = Math.max(up, down);
      statistic?.push(s);
      if (s > max) max = s;
      if (s > stopAbove) {
        const alarm: Alarm = { window: t, direction: up >= down ? 'increase' : 'decrease', statistic: s };
        if (since !== undefined) alarm.since = since;
        alarms.push(alarm);
        if (!record) return { max, alarms };
        // restart from the new level: this window is the new baseline's first
        fixed = false;
        up = down = 0;
        c0 = x;
        n0 = n;
        seen = 1;
        since = t;
        continue;
      }
    } else statistic?.push(null);
    if (!fixed) {
      c0 += x;
      n0 += n;
    }
  }
  const pass: Pass = { max, alarms };
  if (statistic) pass.statistic = statistic;
  return pass;
}

/**
 * A window of x in n against a baseline of c0 in n0: about N(0, 1) when the rate has not changed,
 * the baseline's own uncertainty included. Also the monitor's per-window test (windowTest).
 */
export function standardised(x: number, n: number, c0: number, n0: number): number {
  const p = (c0 + 0.5) / (n0 + 1);
  return (x - n * p) / Math.sqrt(n * p * (1 - p) * (1 + n / n0));
}

function gaussian(random: Random): number {
  const u = 1 - random(); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Binomial(n, p) draw: exact for small n or small variance, normal beyond (variance ≥ 25). */
export function binomialDraw(n: number, p: number, random: Random): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const variance = n * p * (1 - p);
  if (variance >= 25) return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(variance) * gaussian(random))));
  if (n <= 64) {
    let x = 0;
    for (let i = 0; i < n; i++) if (random() < p) x++;
    return x;
  }
  // inversion on the smaller tail: n·q < 50 here, so (1 − q)^n stays far from underflow
  const q = Math.min(p, 1 - p);
  let x = 0;
  let prob = Math.pow(1 - q, n);
  let u = random();
  while (u > prob && x < n) {
    u -= prob;
    prob *= ((n - x) / (x + 1)) * (q / (1 - q));
    x++;
  }
  return p <= 0.5 ? x : n - x;
}

/** The threshold h: at most a lower 95 % confidence bound of M·α simulated null maxima exceed it. */
export function calibrateThreshold(series: readonly Counts[], baseline: DriftBaseline, options: DriftOptions): { threshold: number; simulations: number } {
  const k = options.k ?? DEFAULT_K;
  const windows = Math.max(1, series.filter((s) => s.n > 0).length);
  const wanted = options.simulations ?? Math.ceil(50 / options.alpha);
  const simulations = Math.max(MIN_SIMULATIONS, Math.min(wanted, MAX_SIMULATIONS, Math.floor(WORK_BUDGET / windows)));
  let count = 0;
  let n = 0;
  for (const s of series) {
    count += s.count;
    n += s.n;
  }
  if (baseline.kind === 'fixed') {
    count += baseline.count;
    n += baseline.n;
  }
  const p = n ? count / n : 0;
  const random = seededRandom(options.seed);
  const maxima = new Float64Array(simulations);
  const simulated: Counts[] = series.map((s) => ({ count: 0, n: s.n }));
  for (let m = 0; m < simulations; m++) {
    for (const s of simulated) s.count = binomialDraw(s.n, p, random);
    const base: DriftBaseline = baseline.kind === 'fixed' ? { kind: 'fixed', n: baseline.n, count: binomialDraw(baseline.n, p, random) } : baseline;
    maxima[m] = cusumPass(simulated, base, k, Infinity, false).max;
  }
  maxima.sort();
  const expected = simulations * options.alpha;
  const allowed = Math.max(0, Math.floor(expected - 1.645 * Math.sqrt(expected * (1 - options.alpha))));
  // strictly above the threshold: at most `allowed` of the simulated maxima
  return { threshold: maxima[simulations - 1 - allowed] as number, simulations };
}

/** Calibrates h for `series`, then finds every window whose statistic exceeds it (restarting after each). */
export function detectDrift(series: readonly Counts[], baseline: DriftBaseline, options: DriftOptions): DriftResult {
  const { threshold, simulations } = calibrateThreshold(series, baseline, options);
  const pass = cusumPass(series, baseline, options.k ?? DEFAULT_K, threshold, true);
  const result: DriftResult = { threshold, simulations, statistic: pass.statistic ?? [], alarms: pass.alarms };
  if (pass.alarms[0]) result.alarm = pass.alarms[0];
  return result;
}
