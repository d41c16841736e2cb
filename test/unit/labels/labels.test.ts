// The user's labels of outputs: .promptshift/labels.jsonl (append-only), its figures per detector,
// `promptshift labels`, and the labels in `promptshift report` exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { appendLabel, labelFigures, labelOf, labelsFileOf, outputSha256, readLabels } from '../../../src/core/labels';
import { buildReport } from '../../../src/core/report/build';
import { toJson } from '../../../src/core/report/exports';
import { wilsonInterval } from '../../../src/core/shift';
import { captureIO } from '../report/cli-io';
import { ANSWER, ESCALATE, REFUSE, sample } from '../report/make';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

const RUN = '20261130T080000000Z-0badf00d';

function workspace(): { root: string; report: ReturnType<typeof buildReport> } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-labels-'));
  const report = buildReport({
    versions: { a: { ref: 'git:HEAD' }, b: { ref: 'working' } },
    run: { runId: RUN },
    cases: [
      { id: 'c0', a: [sample(ANSWER)], b: [sample(REFUSE, { refusal: "can't help" })] },
      { id: 'c1', a: [sample(ESCALATE, { escalation: 'support team' })], b: [sample(ANSWER)] },
      { id: 'c2', a: [sample(ANSWER)], b: [sample(ANSWER)] },
    ],
  });
  const dir = path.join(root, '.promptshift', 'runs', RUN);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'report.json'), toJson(report));
  return { root, report };
}

test('a label is read from the report (output sha256, what the detector said), appended, and read back', () => {
  const { root, report } = workspace();
  const label = appendLabel(root, labelOf(report, RUN, { caseId: 'c0', arm: 'b', sample: 0, behaviour: 'refusal' }, false));
  assert.equal(label.outputSha256, outputSha256(REFUSE));
  assert.equal(label.detected, true);
  assert.equal(label.detector, report.summary.behaviours.refusal.detector!.version);
  const lines = fs.readFileSync(labelsFileOf(root), 'utf8').trim().split('\n');
  assert.equal(lines.length, 1);
  assert.deepEqual(readLabels(root).labels, [label]);
  // a place that has no output is refused, so no label describes an output that does not exist
  assert.throws(() => labelOf(report, RUN, { caseId: 'nope', arm: 'b', sample: 0, behaviour: 'refusal' }, true), /no output for case nope/);
  assert.throws(() => labelOf(report, RUN, { caseId: 'c0', arm: 'b', sample: 3, behaviour: 'refusal' }, true), /no output/);
});

test('figures: precision and recall of the detector against the latest label of each output', () => {
  const { root, report } = workspace();
  const mark = (caseId: string, arm: 'a' | 'b', behaviour: string, correct: boolean) => appendLabel(root, labelOf(report, RUN, { caseId, arm, sample: 0, behaviour }, correct));
  mark('c0', 'b', 'refusal', true); // REFUSE: TP
  mark('c1', 'a', 'refusal', false); // ESCALATE: the user says it refuses, the detector missed it: FN
  mark('c0', 'a', 'refusal', true); // ANSWER: TN
  let f = labelFigures(readLabels(root).labels).refusal!;
  assert.deepEqual(f, { n: 3, positives: 2, agreement: 2 / 3, precision: 1, recall: 0.5, precisionCi95: wilsonInterval(1, 1), recallCi95: wilsonInterval(1, 2) });
  // c2's B is the same text as c0's A (ANSWER): the label follows the output, the latest mark wins
  mark('c2', 'b', 'refusal', false);
  f = labelFigures(readLabels(root).labels).refusal!;
  assert.deepEqual(f, { n: 3, positives: 3, agreement: 1 / 3, precision: 1, recall: 1 / 3, precisionCi95: wilsonInterval(1, 1), recallCi95: wilsonInterval(1, 3) });
  // a wrong detection: precision falls
  mark('c1', 'a', 'escalation', false);
  assert.deepEqual(labelFigures(readLabels(root).labels).escalation, { n: 1, positives: 0, agreement: 0, precision: 0, recall: null, precisionCi95: wilsonInterval(0, 1), recallCi95: null });
});

test('a bad line is a warning naming file and line; the good lines still count', () => {
  const { root, report } = workspace();
  appendLabel(root, labelOf(report, RUN, { caseId: 'c0', arm: 'b', sample: 0, behaviour: 'refusal' }, true));
  fs.appendFileSync(labelsFileOf(root), '{"v":1,"behaviour":"refusal"}\nnot json\n');
  appendLabel(root, labelOf(report, RUN, { caseId: 'c1', arm: 'a', sample: 0, behaviour: 'escalation' }, true));
  const { labels, problems } = readLabels(root);
  assert.equal(labels.length, 2);
  assert.ok(problems.every((p) => p.file.endsWith('labels.jsonl') && p.severity === 'warning'));
  assert.deepEqual([...new Set(problems.map((p) => p.line))], [2, 3]);
  // eight fields missing: the first two named as problems of their own, then how many more and which
  const line2 = problems.filter((p) => p.line === 2);
  assert.equal(line2.length, 3, JSON.stringify(line2));
  assert.match(line2[2]!.message, /^and 6 more fields wrong or missing on this line \(.*outputSha256.*\)$/, 'the missing field is named');
  // a file that is not a regular file is a problem named at the file, not a crash
  fs.rmSync(labelsFileOf(root));
  fs.mkdirSync(labelsFileOf(root));
  const dir = readLabels(root);
  assert.deepEqual(dir.labels, []);
  assert.match(dir.problems[0]!.message, /is a directory/);
});

test('promptshift labels prints the table (and --json the same figures); report exports carry them', async () => {
  const { root, report } = workspace();
  const io0 = captureIO(root);
  assert.equal(await main(['labels'], io0), 0);
  assert.match(io0.out.join(''), /No labels yet/);
  appendLabel(root, labelOf(report, RUN, { caseId: 'c0', arm: 'b', sample: 0, behaviour: 'refusal' }, true));
  appendLabel(root, labelOf(report, RUN, { caseId: 'c0', arm: 'a', sample: 0, behaviour: 'refusal' }, false));
  const io = captureIO(root);
  assert.equal(await main(['labels'], io), 0);
  assert.match(io.out.join(''), /refusal\s+2\s+2\s+0\.50\s+1\.00 \[0\.21, 1\.00\]\s+0\.50 \[0\.09, 0\.91\]/);
  const json = captureIO(root);
  assert.equal(await main(['labels', '--json'], json), 0);
  assert.deepEqual(JSON.parse(json.out.join('')).behaviours.refusal, { n: 2, positives: 2, agreement: 0.5, precision: 1, recall: 0.5, precisionCi95: wilsonInterval(1, 1), recallCi95: wilsonInterval(1, 2) });
  const md = captureIO(root);
  assert.equal(await main(['report', RUN, '--format', 'md'], md), 0);
  assert.match(md.out.join('').replace(/\\/g, ''), /your labels: precision 1\.00 \[0\.21, 1\.00\] recall 0\.50 \[0\.09, 0\.91\] \(n 2\)/);
  const js = captureIO(root);
  assert.equal(await main(['report', RUN, '--format', 'json'], js), 0);
  assert.deepEqual(JSON.parse(js.out.join('')).summary.behaviours.refusal.detector.yourLabels, { n: 2, positives: 2, agreement: 0.5, precision: 1, recall: 0.5, precisionCi95: wilsonInterval(1, 1), recallCi95: wilsonInterval(1, 2) });
  assert.equal(await main(['labels', '--bogus'], captureIO(root)), 2);
});
