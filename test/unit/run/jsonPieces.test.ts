// run.json written in pieces (issue 17) is the same file, byte for byte, as JSON.stringify(value,
// null, 2): on generated JSON values with long arrays at any depth, on what JSON leaves out or
// turns into null (undefined, functions, toJSON, empty containers), and through RunFolder.writeMeta.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { writeJsonInPieces } from '../../../src/core/files';
import { RunFolder, type RunMeta } from '../../../src/core/run/store';
import { tempDir } from './helpers';

function inPieces(value: unknown): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJsonInPieces((t) => pieces.push(t), value);
  return { text: pieces.join(''), pieces: pieces.length };
}

test('generated values, long arrays among them: the bytes of JSON.stringify(value, null, 2)', () => {
  const long = fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 65, maxLength: 90 });
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), long, fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }), fc.array(tie('node'), { maxLength: 70 })),
  })).node;
  fc.assert(fc.property(value, (v) => inPieces(v).text === JSON.stringify(v, null, 2)), { numRuns: 300 });
});

test('a run.json-like document: cases written one at a time, what JSON leaves out left out; writeMeta writes those bytes', () => {
  const cases = Array.from({ length: 500 }, (_, i) => ({ id: `case-${i}`, input: `line\nbreak "${i}" \u2028 é🙂`, vars: i % 3 ? { n: i } : {}, gone: undefined, expect: i % 2 ? [] : [true, undefined, () => 1] }));
  const doc = { schemaVersion: 1, status: 'running', when: new Date(0), meta: { cases, empty: {}, none: [], fn: () => 0, n: -0, big: 1e21 }, list: Array.from({ length: 70 }, (_, i) => (i % 5 ? i : undefined)) };
  const { text, pieces } = inPieces(doc);
  assert.equal(text, JSON.stringify(doc, null, 2));
  assert.ok(pieces > 1000, `written in ${pieces} pieces, not one string`);
  const folder = new RunFolder(tempDir());
  const meta = { schemaVersion: 1, runId: 'r', createdAt: 'now', updatedAt: 'now', status: 'running', totalCalls: 3, done: 0, errors: 0, meta: { cases } } as unknown as RunMeta;
  folder.writeMeta(meta);
  assert.equal(readFileSync(folder.file('run.json'), 'utf8'), JSON.stringify(meta, null, 2) + '\n');
});
