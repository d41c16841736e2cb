// What the tests of the AlpacaEval hand-labelled samples share: the answers were drawn as the sample's
// guideline fixed them (short, not empty, of its named models, none drawn by an earlier sample, in its
// seeded-hash order), and a sample that was split keeps the answers to one instruction on one side.
import assert from 'node:assert/strict';
import type { LabelledOutput } from '../../bench/validation/data';

interface Drawn {
  set: string;
  id: string;
  output: string;
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
