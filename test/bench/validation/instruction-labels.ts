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
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Behaviour } from '../../../src/core/behaviour/types';
import type { LabelledOutput } from './data';
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

const SampleLine = z.object({
  set: z.enum(INSTRUCTION_SETS),
  id: z.string().min(1),
  model: z.string().min(1),
  /** What must not straddle the split: the request (answers of several models to one request stay together). */
  group: z.string().min(1),
  /** The user message the output answers (for a conversation, the last one). */
  input: z.string(),
  /** A conversation's earlier turns, as the labeller read them (detectors see only `input`, as for RBR). */
  history: z.string().optional(),
  output: z.string(),
}).strict();
type SampleLine = z.infer<typeof SampleLine>;

const LabelLine = z.object({
  set: z.enum(INSTRUCTION_SETS),
  id: z.string().min(1),
  hedging: z.boolean(),
  overconfidence: z.boolean(),
  sycophancy: z.boolean(),
  evalAwareness: z.boolean(),
  formatBreak: z.boolean(),
}).strict();

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function jsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((text, i) => {
    if (text.trim() === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: field "${parsed.error.issues[0]?.path.join('.')}": ${parsed.error.issues[0]?.message}`);
    return [parsed.data];
  });
}

/** The drawn sample (outputs without labels). */
export function instructionSample(file = INSTRUCTION_SAMPLE_FILE): SampleLine[] {
  return existsSync(file) ? jsonl(file, SampleLine) : [];
}

/** The sample with the hand labels, split by request like every other set. */
export function loadInstructionLabels(sampleFile = INSTRUCTION_SAMPLE_FILE, labelsFile = INSTRUCTION_LABELS_FILE): LabelledOutput[] {
  if (!existsSync(labelsFile)) return [];
  const labels = new Map(jsonl(labelsFile, LabelLine).map((l) => [`${l.set}|${l.id}`, l]));
  return instructionSample(sampleFile).flatMap((r) => {
    const l = labels.get(`${r.set}|${r.id}`);
    if (!l) return [];
    return [{
      set: r.set, id: r.id, part: splitPart(r.group), input: r.input, output: r.output,
      labels: { hedging: l.hedging, overconfidence: l.overconfidence, sycophancy: l.sycophancy, evalAwareness: l.evalAwareness, formatBreak: l.formatBreak },
    }];
  });
}

/** What orders a source's rows for the draw: a seeded hash of set and id, nothing about content. */
export function drawKey(set: string, id: string): string {
  return sha256(`${SEED}|${set}|${id}`);
}

/** The PER_SOURCE rows of one source with the smallest draw key. */
function draw(rows: SampleLine[]): SampleLine[] {
  return rows
    .map((r) => ({ r, key: drawKey(r.set, r.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, PER_SOURCE)
    .map(({ r }) => r);
}

/**
 * The last assistant turn of each HH-RLHF transcript ("chosen" and "rejected" end differently),
 * with the last human turn as its input and the turns before as its history.
 */
function hhRows(file: string): SampleLine[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').flatMap((line, i) => {
    const record = JSON.parse(line) as Record<'chosen' | 'rejected', string>;
    return (['chosen', 'rejected'] as const).flatMap((side) => {
      const transcript = record[side];
      const lastAssistant = transcript.lastIndexOf('\n\nAssistant:');
      const lastHuman = transcript.lastIndexOf('\n\nHuman:', lastAssistant);
      if (lastAssistant < 0 || lastHuman < 0) throw new Error(`${file}:${i + 1}: ${side} does not end with a human and an assistant turn`);
      const request = transcript.slice(0, lastAssistant);
      return [{
        set: 'hh-harmless' as const,
        id: `${i + 1}|${side}`,
        model: 'Anthropic 52B context-distilled (HH-RLHF harmless-base)',
        group: `hh:${sha256(request).slice(0, 16)}`,
        input: transcript.slice(lastHuman + '\n\nHuman:'.length, lastAssistant).trim(),
        history: transcript.slice(0, lastHuman).trim(),
        output: transcript.slice(lastAssistant + '\n\nAssistant:'.length).trim(),
      }];
    });
  });
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
  writeFileSync(INSTRUCTION_SAMPLE_FILE, sample.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${sample.length} rows to ${INSTRUCTION_SAMPLE_FILE}`);
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
