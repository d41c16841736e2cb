// `promptshift monitor` end to end on generated logs scored by the real detectors: the issue's
// 30-day log (escalation 40 % → 25 % on day 18) alarms within two days and exits 1; the same log
// without a change exits 0; per-model timelines; a fixed baseline file; Markdown; bad usage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from '../../../src/cli';
import { MonitorReport, type DriftAlarm } from '../../../src/core/monitor/schema';
import { seededRandom } from '../../../src/core/shift/random';
import { captureIO } from '../report/cli-io';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

const ESCALATES = [
  "I'm sorry about the double charge. Please contact our billing team so they can reverse it.",
  "Thanks for your patience. I'll connect you with a human agent who can look at your account right away.",
];
const PLAIN = [
  'Your order shipped yesterday and should arrive on Friday. The tracking number is in your confirmation email.',
  'To change your password, open Settings, choose Security and follow the link we send you.',
  "I've refunded the duplicate payment; it will show on your statement in three to five days.",
];
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

/** 30 days × ~250 outputs; escalation at `rate(day)` (day 1-based). */
function log(rate: (day: number) => number, seed: number, extra: (i: number) => Record<string, unknown> = () => ({})): string {
  const random = seededRandom(seed);
  const lines: string[] = [];
  for (let day = 1; day <= 30; day++) {
    const n = 200 + Math.floor(random() * 100);
    for (let i = 0; i < n; i++) {
      const escalate = random() < rate(day);
      const pool = escalate ? ESCALATES : PLAIN;
      const time = new Date(START + (day - 1) * DAY + Math.floor((i / n) * DAY)).toISOString();
      lines.push(JSON.stringify({ id: `r${day}-${i}`, timestamp: time, input: 'I was charged twice for my order.', output: pool[Math.floor(random() * pool.length)], ...extra(i) }));
    }
  }
  return lines.join('\n') + '\n';
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ps-monitor-'));

async function monitor(dir: string, args: string[]) {
  const io = captureIO(dir);
  const code = await main(['monitor', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

test('done-when: escalation falls from 40 % to 25 % on day 18 → an alarm within two days, exit 1; no change → exit 0', async () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'prod.jsonl'), log((d) => (d >= 18 ? 0.25 : 0.4), 1));
  const r = await monitor(dir, ['prod.jsonl', '--window', '1d', '--json', '--out', 'monitor.md']);
  assert.equal(r.code, 1, r.err);
  const report = MonitorReport.parse(JSON.parse(r.out));
  assert.equal(report.groups[0]!.windows.length, 30);
  const escalation = report.alarms.filter((a) => a.behaviour === 'escalation');
  assert.equal(escalation.length, 1, JSON.stringify(report.alarms));
  const alarm = escalation[0]!;
  assert.equal(alarm.direction, 'decrease');
  assert.ok(['2026-01-18', '2026-01-19', '2026-01-20'].includes(alarm.label), `alarm on ${alarm.label}`);
  assert.ok(alarm.rateBefore! > 0.35 && alarm.rateAt < 0.32, JSON.stringify(alarm));
  // only escalation changed: no other behaviour alarms
  assert.deepEqual(report.alarms.map((a) => a.behaviour), ['escalation']);
  // each window has its rates with intervals and sampled outputs
  const w = report.groups[0]!.windows[17]!;
  assert.ok(w.rates.escalation.ci95[0] <= w.rates.escalation.rate && w.rates.escalation.rate <= w.rates.escalation.ci95[1]);
  assert.equal(w.samples.length, 5);
  assert.ok(fs.readFileSync(path.join(dir, 'monitor.md'), 'utf8').includes('**escalation** decrease at 2026-01-'));

  fs.writeFileSync(path.join(dir, 'steady.jsonl'), log(() => 0.4, 2));
  const steady = await monitor(dir, ['steady.jsonl', '--window', '1d']);
  assert.equal(steady.code, 0, steady.out + steady.err);
  assert.match(steady.out, /no drift alarm/);
});

test('every change point: escalation falls on day 10 and comes back on day 20 → two alarms in the JSON, the text and the Markdown', async () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'prod.jsonl'), log((d) => (d >= 10 && d < 20 ? 0.2 : 0.4), 6));
  const r = await monitor(dir, ['prod.jsonl', '--window', '1d', '--behaviour', 'escalation', '--json']);
  assert.equal(r.code, 1, r.err);
  const report = MonitorReport.parse(JSON.parse(r.out));
  assert.deepEqual(report.alarms.map((a) => a.direction), ['decrease', 'increase'], JSON.stringify(report.alarms));
  const [down, up] = report.alarms as [DriftAlarm, DriftAlarm];
  assert.ok(down.window >= 9 && down.window <= 11, down.label);
  assert.ok(up.window >= 19 && up.window <= 21, up.label);
  // the second alarm is measured from the level that began at the first
  assert.equal(up.since, down.window);
  assert.ok(up.rateBefore! < 0.3 && up.rateAt > 0.3, JSON.stringify(up));
  const t = await monitor(dir, ['prod.jsonl', '--window', '1d', '--behaviour', 'escalation']);
  assert.match(t.out, /2 alarms/);
  assert.match(t.out, new RegExp(`ALARM escalation increase at ${up.label}: \\d+\\.\\d% since ${down.label} →`));
  const md = await monitor(dir, ['prod.jsonl', '--window', '1d', '--behaviour', 'escalation', '--format', 'md']);
  assert.equal((md.out.match(/^- \*\*escalation\*\*/gm) ?? []).length, 2, md.out);
});

test('text timeline marks the alarm; gzip logs; a fixed baseline file; group by model ties the change to one model', async () => {
  const dir = tmp();
  // model-b changes on day 18, model-a does not: lines alternate between the two
  const text = log((d) => (d >= 18 ? 0.2 : 0.4), 3, (i) => ({ model: i % 2 ? 'model-b' : 'model-a' }));
  const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { model: string; output: string });
  const random = seededRandom(9);
  const fixed = lines.map((l) => (l.model === 'model-a' ? { ...l, output: random() < 0.4 ? ESCALATES[0] : PLAIN[0] } : l));
  fs.writeFileSync(path.join(dir, 'prod.jsonl.gz'), gzipSync(fixed.map((l) => JSON.stringify(l)).join('\n') + '\n'));
  const r = await monitor(dir, ['prod.jsonl.gz', '--window', '1d', '--group-by', 'model', '--json']);
  assert.equal(r.code, 1, r.err);
  const report = MonitorReport.parse(JSON.parse(r.out));
  assert.deepEqual(report.groups.map((g) => g.key), ['model-a', 'model-b']);
  assert.deepEqual([...new Set(report.alarms.map((a) => a.group))], ['model-b']);

  const t = await monitor(dir, ['prod.jsonl.gz', '--window', '1d', '--group-by', 'model']);
  assert.match(t.out, /ALARM escalation decrease at 2026-01-(18|19|20) \(model-b\)/);
  assert.match(t.out, /2026-01-(18|19|20)\s+\d+\s+\d+\.\d%!/);

  // baseline: a file with the old behaviour (40 %): the same alarm, against fixed rates
  fs.writeFileSync(path.join(dir, 'eval.jsonl'), log(() => 0.4, 4).split('\n').slice(0, 3000).join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'late.jsonl'), log((d) => (d >= 18 ? 0.25 : 0.4), 5));
  const b = await monitor(dir, ['late.jsonl', '--window', '1d', '--baseline', 'eval.jsonl', '--behaviour', 'escalation', '--json']);
  assert.equal(b.code, 1, b.err);
  const rb = MonitorReport.parse(JSON.parse(b.out));
  assert.equal(rb.baseline.kind, 'file');
  assert.deepEqual(rb.behaviours, ['escalation']);
  assert.ok(['2026-01-18', '2026-01-19', '2026-01-20'].includes(rb.alarms[0]!.label), rb.alarms[0]!.label);
});

test('count windows, bad lines and lines without a time are reported and skipped; bad usage exits 2', async () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'l.jsonl'), '{"output":"Fine."}\nnope\n{"output":"Please contact our support team."}\n{"output":"ok","timestamp":"yesterday"}\n');
  const c = await monitor(dir, ['l.jsonl', '--window', '2', '--json']);
  assert.equal(c.code, 0, c.err);
  const report = MonitorReport.parse(JSON.parse(c.out));
  assert.deepEqual(report.groups[0]!.windows.map((w) => w.n), [2]);
  assert.match(c.err, /l\.jsonl:2:\d+: not valid JSON/);
  assert.match(c.err, /l\.jsonl:4:1: timestamp: not a date and time/);
  const t = await monitor(dir, ['l.jsonl', '--window', '1h']);
  assert.equal(t.code, 2);
  assert.match(t.err, /l\.jsonl:1:1: warning: timestamp: missing: --window 1h/);
  assert.match(t.err, /no output to monitor/);
  for (const args of [['l.jsonl'], ['l.jsonl', '--window', 'weekly'], ['l.jsonl', '--window', '1d', '--alarm-rate', '2'], ['l.jsonl', '--window', '1d', '--group-by', 'user'], ['missing.jsonl', '--window', '1d']]) {
    const r = await monitor(dir, args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.ok(r.err.length > 0);
  }
});

test("a finished eval run's report is a baseline: its version B's rates (or A's with --baseline-version a)", async () => {
  const dir = tmp();
  for (const f of ['before.jsonl', 'after.jsonl']) fs.copyFileSync(path.resolve('test/fixtures/compare', f), path.join(dir, f));
  const compare = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl', 'after.jsonl', '--out', 'report.json'], compare), 0, compare.err.join(''));
  const shift = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as { summary: { behaviours: Record<string, { a: { count: number; n: number }; b: { count: number; n: number } }> } };
  for (const side of ['b', 'a'] as const) {
    const r = await monitor(dir, ['after.jsonl', '--window', '5', '--baseline', 'report.json', '--baseline-version', side, '--behaviour', 'refusal', '--json']);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = MonitorReport.parse(JSON.parse(r.out));
    assert.equal(report.baseline.kind, 'run');
    const expected = shift.summary.behaviours.refusal![side];
    assert.deepEqual(report.groups[0]!.drift.refusal!.baseline, { count: expected.count, n: expected.n, rate: expected.count / expected.n });
  }
  const missing = await monitor(dir, ['after.jsonl', '--window', '5', '--baseline', 'no-such-run']);
  assert.equal(missing.code, 2, missing.err);
});
