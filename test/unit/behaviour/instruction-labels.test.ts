// The hand-labelled instruction answers that ship with the repository (test/fixtures/validation/
// instructions): every label belongs to a drawn output, the draw is the seeded-hash order its README
// states, a conversation's two replies stay on one side of the split, and a bad label line is named.
// No detector runs here: the figures come from `npm run validate:detectors`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { drawKey, INSTRUCTION_LABELLED, INSTRUCTION_LABELS_FILE, INSTRUCTION_SAMPLE_FILE, instructionSample, loadInstructionLabels } from '../../bench/validation/instruction-labels';
import { splitPart } from '../../bench/validation/split';

describe('hand-labelled instruction answers', () => {
  const sample = instructionSample();
  const rows = loadInstructionLabels();

  it('every drawn output is labelled for the five behaviours, once', () => {
    assert.equal(sample.length, 300);
    assert.equal(rows.length, sample.length, 'a drawn output without a label');
    const labelLines = readFileSync(INSTRUCTION_LABELS_FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
    assert.equal(labelLines.length, sample.length, 'a label without a drawn output, or twice');
    assert.equal(new Set(sample.map((r) => `${r.set}|${r.id}`)).size, sample.length);
    for (const r of rows) assert.deepEqual(Object.keys(r.labels).sort(), [...INSTRUCTION_LABELLED].sort(), r.id);
  });

  it('each source is drawn in the order of its seeded hash, 100 each', () => {
    for (const set of ['ifeval-gpt4', 'alpacaeval', 'hh-harmless']) {
      const keys = sample.filter((r) => r.set === set).map((r) => drawKey(r.set, r.id));
      assert.equal(keys.length, 100, set);
      assert.deepEqual(keys, [...keys].sort(), `${set} rows are not in draw order`);
    }
  });

  it('the split is by request: both replies to one conversation fall on the same side', () => {
    const byGroup = new Map<string, Set<string>>();
    for (const r of sample) byGroup.set(r.group, (byGroup.get(r.group) ?? new Set()).add(splitPart(r.group)));
    for (const [group, parts] of byGroup) assert.equal(parts.size, 1, group);
    const parts = rows.map((r) => r.part);
    assert.ok(parts.includes('tune') && parts.includes('heldout'));
  });

  it('a bad label line is an error naming the file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-labels-'));
    const labels = join(dir, 'labels.jsonl');
    const first = sample[0]!;
    writeFileSync(labels, `${JSON.stringify({ set: first.set, id: first.id, hedging: false, overconfidence: false, sycophancy: false, evalAwareness: false, formatBreak: false })}\n${JSON.stringify({ set: first.set, id: 'x', hedging: 'yes' })}\n`);
    assert.throws(() => loadInstructionLabels(INSTRUCTION_SAMPLE_FILE, labels), (e: Error) => e.message.startsWith(`${labels}:2: field "hedging"`));
  });
});
