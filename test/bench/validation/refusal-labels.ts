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
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { handLabelledSample, inKeyOrder, printForLabelling, sha256, writeSample } from './labelled-sample';
import { splitPart } from './split';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'validation');

export const REFUSAL_ALPACA_SETS = ['alpaca-refusal'] as const;
export const REFUSAL_ALPACA_LABELLED: readonly Behaviour[] = ['refusal'];
/** The generators, fixed before any of their outputs was read (GUIDELINE.md). */
export const REFUSAL_ALPACA_MODELS = ['llama-2-7b-chat-hf', 'llama-2-13b-chat-hf', 'llama-2-70b-chat-hf', 'gemma-7b-it', 'claude-2', 'gpt-3.5-turbo-0613'] as const;
/**
 * Replies drawn: 200, fixed before the first draw; raised to the whole candidate pool after
 * en-2026.12zi was worked from the first tune part (the first 200 keep their place: the draw is in key order).
 */
const DRAWN = Infinity;
/** Decline-like words in a reply's first 300 characters: what makes a reply a candidate (GUIDELINE.md). */
const CANDIDATE = /(?<![\w'’])(?:sorry|apologi[sz]e|apologies|cannot|can['’]t|can not|unable|not able|won['’]t|will not|not appropriate|inappropriate|as an ai|language model|just an ai|not possible|i must)(?![\w'’])/i;

/** The sample's files, reader, labelled rows (split by instruction) and draw order. */
export const REFUSAL_ALPACA = handLabelledSample(REFUSAL_ALPACA_SETS, REFUSAL_ALPACA_LABELLED, join(FIXTURES, 'refusal-alpaca'), 'promptshift-refusal-alpaca-v1', (row) => splitPart(row.group));

function draw(alpacaDir: string): void {
  const taken = new Set(readFileSync(join(FIXTURES, 'instructions', 'sample.jsonl'), 'utf8').split('\n')
    .filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { output: string }).output));
  const candidates = REFUSAL_ALPACA_MODELS.flatMap((model) => {
    const rows = JSON.parse(readFileSync(join(alpacaDir, model, 'model_outputs.json'), 'utf8')) as { instruction: string; output: string; generator: string }[];
    return rows.filter((row) => CANDIDATE.test(row.output.slice(0, 300)) && !taken.has(row.output)).map((row) => {
      const instruction = sha256(row.instruction).slice(0, 16);
      return { set: 'alpaca-refusal' as const, id: `${model}|${instruction}`, model: row.generator, group: `alpacaeval:${instruction}`, input: row.instruction, output: row.output };
    });
  });
  const sample = inKeyOrder(candidates, REFUSAL_ALPACA.drawKey).slice(0, DRAWN);
  writeSample(REFUSAL_ALPACA.sampleFile, sample, ` of ${candidates.length} candidates`);
}

const args = process.argv.slice(2);
if (args[0] === '--draw') {
  if (!args[1]) throw new Error('--draw ALPACA_RESULTS_DIR');
  draw(args[1]);
} else if (args[0] === '--list') {
  printForLabelling(REFUSAL_ALPACA.sample(), args);
}
