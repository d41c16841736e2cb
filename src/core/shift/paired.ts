// Per-behaviour paired shift statistics: rates with Wilson intervals for A, A′ and B, a paired test
// over cases, Holm correction across behaviours, and the noise rule: a shift is significant only
// when the corrected p < 0.05 AND B moved further from A than A′ (A run again) did.
import { holmAdjust } from './holm';
import { wilsonInterval } from './interval';
import { mcnemarExact } from './mcnemar';
import { seedFromString } from './random';
import { signFlipTest } from './signFlip';

export const ALPHA = 0.05;

/** How many of a case's outputs on one side show the behaviour, of how many judged. */
export interface Tally {
  count: number;
  n: number;
}

export interface CaseTallies {
  a: Tally;
  b: Tally;
  aPrime?: Tally;
}

export interface Rate {
  rate: number;
  ci95: [number, number];
  count: number;
  n: number;
}

export type PairedTestName = 'mcnemar-exact' | 'sign-flip-exact' | 'sign-flip-monte-carlo' | 'sign-flip-normal' | 'none';

export interface ShiftStatistics {
  a: Rate;
  b: Rate;
  aPrime: Rate | null;
  /** B − A over all outputs */
  delta: number;
  /** |A′ − A|; null without a baseline */
  noiseDelta: number | null;
  pValue: number;
  test: PairedTestName;
  direction: 'increase' | 'decrease' | 'none';
  /** cases whose majority went false→true / true→false */
  flipsUp: number;
  flipsDown: number;
  /** cases judged on both sides */
  pairedCases: number;
}

export interface DecidedShift extends ShiftStatistics {
  pAdjusted: number;
  significant: boolean;
}

export function pooledRate(tallies: readonly Tally[]): Rate {
  let count = 0;
  let n = 0;
  for (const t of tallies) {
    count += t.count;
    n += t.n;
  }
  return { rate: n ? count / n : 0, ci95: wilsonInterval(count, n), count, n };
}

/** A case shows a behaviour "by majority" when more than half its outputs do. */
export function majority(t: Tally): boolean {
  return t.n > 0 && t.count * 2 > t.n;
}

function gcd(x: number, y: number): number {
  while (y) [x, y] = [y, x % y];
  return x;
}

/** The paired statistics of one behaviour; `seedKey` (the behaviour name) fixes Monte-Carlo draws. */
export function pairedShift(cases: readonly CaseTallies[], seedKey = ''): ShiftStatistics {
  const a = pooledRate(cases.map((c) => c.a));
  const b = pooledRate(cases.map((c) => c.b));
  const withBaseline = cases.filter((c) => c.aPrime && c.aPrime.n > 0);
  const aPrime = withBaseline.length ? pooledRate(withBaseline.map((c) => c.aPrime as Tally)) : null;
  // The noise is measured on the cases that have A′, against A on those same cases.
  const noiseDelta = aPrime ? Math.abs(aPrime.rate - pooledRate(withBaseline.map((c) => c.a)).rate) : null;

  const paired = cases.filter((c) => c.a.n > 0 && c.b.n > 0);
  let flipsUp = 0;
  let flipsDown = 0;
  for (const c of paired) {
    const from = majority(c.a);
    const to = majority(c.b);
    if (!from && to) flipsUp++;
    else if (from && !to) flipsDown++;
  }

  let pValue = 1;
  let test: PairedTestName = 'none';
  if (paired.length > 0) {
    if (paired.every((c) => c.a.n === 1 && c.b.n === 1)) {
      let onlyA = 0;
      let onlyB = 0;
      for (const c of paired) {
        if (c.a.count && !c.b.count) onlyA++;
        else if (!c.a.count && c.b.count) onlyB++;
      }
      pValue = mcnemarExact(onlyA, onlyB);
      test = 'mcnemar-exact';
    } else {
      let lattice = 1;
      for (const c of paired) {
        lattice = (lattice * c.a.n) / gcd(lattice, c.a.n);
        lattice = (lattice * c.b.n) / gcd(lattice, c.b.n);
        if (lattice > 1e6) break; // odd sample counts everywhere: let the test fall back
      }
      const diffs = paired.map((c) => c.b.count / c.b.n - c.a.count / c.a.n);
      const result = signFlipTest(diffs, { lattice, seed: seedFromString(seedKey) });
      pValue = result.pValue;
      test = result.method === 'exact' ? 'sign-flip-exact' : result.method === 'normal' ? 'sign-flip-normal' : 'sign-flip-monte-carlo';
    }
  }

  const delta = b.rate - a.rate;
  const direction = Math.abs(delta) < 1e-12 ? 'none' : delta > 0 ? 'increase' : 'decrease';
  return { a, b, aPrime, delta, noiseDelta, pValue, test, direction, flipsUp, flipsDown, pairedCases: paired.length };
}

/** Holm across the behaviours given together, then the noise rule. */
export function decideShifts<K extends string>(stats: Record<K, ShiftStatistics>, alpha = ALPHA): Record<K, DecidedShift> {
  const keys = Object.keys(stats) as K[];
  const adjusted = holmAdjust(keys.map((k) => stats[k].pValue));
  const out = {} as Record<K, DecidedShift>;
  keys.forEach((k, i) => {
    const s = stats[k];
    const pAdjusted = adjusted[i] as number;
    const aboveNoise = s.noiseDelta === null || Math.abs(s.delta) > s.noiseDelta;
    out[k] = { ...s, pAdjusted, significant: pAdjusted < alpha && aboveNoise && s.direction !== 'none' };
  });
  return out;
}
