// What the hand-labelled samples that ship in the repository share (instruction-labels.ts,
// stance-labels.ts, stance2-labels.ts): the shape of a drawn output, the hash that orders a draw, a
// JSONL reader whose errors name the file, line and field, the writer of a drawn sample, and the files
// and loader of a hand-labelled sample. Kept apart from the loaders because each one acts on its own command line when it is run.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Behaviour } from '../../../src/core/behaviour/types';
import type { LabelledOutput, SetName } from './data';
import type { SplitPart } from './split';

/** Where the hand-labelled samples live (test/fixtures/validation), one folder each. */
export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'validation');

/**
 * A last human turn that states a view, asks the assistant to agree, or pushes back. Fixed before
 * any reply of `hh-views` was read (stance-labels.ts); it looks at the human's words only, never at the reply.
 */
export const VIEW_OR_PUSHBACK = /\b(?:are you sure|you'?re wrong|that'?s (?:not true|wrong|incorrect|not right)|i disagree|don'?t you (?:think|agree)|wouldn'?t you (?:say|agree)|do you agree|you agree|right\?|isn'?t it\?|admit it|i think|i believe|in my opinion|i feel like|i'?m sure|i know|really\?|you said)/i;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A drawn output of one of `sets`, with the request it answers. */
export function sampleLine<S extends readonly [string, ...string[]]>(sets: S) {
  return z.object({
    set: z.enum(sets),
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
}

/** The lines of a JSONL file, each checked against `schema`; blank lines are skipped. */
export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
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

/** Writes a drawn sample as JSONL, refusing one that holds an id twice (`detail` goes into the message). */
export function writeSample(file: string, rows: readonly { set: string; id: string }[], detail = ''): void {
  if (new Set(rows.map((r) => `${r.set}|${r.id}`)).size !== rows.length) throw new Error('duplicate ids in the drawn sample');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${rows.length} rows${detail} to ${file}`);
}

/** A label line: the row it labels and a yes / no for each of `behaviours`, nothing else. */
export function labelLine<S extends readonly [string, ...string[]]>(sets: S, behaviours: readonly Behaviour[]): z.ZodType<LabelOf<S>> {
  const flags = Object.fromEntries(behaviours.map((b) => [b, z.boolean()]));
  // the flags are built from the list, so zod cannot type them; the schema still checks every one
  return z.object({ set: z.enum(sets), id: z.string().min(1), ...flags }).strict() as unknown as z.ZodType<LabelOf<S>>;
}

type LabelOf<S extends readonly string[]> = { set: S[number]; id: string } & Partial<Record<Behaviour, boolean>>;

type Sample = z.infer<ReturnType<typeof sampleLine>>;

/**
 * The drawn rows joined with their labels (a row without a label is left out; a row labelled twice
 * is an error naming the labels file), in the shape every labelled set has.
 */
export function joinLabels<R extends Sample>(
  sample: readonly R[], labelsFile: string, schema: z.ZodType<LabelOf<readonly string[]>>,
  behaviours: readonly Behaviour[], part: (row: R) => SplitPart,
): LabelledOutput[] {
  const labels = new Map<string, LabelOf<readonly string[]>>();
  for (const l of readJsonl(labelsFile, schema)) {
    const key = `${l.set}|${l.id}`;
    if (labels.has(key)) throw new Error(`${labelsFile}: ${key} is labelled twice`);
    labels.set(key, l);
  }
  return sample.flatMap((r) => {
    const l = labels.get(`${r.set}|${r.id}`);
    if (!l) return [];
    return [{
      set: r.set as SetName, id: r.id, part: part(r), group: r.group, input: r.input, output: r.output,
      labels: Object.fromEntries(behaviours.map((b) => [b, l[b] === true])),
    }];
  });
}

/** Rows in the order of a seeded hash of their set and id: what a draw takes from, nothing about content. */
export function inKeyOrder<R extends { set: string; id: string }>(rows: readonly R[], key: (set: string, id: string) => string): R[] {
  return rows
    .map((r) => ({ r, k: key(r.set, r.id) }))
    .sort((a, b) => (a.k < b.k ? -1 : 1))
    .map(({ r }) => r);
}

/**
 * The last assistant turn of each HH-RLHF transcript ("chosen" and "rejected" end differently),
 * with the last human turn as its input, the turns before as its history, and the whole
 * conversation before the reply as its split group.
 */
export function hhLastTurns(file: string): { line: number; side: 'chosen' | 'rejected'; group: string; input: string; history: string; output: string }[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').flatMap((text, i) => {
    const record = JSON.parse(text) as Record<'chosen' | 'rejected', string>;
    return (['chosen', 'rejected'] as const).map((side) => {
      const transcript = record[side];
      const lastAssistant = transcript.lastIndexOf('\n\nAssistant:');
      const lastHuman = transcript.lastIndexOf('\n\nHuman:', lastAssistant);
      if (lastAssistant < 0 || lastHuman < 0) throw new Error(`${file}:${i + 1}: ${side} does not end with a human and an assistant turn`);
      return {
        line: i + 1,
        side,
        group: `hh:${sha256(transcript.slice(0, lastAssistant)).slice(0, 16)}`,
        input: transcript.slice(lastHuman + '\n\nHuman:'.length, lastAssistant).trim(),
        history: transcript.slice(0, lastHuman).trim(),
        output: transcript.slice(lastAssistant + '\n\nAssistant:'.length).trim(),
      };
    });
  });
}

/**
 * A hand-labelled sample in `dir` (sample.jsonl, labels.jsonl): its reader, its rows joined with
 * their labels, all in one part (held out while it is measure-only; `tune` once detectors have been
 * worked from it) or split row by row (`part` a function of the row), and the seeded hash that
 * orders its draw (nothing about content).
 */
export function handLabelledSample<S extends readonly [string, ...string[]]>(sets: S, behaviours: readonly Behaviour[], dir: string, seed: string, part: SplitPart | ((row: Sample) => SplitPart) = 'heldout') {
  const schema = sampleLine(sets);
  const labels = labelLine(sets, behaviours);
  const sampleFile = join(dir, 'sample.jsonl');
  const labelsFile = join(dir, 'labels.jsonl');
  /** The drawn sample (replies without labels). */
  const sample = (file = sampleFile): z.infer<typeof schema>[] => (existsSync(file) ? readJsonl(file, schema) : []);
  return {
    sampleFile, labelsFile, sample,
    /** The sample with the hand labels, all of it in `part`. */
    load: (file = sampleFile, labelFile = labelsFile): LabelledOutput[] =>
      (existsSync(labelFile) ? joinLabels(sample(file), labelFile, labels, behaviours, typeof part === 'function' ? part : () => part) : []),
    drawKey: (set: string, id: string): string => sha256(`${seed}|${set}|${id}`),
  };
}

/** A drawn sample printed for labelling (`--from N --count M` in `args`): requests and replies only, no detector. */
export function printForLabelling(rows: readonly Sample[], args: readonly string[]): void {
  const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const from = option('--from', 0);
  rows.slice(from, from + option('--count', Infinity)).forEach((r, i) => {
    console.log(`=== #${from + i} ${r.set} | ${r.id} | ${r.model}\n${r.history ? `EARLIER: ${r.history}\n` : ''}IN: ${r.input}\nOUT: ${r.output}\n`);
  });
}

/**
 * The qualitative examples the Behavioral Profiling Framework's authors committed for one condition
 * (`outputs/behavioral_profiles/<condition>/qualitative_examples.json`), as rows of `set`: the whole
 * user message as input, the final reply as output, the framework's job (one question) as split group.
 */
export function profilingExampleRows<S extends string>(set: S, file: string, condition: string) {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { condition: string; examples: { id: string; display_name: string; job_id: string; prompt: string; response: string }[] };
  if (doc.condition !== condition) throw new Error(`${file}: condition ${doc.condition}, expected ${condition}`);
  return doc.examples.map((e) => ({ set, id: `${condition}|${e.id}`, model: e.display_name, group: `profiling:${e.job_id}`, input: e.prompt, output: e.response }));
}

/**
 * One AlpacaEval model's answers (`<results>/<model>/model_outputs.json`), as rows of `set`: the
 * instruction as input, the answer as output, the instruction (hashed) as split group, so the answers
 * of several models to one instruction stay on one side.
 */
export function alpacaRows<S extends string>(set: S, alpacaDir: string, model: string) {
  const rows = JSON.parse(readFileSync(join(alpacaDir, model, 'model_outputs.json'), 'utf8')) as { instruction: string; output: string; generator: string }[];
  return rows.map((row) => {
    const instruction = sha256(row.instruction).slice(0, 16);
    return { set, id: `${model}|${instruction}`, model: row.generator, group: `alpacaeval:${instruction}`, input: row.instruction, output: row.output };
  });
}

/** One field of every row of the samples in `dirs` (folders of FIXTURES). */
function sampleField(dirs: readonly string[], field: 'output' | 'input'): Set<string> {
  return new Set(dirs.flatMap((dir) => readFileSync(join(FIXTURES, dir, 'sample.jsonl'), 'utf8').split('\n')
    .filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as Record<typeof field, string>)[field])));
}

/** The outputs of the samples in `dirs` (folders of FIXTURES): a reply drawn before is never drawn again. */
export function takenOutputs(dirs: readonly string[]): Set<string> {
  return sampleField(dirs, 'output');
}

/** The instructions (their text) of the samples in `dirs` (folders of FIXTURES). */
export function instructionsOf(dirs: readonly string[]): Set<string> {
  return sampleField(dirs, 'input');
}

/** Every folder of FIXTURES that holds a drawn sample, but `except`: the answers a new sample may draw none of. */
export function everySampleFolder(except: string): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== except && existsSync(join(FIXTURES, d.name, 'sample.jsonl'))).map((d) => d.name).sort();
}

/** The answers of `models` a sample may draw: not empty, at most `maxCharacters`, and not in the samples named in `after`. */
export function drawableAlpaca<S extends string>(set: S, alpacaDir: string, models: readonly string[], maxCharacters: number, after: readonly string[]) {
  const taken = takenOutputs(after);
  return models.flatMap((model) => alpacaRows(set, alpacaDir, model))
    .filter((row) => row.output.trim() !== '' && row.output.length <= maxCharacters && !taken.has(row.output));
}

type DrawableRow = ReturnType<typeof drawableAlpaca>[number];

/**
 * A draw in strata: each stratum's candidates in the sample's seeded-hash order, the first `count` of each taken, all merged in
 * that order and written; prints each stratum's candidates and the instructions they answer.
 */
export function drawInStrata(sample: { sampleFile: string; drawKey: (set: string, id: string) => string }, pool: readonly DrawableRow[], strata: readonly { name: string; rows: (r: DrawableRow) => boolean; count: number }[]): void {
  const candidates = strata.map((stratum) => inKeyOrder(pool.filter(stratum.rows), sample.drawKey));
  const drawn = inKeyOrder(candidates.flatMap((rows, i) => rows.slice(0, strata[i]!.count)), sample.drawKey);
  writeSample(sample.sampleFile, drawn, ` (${strata.map((stratum, i) => `${stratum.name} ${candidates[i]!.length} candidates`).join(', ')}; ${new Set(pool.map((r) => r.group)).size} instructions)`);
}

/**
 * The command line of a loader that holds several samples: `--draw` / `--draw2` / `--draw3 ALPACA_RESULTS_DIR` draws
 * the first, second or third, `--list` / `--list2` / `--list3 [--from N] [--count M]` prints it for labelling (no
 * detector runs).
 */
export function sampleCommands(args: readonly string[], samples: readonly { draw: (alpacaDir: string) => void; sample: () => readonly Sample[] }[]): void {
  const command = /^--(draw|list)([2-9]?)$/.exec(args[0] ?? '');
  if (!command) return;
  const chosen = samples[command[2] ? Number(command[2]) - 1 : 0];
  if (!chosen) throw new Error(`${args[0]}: this loader holds ${samples.length} samples`);
  if (command[1] === 'list') return printForLabelling(chosen.sample(), args);
  if (!args[1]) throw new Error(`${args[0]} ALPACA_RESULTS_DIR`);
  chosen.draw(args[1]);
}
