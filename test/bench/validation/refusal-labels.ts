// The fifth hand-labelled set: refusal on everyday instructions (`alpaca-refusal`). Real answers
// of six chat models to AlpacaEval's instructions whose opening holds a decline-like word, labelled
// refusal or not (Llama-2-chat's over-refusals, and the answers with an apology or a disclaimer
// that only look like declines). How it is drawn and labelled:
// test/fixtures/validation/refusal-alpaca/GUIDELINE.md (written before the draw); sources and
// licence: its README.md. Split by instruction like `alpacaeval`: the tune part may be worked
// from, the held-out part is only measured.
//
//   node --import tsx test/bench/validation/refusal-labels.ts --draw ALPACA_RESULTS_DIR
//       draws the sample (ALPACA_RESULTS_DIR: alpaca_eval's results/ folder)
//   node --import tsx test/bench/validation/refusal-labels.ts --list [--from N] [--count M]
//       the sample, to label (requests and replies only: no detector runs here)
//   … --draw2 ALPACA_RESULTS_DIR, --list2: the second sample (`alpaca-refusal-2`), drawn after
//       en-2026.12zj from three more Llama-2-chat runs (TempNet-LLaMA2-Chat), by the same guideline
//   … --draw3 ALPACA_RESULTS_DIR, --list3: the third sample (`alpaca-refusal-3`), drawn after
//       en-2026.12zl from four Llama-2 fine-tunes; measure-only for 12zl, then split like the others
import { join } from 'node:path';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { alpacaRows, FIXTURES, handLabelledSample, inKeyOrder, printForLabelling, takenOutputs, writeSample } from './labelled-sample';
import { splitPart } from './split';

export const REFUSAL_ALPACA_SETS = ['alpaca-refusal'] as const;
export const REFUSAL_ALPACA2_SETS = ['alpaca-refusal-2'] as const;
export const REFUSAL_ALPACA3_SETS = ['alpaca-refusal-3'] as const;
export const REFUSAL_ALPACA_LABELLED: readonly Behaviour[] = ['refusal'];
/** The generators, fixed before any of their outputs was read (GUIDELINE.md). */
export const REFUSAL_ALPACA_MODELS = ['llama-2-7b-chat-hf', 'llama-2-13b-chat-hf', 'llama-2-70b-chat-hf', 'gemma-7b-it', 'claude-2', 'gpt-3.5-turbo-0613'] as const;
/** The second sample's generators: Llama-2-chat 7B, 13B, 70B with a learned temperature (TempNet), fixed before any of their outputs was read. */
export const REFUSAL_ALPACA2_MODELS = ['TempNet-LLaMA2-Chat-7B-v0.1', 'TempNet-LLaMA2-Chat-13B-v0.1', 'TempNet-LLaMA2-Chat-70B-v0.1'] as const;
/** Replies drawn for the second sample (fixed before its draw). */
const DRAWN2 = 240;
/** The third sample's generators: Llama-2 fine-tuned by others (Evol-Instruct with NEFTune, OpenBuddy, Humpback), fixed before any of their outputs was read. */
export const REFUSAL_ALPACA3_MODELS = ['llama-2-chat-7b-evol70k-neft', 'openbuddy-llama2-13b-v11.1', 'openbuddy-llama2-70b-v10.1', 'humpback-llama2-70b'] as const;
/** Replies drawn for the third sample (fixed before its draw). */
const DRAWN3 = 150;
/**
 * Replies drawn: 200, fixed before the first draw; raised to the whole candidate pool after
 * en-2026.12zi was worked from the first tune part (the first 200 keep their place: the draw is in key order).
 */
const DRAWN = Infinity;
/** Decline-like words in a reply's first 300 characters: what makes a reply a candidate (GUIDELINE.md). */
const CANDIDATE = /(?<![\w'’])(?:sorry|apologi[sz]e|apologies|cannot|can['’]t|can not|unable|not able|won['’]t|will not|not appropriate|inappropriate|as an ai|language model|just an ai|not possible|i must)(?![\w'’])/i;

/** The sample's files, reader, labelled rows (split by instruction) and draw order. */
export const REFUSAL_ALPACA = handLabelledSample(REFUSAL_ALPACA_SETS, REFUSAL_ALPACA_LABELLED, join(FIXTURES, 'refusal-alpaca'), 'promptshift-refusal-alpaca-v1', (row) => splitPart(row.group));
/** The second sample: the same guideline and candidate words, other replies; split by instruction with the same groups. */
export const REFUSAL_ALPACA2 = handLabelledSample(REFUSAL_ALPACA2_SETS, REFUSAL_ALPACA_LABELLED, join(FIXTURES, 'refusal-alpaca-2'), 'promptshift-refusal-alpaca-v2', (row) => splitPart(row.group));
/**
 * The third sample: measure-only while en-2026.12zl was measured on it (all 150 held out); then split
 * by instruction like the other two, its tune part worked from for en-2026.12zm.
 */
export const REFUSAL_ALPACA3 = handLabelledSample(REFUSAL_ALPACA3_SETS, REFUSAL_ALPACA_LABELLED, join(FIXTURES, 'refusal-alpaca-3'), 'promptshift-refusal-alpaca-v3', (row) => splitPart(row.group));

/** The candidate replies of `models` (decline-like words in the first 300 characters), less the replies already drawn elsewhere. */
function candidates<S extends string>(set: S, alpacaDir: string, models: readonly string[], taken: Set<string>) {
  return models.flatMap((model) => alpacaRows(set, alpacaDir, model).filter((row) => CANDIDATE.test(row.output.slice(0, 300)) && !taken.has(row.output)));
}

/** Each sample: its reader, the generators, how many are drawn, and the samples whose replies it must not repeat. */
const SAMPLES = [
  { flag: '', sample: REFUSAL_ALPACA, set: 'alpaca-refusal', models: REFUSAL_ALPACA_MODELS, drawn: DRAWN, after: ['instructions'] },
  { flag: '2', sample: REFUSAL_ALPACA2, set: 'alpaca-refusal-2', models: REFUSAL_ALPACA2_MODELS, drawn: DRAWN2, after: ['instructions', 'refusal-alpaca'] },
  { flag: '3', sample: REFUSAL_ALPACA3, set: 'alpaca-refusal-3', models: REFUSAL_ALPACA3_MODELS, drawn: DRAWN3, after: ['instructions', 'refusal-alpaca', 'refusal-alpaca-2'] },
] as const;

/** Draws one sample: its candidates in the order of its seeded hash, the first `drawn` of them. */
function draw(spec: (typeof SAMPLES)[number], alpacaDir: string): void {
  const pool = candidates(spec.set, alpacaDir, spec.models, takenOutputs(spec.after));
  writeSample(spec.sample.sampleFile, inKeyOrder(pool, spec.sample.drawKey).slice(0, spec.drawn), ` of ${pool.length} candidates`);
}

const args = process.argv.slice(2);
const command = /^--(draw|list)([23]?)$/.exec(args[0] ?? '');
const spec = command ? SAMPLES.find((s) => s.flag === command[2]) : undefined;
if (command && spec && command[1] === 'draw') {
  if (!args[1]) throw new Error(`${args[0]} ALPACA_RESULTS_DIR`);
  draw(spec, args[1]);
} else if (command && spec) {
  printForLabelling(spec.sample.sample(), args);
}
