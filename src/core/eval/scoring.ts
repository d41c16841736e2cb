// Scores one output, once, when its call is recorded: every detector (with the case's context) and
// the case's asserts. The record keeps what was found; reports read it and never detect again.
import { DETECTORS_VERSION, detectAll, detectMany, englishDetectors, withProviderRefusal, type Behaviour, type Detection, type DetectionContext, type Detector } from '../behaviour';
import { RuleSet } from '../behaviour/match';
import { BEHAVIOURS } from '../behaviour/types';
import type { Scores } from '../run';
import type { CustomDetector } from '../behaviour/custom';
import type { Detections } from '../report/input';
import { runAsserts, type Assert } from '../suite/asserts';

export type DetectorSet = Readonly<Record<Behaviour, Detector>>;

export interface CaseScoring {
  context: DetectionContext;
  asserts?: readonly Assert[];
}

/** An answer as the provider gave it: its text, and why it ended where the provider says (`response.finishReason`). */
export interface ScoredAnswer {
  text: string;
  finishReason?: string | undefined;
}

/** `custom`: the suite's own behaviours (their rules are part of the run's spec and fingerprint). A bare string is an answer with no finish reason. */
export function scoreOutput(answer: string | ScoredAnswer, scoring: CaseScoring, detectors: DetectorSet = englishDetectors(), custom: readonly CustomDetector[] = []): Scores {
  const output = typeof answer === 'string' ? answer : answer.text;
  const detections = detectAll(output, scoring.context, detectors);
  return scoresOf(output, scoring, typeof answer === 'string' ? detections : withProviderRefusal(detections, answer.finishReason, output.length), custom);
}

/** scoreOutput for many outputs at once (a rescore): the same scores, the detectors run as detectMany does, faster. */
export function scoreOutputs(items: ReadonlyArray<{ output: string; finishReason?: string | undefined; scoring: CaseScoring }>, detectors: DetectorSet = englishDetectors(), custom: readonly CustomDetector[] = []): Scores[] {
  const detections = detectMany(items.map((i) => ({ output: i.output, context: i.scoring.context })), detectors);
  return items.map((item, k) => scoresOf(item.output, item.scoring, withProviderRefusal(detections[k]!, item.finishReason, item.output.length), custom));
}

function scoresOf(output: string, scoring: CaseScoring, detections: Readonly<Record<Behaviour, Detection>>, custom: readonly CustomDetector[]): Scores {
  const found: Scores['found'] = {};
  for (const b of BEHAVIOURS) {
    const d = detections[b];
    if (d.present) found[b] = d.spans.map((s) => [s.start, s.end, s.reason] as [number, number, string]);
  }
  for (const c of custom) {
    const d = c.detect(output);
    if (d.present) found[c.name] = d.spans.map((s) => [s.start, s.end, s.reason] as [number, number, string]);
  }
  const scores: Scores = { detector: DETECTORS_VERSION, found };
  if (scoring.asserts?.length) scores.asserts = runAsserts(output, scoring.asserts);
  return scores;
}

/**
 * A plain answer, read once and thrown away by warmUp (never a model's output): it reaches the
 * rule sets that every answer reaches, so their first-use compilation happens then (rule sets that
 * only some answers reach stay compiled on first use, so a run compiles nothing it would not have).
 */
export const WARM_UP_ANSWER = 'Thank you for your question. Your bill is higher this month because the new rate started on the first day of the month.';

/**
 * The warm-up's probe: the plain answer and a request, each marked with a number drawn at start. The
 * detectors remember their last output and request; what they remember of the probe (read while its
 * rule sets match nothing) can so never be taken for a real answer's or request's reading.
 */
function probeText(): { output: string; context: DetectionContext } {
  const mark = `\u0000${Math.random().toString(36).slice(2)}`;
  return { output: `${WARM_UP_ANSWER} ${mark}`, context: { input: `Why is my bill higher this month? ${mark}` } };
}

/**
 * What the detectors compile to score an answer in `scoring`'s context (its asserts are not run),
 * done ahead of the first answer in steps: each `next()` is one step, for a turn of the event loop
 * of its own. First the English detectors are made (unless given); then a probe finds the rule sets a plain answer reaches (nothing compiled); then one
 * rule set per step, escalation's first (refusal reads escalation's referrals); then the plain
 * answer through each detector in the first case's context (compiling what only real matches, or
 * that case's request, reach: a few small sets), and the suite's own behaviours. The verdicts of later outputs are unchanged. V8 compiles
 * a rule set's regex in one go, 30–60 ms for the largest on a slow machine (twice that with the i flag): a warm-up taken one
 * detector at a time held the answers that came in meanwhile for up to ≈ 0.27 s (issue 18).
 */
export function* warmUp(scoring: CaseScoring, detectorSet?: DetectorSet, custom: readonly CustomDetector[] = []): Generator<void, void, void> {
  // made in the first step, not when the generator is: ≈ 20 ms that must not hold back the first requests
  const detectors = detectorSet ?? englishDetectors();
  yield;
  const order = ['escalation' as const, ...BEHAVIOURS.filter((b) => b !== 'escalation')];
  const probe = probeText();
  const cold = RuleSet.reachedBy(() => {
    for (const b of order) detectors[b].detect(probe.output, probe.context);
  });
  for (const ruleSet of cold) {
    yield;
    ruleSet.warmUp();
  }
  for (const b of order) {
    yield;
    detectors[b].detect(WARM_UP_ANSWER, scoring.context);
  }
  yield;
  for (const c of custom) c.detect(WARM_UP_ANSWER);
}

/** The detections a report is built from, read back from recorded scores. */
export function detectionsOf(output: string, scores: Scores, customNames: readonly string[] = []): Detections {
  const out = {} as Detections;
  for (const b of [...BEHAVIOURS, ...customNames]) {
    const spans = scores.found[b];
    out[b] = spans ? { present: true, spans: spans.map(([start, end, reason]) => ({ start, end, reason, text: output.slice(start, end) })) } : { present: false, spans: [] };
  }
  return out;
}
