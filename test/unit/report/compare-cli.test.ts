import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { ShiftReport } from '../../../src/core/report/schema';
import { captureIO } from './cli-io';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

const FIXTURES = path.resolve('test/fixtures/compare');

function tempCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-compare-'));
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  return dir;
}

test('compare: report JSON on stdout with --json, paired by id, unpaired ids warned on stderr', async () => {
  const dir = tempCopy();
  const io = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl', 'after.jsonl', '--json'], io), 0, io.err.join(''));
  const report = ShiftReport.parse(JSON.parse(io.out.join('')));
  assert.equal(report.kind, 'compare');
  assert.equal(report.a.ref, 'before.jsonl');
  assert.equal(report.summary.cases, 10);
  assert.equal(report.summary.samples, 2);
  assert.equal(report.cases[0]!.input, 'How do I reset my account password?');
  assert.equal(report.cases[0]!.b.samples.length, 2);
  // B refuses 6 of 10 cases (both samples); A never does
  const r = report.summary.behaviours.refusal;
  assert.equal(r.a.rate, 0);
  assert.equal(r.b.rate, 0.6);
  assert.equal(r.test, 'sign-flip-exact');
  assert.equal(r.noiseDelta, null);
  assert.equal(report.summary.flips?.filter((f) => f.behaviour === 'refusal').length, 6);
  const shift = report.cases[0]!.shifts.find((s) => s.behaviour === 'refusal')!;
  const ev = shift.evidence.find((e) => e.side === 'b')!;
  assert.equal(report.cases[0]!.b.samples[ev.sample]!.output.slice(ev.start, ev.end), ev.text);
  assert.match(io.err.join(''), /warning: 1 id\(s\) only in after\.jsonl, ignored: only-in-after/);
});

test('compare: readable summary by default, --out writes the report JSON', async () => {
  const dir = tempCopy();
  const io = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl', 'after.jsonl', '--out', 'shift.json'], io), 0, io.err.join(''));
  const text = io.out.join('');
  assert.match(text, /^before\.jsonl → after\.jsonl: 10 cases × 2 samples/);
  assert.match(text, /refusal\s+0\.0%\s+60\.0%\s+\+60\.0\s+–/);
  ShiftReport.parse(JSON.parse(fs.readFileSync(path.join(dir, 'shift.json'), 'utf8')));
});

test('compare: bad lines are reported with file:line and field and skipped (exit 2 with --strict); missing files and usage exit 2', async () => {
  const dir = tempCopy();
  let io = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl', 'bad.jsonl', '--json'], io), 0, io.err.join(''));
  let err = io.err.join('');
  assert.match(err, /bad\.jsonl: 3 bad lines skipped/);
  assert.match(err, /bad\.jsonl:3:1: output: .*string/i);
  assert.match(err, /bad\.jsonl:4:\d+: not valid JSON/);
  assert.match(err, /bad\.jsonl:5:1: id: /);
  // the good line of bad.jsonl is still compared
  const report = ShiftReport.parse(JSON.parse(io.out.join('')));
  assert.deepEqual(report.cases.map((c) => c.id), ['reset-password']);
  assert.equal(report.stream?.badLines.b, 3);

  io = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl', 'bad.jsonl', '--strict'], io), 2);
  err = io.err.join('');
  assert.match(err, /3 bad lines \(--strict\)/);
  assert.match(err, /bad\.jsonl:3:1: output: .*string/i);
  assert.equal(io.out.join(''), '');

  io = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl', 'nope.jsonl'], io), 2);
  assert.match(io.err.join(''), /nope\.jsonl: cannot read \(ENOENT\)/);

  io = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl'], io), 2);
  assert.match(io.err.join(''), /usage: promptshift compare/);

  fs.writeFileSync(path.join(dir, 'other.jsonl'), '{"id": "zzz", "output": "hi"}\n');
  io = captureIO(dir);
  assert.equal(await main(['compare', 'before.jsonl', 'other.jsonl'], io), 2);
  assert.match(io.err.join(''), /no case id in common/);
});
