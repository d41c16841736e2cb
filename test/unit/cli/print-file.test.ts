import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileText } from '../../../src/cli/common';

test('a file is printed whole, in pieces of at most 64 KB, with no character cut at a piece boundary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-print-'));
  const file = join(dir, 'report.json');
  // 3- and 4-byte characters at odd offsets, so that piece boundaries fall inside them
  const text = Array.from({ length: 30_000 }, (_, i) => `${i}:é€😀,`).join('');
  writeFileSync(file, text);
  const pieces: string[] = [];
  writeFileText(file, (t) => pieces.push(t));
  assert.equal(pieces.join(''), text);
  assert.ok(pieces.length > 4, `${pieces.length} pieces`);
  // a piece may carry the end (≤ 3 bytes) of a character the previous read cut
  for (const p of pieces) assert.ok(Buffer.byteLength(p) <= (1 << 16) + 3, `a piece of ${Buffer.byteLength(p)} bytes`);
  assert.ok(!pieces.some((p) => p.includes('\ufffd')), 'a character was cut');
});
