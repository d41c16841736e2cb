import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CaseReport } from '../../../src/core/report/schema';
import { visibleCases, virtualWindow, scrollToReveal, moveActive, shiftStrength, formatP, signedPercent, percent } from '../../../src/webview/model';
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
