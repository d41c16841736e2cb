import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffText, mergeRanges, splitLines, splitSentences, splitWords, type TextRange } from '../../../src/core/diff';

const slices = (text: string, ranges: TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));
/** The text with the marked ranges cut out: what both sides have in common. */
const unmarked = (text: string, ranges: TextRange[]) => {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start);
    at = r.end;
  }
  return out + text.slice(at);
};

test('tokenisers are lossless', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '.', '!', '’', "'", 'é', '😀', '-', '\t') }), (s) => {
      assert.equal(splitLines(s).join(''), s);
      assert.equal(splitSentences(s).join(''), s);
      assert.equal(splitWords(s).join(''), s);
    }),
  );
  assert.deepEqual(splitWords("Don't panic, Dana."), ["Don't", ' ', 'panic', ',', ' ', 'Dana', '.']);
  assert.deepEqual(splitSentences('One. Two!  Three'), ['One. ', 'Two!  ', 'Three']);
});

test('identical texts have no marks', () => {
  assert.deepEqual(diffText('same text\nhere', 'same text\nhere'), { a: [], b: [] });
});

test('a changed word is marked on both sides, nothing else', () => {
  const a = 'Please contact our support team for a refund.';
  const b = 'Please contact our billing team for a refund.';
  const d = diffText(a, b);
  assert.deepEqual(slices(a, d.a), ['support']);
  assert.deepEqual(slices(b, d.b), ['billing']);
});

test('pure insertions and deletions mark one side only', () => {
  const a = 'I can help.';
  const b = 'I can definitely help.';
  const d = diffText(a, b);
  assert.deepEqual(d.a, []);
  assert.deepEqual(slices(b, d.b), ['definitely ']);
});

test('long outputs: one word changed in one line of hundreds marks just that word, at the right offset', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `Line ${i}: the quick brown fox jumps over the lazy dog.`);
  const a = lines.join('\n');
  const changed = [...lines];
  changed[250] = 'Line 250: the quick red fox jumps over the lazy dog.';
  const b = changed.join('\n');
  const d = diffText(a, b);
  assert.deepEqual(slices(a, d.a), ['brown']);
  assert.deepEqual(slices(b, d.b), ['red']);
  assert.equal(d.a[0]?.start, a.indexOf('Line 250') + 'Line 250: the quick '.length);
});

test('a changed sentence inside a long paragraph is narrowed to words', () => {
  const para = (mid: string) => `First sentence stays. ${mid} Last sentence stays too.`;
  const a = para('I will escalate this to a human agent now.');
  const b = para('I will resolve this myself right now.');
  const d = diffText(a, b);
  assert.equal(unmarked(a, d.a), unmarked(b, d.b));
  assert.ok(slices(a, d.a).join('').includes('escalate'));
  assert.ok(!slices(a, d.a).join('').includes('First'));
});

test('texts too different for a word account are marked whole', () => {
  const a = Array.from({ length: 300 }, (_, i) => `alpha${i}`).join(' ');
  const b = Array.from({ length: 300 }, (_, i) => `beta${i}`).join(' ');
  const d = diffText(a, b, { maxWordEdits: 50 });
  assert.deepEqual(d.a, [{ start: 0, end: a.length }]);
  assert.deepEqual(d.b, [{ start: 0, end: b.length }]);
});

test('property: marks are sorted, disjoint, in bounds, and what is left unmarked is the same on both sides', () => {
  const word = fc.constantFrom('the', 'cat', 'sat', 'on', 'mat', 'I', "can't", 'help', 'refund', '.', ',', '!', ' ', '\n', '  ');
  const text = fc.array(word, { maxLength: 60 }).map((w) => w.join(''));
  fc.assert(
    fc.property(text, text, (a, b) => {
      const d = diffText(a, b);
      for (const [s, ranges] of [[a, d.a], [b, d.b]] as const) {
        let prev = -1;
        for (const r of ranges) {
          assert.ok(r.start > prev && r.end > r.start && r.end <= s.length, JSON.stringify(ranges));
          prev = r.end;
        }
      }
      assert.equal(unmarked(a, d.a), unmarked(b, d.b));
      if (a === b) assert.deepEqual(d, { a: [], b: [] });
    }),
    { numRuns: 300 },
  );
});

test('mergeRanges joins touching and overlapping ranges', () => {
  assert.deepEqual(mergeRanges([{ start: 5, end: 7 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 6, end: 9 }]), [
    { start: 0, end: 3 },
    { start: 5, end: 9 },
  ]);
});
