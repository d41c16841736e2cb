import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffText, segmentText, type TaggedRange } from '../../../src/core/diff';

test('diff marks and evidence spans combine into pieces that map back to the original text', () => {
  const a = 'I understand. I will escalate this to a human agent today.';
  const b = 'I understand. I will fix this for you today.';
  const evidence = { start: a.indexOf('escalate this to a human agent'), end: a.indexOf(' today'), text: 'escalate this to a human agent' };
  assert.equal(a.slice(evidence.start, evidence.end), evidence.text);
  const d = diffText(a, b);
  const ranges: TaggedRange<string>[] = [
    ...d.a.map((r) => ({ ...r, tag: 'del' })),
    { start: evidence.start, end: evidence.end, tag: 'escalation' },
  ];
  const pieces = segmentText(a.length, ranges);
  assert.equal(pieces.map((p) => a.slice(p.start, p.end)).join(''), a);
  const annotated = pieces.filter((p) => p.tags.includes('escalation')).map((p) => a.slice(p.start, p.end)).join('');
  assert.equal(annotated, evidence.text);
  // The evidence is also deleted text: the pieces carry both tags.
  assert.ok(pieces.some((p) => p.tags.includes('escalation') && p.tags.includes('del')));
  assert.ok(pieces.every((p) => !p.tags.includes('del') || d.a.some((r) => p.start >= r.start && p.end <= r.end)));
});

test('overlapping spans keep their given order and out-of-bounds spans are clamped', () => {
  const pieces = segmentText(10, [
    { start: 2, end: 6, tag: 'x' },
    { start: 4, end: 20, tag: 'y' },
    { start: -3, end: 1, tag: 'z' },
    { start: 5, end: 5, tag: 'empty' },
  ]);
  assert.deepEqual(pieces, [
    { start: 0, end: 1, tags: ['z'] },
    { start: 1, end: 2, tags: [] },
    { start: 2, end: 4, tags: ['x'] },
    { start: 4, end: 6, tags: ['x', 'y'] },
    { start: 6, end: 10, tags: ['y'] },
  ]);
});

test('property: pieces tile the text and each carries exactly the ranges covering it', () => {
  const range = fc.record({ start: fc.integer({ min: -2, max: 30 }), end: fc.integer({ min: -2, max: 30 }), tag: fc.integer({ min: 0, max: 5 }) });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 25 }), fc.array(range, { maxLength: 8 }), (length, ranges) => {
      const pieces = segmentText(length, ranges);
      let at = 0;
      for (const p of pieces) {
        assert.equal(p.start, at);
        assert.ok(p.end > p.start);
        at = p.end;
        const expected = ranges.filter((r) => r.start <= p.start && r.end >= p.end && r.end > r.start && Math.min(length, r.end) > Math.max(0, r.start)).map((r) => r.tag);
        assert.deepEqual(p.tags, expected);
      }
      assert.equal(at, length);
    }),
    { numRuns: 300 },
  );
});
