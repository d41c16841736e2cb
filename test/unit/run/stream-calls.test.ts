// calls.jsonl read as a stream (RunFolder.streamCalls, what a large run's report is built from):
// the same records as the whole-file reader across 64 KB pieces that cut multi-byte characters and
// lines longer than a piece, a
// bad line and a torn last line warned about at their line numbers, and a link never followed; each
// record read back from where streamCallsAt placed it (the report's second pass, issue 17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALLS_FILE, RunFolder, type CallRecord, type RecordWarning } from '../../../src/core/run/store';
import { tempDir } from './helpers';

function record(i: number): CallRecord {
  // multi-byte text of varying length: piece boundaries fall inside characters somewhere
  const text = `Réponse ${i}: ${'é🙂'.repeat(i % 97)} ${'x'.repeat(i % 13)}`;
  return { callId: `c${i}`, cacheKey: 'k', caseId: `case-${i}`, version: 'a', sample: 0, paramsHash: 'p', cached: false, attempts: 1, finishedAt: '2026-01-01T00:00:00Z', response: { text, latencyMs: 1 } };
}

test('streamCalls yields exactly what readRecord reads, across pieces, with warnings at their lines', () => {
  const dir = tempDir();
  const records = Array.from({ length: 9000 }, (_, i) => record(i));
  // answers longer than a piece (64 KB), one of them several pieces long
  for (const [i, n] of [[10, 70_000], [5000, 300_000]] as const) records[i]!.response!.text = `${'é🙂'.repeat(n / 3)}`;
  const lines = records.map((r) => JSON.stringify(r));
  lines.splice(4000, 0, '{"callId": "broken"'); // line 4001: not a record
  writeFileSync(join(dir, CALLS_FILE), lines.join('\n') + '\n');
  appendFileSync(join(dir, CALLS_FILE), '{"callId":"torn","cacheKey":"k'); // an interrupted write
  const folder = new RunFolder(dir);
  const warnings: RecordWarning[] = [];
  const streamed = [...folder.streamCalls(warnings)];
  assert.ok(lines.join('\n').length > 2 * 1024 * 1024, 'the file spans several pieces');
  assert.equal(streamed.length, records.length);
  assert.deepEqual(streamed, records);
  assert.deepEqual(streamed.map((r) => r.callId), [...folder.readRecord().results.keys()]);
  assert.deepEqual(warnings.map((w) => w.line), [4001, 9002]);
  assert.match(warnings[1]!.message, /incomplete last line/);
  // each record is where streamCallsAt says (byte offsets, across pieces and multi-byte text), read back in any order
  const placed = [...folder.streamCallsAt()];
  const reader = folder.callsReader();
  try {
    for (const k of [8999, 0, 4000, 3999, 1234, 7777]) assert.deepEqual(reader.read(placed[k]!.at), records[k], `record ${k}`);
    assert.deepEqual(placed.map((p) => reader.read(p.at)), records);
  } finally {
    reader.close();
  }
});

test('streamCalls of a run with no calls yields nothing; a link in its place is not followed', () => {
  const dir = tempDir();
  assert.deepEqual([...new RunFolder(dir).streamCalls()], []);
  const elsewhere = join(tempDir(), 'secret.jsonl');
  writeFileSync(elsewhere, JSON.stringify(record(1)) + '\n');
  symlinkSync(elsewhere, join(dir, CALLS_FILE));
  const warnings: RecordWarning[] = [];
  assert.deepEqual([...new RunFolder(dir).streamCalls(warnings)], []);
  assert.match(warnings[0]!.message, /link is never followed/);
});

test('answeredCalls: what a resumed execution keeps of the records, the calls readRecord counts as answered (a success after errors, the first success, from the cache or not)', () => {
  const dir = tempDir();
  const failed = (i: number): CallRecord => {
    const { response: _response, ...rest } = record(i);
    return { ...rest, error: { message: 'HTTP 500' } };
  };
  const lines: CallRecord[] = [failed(1), record(1), { ...record(2), cached: true }, record(2), failed(3), record(4), failed(4), failed(5), failed(5)];
  writeFileSync(join(dir, CALLS_FILE), lines.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const folder = new RunFolder(dir);
  const answered = folder.answeredCalls();
  assert.deepEqual([...answered], [['c1', false], ['c2', true], ['c4', false]]);
  const { results } = folder.readRecord();
  assert.deepEqual([...answered.keys()].sort(), [...results.values()].filter((r) => r.response).map((r) => r.callId).sort());
  for (const [id, cached] of answered) assert.equal(results.get(id)!.cached, cached, id);
});
