// The third hand-labelled set (issue 11, data): real replies chosen for the kind of request that
// draws out the stance behaviours the other sets hardly hold: people stating views and pushing back
// (HH-RLHF harmless-base, `hh-views`) and ~40 models answering under pressure prompts that demand
// confidence or say the model is being evaluated (Behavioral Profiling Framework,
// `profiling-pressure`). Labelled for hedging, overconfidence, sycophancy and evalAwareness. How the
// sample is drawn and labelled: test/fixtures/validation/stance/GUIDELINE.md; sources and licences:
// its README.md. Measure-only: every row is in the held-out part, nothing is tuned on it.
//
//   node --import tsx test/bench/validation/stance-labels.ts --build HH_HARMLESS_TEST URGENCY_JSON AUTHORITY_JSON
//       draws the sample from the sources' files (README.md says where they come from)
//   node --import tsx test/bench/validation/stance-labels.ts --print [--from N] [--count M]
//       the sample, to label (requests and replies only: no detector runs here)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Behaviour } from '../../../src/core/behaviour/types';
import type { LabelledOutput } from './data';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'validation', 'stance');
export const STANCE_SAMPLE_FILE = join(DIR, 'sample.jsonl');
export const STANCE_LABELS_FILE = join(DIR, 'labels.jsonl');

const SEED = 'promptshift-stance-labels-v1';
export const STANCE_LABELLED: readonly Behaviour[] = ['hedging', 'overconfidence', 'sycophancy', 'evalAwareness'];
export const STANCE_SETS = ['hh-views', 'profiling-pressure'] as const;
/** Replies drawn from `hh-views` (fixed before drawing; the pressure set is taken whole), to keep the set near 300. */
const HH_VIEWS_DRAWN = 120;

/**
 * A last human turn that states a view, asks the assistant to agree, or pushes back. Fixed before
 * any reply was read; it looks at the human's words only, never at the reply.
 */
export const VIEW_OR_PUSHBACK = /\b(?:are you sure|you'?re wrong|that'?s (?:not true|wrong|incorrect|not right)|i disagree|don'?t you (?:think|agree)|wouldn'?t you (?:say|agree)|do you agree|you agree|right\?|isn'?t it\?|admit it|i think|i believe|in my opinion|i feel like|i'?m sure|i know|really\?|you said)/i;

const SampleLine = z.object({
  set: z.enum(STANCE_SETS),
  id: z.string().min(1),
  model: z.string().min(1),
  /** Rows that share a request (a conversation, or one question under one pressure prompt). */
  group: z.string().min(1),
  /** The user message the reply answers (for a conversation, the last one). */
  input: z.string(),
  /** A conversation's earlier turns, as the labeller read them (detectors see only `input`). */
  history: z.string().optional(),
  output: z.string(),
}).strict();
type SampleLine = z.infer<typeof SampleLine>;

const LabelLine = z.object({
  set: z.enum(STANCE_SETS),
  id: z.string().min(1),
  hedging: z.boolean(),
  overconfidence: z.boolean(),
  sycophancy: z.boolean(),
  evalAwareness: z.boolean(),
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

/** The drawn sample (replies without labels). */
export function stanceSample(file = STANCE_SAMPLE_FILE): SampleLine[] {
  return existsSync(file) ? jsonl(file, SampleLine) : [];
}

/** The sample with the hand labels; all of it held out (measure-only). */
export function loadStanceLabels(sampleFile = STANCE_SAMPLE_FILE, labelsFile = STANCE_LABELS_FILE): LabelledOutput[] {
  if (!existsSync(labelsFile)) return [];
  const labels = new Map<string, z.infer<typeof LabelLine>>();
  for (const l of jsonl(labelsFile, LabelLine)) {
    const key = `${l.set}|${l.id}`;
    if (labels.has(key)) throw new Error(`${labelsFile}: ${key} is labelled twice`);
    labels.set(key, l);
  }
  return stanceSample(sampleFile).flatMap((r) => {
    const l = labels.get(`${r.set}|${r.id}`);
    if (!l) return [];
    return [{
      set: r.set, id: r.id, part: 'heldout' as const, group: r.group, input: r.input, output: r.output,
      labels: { hedging: l.hedging, overconfidence: l.overconfidence, sycophancy: l.sycophancy, evalAwareness: l.evalAwareness },
    }];
  });
}

/** What orders the sample: a seeded hash of set and id, nothing about content. */
export function stanceDrawKey(set: string, id: string): string {
  return sha256(`${SEED}|${set}|${id}`);
}

function ordered(rows: SampleLine[]): SampleLine[] {
  return rows
    .map((r) => ({ r, key: stanceDrawKey(r.set, r.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ r }) => r);
}

/**
 * The last assistant turn of each HH-RLHF transcript whose last human turn states a view or pushes
 * back, with that turn as input and the turns before as history. Conversations already drawn into
 * the `hh-harmless` set (instruction-labels.ts) are left out, so no reply is in two sets.
 */
function hhViewRows(file: string): SampleLine[] {
  // read as a file, not through instruction-labels.ts, whose command line would also see --build
  const instructionSample = join(DIR, '..', 'instructions', 'sample.jsonl');
  const taken = new Set(readFileSync(instructionSample, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { set: string; id: string }).filter((r) => r.set === 'hh-harmless').map((r) => r.id.split('|')[0]));
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').flatMap((line, i) => {
    if (taken.has(String(i + 1))) return [];
    const record = JSON.parse(line) as Record<'chosen' | 'rejected', string>;
    return (['chosen', 'rejected'] as const).flatMap((side) => {
      const transcript = record[side];
      const lastAssistant = transcript.lastIndexOf('\n\nAssistant:');
      const lastHuman = transcript.lastIndexOf('\n\nHuman:', lastAssistant);
      if (lastAssistant < 0 || lastHuman < 0) throw new Error(`${file}:${i + 1}: ${side} does not end with a human and an assistant turn`);
      const input = transcript.slice(lastHuman + '\n\nHuman:'.length, lastAssistant).trim();
      if (!VIEW_OR_PUSHBACK.test(input)) return [];
      return [{
        set: 'hh-views' as const,
        id: `${i + 1}|${side}`,
        model: 'Anthropic 52B context-distilled (HH-RLHF harmless-base)',
        group: `hh:${sha256(transcript.slice(0, lastAssistant)).slice(0, 16)}`,
        input,
        history: transcript.slice(0, lastHuman).trim(),
        output: transcript.slice(lastAssistant + '\n\nAssistant:'.length).trim(),
      }];
    });
  });
}

interface ProfilingExample { id: string; display_name: string; job_id: string; prompt: string; response: string }

/** Every qualitative example of one pressure condition (the file the framework's authors committed). */
function profilingRows(file: string, condition: 'urgency' | 'authority'): SampleLine[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { condition: string; examples: ProfilingExample[] };
  if (doc.condition !== condition) throw new Error(`${file}: condition ${doc.condition}, expected ${condition}`);
  return doc.examples.map((e) => ({
    set: 'profiling-pressure' as const,
    id: `${condition}|${e.id}`,
    model: e.display_name,
    group: `profiling:${e.job_id}`,
    input: e.prompt,
    output: e.response,
  }));
}

function build(hhHarmless: string, urgency: string, authority: string): void {
  const sample = [...ordered(hhViewRows(hhHarmless)).slice(0, HH_VIEWS_DRAWN), ...ordered([...profilingRows(urgency, 'urgency'), ...profilingRows(authority, 'authority')])];
  const ids = new Set(sample.map((r) => `${r.set}|${r.id}`));
  if (ids.size !== sample.length) throw new Error('duplicate ids in the drawn sample');
  writeFileSync(STANCE_SAMPLE_FILE, sample.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${sample.length} rows to ${STANCE_SAMPLE_FILE}`);
}

const args = process.argv.slice(2);
if (args[0] === '--build') {
  const [hh, urgency, authority] = args.slice(1);
  if (!hh || !urgency || !authority) throw new Error('--build HH_HARMLESS_TEST URGENCY_JSON AUTHORITY_JSON');
  build(hh, urgency, authority);
} else if (args[0] === '--print') {
  const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const from = option('--from', 0);
  stanceSample().slice(from, from + option('--count', Infinity)).forEach((r, i) => {
    console.log(`=== #${from + i} ${r.set} | ${r.id} | ${r.model}\n${r.history ? `EARLIER: ${r.history}\n` : ''}IN: ${r.input}\nOUT: ${r.output}\n`);
  });
}
