// What the tests of the AlpacaEval hand-labelled samples share: the answers were drawn as the sample's
// guideline fixed them (short, not empty, of its named models, none drawn by an earlier sample, in its
// seeded-hash order), and a sample that was split keeps the answers to one instruction on one side.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { SETS, type LabelledOutput } from '../../bench/validation/data';

interface Drawn {
  set: string;
  id: string;
  output: string;
}

/** Every drawn answer once (`size` of them, where the guideline fixed a size), each labelled once for `behaviours`, and the set
 *  one the harness measures. */
export function assertLabelledOnce(set: { sample: () => readonly { id: string; set: string }[]; load: () => LabelledOutput[]; labelsFile: string }, behaviours: readonly Behaviour[], size?: number): void {
  const sample = set.sample();
  const rows = set.load();
  if (size !== undefined) assert.equal(sample.length, size);
  assert.equal(new Set(sample.map((r) => r.id)).size, sample.length, 'an id drawn twice');
  assert.equal(rows.length, sample.length, 'a drawn answer without a label');
  assert.equal(readFileSync(set.labelsFile, 'utf8').split('\n').filter((l) => l.trim() !== '').length, sample.length, 'a label without a drawn answer');
  for (const r of rows) assert.deepEqual(Object.keys(r.labels).sort(), [...behaviours].sort(), r.id);
  assert.ok((SETS as readonly string[]).includes(sample[0]!.set));
}

export function assertDrawnAnswers(sample: readonly Drawn[], fixed: { models: readonly string[]; maxCharacters: number; earlier: ReadonlySet<string>; drawKey: (set: string, id: string) => string }): void {
  for (const r of sample) {
    assert.ok(r.output.length <= fixed.maxCharacters && r.output.trim() !== '', r.id);
    assert.ok(fixed.models.includes(r.id.split('|')[0]!), r.id);
    assert.ok(!fixed.earlier.has(r.output), `${r.id}: answer already in an earlier sample`);
  }
  const keys = sample.map((r) => fixed.drawKey(r.set, r.id));
  assert.deepEqual(keys, [...keys].sort(), 'rows are not in draw order');
}

export function assertSplitByInstruction(rows: readonly LabelledOutput[]): void {
  const partOf = new Map<string, string>();
  for (const r of rows) {
    const seen = partOf.get(r.group!);
    assert.ok(seen === undefined || seen === r.part, `${r.group} straddles the split`);
    partOf.set(r.group!, r.part);
  }
  assert.ok(rows.some((r) => r.part === 'tune') && rows.some((r) => r.part === 'heldout'));
}
