// Builds the shift report (CONTRACTS.md §3) from outputs whose behaviours are already detected.
// Pure and fast: no I/O, one pass over the samples, statistics from ../shift.
import { BEHAVIOURS } from '../behaviour/types';
import { decideShifts, majority, pairedShift, jaccard, tokenSet, type CaseTallies, type ShiftStatistics, type DecidedShift, type TokenSet } from '../shift';
import type { CaseIn, Gates, ReportInput, SampleIn } from './input';
import { pct, pFormat, points, reportedP } from './format';
import { customCardOf, detectorCardOf } from './detectorCards';
import { DETECTORS_VERSION } from '../behaviour';
import type { BehaviourSummary, CaseReport, CaseShift, GateResult, SampleResult, ShiftReport } from './schema';

/** Evidence spans copied into each case shift per sample (the sample itself keeps all of them). */
const SHIFT_SPANS_PER_SAMPLE = 3;

function judged(samples: readonly SampleIn[] | undefined): SampleIn[] {
  return samples ? samples.filter((s) => s.error === undefined) : [];
}

/**
 * How many samples show each behaviour (`counts`) and how many have no verdict on it (`unscored`: a
 * judged behaviour whose judge failed on that output), in `names` order: one pass over the samples.
 */
function countAll(samples: readonly SampleIn[], names: readonly string[]): { counts: Int32Array; unscored: Int32Array } {
  const counts = new Int32Array(names.length);
  const unscored = new Int32Array(names.length);
  for (const s of samples) {
    const d = s.detections;
    for (let k = 0; k < names.length; k++) {
      const found = d[names[k] as string];
      if (found === undefined) unscored[k] = (unscored[k] as number) + 1;
      else if (found.present) counts[k] = (counts[k] as number) + 1;
    }
  }
  return { counts, unscored };
}

function sampleResult(s: SampleIn, names: readonly string[]): SampleResult {
  const behaviours = {} as SampleResult['behaviours'];
  const evidence: NonNullable<SampleResult['evidence']> = {};
  let anyEvidence = false;
  for (const b of names) {
    const d = s.error === undefined ? s.detections[b] : undefined;
    behaviours[b] = d?.present ?? false;
    if (d?.present && d.spans.length) {
      evidence[b] = d.spans.map((sp) => ({ start: sp.start, end: sp.end, text: sp.text, reason: sp.reason }));
      anyEvidence = true;
    }
  }
  const out: SampleResult = { output: s.output, behaviours };
  if (anyEvidence) out.evidence = evidence;
  return copyDefined(out, s, ['asserts', 'error', 'latencyMs', 'cached', 'judge', 'judgeError']);
}

/** Copies the named fields that `source` sets: an optional field stays absent, never `undefined`. */
function copyDefined<T extends object, K extends keyof T>(target: T, source: Partial<Pick<T, K>>, keys: readonly K[]): T {
  for (const k of keys) if (source[k] !== undefined) target[k] = source[k] as T[K];
  return target;
}

function shiftEvidence(c: CaseIn, behaviour: string): CaseShift['evidence'] {
  const refs: CaseShift['evidence'] = [];
  for (const side of ['a', 'b'] as const) {
    c[side].forEach((s, sample) => {
      const d = s.error === undefined ? s.detections[behaviour] : undefined;
      if (!d?.present) return;
      for (const sp of d.spans.slice(0, SHIFT_SPANS_PER_SAMPLE)) {
        refs.push({ side, sample, start: sp.start, end: sp.end, text: sp.text, reason: sp.reason });
      }
    });
  }
  return refs;
}

/** Mean token-set similarity of paired samples (i-th with i-th), or undefined when none pair up. */
function meanSimilarity(x: readonly SampleIn[], y: readonly SampleIn[], tokens: (s: SampleIn) => TokenSet): number | undefined {
  const pairs = Math.min(x.length, y.length);
  if (pairs === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < pairs; i++) sum += jaccard(tokens(x[i] as SampleIn), tokens(y[i] as SampleIn));
  return sum / pairs;
}

function ratio(x: number | null, y: number | null): number | null {
  return x === null || y === null || y === 0 ? null : x / y;
}


export function evaluateGates(gates: Gates | undefined, behaviours: Record<string, BehaviourSummary>, names: readonly string[] = BEHAVIOURS): GateResult[] {
  if (!gates) return [];
  const results: GateResult[] = [];
  for (const behaviour of names) {
    const rule = gates[behaviour];
    const s = behaviours[behaviour];
    if (!rule || !s) continue;
    const moved = s.delta > 0 ? 'increase' : s.delta < 0 ? 'decrease' : 'none';
    const failed = s.significant && (rule === 'any' ? moved !== 'none' : moved === rule);
    const change = `${pct(s.a.rate)} → ${pct(s.b.rate)} (Δ ${points(s.delta)} pts, p ${pFormat(reportedP(s))})`;
    const message = failed
      ? `${behaviour}: significant ${moved} ${change}; the suite forbids ${rule === 'any' ? 'any change' : `${rule === 'increase' ? 'an' : 'a'} ${rule}`}`
      : `${behaviour}: no significant ${rule === 'any' ? 'change' : rule} ${change}`;
    results.push({ behaviour, rule, failed, message });
  }
  return results;
}

/** A behaviour's summary in the report from its decided statistics (also used by streamed `compare`). */
export function summaryOf(s: DecidedShift): BehaviourSummary {
  return {
    a: s.a,
    b: s.b,
    aPrime: s.aPrime,
    delta: s.delta,
    noiseDelta: s.noiseDelta,
    pValue: s.pValue,
    pAdjusted: s.pAdjusted,
    significant: s.significant,
    test: s.test,
    direction: s.direction,
    flipsUp: s.flipsUp,
    flipsDown: s.flipsDown,
    pairedCases: s.pairedCases,
  };
}

export function buildReport(input: ReportInput): ShiftReport {
  const builder = new ReportBuilder(input, input.cases.length);
  return builder.report(input.cases.map((c) => builder.add(c)));
}

/** A case's section of the report and its behaviour tallies (in `names` order): a function of the case alone. */
export function caseSection(c: CaseIn, names: readonly string[]): { report: CaseReport; tallies: CaseTallies[]; flips: CaseShift[]; judged: { a: SampleIn[]; b: SampleIn[]; aPrime: SampleIn[] | undefined } } {
  const j = { a: judged(c.a), b: judged(c.b), aPrime: c.aPrime ? judged(c.aPrime) : undefined };
  const counted = { a: countAll(j.a, names), b: countAll(j.b, names), aPrime: j.aPrime ? countAll(j.aPrime, names) : undefined };
  // an output with no verdict on a behaviour is left out of its rate
  const tallies = names.map((_, k): CaseTallies => {
    const t: CaseTallies = { a: { count: counted.a.counts[k] as number, n: j.a.length - (counted.a.unscored[k] as number) }, b: { count: counted.b.counts[k] as number, n: j.b.length - (counted.b.unscored[k] as number) } };
    if (j.aPrime && counted.aPrime) t.aPrime = { count: counted.aPrime.counts[k] as number, n: j.aPrime.length - (counted.aPrime.unscored[k] as number) };
    return t;
  });
  const shifts: CaseShift[] = [];
  names.forEach((behaviour, k) => {
    const t = tallies[k] as CaseTallies;
    if (t.a.n === 0 || t.b.n === 0) return;
    const from = t.a.count / t.a.n;
    const to = t.b.count / t.b.n;
    if (from === to) return;
    shifts.push({ behaviour, from, to, evidence: shiftEvidence(c, behaviour), flip: majority(t.a) !== majority(t.b) });
  });
  const flips = shifts.filter((s) => s.flip); // in behaviour order, as the summary lists them
  shifts.sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from));
  const report: CaseReport = {
    id: c.id,
    a: { samples: c.a.map((s) => sampleResult(s, names)) },
    b: { samples: c.b.map((s) => sampleResult(s, names)) },
    shifts,
    strength: shifts.length ? Math.abs((shifts[0] as CaseShift).to - (shifts[0] as CaseShift).from) : 0,
  };
  if (c.input !== undefined) report.input = c.input;
  if (c.vars !== undefined) report.vars = c.vars;
  if (c.expect !== undefined) report.expect = c.expect;
  if (c.aPrime) report.aPrime = { samples: c.aPrime.map((s) => sampleResult(s, names)) };
  // token sets live only while their case is built: a large run never holds them all
  const cache = new Map<SampleIn, TokenSet>();
  const tokens = (s: SampleIn): TokenSet => {
    let t = cache.get(s);
    if (!t) cache.set(s, (t = tokenSet(s.output)));
    return t;
  };
  const ab = meanSimilarity(j.a, j.b, tokens);
  if (ab !== undefined) report.similarityAB = ab;
  const aa = j.aPrime ? meanSimilarity(j.a, j.aPrime, tokens) : undefined;
  if (aa !== undefined) report.similarityAA = aa;
  return { report, tallies, flips, judged: j };
}

/**
 * One behaviour's tallies of every case, six numbers a case in one growing array (A count and n,
 * B count and n, A′ count and n, or -1 without A′): a large run's summary keeps no object per case.
 */
class TallyColumn {
  private data: Int32Array;
  private length = 0;

  /** `cases`: how many cases will be added, when known: room for exactly those, never grown (grown by doubling, the copies left behind were ~10 MB at 33,000 cases; issue 17) */
  constructor(cases = 1024) {
    this.data = new Int32Array(6 * Math.max(1, cases));
  }

  push(t: CaseTallies): void {
    if (this.length + 6 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const i = this.length;
    d[i] = t.a.count;
    d[i + 1] = t.a.n;
    d[i + 2] = t.b.count;
    d[i + 3] = t.b.n;
    d[i + 4] = t.aPrime ? t.aPrime.count : -1;
    d[i + 5] = t.aPrime ? t.aPrime.n : -1;
    this.length += 6;
  }

  /** The tallies as the statistics take them (made when asked, one behaviour at a time). */
  tallies(): CaseTallies[] {
    const d = this.data;
    const out: CaseTallies[] = [];
    for (let i = 0; i < this.length; i += 6) {
      const t: CaseTallies = { a: { count: d[i]!, n: d[i + 1]! }, b: { count: d[i + 2]!, n: d[i + 3]! } };
      if (d[i + 5]! >= 0) t.aPrime = { count: d[i + 4]!, n: d[i + 5]! };
      out.push(t);
    }
    return out;
  }
}

/** A running sum and count (a mean built one case at a time, summed in case order as before). */
class Sum {
  total = 0;
  n = 0;
  add(x: number): void {
    this.total += x;
    this.n++;
  }
  mean(): number | null {
    return this.n ? this.total / this.n : null;
  }
}

/**
 * The report built one case at a time (issue 17): `add` gives each case's section as it comes and
 * keeps only what the summary needs of it (its behaviour tallies, flips, sums), so a caller can
 * write the sections out and drop them; `report` puts the summary together at the end. Every figure
 * is the one a whole build gives, summed in the same order.
 */
export class ReportBuilder {
  readonly names: string[];
  private readonly tallies: TallyColumn[];
  private readonly flips: NonNullable<ShiftReport['summary']['flips']> = [];
  private readonly similarity = { ab: new Sum(), aa: new Sum() };
  private readonly lengths = { a: new Sum(), b: new Sum(), aPrime: new Sum() };
  private readonly asserts = { a: new Sum(), b: new Sum() };
  private readonly judge: { behaviours: readonly string[]; errors: number; counts: { judged: number; agree: number; judgeYes: number; detectorYes: number }[] } | undefined;
  private cases = 0;
  private samples = 0;
  private hasBaseline = false;

  /** `cases`: how many cases will be added, when known (their tallies then take exactly the room they need) */
  constructor(
    private readonly input: Omit<ReportInput, 'cases'>,
    cases?: number,
  ) {
    // the built-in seven, then the suite's own behaviours: each gets the same statistics
    this.names = [...BEHAVIOURS, ...(input.custom ?? []).map((c) => c.name)];
    this.tallies = this.names.map(() => new TallyColumn(cases));
    if (input.judge) {
      const behaviours = input.judge.behaviours ?? BEHAVIOURS;
      this.judge = { behaviours, errors: 0, counts: behaviours.map(() => ({ judged: 0, agree: 0, judgeYes: 0, detectorYes: 0 })) };
    }
  }

  /** The case's section of the report; the summary keeps its share. */
  add(c: CaseIn): CaseReport {
    const { report, tallies, flips, judged: j } = caseSection(c, this.names);
    tallies.forEach((t, k) => (this.tallies[k] as TallyColumn).push(t));
    for (const s of flips) this.flips.push({ id: c.id, behaviour: s.behaviour, from: s.from, to: s.to, direction: s.to > s.from ? 'increase' : 'decrease' });
    if (report.similarityAB !== undefined) this.similarity.ab.add(report.similarityAB);
    if (report.similarityAA !== undefined) this.similarity.aa.add(report.similarityAA);
    for (const s of j.a) this.lengths.a.add(s.output.length);
    for (const s of j.b) this.lengths.b.add(s.output.length);
    for (const s of j.aPrime ?? []) this.lengths.aPrime.add(s.output.length);
    if (j.aPrime && j.aPrime.length) this.hasBaseline = true;
    for (const side of ['a', 'b'] as const) for (const s of c[side]) for (const r of s.asserts ?? []) this.asserts[side].add(r.pass ? 1 : 0);
    if (this.judge) this.countJudge([...j.a, ...j.b, ...(j.aPrime ?? [])]);
    this.cases++;
    this.samples = Math.max(this.samples, c.a.length, c.b.length);
    return report;
  }

  /** How often the judge model agrees with the detectors, per behaviour it judged. */
  private countJudge(samples: readonly SampleIn[]): void {
    const judge = this.judge!;
    for (const s of samples) {
      if (s.judgeError !== undefined) judge.errors++;
      judge.behaviours.forEach((b, k) => {
        const verdict = s.judge?.[b as keyof NonNullable<SampleIn['judge']>];
        if (verdict === undefined) return;
        const detected = s.detections[b]?.present ?? false;
        const count = judge.counts[k]!;
        count.judged++;
        if (verdict === detected) count.agree++;
        if (verdict) count.judgeYes++;
        if (detected) count.detectorYes++;
      });
    }
  }

  /** The report of the cases added, with `cases` as its case list (all of them, or none for a writer that streams them). */
  report(cases: CaseReport[]): ShiftReport {
    const { input, names } = this;
    const stats = {} as Record<string, ShiftStatistics>;
    names.forEach((behaviour, k) => (stats[behaviour] = pairedShift((this.tallies[k] as TallyColumn).tallies(), behaviour)));
    const decided = decideShifts(stats);
    // every built-in behaviour is set here (names starts with them), as the schema requires
    const behaviours = {} as ShiftReport['summary']['behaviours'];
    for (const b of names) behaviours[b] = summaryOf(decided[b] as DecidedShift);
    // Strongest first; ties keep the suite's order (Array.prototype.sort is stable).
    const flips = [...this.flips].sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from));
    const meanA = this.lengths.a.mean();
    const summary: ShiftReport['summary'] = {
      cases: this.cases,
      samples: this.samples,
      behaviours,
      metrics: {
        lengthRatio: ratio(this.lengths.b.mean(), meanA),
        similarityAB: this.similarity.ab.mean(),
        similarityAA: this.similarity.aa.mean(),
        lengthRatioAA: this.hasBaseline ? ratio(this.lengths.aPrime.mean(), meanA) : null,
      },
      flips,
    };
    if (input.judge && this.judge) {
      const judge: NonNullable<ShiftReport['summary']['judge']> = { model: input.judge.model, errors: this.judge.errors, behaviours: {} };
      this.judge.behaviours.forEach((b, k) => {
        const c = this.judge!.counts[k]!;
        if (c.judged) judge.behaviours[b as keyof typeof judge.behaviours] = { judged: c.judged, agreement: c.agree / c.judged, judgeRate: c.judgeYes / c.judged, detectorRate: c.detectorYes / c.judged };
      });
      summary.judge = judge;
    }
    const version = input.detectorVersion ?? DETECTORS_VERSION;
    for (const b of BEHAVIOURS) (behaviours[b] as BehaviourSummary).detector = detectorCardOf(b, version, summary.judge);
    for (const c of input.custom ?? []) (behaviours[c.name] as BehaviourSummary).detector = customCardOf(c);
    const gates = evaluateGates(input.gates, behaviours, names);
    if (input.gates) summary.gates = gates;
    const assertsA = this.asserts.a.mean();
    const assertsB = this.asserts.b.mean();
    if (assertsA !== null || assertsB !== null) summary.asserts = { a: assertsA, b: assertsB };

    const report: ShiftReport = { schemaVersion: 1, a: input.versions.a, b: input.versions.b, summary, cases };
    if (input.kind) report.kind = input.kind;
    return copyDefined(report, input.run ?? {}, ['runId', 'createdAt', 'suite', 'provider', 'usage']);
  }
}

/** The gates of the report that failed. */
export function failedGates(report: ShiftReport): GateResult[] {
  return [...(report.summary.gates ?? []), ...(report.design?.gates ?? [])].filter((g) => g.failed);
}

/** True when any gate of the report failed: `eval` exits 1. */
export function gatesFailed(report: ShiftReport): boolean {
  return failedGates(report).length > 0;
}

/**
 * What the gates' trust depends on in the cases (ungatedReason): per version how many outputs and
 * how many valid, the calls' errors, and the judge's errors on A and B. Counted one case at a time,
 * so a report written case by case gives it without holding its cases.
 */
export class GateEvidence {
  private readonly arms = { a: armCount(), b: armCount(), aPrime: armCount() };
  private readonly judgeErrors = new Map<string, number>();

  static of(cases: readonly CaseReport[]): GateEvidence {
    const evidence = new GateEvidence();
    for (const c of cases) evidence.add(c);
    return evidence;
  }

  add(c: CaseReport): void {
    for (const side of ['a', 'b', 'aPrime'] as const) {
      const arm = this.arms[side];
      for (const s of c[side]?.samples ?? []) {
        arm.total++;
        if (s.error === undefined) arm.valid++;
        else arm.errors.set(s.error, (arm.errors.get(s.error) ?? 0) + 1);
      }
    }
    for (const x of [...c.a.samples, ...c.b.samples]) if (x.judgeError !== undefined) this.judgeErrors.set(x.judgeError, (this.judgeErrors.get(x.judgeError) ?? 0) + 1);
  }

  /**
   * Why the report's gates cannot be trusted, if they cannot: a version (A, A′ or B) with no valid
   * output has nothing to judge, and "no significant shift" would then pass a gate by default. A run
   * with gates fails closed instead (`eval` exits 3), naming how many calls failed and why.
   */
  ungatedReason(summary: ShiftReport['summary']): string | undefined {
    if (!summary.gates?.length) return undefined;
    const names = { a: 'A', b: 'B', aPrime: 'A′' } as const;
    const empty: string[] = [];
    // errors counted version by version (A's first), as the message lists the commonest
    const reasons = new Map<string, number>();
    let failed = 0;
    for (const side of ['a', 'b', 'aPrime'] as const) {
      const arm = this.arms[side];
      for (const [m, n] of arm.errors) {
        failed += n;
        reasons.set(m, (reasons.get(m) ?? 0) + n);
      }
      if (side === 'aPrime' && arm.total === 0) continue;
      if (arm.valid === 0) empty.push(names[side]);
    }
    if (!empty.length) return this.unscoredGateReason(summary);
    const why = topCounts(reasons);
    return `version ${empty.join(', ')} has no valid output, so the gates (${summary.gates.map((g) => g.behaviour).join(', ')}) cannot be judged: ${failed} call${failed === 1 ? '' : 's'} failed${why ? ` (${why})` : ''}`;
  }

  /**
   * A gate on a judged behaviour (a suite's rubric) where a version has outputs but no verdict on it
   * (the judge failed on every one) cannot be judged either: "no significant shift" would pass it.
   */
  private unscoredGateReason(summary: ShiftReport['summary']): string | undefined {
    const sides = [['A', 'a'], ['B', 'b']] as const;
    for (const gate of summary.gates ?? []) {
      const s = summary.behaviours[gate.behaviour];
      const none = sides.filter(([, side]) => s?.[side].n === 0).map(([name]) => name);
      if (!s || !none.length) continue;
      const why = topCounts(this.judgeErrors);
      return `the gate on ${gate.behaviour} cannot be judged: version ${none.join(', ')} has no output with a verdict on it${why ? ` (the judge failed: ${why})` : ''}`;
    }
    return undefined;
  }
}

function armCount(): { total: number; valid: number; errors: Map<string, number> } {
  return { total: 0, valid: 0, errors: new Map() };
}

/** The three commonest messages, "n× message; …" (ties in the order first met). */
function topCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([m, n]) => `${n}× ${m}`).join('; ');
}

/** Why the report's gates cannot be trusted, if they cannot (GateEvidence.ungatedReason). */
export function ungatedReason(report: ShiftReport): string | undefined {
  if (!report.summary.gates?.length) return undefined;
  return GateEvidence.of(report.cases).ungatedReason(report.summary);
}
