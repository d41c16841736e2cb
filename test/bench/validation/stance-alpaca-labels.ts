// The ninth hand-labelled set: certainty and doubt in everyday answers (`alpaca-stance`). Real answers
// of eight recent chat models to AlpacaEval's instructions, 150 that hold a certainty marker of
// Hyland's booster inventory and 50 that hold none, labelled for hedging, overconfidence, sycophancy
// and evalAwareness. Overconfidence, a headline behaviour, had almost no labelled positives held out.
// How it is drawn and labelled: test/fixtures/validation/stance-alpaca/GUIDELINE.md (written before
// the draw); sources and licence: its README.md.
//
//   node --import tsx test/bench/validation/stance-alpaca-labels.ts --draw ALPACA_RESULTS_DIR
//       draws the sample (ALPACA_RESULTS_DIR: alpaca_eval's results/ folder)
//   node --import tsx test/bench/validation/stance-alpaca-labels.ts --list [--from N] [--count M]
//       the sample, to label (requests and replies only: no detector runs here)
//   … --draw2 ALPACA_RESULTS_DIR, --list2: the second sample (`alpaca-stance-2`), measure-only: every answer
//       of eight more models to the instructions that state a view or ask for a verdict or a prediction
//   … --draw3 ALPACA_RESULTS_DIR, --list3: the third (`alpaca-stance-3`), tune data after one first reading: answers
//       of eight more models to instructions no earlier stance sample holds, 180 holding a booster word and 60 none
//   … --draw4 ALPACA_RESULTS_DIR, --list4: the fourth (`alpaca-stance-4`), drawn as the third from eight more models, 200
//       holding one of the strongest certainty words (STRONG_BOOSTER) and 40 holding no booster word
import { basename, dirname, join } from 'node:path';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { drawableAlpaca, drawInStrata, everySampleFolder, FIXTURES, handLabelledSample, inKeyOrder, instructionsOf, sampleCommands, VIEW_OR_PUSHBACK, writeSample } from './labelled-sample';
import { splitPart } from './split';

export const STANCE_ALPACA_SETS = ['alpaca-stance'] as const;
export const STANCE_ALPACA2_SETS = ['alpaca-stance-2'] as const;
export const STANCE_ALPACA3_SETS = ['alpaca-stance-3'] as const;
export const STANCE_ALPACA4_SETS = ['alpaca-stance-4'] as const;
export const STANCE_ALPACA_LABELLED: readonly Behaviour[] = ['hedging', 'overconfidence', 'sycophancy', 'evalAwareness'];
/** The generators, fixed before any of their outputs was read (GUIDELINE.md). */
export const STANCE_ALPACA_MODELS = [
  'gpt-4-turbo-2024-04-09', 'gpt-4o-mini-2024-07-18', 'claude-3-5-sonnet-20240620', 'Meta-Llama-3.1-70B-Instruct-Turbo',
  'Qwen2-72B-Instruct', 'Mixtral-8x22B-Instruct-v0.1', 'gemini-pro', 'Yi-34B-Chat',
] as const;
/** Replies drawn from each stratum, and the longest reply drawn (fixed before the draw). */
export const BOOSTER_REPLIES = 150;
export const PLAIN_REPLIES = 50;
export const MAX_CHARACTERS = 3000;
/**
 * Certainty markers: the adverbs, adjectives and phrases of Hyland's booster inventory (Metadiscourse,
 * 2005; not its verbs of cognition and evidence) and the base guideline's examples. Only what
 * enriches the draw (GUIDELINE.md); not any detector's list.
 */
export const BOOSTER = /(?<![\w'’])(?:certain(?:ly)?|clear(?:ly)?|definite(?:ly)?|doubtless|evident(?:ly)?|incontestabl[ey]|incontrovertibl[ey]|indisputabl[ey]|undeniabl[ey]|undisputed(?:ly)?|undoubted(?:ly)?|obvious(?:ly)?|sure(?:ly)?|truly|always|never|indeed|in fact|of course|no doubt|without (?:a |any )?doubt|beyond (?:a |any )?doubt|guarantee[ds]?|100 ?%|absolutely|confident(?:ly)?)(?![\w'’])/i;

/**
 * The sample's files, reader, labelled rows and draw order. Measure-only while en-2026.12zl was
 * measured on all 200 (README.md); then split by instruction like the other AlpacaEval samples.
 */
export const STANCE_ALPACA = handLabelledSample(STANCE_ALPACA_SETS, STANCE_ALPACA_LABELLED, join(FIXTURES, 'stance-alpaca'), 'promptshift-stance-alpaca-v1', (row) => splitPart(row.group));

/** The second sample's generators, fixed before any of their outputs was read (stance-alpaca-2/GUIDELINE.md). */
export const STANCE_ALPACA2_MODELS = [
  'claude-3-sonnet-20240229', 'mistral-large-2402', 'Meta-Llama-3-70B-Instruct', 'Qwen1.5-72B-Chat',
  'gpt-3.5-turbo-1106', 'dbrx-instruct', 'deepseek-llm-67b-chat', 'Meta-Llama-3.1-405B-Instruct-Turbo',
] as const;
/** At most this many answers in the second sample (fixed before the draw; all candidates are taken up to it). */
export const STANCE_ALPACA2_MAX = 200;
/**
 * An instruction that asks for a verdict, an opinion or a prediction (fixed before the second draw; it reads
 * the instruction only): with VIEW_OR_PUSHBACK, the requests where over-claiming and going along are likeliest.
 */
export const VERDICT_OR_PREDICTION = /\b(?:which (?:is|one is|are|one would be|would be) (?:better|best|the best|more|healthier|safer)|is it (?:true|worth|safe|better|possible|a good idea|ok|okay|bad|wrong|healthy|normal|legal|real)|should I\b|do you think|in your opinion|what do you think|predict|is there (?:any )?(?:evidence|proof)|will (?:it|they|this|there|the|I|my|we)\b[^?]*\?|(?:are|is|was|were|do|does|can) [^?]{0,60}\b(?:real|true|safe|healthy|bad|good|better|worse|dangerous|effective|possible)\?)/i;

/** The second sample: measure-only (every row held out), its misses never listed. */
export const STANCE_ALPACA2 = handLabelledSample(STANCE_ALPACA2_SETS, STANCE_ALPACA_LABELLED, join(FIXTURES, 'stance-alpaca-2'), 'promptshift-stance-alpaca-v2');

/** The third sample's generators, fixed before any of their outputs was read (stance-alpaca-3/GUIDELINE.md). */
export const STANCE_ALPACA3_MODELS = [
  'gpt4_1106_preview_verbose', 'claude-2.1_verbose', 'Mixtral-8x7B-Instruct-v0.1_verbose', 'Infinity-Instruct-3M-0625-Llama3-70B',
  'Qwen-14B-Chat', 'gemma-2-9b-it-DPO', 'falcon-40b-instruct', 'vicuna-13b-v1.5-togetherai',
] as const;
/** The third sample's strata (fixed before its draw). */
export const THIRD_BOOSTER_REPLIES = 180;
export const THIRD_PLAIN_REPLIES = 60;
/** The samples whose instructions the third may not answer: every earlier sample labelled for the stance behaviours. */
export const STANCE_LABELLED_BEFORE_THIRD = ['instructions', 'stance-alpaca', 'stance-alpaca-2'] as const;

/** The third sample: measured once whole with en-2026.12zzzzzz23, then tune data, as its GUIDELINE.md fixed before the draw. */
export const STANCE_ALPACA3 = handLabelledSample(STANCE_ALPACA3_SETS, STANCE_ALPACA_LABELLED, join(FIXTURES, 'stance-alpaca-3'), 'promptshift-stance-alpaca-v3', 'tune');

/** The fourth sample's generators, fixed before any of their outputs was read (stance-alpaca-4/GUIDELINE.md). */
export const STANCE_ALPACA4_MODELS = [
  'gpt4_0613_verbose', 'Qwen1.5-1.8B-Chat', 'Llama-3-Instruct-8B-SimPO-ExPO', 'Nanbeige2-8B-Chat', 'openchat-v3.1-13b',
  'zephyr-7b-alpha', 'tulu-2-dpo-13b-ExPO', 'wizardlm-13b-v1.1',
] as const;
/** The fourth sample's strata (fixed before its draw). */
export const FOURTH_STRONG_REPLIES = 200;
export const FOURTH_PLAIN_REPLIES = 40;
/** The samples whose instructions the fourth may not answer: every earlier sample labelled for the stance behaviours. */
export const STANCE_LABELLED_BEFORE_FOURTH = [...STANCE_LABELLED_BEFORE_THIRD, 'stance-alpaca-3'] as const;
/**
 * The strongest certainty words (fixed before the fourth draw): the base guideline's examples and the strongest of Hyland's
 * boosters, without "always", "never", "clear", "truly" and "confident" alone, which rarely claim certainty. Only what enriches
 * the draw (stance-alpaca-4/GUIDELINE.md); not any detector's list.
 */
export const STRONG_BOOSTER = /(?<![\w'’])(?:certainly|definitely|undoubtedly|undeniably|unquestionably|indisputably|incontestabl[ey]|incontrovertibl[ey]|doubtless|obviously|surely|indeed|in fact|of course|no doubt|without (?:a |any )?doubt|beyond (?:a |any )?doubt|guarantee[ds]?|100 ?%|absolutely|(?:I['’]m|I am|we['’]re|we are) (?:sure|certain|confident)|sure to|bound to|for sure|for certain|with certainty)(?![\w'’])/i;

/** The fourth sample: measured once whole with en-2026.12zzzzzz25, then tune data, as its GUIDELINE.md fixed before the draw. */
export const STANCE_ALPACA4 = handLabelledSample(STANCE_ALPACA4_SETS, STANCE_ALPACA_LABELLED, join(FIXTURES, 'stance-alpaca-4'), 'promptshift-stance-alpaca-v4', 'tune');

function draw(alpacaDir: string): void {
  const pool = drawableAlpaca('alpaca-stance' as const, alpacaDir, STANCE_ALPACA_MODELS, MAX_CHARACTERS, ['instructions', 'refusal-alpaca', 'refusal-alpaca-2', 'refusal-alpaca-3']);
  drawInStrata(STANCE_ALPACA, pool, [
    { name: 'booster', rows: (r) => BOOSTER.test(r.output), count: BOOSTER_REPLIES },
    { name: 'plain', rows: (r) => !BOOSTER.test(r.output), count: PLAIN_REPLIES },
  ]);
}

function draw2(alpacaDir: string): void {
  const pool = drawableAlpaca('alpaca-stance-2' as const, alpacaDir, STANCE_ALPACA2_MODELS, MAX_CHARACTERS, ['instructions', 'refusal-alpaca', 'refusal-alpaca-2', 'refusal-alpaca-3', 'stance-alpaca'])
    .filter((row) => VIEW_OR_PUSHBACK.test(row.input) || VERDICT_OR_PREDICTION.test(row.input));
  writeSample(STANCE_ALPACA2.sampleFile, inKeyOrder(pool, STANCE_ALPACA2.drawKey).slice(0, STANCE_ALPACA2_MAX), ` of ${pool.length} candidates`);
}

/** A sample to questions no earlier stance sample asked (the third, the fourth): answers of its models, in no earlier sample, to
 *  instructions none of the samples in `before` holds, in two strata as its GUIDELINE.md fixed: answers holding a word of
 *  `words.holds`, and answers holding no word of BOOSTER. */
function drawToNewQuestions(sample: typeof STANCE_ALPACA3 | typeof STANCE_ALPACA4, set: string, models: readonly string[], before: readonly string[], words: { name: string; holds: RegExp; count: number }, plain: number, alpacaDir: string): void {
  const folder = basename(dirname(sample.sampleFile));
  const asked = instructionsOf(before);
  const pool = drawableAlpaca(set, alpacaDir, models, MAX_CHARACTERS, everySampleFolder(folder)).filter((r) => !asked.has(r.input));
  drawInStrata(sample, pool, [
    { name: words.name, rows: (r) => words.holds.test(r.output), count: words.count },
    { name: 'plain', rows: (r) => !BOOSTER.test(r.output), count: plain },
  ]);
}

sampleCommands(process.argv.slice(2), [
  { draw, sample: () => STANCE_ALPACA.sample() },
  { draw: draw2, sample: () => STANCE_ALPACA2.sample() },
  { draw: (dir: string) => drawToNewQuestions(STANCE_ALPACA3, STANCE_ALPACA3_SETS[0], STANCE_ALPACA3_MODELS, STANCE_LABELLED_BEFORE_THIRD, { name: 'booster', holds: BOOSTER, count: THIRD_BOOSTER_REPLIES }, THIRD_PLAIN_REPLIES, dir), sample: () => STANCE_ALPACA3.sample() },
  { draw: (dir: string) => drawToNewQuestions(STANCE_ALPACA4, STANCE_ALPACA4_SETS[0], STANCE_ALPACA4_MODELS, STANCE_LABELLED_BEFORE_FOURTH, { name: 'strong booster', holds: STRONG_BOOSTER, count: FOURTH_STRONG_REPLIES }, FOURTH_PLAIN_REPLIES, dir), sample: () => STANCE_ALPACA4.sample() },
]);
