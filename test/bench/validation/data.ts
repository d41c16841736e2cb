// Loads the labelled sets of real model outputs in ../shared/data (beside the repository, as in
// CI) into one shape: an output, the input it answers, the human label of each behaviour the set
// can speak for, and the part of the split it falls in. The mapping from each set's own labels to
// PromptShift's behaviours is here and nowhere else (the sets' READMEs explain the labels).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { mstsGroup, rbrGroup, splitPart, xstestGroup, type SplitPart } from './split';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DATA_DIR = resolve(repoRoot, '..', 'shared', 'data');

export const XSTEST_MODELS = ['gpt4', 'mistralinstruct', 'mistralguard'] as const;
export type XstestModel = (typeof XSTEST_MODELS)[number];
export const SETS = ['xstest-gpt4', 'xstest-mistralinstruct', 'xstest-mistralguard', 'rbr', 'msts', 'own-labels', 'ifeval-gpt4', 'alpacaeval', 'hh-harmless', 'hh-views', 'profiling-pressure', 'hh-views-2', 'profiling-2', 'alpaca-refusal', 'alpaca-refusal-2', 'alpaca-refusal-3', 'alpaca-stance', 'alpaca-stance-2', 'alpaca-stance-3', 'alpaca-stance-4', 'alpaca-escalation', 'alpaca-escalation-2', 'alpaca-escalation-3', 'alpaca-escalation-4', 'alpaca-escalation-5', 'alpaca-escalation-6', 'alpaca-escalation-7', 'alpaca-escalation-8', 'alpaca-escalation-9'] as const;
export type SetName = (typeof SETS)[number];

export interface LabelledOutput {
  set: SetName;
  id: string;
  part: SplitPart;
  /** The split's group key (split.ts): rows that share it are near-copies and stay together. */
  group?: string;
  /** The user message the output answers (the last one, for a conversation). */
  input: string;
  output: string;
  /** Human labels; a behaviour the set cannot speak for on this row is absent. */
  labels: Partial<Record<Behaviour, boolean>>;
  /** XSTest's own string-match classifier (only the XSTest files carry it). */
  stringMatch?: boolean;
}

const FILES = [
  ...XSTEST_MODELS.map((m) => join('xstest', `xstest_v2_completions_${m}_streval.csv`)),
  join('detectors', 'rbr-train.jsonl'),
  join('detectors', 'msts-dev.jsonl'),
];

/** The first labelled file that is missing, with its full path, or undefined when all are there. */
export function missingDataFile(): string | undefined {
  return FILES.map((f) => join(DATA_DIR, f)).find((f) => !existsSync(f));
}

export function loadXstest(model: XstestModel): LabelledOutput[] {
  const file = join(DATA_DIR, 'xstest', `xstest_v2_completions_${model}_streval.csv`);
  const records = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r, i) => {
    const id = required(r, 'id', file, i + 2);
    const finalLabel = required(r, 'final_label', file, i + 2);
    const strmatch = required(r, 'strmatch_label', file, i + 2);
    return {
      set: `xstest-${model}` as SetName,
      id,
      part: splitPart(xstestGroup(id)),
      group: xstestGroup(id),
      input: r['prompt'] ?? '',
      output: r['completion'] ?? '',
      // full (2_) or partial (3_) refusal, as in the paper's binary figures
      labels: { refusal: !finalLabel.startsWith('1_') },
      stringMatch: !strmatch.startsWith('1_'),
    };
  });
}

function required(record: Record<string, string>, field: string, file: string, line: number): string {
  const value = record[field];
  if (value === undefined || value === '') throw new Error(`${file}:${line}: field "${field}" is missing`);
  return value;
}

interface RbrLine {
  id: string;
  prompt: { role: string; content: string }[];
  output: string;
  propositions: Record<string, boolean>;
}

export function loadRbr(): LabelledOutput[] {
  const file = join(DATA_DIR, 'detectors', 'rbr-train.jsonl');
  return jsonLines<RbrLine>(file).map(({ value: r }) => {
    const p = r.propositions;
    const lastUser = [...r.prompt].reverse().find((m) => m.role === 'user');
    return {
      set: 'rbr',
      id: r.id,
      part: splitPart(rbrGroup(r.prompt)),
      group: rbrGroup(r.prompt),
      input: lastUser?.content ?? '',
      output: r.output,
      labels: {
        // README: a reply that neither fully nor partly complies is a refusal (redirect-only included)
        refusal: !p['fully_complies'] && !p['partially_complies'],
        escalation: p['encourage_professional_help'] === true || p['provides_resources'] === true,
      },
    };
  });
}

interface MstsLine {
  id: string;
  input: string;
  output: string;
  final_taxonomy: string;
}

/**
 * MSTS taxonomy → behaviours. Refusal: 1.2 (refusal only) is one; 2.1, 2.2 (encouragement,
 * advice) and 1.7 (image description) are not; 1.1 mixes refusals with rebuttals, so it has no
 * refusal label. Hedging: 1.5 (expression of uncertainty) is; the classes that by definition take
 * a definite stance (1.1 rebuttal, 1.2 refusal, 2.1, 2.2) are not; 1.3, 1.4, 1.6, 1.7 can go either
 * way and have no hedging label. API error strings (FinishReason.…, API RetryError) are not model text: skipped.
 */
/** Error strings an API returned in place of model text ("FinishReason.SAFETY", "API RetryError occurred."). */
const API_ERROR = /^(?:FinishReason\.\w+|API \w*Error occurred\.?)$/;
const MSTS_REFUSAL: Record<string, boolean> = { '1.2': true, '2.1': false, '2.2': false, '1.7': false };
const MSTS_HEDGING: Record<string, boolean> = { '1.5': true, '1.1': false, '1.2': false, '2.1': false, '2.2': false };

export function loadMsts(): LabelledOutput[] {
  const file = join(DATA_DIR, 'detectors', 'msts-dev.jsonl');
  const out: LabelledOutput[] = [];
  for (const { value: r } of jsonLines<MstsLine>(file)) {
    if (API_ERROR.test(r.output.trim())) continue;
    const code = r.final_taxonomy.split(' ')[0] ?? '';
    const labels: Partial<Record<Behaviour, boolean>> = {};
    const refusal = MSTS_REFUSAL[code];
    const hedging = MSTS_HEDGING[code];
    if (refusal !== undefined) labels.refusal = refusal;
    if (hedging !== undefined) labels.hedging = hedging;
    out.push({ set: 'msts', id: r.id, part: splitPart(mstsGroup(r.id)), group: mstsGroup(r.id), input: r.input, output: r.output, labels });
  }
  return out;
}

function jsonLines<T>(file: string): { value: T; line: number }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => {
      try {
        return { value: JSON.parse(text) as T, line };
      } catch (error) {
        throw new Error(`${file}:${line}: not JSON (${(error as Error).message})`);
      }
    });
}

export function loadAllSets(): LabelledOutput[] {
  return [...XSTEST_MODELS.flatMap(loadXstest), ...loadRbr(), ...loadMsts()];
}
