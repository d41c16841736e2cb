// A list of runs (the Runs view, the prompt timeline, the monitor's baseline pick) reads each report
// without its outputs and each run.json without the spec's cases: the file's start up to that list,
// and its end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunStore } from '../../../src/core/run/store';
import { toJson } from '../../../src/core/report/exports';
import { CASES_KEY_LINE } from '../../../src/core/report/jsonParts';
import { emptiedLastArray, readRegularFileAround } from '../../../src/core/files';
import type { RunMeta } from '../../../src/core/run/records';
import type { Problem } from '../../../src/core/problems';
import type { ShiftReport } from '../../../src/core/report/schema';
import { escalationDropReport } from '../../fixtures/reports/reports';

function reportWithCases(count: number): ShiftReport {
  const r = { ...escalationDropReport(), kind: 'eval' as const, runId: 'r1', createdAt: '2026-12-01T10:00:00.000Z', suite: 's.evals.yaml' };
  const c = r.cases[0]!;
  return { ...r, cases: Array.from({ length: count }, (_, i) => ({ ...c, id: `case-${i}` })) };
}

function runWithReport(text: string): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'ps-header-'));
  mkdirSync(join(root, '.promptshift/runs/r1'), { recursive: true });
  const file = join(root, '.promptshift/runs/r1/report.json');
  writeFileSync(file, text);
  return { root, file };
}

test('report.json ends with its case list, and a list of runs reads it without the cases in between', () => {
  const report = reportWithCases(400);
  const text = toJson(report);
  assert.ok(text.length > 300_000, `a report well over the 64 KB end read (${text.length} bytes)`);
  assert.ok(text.trimEnd().endsWith('\n  ]\n}'), 'the case list is the last key');
  const keys = [...text.matchAll(/\n {2}"([^"]+)": /g)].map((m) => m[1]);
  assert.equal(keys.at(-1), 'cases');
  const { root, file } = runWithReport(text);
  const folder = new RunStore(root).folder('r1');
  const header = folder.readReportHeader();
  assert.deepEqual(header.report, { ...folder.readReport(), cases: [] });
  assert.equal((header.json as { runId: string }).runId, 'r1');
  // spoil the middle of the case list: the header read never reaches it, the full read does
  const middle = Math.floor(text.length / 2);
  writeFileSync(file, text.slice(0, middle) + '\u0000oops' + text.slice(middle + 5));
  assert.deepEqual(folder.readReportHeader().report, header.report);
  assert.throws(() => folder.readReport(), /report\.json/);
});

test('a report written with the run\'s fields after its cases (0.1.0) is read whole, nothing lost', () => {
  const { cases, ...rest } = reportWithCases(400);
  const { kind, runId, createdAt, suite, ...start } = rest;
  const old = JSON.stringify({ ...start, cases, kind, runId, createdAt, suite }, null, 2) + '\n';
  const { root } = runWithReport(old);
  const header = new RunStore(root).folder('r1').readReportHeader();
  assert.deepEqual(header.report, { ...rest, cases: [] });
  assert.equal(header.report.runId, 'r1');
  // a design's arms after the cases (an array last, as the case list is now) are not taken for the case list
  const ends = (last: string) => emptiedLastArray('{\n  "schemaVersion": 1,' + CASES_KEY_LINE, last, 'cases', 1);
  assert.equal(ends('\n    }\n  ],\n  "arms": [\n    {\n      "id": "x"\n    }\n  ]\n}\n'), undefined);
  assert.equal(ends('\n  "usage": {\n    "calls": 3\n  }\n}\n'), undefined);
  assert.equal(ends('\n      "id": "case-9"\n    }\n  ]\n}\n'), '{\n  "schemaVersion": 1,' + CASES_KEY_LINE + ']\n}');
  assert.equal(ends('{\n  "schemaVersion": 1,\n  "cases": []\n}\n'), '{\n  "schemaVersion": 1,' + CASES_KEY_LINE + ']\n}');
});

test('the case list\'s key is found across the pieces a file is read in, after any UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-around-'));
  for (const before of [65_536 - 5, 65_536 - CASES_KEY_LINE.length, 65_536, 3 * 65_536 + 1, 10]) {
    const file = join(dir, `f${before}`);
    const lead = 'é'.repeat(3) + 'x'.repeat(before - 6);
    writeFileSync(file, lead + CASES_KEY_LINE + 'y'.repeat(70_000) + 'END');
    const { start, end } = readRegularFileAround(file, CASES_KEY_LINE, 10);
    assert.equal(start, lead + CASES_KEY_LINE, `marker after ${before} bytes`);
    assert.equal(end, 'y'.repeat(7) + 'END');
  }
  const none = join(dir, 'none');
  writeFileSync(none, 'x'.repeat(100_000));
  assert.equal(readRegularFileAround(none, CASES_KEY_LINE, 10).start, undefined);
  // the search stops after 8 MB (a file without the marker is not read whole to find that out; the caller reads it whole)
  const far = join(dir, 'far');
  writeFileSync(far, 'x'.repeat(8 * 1024 * 1024 + 10) + CASES_KEY_LINE + 'END');
  assert.equal(readRegularFileAround(far, CASES_KEY_LINE, 10).start, undefined);
  const tiny = join(dir, 'tiny');
  writeFileSync(tiny, 'ab');
  assert.deepEqual(readRegularFileAround(tiny, CASES_KEY_LINE, 64), { end: 'ab' });
});

test('a missing report, and report.json as a link, are errors naming the file', () => {
  const root = mkdtempSync(join(tmpdir(), 'ps-header-'));
  mkdirSync(join(root, '.promptshift/runs/r1'), { recursive: true });
  const folder = new RunStore(root).folder('r1');
  assert.throws(() => folder.readReportHeader(), /r1\/report\.json:1:1: no such file \(run r1 has no report yet\)/);
  const elsewhere = join(root, 'elsewhere.json');
  writeFileSync(elsewhere, toJson(reportWithCases(1)));
  symlinkSync(elsewhere, join(root, '.promptshift/runs/r1/report.json'));
  // state: neither read goes through a link (it may have come with a commit)
  assert.throws(() => folder.readReportHeader(), /r1\/report\.json:1:1: .*symbolic link/);
  assert.throws(() => folder.readReport(), /r1\/report\.json:1:1: .*symbolic link/);
  assert.ok(readFileSync(elsewhere, 'utf8').length > 0);
});

function runMeta(cases: number, runId = '20261201T100000000Z-0000aaaa'): RunMeta {
  const spec = {
    suite: '/w/s.evals.yaml',
    a: { ref: 'working', sha256: 'a'.repeat(64), path: 'p.prompt.md' },
    b: { ref: 'v2', sha256: 'b'.repeat(64), path: 'p.prompt.md', label: 'shorter' },
    cases: Array.from({ length: cases }, (_, i) => ({ id: `case-${i}`, input: `Question ${i}: why is my bill higher this month?`, vars: { cases: 'a var named like the list' } })),
    fingerprint: 'f'.repeat(64),
  };
  return { schemaVersion: 1, runId, createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:01:00.000Z', status: 'completed', provider: { type: 'openai' }, totalCalls: cases * 9, done: cases * 9, errors: 0, meta: spec, reruns: ['20261201T110000000Z-0000bbbb'] };
}

test('run.json ends with the spec\'s cases, and a list of runs reads it without them', () => {
  const root = mkdtempSync(join(tmpdir(), 'ps-meta-'));
  const store = new RunStore(root);
  const id = '20261201T100000000Z-0000aaaa';
  mkdirSync(store.folder(id).dir, { recursive: true });
  const folder = store.folder(id);
  folder.writeMeta(runMeta(3000));
  const text = readFileSync(folder.file('run.json'), 'utf8');
  assert.ok(text.length > 300_000 && text.trimEnd().endsWith('\n    ]\n  }\n}'), 'the spec last, its cases last in it');
  const whole = folder.readMeta()!;
  assert.equal((whole.meta!.cases as unknown[]).length, 3000);
  const header = folder.readMetaHeader();
  assert.deepEqual(header, { ...whole, meta: { ...whole.meta, cases: [] } });
  assert.deepEqual(store.list().map((l) => l.meta), [header]);
  // the cases between the two ends are not read
  const middle = Math.floor(text.length / 2);
  writeFileSync(folder.file('run.json'), text.slice(0, middle) + '\u0000' + text.slice(middle + 1));
  assert.deepEqual(folder.readMetaHeader(), header);
  const warnings: Problem[] = [];
  assert.equal(folder.readMeta(warnings), undefined);
  assert.match(warnings[0]!.message, /not valid JSON/);
  // as 0.1.0 wrote it (the spec's fields after its cases, the re-runs after the spec): read whole, nothing lost
  const old = runMeta(3000); // its own key order is 0.1.0's
  writeFileSync(folder.file('run.json'), JSON.stringify(old, null, 2) + '\n');
  assert.deepEqual(folder.readMetaHeader(), { ...old, meta: { ...old.meta, cases: [] } });
  // a spec without cases, and no run.json at all
  folder.writeMeta({ ...runMeta(0), meta: { suite: 's' } });
  assert.deepEqual(folder.readMetaHeader()?.meta, { suite: 's' });
  assert.equal(store.folder('20261201T100000000Z-0000cccc').readMetaHeader(), undefined);
  // depth 2: only the spec's own key counts, not a deeper one spelled alike
  assert.equal(emptiedLastArray('{' + '\n    "cases": [', '\n      "cases": [\n      ]\n    }\n  }\n}\n', 'cases', 2), undefined);
  assert.equal(emptiedLastArray('{' + '\n    "cases": [', '\n        "x": 1\n      }\n    ]\n  }\n}\n', 'cases', 2), '{\n    "cases": [' + ']\n  }\n}');
});
