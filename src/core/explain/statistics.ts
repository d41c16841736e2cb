// Which hunk moved a behaviour: per-hunk effects from both directions, with intervals, a paired
// sign-flip test, Holm across the hunks, a check that the effects add up, and pair interactions.
//
// Every arm is compared with FRESH draws of the version it starts from: A+h against A′ (A run
// again in the parent run) and B−h against B′ (B run again by the explain run). The parent's own A
// and B outputs are never used: the cases to explain were chosen because those outputs differed,
// so comparing with them would show an effect for any hunk (regression to the mean). Under "the
// hunk does nothing", A+h and A′ are draws of one distribution, and so are B′ and B−h: each
// case's difference is symmetric around zero and the sign-flip test is exact.
import { holmAdjust, seededRandom, seedFromString, signFlipTest, type Tally } from '../shift';

export const ATTRIBUTION_ALPHA = 0.05;

/** One case's outputs in every arm, for one behaviour: how many showed it, of how many. */
export interface CaseArms {
  /** A′ (fresh draws of A) and B′ (fresh draws of B) */
  aPrime: Tally;
  bPrime: Tally;
  /** A+h and B−h, one per hunk, in hunk order */
  plus: readonly Tally[];
  minus: readonly Tally[];
  /** for a tested pair "i,j" (hunk indices, i < j): A with both applied, B with both reverted */
  pairs?: ReadonlyMap<string, { plus: Tally; minus: Tally }>;
}

export interface Estimate {
  /** mean over cases of the per-case difference in rate (−1…1) */
  effect: number;
  ci95: [number, number];
}

export interface TestedEstimate extends Estimate {
  pValue: number;
  cases: number;
}

export interface HunkEffect extends TestedEstimate {
  /** index of the hunk in the input */
  hunk: number;
  /** A+h − A′ and B′ − B−h; `effect` is their mean */
  fromA: Estimate;
  fromB: Estimate;
  pAdjusted: number;
  significant: boolean;
  /** effect ÷ the total shift on these cases (null when there is no shift) */
  share: number | null;
}

export interface PairEffect extends TestedEstimate {
  hunks: [number, number];
  /** the joint effect's p, Holm-corrected across the pairs */
  pAdjusted: number;
  significant: boolean;
  /** how far the pair's joint effect is from the two edits adding up (second differences from A and from B, averaged) */
  interaction: TestedEstimate & { pAdjusted: number; significant: boolean };
}

export interface BehaviourAttribution {
  /** B′ − A′ on the explained cases: the shift the hunks share out */
  shift: TestedEstimate;
  effects: HunkEffect[];
  /** the shift minus the sum of the hunk effects measured from A (and from B): what the hunks one by one do not explain */
  residual: { fromA: TestedEstimate; fromB: TestedEstimate };
  /** the effects do not add up: a residual is significant (Holm over the two sides) */
  interaction: boolean;
  pairs: PairEffect[];
}

export interface AttributionOptions {
  alpha?: number;
  /** bootstrap resamples for the intervals (default 2000) */
  resamples?: number;
  /** fixes the bootstrap and Monte-Carlo draws (e.g. the behaviour's name) */
  seedKey?: string;
}

const rate = (t: Tally) => t.count / t.n;
const has = (...ts: Tally[]) => ts.every((t) => t.n > 0);

function gcd(x: number, y: number): number {
  while (y) [x, y] = [y, x % y];
  return x;
}

/** The lattice the per-case differences sit on (1 / lcm of the sample counts, halved for means of two). */
function latticeOf(tallies: Iterable<Tally>, halves: boolean): number | undefined {
  let l = 1;
  for (const t of tallies) {
    if (t.n <= 0) continue;
    l = (l * t.n) / gcd(l, t.n);
    if (l > 1e5) return undefined;
  }
  return halves ? 2 * l : l;
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

/** Percentile bootstrap interval of the mean over cases. */
function bootstrap(xs: readonly number[], resamples: number, seed: number): [number, number] {
  if (xs.length === 0) return [0, 0];
  if (xs.every((x) => x === xs[0])) return [xs[0]!, xs[0]!];
  const random = seededRandom(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += xs[Math.floor(random() * xs.length)]!;
    means[r] = sum / xs.length;
  }
  means.sort();
  return [means[Math.floor(0.025 * (resamples - 1))]!, means[Math.ceil(0.975 * (resamples - 1))]!];
}

function estimate(xs: readonly number[], resamples: number, seed: number): Estimate {
  return { effect: mean(xs), ci95: bootstrap(xs, resamples, seed) };
}

function tested(xs: readonly number[], lattice: number | undefined, resamples: number, seed: number): TestedEstimate {
  const p = signFlipTest(xs, { ...(lattice ? { lattice } : {}), seed }).pValue;
  return { ...estimate(xs, resamples, seed), pValue: p, cases: xs.length };
}

/** Attributes one behaviour's shift to the hunks. `cases` hold every arm's tallies for that behaviour. */
export function attributeBehaviour(cases: readonly CaseArms[], hunkCount: number, options: AttributionOptions = {}): BehaviourAttribution {
  const alpha = options.alpha ?? ATTRIBUTION_ALPHA;
  const resamples = options.resamples ?? 2000;
  const seed = (salt: string) => seedFromString(`${options.seedKey ?? ''}/${salt}`);
  const allTallies = cases.flatMap((c) => [c.aPrime, c.bPrime, ...c.plus, ...c.minus, ...[...(c.pairs?.values() ?? [])].flatMap((p) => [p.plus, p.minus])]);
  const lattice = latticeOf(allTallies, true);

  const base = cases.filter((c) => has(c.aPrime, c.bPrime));
  const shift = tested(base.map((c) => rate(c.bPrime) - rate(c.aPrime)), latticeOf(allTallies, false), resamples, seed('shift'));

  const raw = Array.from({ length: hunkCount }, (_, i) => {
    const usable = base.filter((c) => has(c.plus[i]!, c.minus[i]!));
    const fromA = usable.map((c) => rate(c.plus[i]!) - rate(c.aPrime));
    const fromB = usable.map((c) => rate(c.bPrime) - rate(c.minus[i]!));
    const both = fromA.map((x, k) => (x + fromB[k]!) / 2);
    return {
      hunk: i,
      ...tested(both, lattice, resamples, seed(`h${i}`)),
      fromA: estimate(fromA, resamples, seed(`h${i}/a`)),
      fromB: estimate(fromB, resamples, seed(`h${i}/b`)),
    };
  });
  const adjusted = holmAdjust(raw.map((r) => r.pValue));
  const effects: HunkEffect[] = raw.map((r, i) => ({
    ...r,
    pAdjusted: adjusted[i]!,
    significant: adjusted[i]! < alpha && r.effect !== 0,
    share: Math.abs(shift.effect) > 1e-12 ? r.effect / shift.effect : null,
  }));

  // What the hunks one by one leave unexplained, from each side, on the cases where every arm has
  // outputs. Averaged over the two sides two interacting hunks can look additive (an edit that only
  // works with another shows as half the shift each), so each side is tested on its own.
  const complete = base.filter((c) => c.plus.every((t) => t.n > 0) && c.minus.every((t) => t.n > 0));
  const leftover = (side: (c: CaseArms, i: number) => number) =>
    complete.map((c) => {
      let sum = 0;
      for (let i = 0; i < hunkCount; i++) sum += side(c, i);
      return rate(c.bPrime) - rate(c.aPrime) - sum;
    });
  const residualA = tested(leftover((c, i) => rate(c.plus[i]!) - rate(c.aPrime)), latticeOf(allTallies, false), resamples, seed('residual/a'));
  const residualB = tested(leftover((c, i) => rate(c.bPrime) - rate(c.minus[i]!)), latticeOf(allTallies, false), resamples, seed('residual/b'));
  const [adjA, adjB] = holmAdjust([residualA.pValue, residualB.pValue]) as [number, number];
  const interaction = (adjA < alpha && residualA.effect !== 0) || (adjB < alpha && residualB.effect !== 0);

  const pairKeys = [...new Set(cases.flatMap((c) => [...(c.pairs?.keys() ?? [])]))];
  const pairsRaw = pairKeys.map((key) => {
    const [i, j] = key.split(',').map(Number) as [number, number];
    const usable = base.filter((c) => {
      const p = c.pairs?.get(key);
      return p && has(p.plus, p.minus, c.plus[i]!, c.minus[i]!, c.plus[j]!, c.minus[j]!);
    });
    const joint = usable.map((c) => {
      const p = c.pairs!.get(key)!;
      return (rate(p.plus) - rate(c.aPrime) + rate(c.bPrime) - rate(p.minus)) / 2;
    });
    // The second difference on each side (both together, minus each alone, plus neither), averaged:
    // zero when the two edits add up. (The joint effect minus the two averaged effects would cancel
    // out for two hunks: what one side shows as synergy the other shows as redundancy.)
    const interaction = usable.map((c) => {
      const p = c.pairs!.get(key)!;
      const fromA = rate(p.plus) - rate(c.plus[i]!) - rate(c.plus[j]!) + rate(c.aPrime);
      const fromB = rate(p.minus) - rate(c.minus[i]!) - rate(c.minus[j]!) + rate(c.bPrime);
      return (fromA + fromB) / 2;
    });
    return { hunks: [i, j] as [number, number], ...tested(joint, lattice, resamples, seed(`p${key}`)), interaction: tested(interaction, lattice, resamples, seed(`p${key}/x`)) };
  });
  const pairAdjusted = holmAdjust(pairsRaw.map((p) => p.interaction.pValue));
  const jointAdjusted = holmAdjust(pairsRaw.map((p) => p.pValue));
  const pairs: PairEffect[] = pairsRaw.map((p, k) => ({
    ...p,
    pAdjusted: jointAdjusted[k]!,
    significant: jointAdjusted[k]! < alpha && p.effect !== 0,
    interaction: { ...p.interaction, pAdjusted: pairAdjusted[k]!, significant: pairAdjusted[k]! < alpha && p.interaction.effect !== 0 },
  }));

  return { shift, effects, residual: { fromA: residualA, fromB: residualB }, interaction, pairs };
}
