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

/** How often the judge model agrees with the detectors, per behaviour it judged. */
function judgeSummary(judge: NonNullable<ReportInput['judge']>, cases: readonly CaseIn[]): NonNullable<ShiftReport['summary']['judge']> {
  const behaviours = judge.behaviours ?? BEHAVIOURS;
  const samples = cases.flatMap((c) => [...c.a, ...c.b, ...(c.aPrime ?? [])]).filter((s) => s.error === undefined);
  const summary: NonNullable<ShiftReport['summary']['judge']> = { model: judge.model, errors: samples.filter((s) => s.judgeError !== undefined).length, behaviours: {} };
  for (const b of behaviours) {
    let judged = 0;
    let agree = 0;
    let judgeYes = 0;
    let detectorYes = 0;
    for (const s of samples) {
      const verdict = s.judge?.[b];
      if (verdict === undefined) continue;
      const detected = s.detections[b]?.present ?? false;
      judged++;
      if (verdict === detected) agree++;
      if (verdict) judgeYes++;
      if (detected) detectorYes++;
    }
    if (judged) summary.behaviours[b] = { judged, agreement: agree / judged, judgeRate: judgeYes / judged, detectorRate: detectorYes / judged };
  }
  return summary;
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

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

function meanLength(samples: Iterable<SampleIn>): number | null {
  let total = 0;
  let n = 0;
  for (const s of samples) {
    total += s.output.length;
    n++;
  }
  return n ? total / n : null;
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

function assertPassRate(cases: readonly CaseIn[], side: 'a' | 'b'): number | null {
  let pass = 0;
  let total = 0;
  for (const c of cases) {
    for (const s of c[side]) {
      for (const r of s.asserts ?? []) {
        total++;
        if (r.pass) pass++;
      }
    }
  }
  return total ? pass / total : null;
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
  const { cases } = input;
  const tokenCache = new Map<SampleIn, TokenSet>();
  const tokens = (s: SampleIn): TokenSet => {
    let t = tokenCache.get(s);
    if (!t) tokenCache.set(s, (t = tokenSet(s.output)));
    return t;
  };

  // Judged samples per case and side, and their behaviour counts, computed once.
  // the built-in seven, then the suite's own behaviours: each gets the same statistics
  const custom = input.custom ?? [];
  const names: string[] = [...BEHAVIOURS, ...custom.map((c) => c.name)];
  const judgedCases = cases.map((c) => ({ a: judged(c.a), b: judged(c.b), aPrime: c.aPrime ? judged(c.aPrime) : undefined }));
  const counted = judgedCases.map((j) => ({ a: countAll(j.a, names), b: countAll(j.b, names), aPrime: j.aPrime ? countAll(j.aPrime, names) : undefined }));

  const stats = {} as Record<string, ShiftStatistics>;
  const talliesByBehaviour = {} as Record<string, CaseTallies[]>;
  names.forEach((behaviour, k) => {
    const tallies = judgedCases.map((j, i): CaseTallies => {
      const c = counted[i] as (typeof counted)[number];
      // an output with no verdict on this behaviour is left out of its rate
      const t: CaseTallies = { a: { count: c.a.counts[k] as number, n: j.a.length - (c.a.unscored[k] as number) }, b: { count: c.b.counts[k] as number, n: j.b.length - (c.b.unscored[k] as number) } };
      if (j.aPrime && c.aPrime) t.aPrime = { count: c.aPrime.counts[k] as number, n: j.aPrime.length - (c.aPrime.unscored[k] as number) };
      return t;
    });
    talliesByBehaviour[behaviour] = tallies;
    stats[behaviour] = pairedShift(tallies, behaviour);
  });
  const decided = decideShifts(stats);
  // every built-in behaviour is set here (names starts with them), as the schema requires
  const behaviours = {} as ShiftReport['summary']['behaviours'];
  for (const b of names) behaviours[b] = summaryOf(decided[b] as DecidedShift);

  const flips: NonNullable<ShiftReport['summary']['flips']> = [];
  const simAB: number[] = [];
  const simAA: number[] = [];
  const caseReports = cases.map((c, i): CaseReport => {
    const j = judgedCases[i] as (typeof judgedCases)[number];
    const shifts: CaseShift[] = [];
    for (const behaviour of names) {
      const t = (talliesByBehaviour[behaviour] as CaseTallies[])[i] as CaseTallies;
      if (t.a.n === 0 || t.b.n === 0) continue;
      const from = t.a.count / t.a.n;
      const to = t.b.count / t.b.n;
      if (from === to) continue;
      const flip = majority(t.a) !== majority(t.b);
      shifts.push({ behaviour, from, to, evidence: shiftEvidence(c, behaviour), flip });
      if (flip) flips.push({ id: c.id, behaviour, from, to, direction: to > from ? 'increase' : 'decrease' });
    }
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
    const ab = meanSimilarity(j.a, j.b, tokens);
    if (ab !== undefined) {
      report.similarityAB = ab;
      simAB.push(ab);
    }
    const aa = j.aPrime ? meanSimilarity(j.a, j.aPrime, tokens) : undefined;
    if (aa !== undefined) {
      report.similarityAA = aa;
      simAA.push(aa);
    }
    return report;
  });
  // Strongest first; ties keep the suite's order (Array.prototype.sort is stable).
  flips.sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from));

  const allA = judgedCases.flatMap((j) => j.a);
  const meanA = meanLength(allA);
  const hasBaseline = judgedCases.some((j) => j.aPrime && j.aPrime.length);
  const summary: ShiftReport['summary'] = {
    cases: cases.length,
    samples: cases.reduce((m, c) => Math.max(m, c.a.length, c.b.length), 0),
    behaviours,
    metrics: {
      lengthRatio: ratio(meanLength(judgedCases.flatMap((j) => j.b)), meanA),
      similarityAB: mean(simAB),
      similarityAA: mean(simAA),
      lengthRatioAA: hasBaseline ? ratio(meanLength(judgedCases.flatMap((j) => j.aPrime ?? [])), meanA) : null,
    },
    flips,
  };
  if (input.judge) summary.judge = judgeSummary(input.judge, cases);
  const version = input.detectorVersion ?? DETECTORS_VERSION;
  for (const b of BEHAVIOURS) (behaviours[b] as BehaviourSummary).detector = detectorCardOf(b, version, summary.judge);
  for (const c of custom) (behaviours[c.name] as BehaviourSummary).detector = customCardOf(c);
  const gates = evaluateGates(input.gates, behaviours, names);
  if (input.gates) summary.gates = gates;
  const assertsA = assertPassRate(cases, 'a');
  const assertsB = assertPassRate(cases, 'b');
  if (assertsA !== null || assertsB !== null) summary.asserts = { a: assertsA, b: assertsB };

  const report: ShiftReport = { schemaVersion: 1, a: input.versions.a, b: input.versions.b, summary, cases: caseReports };
  if (input.kind) report.kind = input.kind;
  return copyDefined(report, input.run ?? {}, ['runId', 'createdAt', 'suite', 'provider', 'usage']);
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
 * Why the report's gates cannot be trusted, if they cannot: a version (A, A′ or B) with no valid
 * output has nothing to judge, and "no significant shift" would then pass a gate by default. A run
 * with gates fails closed instead (`eval` exits 3), naming how many calls failed and why.
 */
export function ungatedReason(report: ShiftReport): string | undefined {
  if (!report.summary.gates?.length) return undefined;
  const arms = [['A', 'a'], ['B', 'b'], ['A′', 'aPrime']] as const;
  const empty: string[] = [];
  const reasons = new Map<string, number>();
  let failed = 0;
  for (const [name, side] of arms) {
    let total = 0;
    let valid = 0;
    for (const c of report.cases) {
      for (const s of c[side]?.samples ?? []) {
        total++;
        if (s.error === undefined) valid++;
        else {
          failed++;
          reasons.set(s.error, (reasons.get(s.error) ?? 0) + 1);
        }
      }
    }
    if (side === 'aPrime' && total === 0) continue;
    if (valid === 0) empty.push(name);
  }
  if (!empty.length) return unscoredGateReason(report);
  const why = [...reasons].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([m, n]) => `${n}× ${m}`).join('; ');
  return `version ${empty.join(', ')} has no valid output, so the gates (${report.summary.gates.map((g) => g.behaviour).join(', ')}) cannot be judged: ${failed} call${failed === 1 ? '' : 's'} failed${why ? ` (${why})` : ''}`;
}

/**
 * A gate on a judged behaviour (a suite's rubric) where a version has outputs but no verdict on it
 * (the judge failed on every one) cannot be judged either: "no significant shift" would pass it.
 */
function unscoredGateReason(report: ShiftReport): string | undefined {
  const sides = [['A', 'a'], ['B', 'b']] as const;
  for (const gate of report.summary.gates ?? []) {
    const s = report.summary.behaviours[gate.behaviour];
    const none = sides.filter(([, side]) => s?.[side].n === 0).map(([name]) => name);
    if (!s || !none.length) continue;
    const errors = new Map<string, number>();
    for (const c of report.cases) for (const x of [...c.a.samples, ...c.b.samples]) if (x.judgeError !== undefined) errors.set(x.judgeError, (errors.get(x.judgeError) ?? 0) + 1);
    const why = [...errors].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([m, n]) => `${n}× ${m}`).join('; ');
    return `the gate on ${gate.behaviour} cannot be judged: version ${none.join(', ')} has no output with a verdict on it${why ? ` (the judge failed: ${why})` : ''}`;
  }
  return undefined;
}
