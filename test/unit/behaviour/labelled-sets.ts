// Loads the labelled behaviour sets in test/fixtures/behaviour/<behaviour>.jsonl, checking each
// line's shape (a bad line is reported with file and line, never skipped silently).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DetectionContext } from '../../../src/core/behaviour/types';

export const LABELLED_BEHAVIOURS = ['escalation', 'hedging', 'overconfidence', 'sycophancy', 'evalAwareness', 'formatBreak'] as const;
export type LabelledBehaviour = (typeof LABELLED_BEHAVIOURS)[number];

const Line = z.object({
  output: z.string(),
  input: z.string().optional(),
  system: z.string().optional(),
  format: z.object({ json: z.boolean().optional(), maxLength: z.number().int().nonnegative().optional(), requiredSections: z.array(z.string()).optional() }).strict().optional(),
  label: z.boolean(),
  note: z.string().regex(/^(positive|negative|near-miss): \S/, 'note must start with "positive: ", "negative: " or "near-miss: "'),
}).strict();
export type LabelledCase = z.infer<typeof Line>;

const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'behaviour');

export function fixturePath(behaviour: LabelledBehaviour): string {
  return resolve(fixturesDir, `${behaviour}.jsonl`);
}

export function loadLabelledSet(behaviour: LabelledBehaviour): LabelledCase[] {
  const file = fixturePath(behaviour);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new Error(`${file}:${line}: not JSON (${(error as Error).message})`);
      }
      const parsed = Line.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${file}:${line}: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
      }
      return parsed.data;
    });
}

export function contextOf(c: LabelledCase): DetectionContext {
  const context: DetectionContext = {};
  if (c.input !== undefined) context.input = c.input;
  if (c.system !== undefined) context.system = c.system;
  if (c.format !== undefined) {
    const { json, maxLength, requiredSections } = c.format;
    context.format = {
      ...(json !== undefined ? { json } : {}),
      ...(maxLength !== undefined ? { maxLength } : {}),
      ...(requiredSections !== undefined ? { requiredSections } : {}),
    };
  }
  return context;
}

export function precisionRecall(labels: boolean[], predictions: boolean[]): { precision: number; recall: number; tp: number; fp: number; fn: number; n: number } {
  let tp = 0, fp = 0, fn = 0;
  labels.forEach((label, i) => {
    if (predictions[i] && label) tp++;
    else if (predictions[i]) fp++;
    else if (label) fn++;
  });
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn, n: labels.length };
}
