// Every behaviour detector, and detectAll: what the report builder calls for each output.
import { EscalationDetector } from './escalation';
import { EvalAwarenessDetector } from './evalAwareness';
import { FormatBreakDetector } from './formatBreak';
import { HedgingDetector } from './hedging';
import { OverconfidenceDetector } from './overconfidence';
import { EN } from './phrases/en';
import type { PhraseSet } from './phrases/types';
import { RefusalDetector } from './refusal';
import { RefusalModel } from './refusalModel';
import { REFUSAL_MODEL } from './refusalWeights';
import { StanceReader } from './stance';
import { SycophancyDetector } from './sycophancy';
import { readable, type ReadableText } from './readable';
import { answerView } from './reasoning';
import { BEHAVIOURS, type Behaviour, type Detection, type DetectionContext, type Detector } from './types';

export type { Behaviour, Detection, DetectionContext, Detector, EvidenceSpan, FormatRequirement } from './types';
export { BEHAVIOURS } from './types';
export { NO_ANSWER_REASON, providerRefusal, withProviderRefusal } from './providerStop';
export type { PhraseSet } from './phrases/types';

/**
 * Which detectors scored an output; recorded with every scored call. Change it whenever a detector
 * changes what it finds, so `promptshift rescore` knows which records are out of date.
 */
export const DETECTORS_VERSION = 'en-2026.12zzzzzz27';

/** One detector per behaviour for a language's phrase set (regexes are compiled here, once). */
export function createDetectors(phrases: PhraseSet = EN): Record<Behaviour, Detector> {
  // hedging and overconfidence read one stance analysis of each output; eval awareness its reading of the request
  const stance = new StanceReader(phrases.stance);
  // refusal asks whether a reply only refers elsewhere: one reading of referrals serves both
  const escalation = new EscalationDetector(phrases, (input) => stance.asksForOtherVoice(input));
  return {
    // the learned component was trained on English replies: other phrase sets use the rules alone
    refusal: rendered(answered(new RefusalDetector(phrases, escalation, phrases === EN ? new RefusalModel(REFUSAL_MODEL) : undefined))),
    escalation: rendered(answered(escalation)),
    hedging: rendered(new HedgingDetector(phrases, stance)),
    overconfidence: rendered(new OverconfidenceDetector(phrases, stance)),
    sycophancy: rendered(answered(new SycophancyDetector(phrases))),
    evalAwareness: rendered(new EvalAwarenessDetector(phrases, stance)),
    formatBreak: new FormatBreakDetector(phrases),
  };
}

/**
 * A detector reading a view of the output, its spans put back on the output as written. Two views:
 * - `readable` (readable.ts): the output as a reader sees it rendered: through markdown emphasis ("I **can't** help
 *   with that", "I *cannot* help with that"), with spacing as one space ("can't\u00a0help", a line wrapped inside a
 *   sentence), look-alike characters and character references as what they show ("risk\u2011free", "can&#39;t")
 *   (bold from en-2026.12zzzt, italics from en-2026.12zzzu, spacing from en-2026.12zzzv, look-alikes from
 *   en-2026.12zzzw, references from en-2026.12zzzx). Every detector but formatBreak, which judges the text as written:
 *   its JSON, its quotes, the ending asked for.
 * - `answerView` (reasoning.ts): only the answer after a reasoning model's visible reasoning: a decline, a referral,
 *   flattery are said to the user there, while the reasoning weighs them ("should I refuse? No: this is a safety
 *   question"). Refusal, escalation and sycophancy; the stance behaviours and eval awareness read the reasoning too
 *   (doubt and "this looks like a test" are the model's own there) (en-2026.12zzzy).
 * A view that changes nothing is undefined, and the output is read as it is.
 */
class ReadingAView implements Detector {
  readonly behaviour: Behaviour;
  constructor(
    readonly inner: Detector,
    private readonly view: (output: string) => ReadableText | undefined,
  ) {
    this.behaviour = inner.behaviour;
  }

  detect(output: string, context: DetectionContext): Detection {
    const seen = this.view(output);
    if (seen === undefined) return this.inner.detect(output, context);
    const detection = this.inner.detect(seen.plain, context);
    const spans = detection.spans.map((s) => {
      const start = seen.at(s.start);
      const end = s.end > s.start ? seen.endOf(s.end - 1) : start;
      return { ...s, start, end, text: output.slice(start, end) };
    });
    return { ...detection, spans };
  }
}

const rendered = (detector: Detector): Detector => new ReadingAView(detector, readable);
const answered = (detector: Detector): Detector => new ReadingAView(detector, answerView);

let english: Readonly<Record<Behaviour, Detector>> | undefined;

/** The English detectors, made on first use: making them takes ≈ 40 ms (their regexes compile at their first run, ≈ 140 ms more), which
 *  must not be paid when the extension loads, only when outputs are judged. */
export function englishDetectors(): Readonly<Record<Behaviour, Detector>> {
  return (english ??= Object.freeze(createDetectors()));
}

/** The English detectors by behaviour (each compiled on first access). */
export const DETECTORS: Readonly<Record<Behaviour, Detector>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(BEHAVIOURS.map((b) => [b, { get: () => englishDetectors()[b], enumerable: true }])),
  ) as Record<Behaviour, Detector>,
);

/**
 * The order detectMany runs the detectors in: detectors that share a reading of an output side by side
 * (refusal asks escalation's referrals; hedging and overconfidence read one stance), each group over a
 * chunk of outputs before the next group.
 */
export const DETECT_MANY_GROUPS: readonly (readonly Behaviour[])[] = [['refusal', 'escalation'], ['hedging', 'overconfidence'], ['sycophancy'], ['evalAwareness'], ['formatBreak']];
/** Outputs a group runs over before the next group takes them. */
export const DETECT_MANY_CHUNK = 256;

/**
 * detectAll for many outputs at once, with the same verdicts, spans and reasons (a detector judges
 * each output alone). Each group of detectors runs over a chunk of outputs before the next group, not
 * all seven over one output and then the next: the machine code of a group's large alternations stays
 * in the processor's caches, and 10,000 outputs take about 0.7 of the time (issue 11, BENCHMARKS.md).
 */
export function detectMany(items: ReadonlyArray<{ output: string; context: DetectionContext }>, detectors: Readonly<Record<Behaviour, Detector>> = englishDetectors()): Record<Behaviour, Detection>[] {
  const results = items.map(() => ({}) as Record<Behaviour, Detection>);
  for (let from = 0; from < items.length; from += DETECT_MANY_CHUNK) {
    const to = Math.min(items.length, from + DETECT_MANY_CHUNK);
    for (const group of DETECT_MANY_GROUPS) {
      for (let i = from; i < to; i++) {
        const { output, context } = items[i]!;
        for (const behaviour of group) results[i]![behaviour] = detectors[behaviour].detect(output, context);
      }
    }
  }
  // the keys in BEHAVIOURS order, as detectAll gives them (a report or record serialises them in that order)
  return results.map((r) => Object.fromEntries(BEHAVIOURS.map((b) => [b, r[b]])) as Record<Behaviour, Detection>);
}

/** Runs every detector on one output. A detector that throws is a bug; it is not swallowed. */
export function detectAll(output: string, context: DetectionContext, detectors: Readonly<Record<Behaviour, Detector>> = englishDetectors()): Record<Behaviour, Detection> {
  const result = {} as Record<Behaviour, Detection>;
  for (const behaviour of BEHAVIOURS) result[behaviour] = detectors[behaviour].detect(output, context);
  return result;
}
