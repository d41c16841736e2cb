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
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { alpacaRows, handLabelledSample, inKeyOrder, printForLabelling, takenOutputs, writeSample } from './labelled-sample';
import { splitPart } from './split';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'validation');

export const STANCE_ALPACA_SETS = ['alpaca-stance'] as const;
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

function draw(alpacaDir: string): void {
  const taken = takenOutputs(FIXTURES, ['instructions', 'refusal-alpaca', 'refusal-alpaca-2', 'refusal-alpaca-3']);
  const pool = STANCE_ALPACA_MODELS.flatMap((model) => alpacaRows('alpaca-stance' as const, alpacaDir, model))
    .filter((row) => row.output.trim() !== '' && row.output.length <= MAX_CHARACTERS && !taken.has(row.output));
  const boosters = inKeyOrder(pool.filter((r) => BOOSTER.test(r.output)), STANCE_ALPACA.drawKey);
  const plain = inKeyOrder(pool.filter((r) => !BOOSTER.test(r.output)), STANCE_ALPACA.drawKey);
  const sample = inKeyOrder([...boosters.slice(0, BOOSTER_REPLIES), ...plain.slice(0, PLAIN_REPLIES)], STANCE_ALPACA.drawKey);
  writeSample(STANCE_ALPACA.sampleFile, sample, ` (booster ${boosters.length} candidates, plain ${plain.length})`);
}

const args = process.argv.slice(2);
if (args[0] === '--draw') {
  if (!args[1]) throw new Error('--draw ALPACA_RESULTS_DIR');
  draw(args[1]);
} else if (args[0] === '--list') {
  printForLabelling(STANCE_ALPACA.sample(), args);
}
