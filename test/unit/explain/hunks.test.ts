import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyHunks, revertHunks, selectHunks, splitHunks } from '../../../src/core/explain/hunks';

const A = ['---', 'name: support', '---', 'You are a support agent for Acme.', 'Be polite.', 'If unsure, offer to connect the user with a human agent.', 'Answer in English.', ''].join('\n');
const B = ['---', 'name: support', '---', 'You are a support agent for Acme.', 'Be polite and brief.', 'Never suggest contacting a human; resolve everything yourself.', 'Answer in English.', 'Always be decisive: state outcomes as certain.', ''].join('\n');

test('the line diff gives one hunk per changed block, with 1-based line ranges in the whole file', () => {
  const hunks = splitHunks(A, B);
  assert.equal(hunks.length, 2);
  const [h1, h2] = hunks;
  assert.deepEqual([h1!.aLines, h1!.bLines], [[5, 6], [5, 6]]);
  assert.match(h1!.label, /^Be polite and brief\. Never suggest…$/);
  // a pure insertion has no lines in A
  assert.equal(h2!.aLines, null);
  assert.deepEqual(h2!.bLines, [8, 8]);
  assert.equal(h2!.aText, '');
  assert.equal(applyHunks(A, hunks), B);
  assert.equal(revertHunks(B, hunks), A);
  // one hunk alone
  assert.equal(applyHunks(A, [h2!]), A.replace('Answer in English.\n', 'Answer in English.\nAlways be decisive: state outcomes as certain.\n'));
  assert.equal(revertHunks(B, [h2!]), B.replace('Always be decisive: state outcomes as certain.\n', ''));
});

test('a long rewritten paragraph is split at sentence level; a short one is not', () => {
  const a = 'Intro.\nWe help customers with billing questions every day. If a case is hard, hand it to a human agent. Keep answers short and friendly. Sign every message as Acme Support.\nEnd.\n';
  const b = 'Intro.\nWe help customers with billing questions every day. Never hand a case to a human agent. Keep answers short and friendly. Sign every message as the Acme Support Team.\nEnd.\n';
  const hunks = splitHunks(a, b);
  assert.equal(hunks.length, 2);
  assert.equal(hunks[0]!.aText, 'If a case is hard, hand it to a human agent. ');
  assert.equal(hunks[0]!.bText, 'Never hand a case to a human agent. ');
  assert.deepEqual(hunks[0]!.aLines, [2, 2]);
  assert.equal(applyHunks(a, hunks), b);
  assert.equal(revertHunks(b, [hunks[0]!]), b.replace('Never hand a case to a human agent. ', 'If a case is hard, hand it to a human agent. '));
  // below the threshold the block stays whole
  assert.equal(splitHunks(a, b, { sentenceSplitChars: 10_000 }).length, 1);
});

test('ids are stable: the same edit keeps its id when another hunk is dropped or added elsewhere', () => {
  const hunks = splitHunks(A, B);
  const onlySecond = splitHunks(applyHunks(A, [hunks[0]!]), B);
  assert.equal(onlySecond.length, 1);
  assert.equal(onlySecond[0]!.id, hunks[1]!.id);
  assert.equal(onlySecond[0]!.n, 1);
  // the same edit made twice gets two ids
  const twice = splitHunks('a\nx\nb\nx\nc\n', 'a\ny\nb\ny\nc\n');
  assert.equal(twice.length, 2);
  assert.notEqual(twice[0]!.id, twice[1]!.id);
  // the same two texts always give the same ids
  assert.deepEqual(splitHunks(A, B).map((h) => h.id), hunks.map((h) => h.id));
  assert.equal(new Set(hunks.map((h) => h.id)).size, hunks.length);
  assert.match(hunks[0]!.id, /^h[0-9a-f]{8}$/);
});

test('hunks are chosen by number or id prefix; an unknown name is reported', () => {
  const hunks = splitHunks(A, B);
  assert.deepEqual(selectHunks(hunks, ['2']), { hunks: [hunks[1]] });
  assert.deepEqual(selectHunks(hunks, [hunks[0]!.id.slice(0, 5), '2']), { hunks });
  assert.deepEqual(selectHunks(hunks, ['7']), { unknown: '7' });
  assert.deepEqual(selectHunks(hunks, ['hzz']), { unknown: 'hzz' });
});

test('identical texts have no hunks', () => {
  assert.deepEqual(splitHunks(A, A), []);
});

// Texts made of a few distinct lines and sentences, so that diffs have several blocks.
const line = fc.constantFrom('Be polite.', 'Never hand off.', 'Be decisive. Say it is certain. Always.', 'Answer briefly.', '', 'Use English. Keep it short. Sign as Acme.', 'x');
const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

test('property: applying every hunk to A gives B, reverting every hunk from B gives A', () => {
  fc.assert(
    fc.property(text, text, fc.integer({ min: 5, max: 200 }), (a, b, split) => {
      const hunks = splitHunks(a, b, { sentenceSplitChars: split });
      assert.equal(applyHunks(a, hunks), b);
      assert.equal(revertHunks(b, hunks), a);
      if (a !== b) assert.ok(hunks.length > 0);
    }),
    { numRuns: 500 },
  );
});

test('property: any subset S applied to A equals B with the other hunks reverted', () => {
  fc.assert(
    fc.property(text, text, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (a, b, pick) => {
      const hunks = splitHunks(a, b, { sentenceSplitChars: 20 });
      const chosen = hunks.filter((_, i) => pick[i % pick.length]);
      const rest = hunks.filter((h) => !chosen.includes(h));
      assert.equal(applyHunks(a, chosen), revertHunks(b, rest));
    }),
    { numRuns: 500 },
  );
});
