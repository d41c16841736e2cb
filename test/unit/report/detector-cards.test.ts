// Detector cards in the report (summary.behaviours.<b>.detector) and in the Markdown/HTML exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BEHAVIOURS } from '../../../src/core/behaviour/types';
import { DETECTORS_VERSION } from '../../../src/core/behaviour';
import { DETECTOR_CARDS } from '../../../src/core/behaviour/cards';
import { buildReport } from '../../../src/core/report/build';
import { toHtml } from '../../../src/core/report/html';
import { toMarkdown } from '../../../src/core/report/markdown';
import { ShiftReport } from '../../../src/core/report/schema';
import { withUserLabels } from '../../../src/core/labels';
import { wilsonInterval } from '../../../src/core/shift';
import { ANSWER, REFUSE, sample } from './make';

function report(extra: Partial<Parameters<typeof buildReport>[0]> = {}) {
  return buildReport({
    versions: { a: { ref: 'git:HEAD' }, b: { ref: 'working' } },
    cases: Array.from({ length: 6 }, (_, i) => ({
      id: `c${i}`,
      a: [sample(ANSWER, {}, { judge: { refusal: false } })],
      b: [i < 4 ? sample(REFUSE, { refusal: "can't help" }, { judge: { refusal: i < 3 } }) : sample(ANSWER, {}, { judge: { refusal: false } })],
    })),
    ...extra,
  });
}

test('every behaviour carries its detector card: method, version, both split parts, blind spots; valid against the schema', () => {
  const r = report();
  ShiftReport.parse(r);
  for (const b of BEHAVIOURS) {
    const card = r.summary.behaviours[b].detector;
    assert.ok(card, b);
    assert.equal(card.version, DETECTORS_VERSION);
    assert.equal(card.method, DETECTOR_CARDS[b].method);
    assert.deepEqual(card.blindSpots, DETECTOR_CARDS[b].blindSpots);
    assert.equal(card.validatedOn.length, DETECTOR_CARDS[b].validatedOn.length);
  }
  const refusal = r.summary.behaviours.refusal.detector!;
  assert.equal(refusal.status, 'validated');
  assert.ok(refusal.validatedOn.some((f) => f.part === 'heldout' && f.set === 'xstest-gpt4'));
  assert.ok(refusal.validatedOn.some((f) => f.part === 'tune'), 'the tuned-on figures are there too, labelled');
});

test('a behaviour without a held-out precision and recall is unvalidated', () => {
  const r = report();
  // read from the generated cards, so regenerating them cannot make this pass or fail by accident
  for (const b of BEHAVIOURS) {
    const measured = DETECTOR_CARDS[b].validatedOn.some((f) => f.part === 'heldout' && f.precision !== null && f.recall !== null);
    assert.equal(r.summary.behaviours[b].detector!.status, measured ? 'validated' : 'unvalidated', b);
  }
  // eval awareness: en-2026.12d was worked from the first stance sample (now tune data); held out, the
  // untouched second sample has 2 remarks and it flags none (no precision): unvalidated
  assert.equal(r.summary.behaviours.evalAwareness.detector!.status, 'unvalidated');
  // formatBreak has held-out IFEval answers with broken formats, some of them flagged: validated
  assert.equal(r.summary.behaviours.formatBreak.detector!.status, 'validated');
});

test('the detector version of the records is the card version; the judge agreement is on the card', () => {
  const r = report({ detectorVersion: 'en-2025.01', judge: { model: 'judge-model', behaviours: ['refusal'] } });
  assert.equal(r.summary.behaviours.refusal.detector!.version, 'en-2025.01');
  // 12 outputs judged; the detector flags 4, the judge 3 of them: 11 agree
  assert.deepEqual(r.summary.behaviours.refusal.detector!.judge, { model: 'judge-model', judged: 12, agreement: 11 / 12 });
  assert.equal(r.summary.behaviours.escalation.detector!.judge, undefined);
});

test('Markdown and HTML exports show each card, the user labels, and stay inert', () => {
  const hostile = report({ judge: { model: '@everyone <img src=x onerror=alert(1)> ::warning::x', behaviours: ['refusal'] } });
  const labelled = withUserLabels(hostile, { refusal: { n: 5, positives: 3, agreement: 0.8, precision: 0.75, recall: 1, precisionCi95: wilsonInterval(3, 4), recallCi95: wilsonInterval(3, 3) } });
  const md = toMarkdown(labelled);
  const plain = md.replace(/\\/g, ''); // Markdown escapes: compare the text as read
  assert.match(md, /Detector cards/);
  // the held-out figures the cards carry (regenerated with the detectors), as the export shows them
  // the pool of every held-out set first (the bottom line), then each set
  const heldOut = (set: string) => DETECTOR_CARDS.refusal.validatedOn.find((v) => v.set === set && v.part === 'heldout')!;
  const shown = (set: string): string => {
    const f = heldOut(set);
    return `${set} ${f.precision!.toFixed(2)} / ${f.recall!.toFixed(2)} (${f.n})`;
  };
  const figures = `${shown('all sets pooled')}; ${shown('xstest-gpt4')}; `;
  const gpt4 = heldOut('xstest-gpt4');
  assert.ok(plain.includes(`| refusal | rules + learned (linear n-gram), detectors ${DETECTORS_VERSION}, validated | ${figures}`), `refusal row with ${figures}`);
  assert.match(plain, /your labels: precision 0\.75 \[0\.30, 0\.95\] recall 1\.00 \[0\.44, 1\.00\] \(n 5\)/);
  assert.match(plain, /\| evalAwareness \| rules, detectors [^|]*, unvalidated \| all sets pooled – \/ 0\.00 \(\d+\); own-labels – \/ – \(120\);[^|]*profiling-2 – \/ 0\.00 \(180\)[^|]* \| your labels: none \|/);
  assert.match(plain, /\| formatBreak \| rules, detectors [^|]*, validated \| all sets pooled \d\.\d\d \/ \d\.\d\d \(\d+\); ifeval-gpt4 \d\.\d\d \/ \d\.\d\d \(44\);[^|]* \| your labels: none \|/);
  assert.match(plain, /judge @.*everyone/, 'the judge agreement is on the card');
  assert.ok(!md.includes('<img'), 'the judge model name is escaped in Markdown');
  assert.ok(!/(^|\n)\s*::/.test(md));
  const html = toHtml(labelled);
  assert.match(html, /<h2>Detector cards<\/h2>/);
  assert.match(html, /<li data-behaviour="refusal"><b>refusal<\/b>/);
  assert.match(html, /your labels: precision 0\.75 \[0\.30, 0\.95\] recall 1\.00 \[0\.44, 1\.00\] \(n 5\)/);
  // the full card gives each held-out figure with its 95 % interval, as the card data carries it
  assert.ok(html.includes(`xstest-gpt4: P ${gpt4.precision!.toFixed(2)} [${gpt4.precisionCi95![0].toFixed(2)}, ${gpt4.precisionCi95![1].toFixed(2)}] R ${gpt4.recall!.toFixed(2)} [`), 'the interval beside the figure');
  assert.ok(!html.includes('<img src=x'), 'the judge model name is escaped in HTML');
});

test('a suite\'s own behaviour is a report row with its unvalidated card; a behaviour name that is not an identifier is refused', () => {
  const r = buildReport({
    versions: { a: { ref: 'git:HEAD' }, b: { ref: 'working' } },
    custom: [{ name: 'promisesRefund', description: 'promises a refund', how: 'phrases “full refund”', version: 'custom-0123456789ab' }],
    gates: { promisesRefund: 'increase' },
    cases: Array.from({ length: 12 }, (_, i) => {
      const yes = { ...sample('We will give you a full refund.'), detections: { ...sample('We will give you a full refund.').detections, promisesRefund: { present: true, spans: [{ start: 17, end: 28, text: 'full refund', reason: 'promisesRefund: “full refund”' }] } } };
      const no = { ...sample(ANSWER), detections: { ...sample(ANSWER).detections, promisesRefund: { present: false, spans: [] } } };
      return { id: `c${i}`, a: [no], b: [i < 10 ? yes : no] };
    }),
  });
  const parsed = ShiftReport.parse(r);
  const row = parsed.summary.behaviours['promisesRefund']!;
  assert.ok(row.significant && row.b.rate > 0.8);
  assert.deepEqual({ status: row.detector!.status, version: row.detector!.version, validatedOn: row.detector!.validatedOn }, { status: 'unvalidated', version: 'custom-0123456789ab', validatedOn: [] });
  assert.deepEqual(parsed.summary.gates!.map((g) => [g.behaviour, g.failed]), [['promisesRefund', true]]);
  assert.deepEqual(parsed.cases[0]!.b.samples[0]!.evidence!['promisesRefund']![0]!.text, 'full refund');
  assert.match(toMarkdown(parsed), /\| \*\*promisesRefund\*\* \| 0\.0% \| 83\.3% \|/);
  const hostile = JSON.parse(JSON.stringify(r));
  hostile.summary.behaviours['| x <img src=y>'] = hostile.summary.behaviours.promisesRefund;
  assert.equal(ShiftReport.safeParse(hostile).success, false);
});
