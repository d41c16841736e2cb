// The second, untouched stance sample (test/fixtures/validation/stance-2): every label belongs to a
// drawn reply and every reply is labelled once, the draw is the seeded-hash order its README states
// (45 per profiling condition, the HH-RLHF rows whole), no reply or conversation of the first samples
// comes back, the set is all held out, and a bad or doubled label line is named.
// No detector runs here: the figures come from `npm run validate:detectors`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SETS } from '../../bench/validation/data';
import { VIEW_OR_PUSHBACK } from '../../bench/validation/labelled-sample';
import { PROFILING2_CONDITIONS, PROFILING2_PER_CONDITION, STANCE2, STANCE2_LABELLED, STANCE2_SETS } from '../../bench/validation/stance2-labels';

const FIXTURES = join(STANCE2.sampleFile, '..', '..');
const earlier = ['instructions', 'stance'].flatMap((dir) => readFileSync(join(FIXTURES, dir, 'sample.jsonl'), 'utf8').split('\n')
  .filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { set: string; id: string; group: string; output: string }));

describe('second stance sample (untouched)', () => {
  const sample = STANCE2.sample();
  const rows = STANCE2.load();

  it('every drawn reply is labelled for the four stance behaviours, once', () => {
    assert.equal(sample.length, 214);
    assert.equal(new Set(sample.map((r) => `${r.set}|${r.id}`)).size, sample.length, 'an id drawn twice');
    assert.equal(rows.length, sample.length, 'a drawn reply without a label');
    const labelLines = readFileSync(STANCE2.labelsFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
    assert.equal(labelLines.length, sample.length, 'a label without a drawn reply');
    for (const r of rows) assert.deepEqual(Object.keys(r.labels).sort(), [...STANCE2_LABELLED].sort(), r.id);
  });

  it('both sets are measured by the harness, and every row is held out', () => {
    for (const set of STANCE2_SETS) assert.ok((SETS as readonly string[]).includes(set), set);
    assert.ok(rows.every((r) => r.part === 'heldout'));
  });

  it('each set is in the order of its seeded hash: 34 HH-RLHF replies, 45 replies per profiling condition', () => {
    for (const [set, n] of [['hh-views-2', 34], ['profiling-2', 4 * PROFILING2_PER_CONDITION]] as const) {
      const keys = sample.filter((r) => r.set === set).map((r) => STANCE2.drawKey(r.set, r.id));
      assert.equal(keys.length, n, set);
      assert.deepEqual(keys, [...keys].sort(), `${set} rows are not in draw order`);
    }
    for (const condition of PROFILING2_CONDITIONS) {
      assert.equal(sample.filter((r) => r.set === 'profiling-2' && r.id.startsWith(`${condition}|`)).length, PROFILING2_PER_CONDITION, condition);
    }
  });

  it('an HH-RLHF row was drawn for its human turn only: it states a view or pushes back, and carries its history', () => {
    for (const r of sample.filter((x) => x.set === 'hh-views-2')) {
      assert.match(r.input, VIEW_OR_PUSHBACK, r.id);
      assert.ok(r.history !== undefined, r.id);
    }
  });

  it('nothing read before comes back: no reply text, conversation or transcript line of the earlier samples', () => {
    const texts = new Set(earlier.map((r) => r.output));
    const groups = new Set(earlier.map((r) => r.group));
    const hhLines = new Set(earlier.filter((r) => r.set.startsWith('hh-')).map((r) => r.id.split('|')[0]));
    for (const r of sample) {
      assert.ok(!texts.has(r.output), `${r.set} ${r.id}: reply already in an earlier sample`);
      assert.ok(!groups.has(r.group), `${r.set} ${r.id}: request already in an earlier sample`);
      if (r.set === 'hh-views-2') assert.ok(!hhLines.has(r.id.split('|')[0]), `${r.id}: conversation already drawn`);
    }
  });

  it('a bad label line, or one labelled twice, is an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-stance2-'));
    const first = sample[0]!;
    const good = JSON.stringify({ set: first.set, id: first.id, hedging: false, overconfidence: false, sycophancy: false, evalAwareness: false });
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${good}\n${JSON.stringify({ set: first.set, id: 'x', hedging: 'yes' })}\n`);
    assert.throws(() => STANCE2.load(STANCE2.sampleFile, bad), (e: Error) => e.message.startsWith(`${bad}:2: field "hedging"`));
    const wrongSet = join(dir, 'wrong-set.jsonl');
    writeFileSync(wrongSet, `${JSON.stringify({ set: 'hh-views', id: first.id, hedging: false, overconfidence: false, sycophancy: false, evalAwareness: false })}\n`);
    assert.throws(() => STANCE2.load(STANCE2.sampleFile, wrongSet), (e: Error) => e.message.startsWith(`${wrongSet}:1: field "set"`));
    const twice = join(dir, 'twice.jsonl');
    writeFileSync(twice, `${good}\n${good}\n`);
    assert.throws(() => STANCE2.load(STANCE2.sampleFile, twice), (e: Error) => e.message.startsWith(twice) && e.message.includes('twice'));
  });
});
