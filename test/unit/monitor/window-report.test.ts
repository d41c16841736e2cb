// A monitor window's samples as a `compare` report for the results panel's side-by-side view: the
// window's sampled outputs on side B, the baseline's on side A (earlier windows', a baseline file's
// or a finished run's), evidence spans carried over, and the scorecard's rates the whole window's
// against the whole baseline's, "significant" exactly where the monitor alarmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countBehaviours, monitorLogs, parseWindowSpec, type MonitorBaseline } from '../../../src/core/monitor/monitor';
import { windowSamplesReport, WINDOW_TEST } from '../../../src/core/monitor/windowReport';
import { ShiftReport } from '../../../src/core/report/schema';

const ESCALATES = "I'm sorry about the double charge. Please contact our billing team so they can reverse it.";
const PLAIN = 'Your order shipped yesterday and should arrive on Friday.';
const DAY = 86_400_000;

/** 20 days × 100 outputs; escalation 40 % until day 12, 10 % after (an exact share each day). */
function writeLog(dir: string, name: string, rate: (day: number) => number): string {
  const lines: string[] = [];
  for (let day = 0; day < 20; day++) {
    for (let i = 0; i < 100; i++) {
      const output = (i * 37 + day * 11) % 100 < rate(day) * 100 ? ESCALATES : PLAIN;
      lines.push(JSON.stringify({ id: `d${day}-${i}`, timestamp: new Date(Date.UTC(2026, 0, 1) + day * DAY + i * 60_000).toISOString(), input: 'I was charged twice.', output }));
    }
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function run(file: string, baseline: MonitorBaseline) {
  return monitorLogs({ files: [{ file, shownAs: path.basename(file) }], window: parseWindowSpec('1d')!, baseline, alarmRate: 0.05, behaviours: ['escalation'], createdAt: '2026-02-01T00:00:00.000Z', onProblem: (p) => assert.fail(JSON.stringify(p)) });
}

test("the alarm window's samples against the earlier windows': B its samples, A theirs, rates of every output, significant where it alarmed", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-window-'));
  const report = await run(writeLog(dir, 'prod.jsonl', (d) => (d >= 12 ? 0.1 : 0.4)), { kind: 'window', warmup: 1 });
  const alarm = report.alarms[0];
  assert.ok(alarm, 'the change raised an alarm');
  const shift = windowSamplesReport(report, 'all', alarm.window);
  assert.ok(shift);
  ShiftReport.parse(shift);
  assert.equal(shift.kind, 'compare');
  const w = report.groups[0]!.windows[alarm.window]!;
  // side B: the window's sampled outputs, in order; side A: earlier windows' samples
  assert.deepEqual(shift.cases.map((c) => c.b.samples[0]?.output), w.samples.map((s) => s.output));
  assert.deepEqual(shift.cases.map((c) => c.id), w.samples.map((s) => s.id));
  const earlierIds = new Set(report.groups[0]!.windows.slice(0, alarm.window).flatMap((x) => x.samples.map((s) => s.output)));
  assert.ok(shift.cases.every((c) => c.a.samples.length === 1 && earlierIds.has(c.a.samples[0]!.output)));
  // evidence spans come with the outputs (the panel annotates them)
  const escalating = shift.cases.flatMap((c) => [c.a.samples[0]!, c.b.samples[0]!]).filter((s) => s.behaviours.escalation);
  assert.ok(escalating.length > 0 && escalating.every((s) => (s.evidence?.escalation?.length ?? 0) > 0));
  // the scorecard: every output of the window against every output before it
  const e = shift.summary.behaviours.escalation;
  const before = report.groups[0]!.windows.slice(0, alarm.window);
  assert.equal(e.b.n, w.n);
  assert.equal(e.b.count, w.rates.escalation.count);
  assert.equal(e.a.n, before.reduce((s, x) => s + x.n, 0));
  assert.equal(e.a.count, before.reduce((s, x) => s + x.rates.escalation.count, 0));
  assert.equal(e.test, WINDOW_TEST);
  assert.equal(e.significant, true);
  assert.ok(e.pValue < 0.01, String(e.pValue));
  assert.match(shift.b.label!, new RegExp(`^${w.label}: ${w.samples.length} of ${w.n} outputs sampled`));
  // a window without an alarm: not significant
  const quiet = windowSamplesReport(report, 'all', 5)!;
  assert.equal(quiet.summary.behaviours.escalation.significant, false);
  // the first window has no baseline: B alone
  const first = windowSamplesReport(report, 'all', 0)!;
  assert.ok(first.cases.every((c) => c.a.samples.length === 0 && c.b.samples.length === 1));
  assert.match(first.a.label!, /none/);
  assert.equal(windowSamplesReport(report, 'all', 99), undefined);
  assert.equal(windowSamplesReport(report, 'nope', 0), undefined);
});

test("a baseline file: side A shows the file's sampled outputs, the scorecard its rates", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-window-'));
  const baseFile = writeLog(dir, 'eval.jsonl', () => 0.4);
  const base = await countBehaviours(baseFile, 'eval.jsonl', (p) => assert.fail(JSON.stringify(p)));
  assert.equal(base.samples.length, 5);
  const report = await run(writeLog(dir, 'prod.jsonl', (d) => (d >= 12 ? 0.1 : 0.4)), { kind: 'file', source: 'eval.jsonl', ...base });
  assert.equal(report.baseline.samples?.length, 5);
  const shift = windowSamplesReport(report, 'all', 15)!;
  ShiftReport.parse(shift);
  assert.deepEqual(shift.cases.map((c) => c.a.samples[0]?.output), base.samples.map((s) => s.output));
  assert.equal(shift.summary.behaviours.escalation.a.n, base.counts.escalation.n);
  assert.equal(shift.summary.behaviours.escalation.a.count, base.counts.escalation.count);
  assert.match(shift.a.label!, /file eval\.jsonl/);
});

test('outputs scored a chunk at a time give the windows, samples and baseline one at a time gives', async () => {
  const { detectAll } = await import('../../../src/core/behaviour');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-window-chunks-'));
  // 2,000 outputs: chunks of 256 end inside days, and windows of 150 outputs inside chunks
  const file = writeLog(dir, 'prod.jsonl', (d) => (d >= 12 ? 0.1 : 0.4));
  for (const window of ['1d', '150']) {
    const monitor = (detect?: typeof detectAll) =>
      monitorLogs({ files: [{ file, shownAs: 'prod.jsonl' }], window: parseWindowSpec(window)!, baseline: { kind: 'window', warmup: 1 }, alarmRate: 0.05, createdAt: '2026-02-01T00:00:00.000Z', ...(detect ? { detect } : {}), onProblem: (p) => assert.fail(JSON.stringify(p)) });
    assert.deepEqual(await monitor(), await monitor(detectAll), `--window ${window}`);
  }
  const fail = (p: unknown) => assert.fail(JSON.stringify(p));
  assert.deepEqual(await countBehaviours(file, 'prod.jsonl', fail), await countBehaviours(file, 'prod.jsonl', fail, detectAll));
});
