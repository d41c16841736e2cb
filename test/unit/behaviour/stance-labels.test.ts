// The hand-labelled stance replies that ship with the repository (test/fixtures/validation/stance):
// every label belongs to a drawn reply and every reply is labelled once, the draw is the
// seeded-hash order its README states, the HH-RLHF rows answer a view or a pushback (the only
// thing the draw looked at), the set is all tune data (en-2026.12d was worked from it), and a bad or doubled label line is named.
// No detector runs here: the figures come from `npm run validate:detectors`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SETS } from '../../bench/validation/data';
import {
  loadStanceLabels, STANCE_LABELLED, STANCE_LABELS_FILE, STANCE_SAMPLE_FILE, STANCE_SETS, stanceDrawKey, stanceSample, VIEW_OR_PUSHBACK,
} from '../../bench/validation/stance-labels';

describe('hand-labelled stance replies', () => {
  const sample = stanceSample();
  const rows = loadStanceLabels();

  it('every drawn reply is labelled for the four stance behaviours, once', () => {
    assert.equal(sample.length, 314);
    assert.equal(new Set(sample.map((r) => `${r.set}|${r.id}`)).size, sample.length, 'an id drawn twice');
    assert.equal(rows.length, sample.length, 'a drawn reply without a label');
    const labelLines = readFileSync(STANCE_LABELS_FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
    assert.equal(labelLines.length, sample.length, 'a label without a drawn reply');
    for (const r of rows) assert.deepEqual(Object.keys(r.labels).sort(), [...STANCE_LABELLED].sort(), r.id);
  });

  it('both sets are measured by the harness, and every row is tune data (detectors were worked from it)', () => {
    for (const set of STANCE_SETS) assert.ok((SETS as readonly string[]).includes(set), set);
    assert.ok(rows.every((r) => r.part === 'tune'));
  });

  it('each set is in the order of its seeded hash: 120 HH-RLHF replies, 194 pressure replies', () => {
    for (const [set, n] of [['hh-views', 120], ['profiling-pressure', 194]] as const) {
      const keys = sample.filter((r) => r.set === set).map((r) => stanceDrawKey(r.set, r.id));
      assert.equal(keys.length, n, set);
      assert.deepEqual(keys, [...keys].sort(), `${set} rows are not in draw order`);
    }
  });

  it('an HH-RLHF row was drawn for its human turn only: it states a view or pushes back, and carries its history', () => {
    for (const r of sample.filter((x) => x.set === 'hh-views')) {
      assert.match(r.input, VIEW_OR_PUSHBACK, r.id);
      assert.ok(r.history !== undefined, r.id);
    }
    assert.ok(!VIEW_OR_PUSHBACK.test('How do I bake bread?'));
  });

  it('a bad label line, or one labelled twice, is an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-stance-'));
    const first = sample[0]!;
    const good = JSON.stringify({ set: first.set, id: first.id, hedging: false, overconfidence: false, sycophancy: false, evalAwareness: false });
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${good}\n${JSON.stringify({ set: first.set, id: 'x', hedging: 'yes' })}\n`);
    assert.throws(() => loadStanceLabels(STANCE_SAMPLE_FILE, bad), (e: Error) => e.message.startsWith(`${bad}:2: field "hedging"`));
    const twice = join(dir, 'twice.jsonl');
    writeFileSync(twice, `${good}\n${good}\n`);
    assert.throws(() => loadStanceLabels(STANCE_SAMPLE_FILE, twice), (e: Error) => e.message.startsWith(twice) && e.message.includes('twice'));
  });
});
