import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CaseReport } from '../../../src/core/report/schema';
import { visibleCases, virtualWindow, scrollToReveal, moveActive, shiftStrength, formatP, signedPercent, percent, countAnnouncement, progressAnnouncement, joinAcrossSpaces } from '../../../src/webview/model';
import { DEFAULT_FILTERS } from '../../../src/webview/protocol';
import { BEHAVIOURS } from '../../../src/core/behaviour/types';

const none = Object.fromEntries(BEHAVIOURS.map((b) => [b, false])) as Record<(typeof BEHAVIOURS)[number], boolean>;

function kase(id: string, shifts: Array<[CaseReport['shifts'][number]['behaviour'], number, number]>, output = 'ok', input = ''): CaseReport {
  const sample = { output, behaviours: none };
  return {
    id,
    input,
    a: { samples: [sample] },
    b: { samples: [{ ...sample, output: `${output} (b)` }] },
    shifts: shifts.map(([behaviour, from, to]) => ({ behaviour, from, to, evidence: [] })),
  };
}

const cases = [
  kase('c1', [['refusal', 0, 1 / 3]], 'Sure, here you go', 'recipe'),
  kase('c2', [['escalation', 1, 0]], 'I will fix it', 'angry refund'),
  kase('c10', []),
  kase('c3', [['escalation', 1, 2 / 3], ['hedging', 0, 1]], 'Maybe'),
  kase('c4', [['refusal', 0.5, 0.5]]),
];
const ids = (list: CaseReport[]) => list.map((c) => c.id);

test('default order is strongest shift first, ties by natural id order', () => {
  assert.deepEqual(ids(visibleCases(cases, DEFAULT_FILTERS)), ['c2', 'c3', 'c1', 'c4', 'c10']);
});

test('a behaviour filter keeps the cases that shifted on it, strongest on that behaviour first', () => {
  assert.deepEqual(ids(visibleCases(cases, { ...DEFAULT_FILTERS, behaviour: 'escalation' })), ['c2', 'c3']);
  // c4 lists refusal but from = to: it did not shift.
  assert.deepEqual(ids(visibleCases(cases, { ...DEFAULT_FILTERS, behaviour: 'refusal' })), ['c1']);
});

test('"changed only" drops cases without a shift; search looks in id, input and outputs', () => {
  assert.deepEqual(ids(visibleCases(cases, { ...DEFAULT_FILTERS, changedOnly: true })), ['c2', 'c3', 'c1']);
  assert.deepEqual(ids(visibleCases(cases, { ...DEFAULT_FILTERS, search: 'REFUND' })), ['c2']);
  assert.deepEqual(ids(visibleCases(cases, { ...DEFAULT_FILTERS, search: 'maybe (b)' })), ['c3']);
  assert.deepEqual(ids(visibleCases(cases, { ...DEFAULT_FILTERS, sort: 'id' })), ['c1', 'c2', 'c3', 'c4', 'c10']);
});

test('a report-provided strength wins over the computed one', () => {
  assert.equal(shiftStrength(cases[3] as CaseReport), 1);
  assert.equal(shiftStrength({ ...(cases[3] as CaseReport), strength: 0.25 }), 0.25);
  assert.ok(Math.abs(shiftStrength(cases[3] as CaseReport, 'escalation') - 1 / 3) < 1e-12);
});

test('virtual window: only the rows on screen plus overscan, clamped at both ends', () => {
  assert.deepEqual(virtualWindow(0, 280, 28, 1000, 5), { first: 0, end: 15, totalHeight: 28000 });
  assert.deepEqual(virtualWindow(2800, 280, 28, 1000, 5), { first: 95, end: 115, totalHeight: 28000 });
  // Scrolled past the end (the list shrank under a filter): the last screenful.
  assert.deepEqual(virtualWindow(99999, 280, 28, 1000, 0), { first: 990, end: 1000, totalHeight: 28000 });
  assert.deepEqual(virtualWindow(0, 280, 28, 0), { first: 0, end: 0, totalHeight: 0 });
});

test('property: the window covers every row that intersects the viewport and never more than it needs', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 1, max: 900 }), (count, scrollTop, height) => {
      const rowHeight = 24;
      const w = virtualWindow(scrollTop, height, rowHeight, count, 0);
      const top = Math.max(0, Math.min(scrollTop, Math.max(0, count * rowHeight - height)));
      for (let i = 0; i < count; i++) {
        const visible = i * rowHeight < top + height && (i + 1) * rowHeight > top;
        if (visible) assert.ok(i >= w.first && i < w.end, `row ${i} visible but outside [${w.first}, ${w.end})`);
      }
      assert.ok(w.end - w.first <= Math.ceil(height / rowHeight) + 1);
    }),
    { numRuns: 200 },
  );
});

test('keyboard moves and reveal scrolling', () => {
  assert.equal(moveActive(-1, 'ArrowDown', 10, 5), 0);
  assert.equal(moveActive(9, 'ArrowDown', 10, 5), 9);
  assert.equal(moveActive(3, 'ArrowUp', 10, 5), 2);
  assert.equal(moveActive(3, 'PageDown', 10, 5), 8);
  assert.equal(moveActive(3, 'End', 10, 5), 9);
  assert.equal(moveActive(3, 'x', 10, 5), null);
  assert.equal(moveActive(0, 'ArrowDown', 0, 5), null);
  assert.equal(scrollToReveal(20, 0, 280, 28), 308);
  assert.equal(scrollToReveal(2, 280, 280, 28), 56);
  assert.equal(scrollToReveal(12, 280, 280, 28), 280);
});

test('number formats', () => {
  assert.equal(formatP(0.0004), 'p < 0.001');
  assert.equal(formatP(0.004), 'p = 0.004');
  assert.equal(formatP(0.25), 'p = 0.25');
  assert.equal(signedPercent(-0.2), '−20 pp');
  assert.equal(signedPercent(0.035), '+3.5 pp');
  assert.equal(percent(0.05), '5.0%');
  assert.equal(percent(0.3), '30%');
});

test('the live region says how many cases a filter leaves, in words', () => {
  assert.equal(countAnnouncement(16, 16), 'All 16 cases shown.');
  assert.equal(countAnnouncement(1, 1), 'All 1 case shown.');
  assert.equal(countAnnouncement(2, 16), '2 of 16 cases shown.');
  assert.equal(countAnnouncement(0, 16), 'No case matches these filters; the run has 16 cases.');
});

test('run progress is said when first seen, at each quarter and at the end, not at every update', () => {
  const at = (done: number, finished = false) => ({ done, total: 144, finished });
  assert.equal(progressAnnouncement(null, at(10)), 'Run in progress: 10 of 144 calls.');
  assert.equal(progressAnnouncement(at(10), at(20)), null, 'within the first quarter');
  assert.equal(progressAnnouncement(at(20), at(40)), 'Run 25% done: 40 of 144 calls.');
  assert.equal(progressAnnouncement(at(40), at(75)), 'Run 50% done: 75 of 144 calls.');
  assert.equal(progressAnnouncement(at(75), at(80)), null);
  assert.equal(progressAnnouncement(at(140), at(144, true), ['escalation', 'overconfidence']), 'Run finished: 144 of 144 calls, significant shift in escalation, overconfidence.');
  assert.equal(progressAnnouncement(at(140), at(144, true)), 'Run finished: 144 of 144 calls, no significant shift.');
  // The end of a run the panel never saw going (a re-run's final update, a run opened when done) is not news.
  assert.equal(progressAnnouncement(null, at(9, true)), null);
  assert.equal(progressAnnouncement(at(144, true), at(144, true)), null);
  assert.equal(progressAnnouncement(at(10), null), null);
  assert.equal(progressAnnouncement(null, { done: 0, total: 0, finished: false }), 'Run in progress: 0 of 0 calls.');
});

test('diff ranges that only whitespace separates become one passage', () => {
  const text = 'I will escalate this now; they can help.';
  const word = (w: string, from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length });
  const joined = joinAcrossSpaces(text, [word('will'), word('escalate'), word('this'), word('they'), word('help')]);
  assert.deepEqual(
    joined.map((r) => text.slice(r.start, r.end)),
    ['will escalate this', 'they', 'help'],
  );
  assert.deepEqual(joinAcrossSpaces(text, []), []);
});

test('property: joined passages cover exactly the ranges plus the whitespace between them', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '\n', '.'), { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (chars, marks) => {
      const text = chars.join('');
      // ranges: maximal runs of marked non-space characters, as the word diff gives them
      const ranges: Array<{ start: number; end: number }> = [];
      for (let i = 0; i < text.length; i++) {
        if (!marks[i] || /\s/.test(text[i]!)) continue;
        const last = ranges[ranges.length - 1];
        if (last && last.end === i) last.end++;
        else ranges.push({ start: i, end: i + 1 });
      }
      const joined = joinAcrossSpaces(text, ranges);
      for (const r of ranges) assert.ok(joined.some((j) => j.start <= r.start && r.end <= j.end), 'every range is inside a passage');
      for (const j of joined) {
        for (let i = j.start; i < j.end; i++) {
          const inRange = ranges.some((r) => r.start <= i && i < r.end);
          assert.ok(inRange || /\s/.test(text[i]!), `only whitespace is added (at ${i})`);
        }
      }
      for (let k = 1; k < joined.length; k++) assert.ok(!/^\s*$/.test(text.slice(joined[k - 1]!.end, joined[k]!.start)), 'no two passages are left apart by whitespace only');
    }),
    { numRuns: 300 },
  );
});
