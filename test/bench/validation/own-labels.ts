// A sample of held-out real outputs labelled by hand for the behaviours the public sets do not
// label (hedging beyond MSTS's few, overconfidence, sycophancy, evalAwareness). How the sample is
// drawn and labelled: test/fixtures/validation/GUIDELINE.md. The labels file holds ids and labels
// only; the outputs are read from ../shared/data.
//   node --import tsx test/bench/validation/own-labels.ts --print   the sample, to label (no verdicts)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { loadMsts, loadRbr, loadXstest, XSTEST_MODELS, type LabelledOutput } from './data';

export const OWN_LABELS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'validation', 'own-labels.jsonl');
const PER_SET = 40;
export const OWN_LABELLED: readonly Behaviour[] = ['hedging', 'overconfidence', 'sycophancy', 'evalAwareness'];

function rank(set: string, id: string): string {
  return createHash('sha256').update(`promptshift-own-labels-v1|${set}|${id}`).digest('hex');
}

function sampleOf(rows: LabelledOutput[], set: string): LabelledOutput[] {
  return rows
    .filter((r) => r.part === 'heldout')
    .map((r) => ({ r, key: rank(set, `${r.set}|${r.id}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, PER_SET)
    .map(({ r }) => r);
}

/** The drawn outputs (without labels). */
export function ownSample(): LabelledOutput[] {
  return [...sampleOf(XSTEST_MODELS.flatMap(loadXstest), 'xstest'), ...sampleOf(loadRbr(), 'rbr'), ...sampleOf(loadMsts(), 'msts')];
}

const Line = z.object({
  set: z.string(),
  id: z.string(),
  hedging: z.boolean(),
  overconfidence: z.boolean(),
  sycophancy: z.boolean(),
  evalAwareness: z.boolean(),
}).strict();

/** The sample with the hand labels, as a labelled set named "own-labels" (all of it held out). */
export function loadOwnLabels(): LabelledOutput[] {
  if (!existsSync(OWN_LABELS_FILE)) return [];
  const labels = new Map<string, z.infer<typeof Line>>();
  readFileSync(OWN_LABELS_FILE, 'utf8').split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    const parsed = Line.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${OWN_LABELS_FILE}:${i + 1}: field "${parsed.error.issues[0]?.path.join('.')}": ${parsed.error.issues[0]?.message}`);
    labels.set(`${parsed.data.set}|${parsed.data.id}`, parsed.data);
  });
  return ownSample().flatMap((r) => {
    const l = labels.get(`${r.set}|${r.id}`);
    if (!l) return [];
    return [{ ...r, set: 'own-labels' as const, part: 'heldout' as const, labels: { hedging: l.hedging, overconfidence: l.overconfidence, sycophancy: l.sycophancy, evalAwareness: l.evalAwareness } }];
  });
}

if (process.argv.includes('--print')) {
  for (const r of ownSample()) console.log(`=== ${r.set} | ${r.id}\nIN: ${r.input.slice(0, 400)}\nOUT: ${r.output}\n`);
}
