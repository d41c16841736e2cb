// The second hand-labelled set: real model answers to everyday instructions (AlpacaEval), to
// instructions that demand a format (IFEval) and to people stating views in conversation (HH-RLHF
// harmless-base), labelled for the five behaviours the public sets do not label (hedging,
// overconfidence, sycophancy, evalAwareness, formatBreak). How the sample is
// drawn and labelled: test/fixtures/validation/instructions/GUIDELINE.md; sources and licences:
// its README.md. Unlike `own-labels`, the drawn outputs ship in the repository (sample.jsonl), since
// their sources are not in ../shared/data; the labels are a separate file (labels.jsonl).
//
//   node --import tsx test/bench/validation/instruction-labels.ts --build IFEVAL_RESPONSES ALPACA_RESULTS_DIR HH_HARMLESS_TEST
//       draws the sample from the sources' files (README.md says where they come from)
//   node --import tsx test/bench/validation/instruction-labels.ts --print [--from N] [--count M]
//       the sample, to label (requests and outputs only: no detector runs here)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Behaviour } from '../../../src/core/behaviour/types';
import type { LabelledOutput } from './data';
import { hhLastTurns, inKeyOrder, joinLabels, labelLine, readJsonl, sampleLine, sha256, writeSample } from './labelled-sample';
import { splitPart } from './split';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'validation', 'instructions');
export const INSTRUCTION_SAMPLE_FILE = join(DIR, 'sample.jsonl');
export const INSTRUCTION_LABELS_FILE = join(DIR, 'labels.jsonl');

const SEED = 'promptshift-instruction-labels-v1';
/** Outputs drawn per source (fixed before drawing). */
const PER_SOURCE = 100;
/** The AlpacaEval generators pooled into one source, chosen before any output was read. */
export const ALPACA_MODELS = ['gpt4', 'gpt-4o-2024-05-13', 'claude-3-opus-20240229', 'llama-2-70b-chat-hf', 'Meta-Llama-3-8B-Instruct', 'Mixtral-8x7B-Instruct-v0.1'] as const;
export const INSTRUCTION_LABELLED: readonly Behaviour[] = ['hedging', 'overconfidence', 'sycophancy', 'evalAwareness', 'formatBreak'];

const INSTRUCTION_SETS = ['ifeval-gpt4', 'alpacaeval', 'hh-harmless'] as const;

const SampleLine = sampleLine(INSTRUCTION_SETS);
type SampleLine = z.infer<typeof SampleLine>;

const LabelLine = labelLine(INSTRUCTION_SETS, INSTRUCTION_LABELLED);

/** The drawn sample (outputs without labels). */
export function instructionSample(file = INSTRUCTION_SAMPLE_FILE): SampleLine[] {
  return existsSync(file) ? readJsonl(file, SampleLine) : [];
}

/** The sample with the hand labels, split by request like every other set. */
export function loadInstructionLabels(sampleFile = INSTRUCTION_SAMPLE_FILE, labelsFile = INSTRUCTION_LABELS_FILE): LabelledOutput[] {
  if (!existsSync(labelsFile)) return [];
  return joinLabels(instructionSample(sampleFile), labelsFile, LabelLine, INSTRUCTION_LABELLED, (r) => splitPart(r.group));
}

/** What orders a source's rows for the draw: a seeded hash of set and id, nothing about content. */
export function drawKey(set: string, id: string): string {
  return sha256(`${SEED}|${set}|${id}`);
}

/** The PER_SOURCE rows of one source with the smallest draw key. */
function draw(rows: SampleLine[]): SampleLine[] {
  return inKeyOrder(rows, drawKey).slice(0, PER_SOURCE);
}

/** The last assistant turn of each HH-RLHF transcript, both sides (labelled-sample.ts). */
function hhRows(file: string): SampleLine[] {
  return hhLastTurns(file).map((t) => ({
    set: 'hh-harmless' as const,
    id: `${t.line}|${t.side}`,
    model: 'Anthropic 52B context-distilled (HH-RLHF harmless-base)',
    group: t.group, input: t.input, history: t.history, output: t.output,
  }));
}

function build(ifevalResponses: string, alpacaDir: string, hhHarmless: string): void {
  // IFEval's response file carries no id; a request's id is a hash of its text, as for AlpacaEval
  const ifeval: SampleLine[] = readFileSync(ifevalResponses, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line) => {
    const row = JSON.parse(line) as { prompt: string; response: string };
    const request = sha256(row.prompt).slice(0, 16);
    return { set: 'ifeval-gpt4', id: request, model: 'gpt-4 (IFEval, 2023-11-07)', group: `ifeval:${request}`, input: row.prompt, output: row.response };
  });
  const alpaca: SampleLine[] = ALPACA_MODELS.flatMap((model) => {
    const rows = JSON.parse(readFileSync(join(alpacaDir, model, 'model_outputs.json'), 'utf8')) as { instruction: string; output: string; generator: string }[];
    return rows.map((row) => {
      const instruction = sha256(row.instruction).slice(0, 16);
      return { set: 'alpacaeval' as const, id: `${model}|${instruction}`, model: row.generator, group: `alpacaeval:${instruction}`, input: row.instruction, output: row.output };
    });
  });
  const sample = [...draw(ifeval), ...draw(alpaca), ...draw(hhRows(hhHarmless))];
  writeSample(INSTRUCTION_SAMPLE_FILE, sample);
}

const args = process.argv.slice(2);
if (args[0] === '--build') {
  const [responses, alpacaDir, hhHarmless] = args.slice(1);
  if (!responses || !alpacaDir || !hhHarmless) throw new Error('--build IFEVAL_RESPONSES ALPACA_RESULTS_DIR HH_HARMLESS_TEST');
  build(responses, alpacaDir, hhHarmless);
} else if (args[0] === '--print') {
  const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const from = option('--from', 0);
  instructionSample().slice(from, from + option('--count', Infinity)).forEach((r, i) => {
    console.log(`=== #${from + i} ${r.set} | ${r.id}\n${r.history ? `EARLIER: ${r.history}\n` : ''}IN: ${r.input}\nOUT: ${r.output}\n`);
  });
}
