// report.json written case by case (issue 17: a large run's report is never one object or one
// string) is the same file, byte for byte, as the report built whole and serialised: on a real run
// over HTTP (outputs with live characters and workflow commands, failed calls, several samples),
// through `eval --out` and `--json`, and on records written by hand (a call recorded twice, a torn
// last line, records out of order, a version with no valid output, no case at all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { rebuildReport } from '../../../src/core/eval/pairedEval';
import { buildRunReport, REPORT_KEPT_BYTES, writeRunReport } from '../../../src/core/eval/runReport';
import { RunSpec, type SpecCase } from '../../../src/core/eval/runSpec';
import { scoreOutput } from '../../../src/core/eval/scoring';
import { toJson, toTextSummary, ungatedReason } from '../../../src/core/report';
import { RunFolder, RunStore } from '../../../src/core/run';
import type { CallRecord } from '../../../src/core/run/records';
import { startFakeModelServer, type Msg } from '../../fakes/model-server';
import { ANSWER, ESCALATE, REFUSE } from '../report/make';

const OUTPUTS = [ESCALATE, REFUSE, ANSWER, 'Guaranteed, 100% certain. \u001b]8;;http://x\u0007link\u001b]8;;\u0007 ##[warning]hi\n::set-output name=x::y', 'I think it might work\u2028maybe; you are so right, great question!'];

function respond(messages: readonly Msg[], callId: string | undefined): string {
  const n = parseInt((callId ?? '0').slice(0, 6), 16);
  const user = String([...messages].reverse().find((m) => m.role === 'user')?.content ?? '');
  return `${OUTPUTS[n % OUTPUTS.length]} (${user.slice(0, 20)})`;
}

/** The report of the folder's records built whole and serialised, as the run store wrote it before issue 17. */
function builtWhole(folder: RunFolder): string {
  const meta = folder.readMeta()!;
  const spec = RunSpec.parse(meta.meta);
  return toJson(buildRunReport({ ...spec, cases: spec.cases! }, folder.streamCalls(), { runId: folder.runId, createdAt: spec.createdAt ?? meta.createdAt, judge: folder.readJudge() }));
}

test('a real run: report.json, --out and --json are the report built whole, byte for byte; the brief prints the same summary', async () => {
  // a few calls fail for good (400: not retried), so the report holds errors too
  const server = await startFakeModelServer({ latencyMs: 1, respond, faultFor: (r) => (r.n % 37 === 0 ? { kind: 'status', status: 400, body: '{"error":{"message":"bad ##[x] request"}}' } : undefined) });
  try {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-report-stream-'));
    fs.mkdirSync(path.join(ws, '.git'));
    fs.writeFileSync(path.join(ws, 'p.prompt.md'), 'You are the support assistant, talking with {{name}}.\n');
    fs.writeFileSync(path.join(ws, 'cases.jsonl'), Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `case-${i}`, input: `Question ${i}: why is my bill higher?`, vars: { name: `N${i}` } })).join('\n') + '\n');
    fs.writeFileSync(path.join(ws, 's.evals.yaml'), `prompt: p.prompt.md\nprovider: { type: openai, model: gpt-4o-mini, baseUrl: ${server.url}/v1 }\nsamples: 2\nconcurrency: 8\ngates: { escalation: decrease, refusal: any }\ncases:\n  - file: cases.jsonl\n`);
    let out = '';
    const io: CliIO = { cwd: ws, env: {}, stdout: (t) => (out += t), stderr: () => undefined, signal: new AbortController().signal };
    const code = await main(['eval', 's.evals.yaml', '--a', 'working', '--b', 'working', '--no-cache', '--json', '--out', 'out.json'], io);
    assert.ok(code === 0 || code === 1, `exit ${code}`);
    const store = new RunStore(ws);
    const folder = store.folder(store.ids()[0]!);
    const written = fs.readFileSync(folder.reportPath, 'utf8');
    const whole = builtWhole(folder);
    assert.ok(written.includes('\\u001b') && written.includes('\\u0023#[') && written.includes('"error": "'), 'the run has live characters, workflow commands and errors to spell');
    assert.equal(written, whole);
    assert.equal(fs.readFileSync(path.join(ws, 'out.json'), 'utf8'), whole);
    assert.equal(out, whole);

    const rebuilt = rebuildReport(store, folder.runId);
    assert.equal(fs.readFileSync(rebuilt.reportPath, 'utf8'), whole);
    const full = folder.readReport();
    assert.ok(full.summary.flips!.length > 0 && rebuilt.brief.report.cases.length > 0, 'the summary quotes flipped cases');
    assert.equal(toTextSummary(rebuilt.brief.report), toTextSummary(full));
    assert.equal(rebuilt.brief.ungated, ungatedReason(full));
    assert.deepEqual(rebuilt.report, full, 'the whole report is read back when asked for');
  } finally {
    await server.close();
  }
});

const CASES: SpecCase[] = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, input: `question ${i}`, vars: { i }, context: { input: `question ${i}` } }));
const SPEC: RunSpec & { cases: SpecCase[] } = {
  suite: '/ws/s.evals.yaml', workspaceRoot: '/ws', a: { ref: 'snapshot:aaaa', sha256: 'a'.repeat(64) }, b: { ref: 'working', sha256: 'b'.repeat(64) },
  samples: 2, baseline: true, provider: { type: 'openai', model: 'gpt-4o-mini' }, createdAt: '2026-11-30T00:00:00Z', gates: { escalation: 'decrease' }, cases: CASES,
};

function record(caseId: string, version: CallRecord['version'], sample: number, text: string | undefined): CallRecord {
  const base = { callId: `${caseId}/${version}/${sample}`, cacheKey: 'k', caseId, version, sample, paramsHash: 'p', cached: false, attempts: 1, finishedAt: '2026-11-30T00:00:00Z' };
  if (text === undefined) return { ...base, error: { message: 'HTTP 500: ::error::boom' } };
  return { ...base, response: { text, latencyMs: 3, usage: { inputTokens: 10, outputTokens: 5 } }, scores: scoreOutput(text, { context: { input: caseId } }) };
}

function folderWith(lines: string): RunFolder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-report-stream-hand-'));
  fs.writeFileSync(path.join(dir, 'calls.jsonl'), lines);
  return new RunFolder(dir);
}

test('records written by hand: out of order, a call recorded twice, a torn last line, B without a valid output, no case', () => {
  const all = CASES.flatMap((c, i) => [0, 1].flatMap((s) => [record(c.id, 'a', s, ESCALATE), record(c.id, 'aPrime', s, i % 2 ? ESCALATE : ANSWER), record(c.id, 'b', s, i < 3 ? ANSWER : REFUSE)]));
  // c1's first B call failed before it succeeded; c2's A′ sample 1 failed for good
  const lines = [record('c1', 'b', 0, undefined), ...all.reverse()].filter((r) => !(r.caseId === 'c2' && r.version === 'aPrime' && r.sample === 1));
  lines.push(record('c2', 'aPrime', 1, undefined));
  const text = lines.map((r) => JSON.stringify(r)).join('\n') + '\n' + JSON.stringify(record('c5', 'a', 0, ANSWER)).slice(0, 40);
  const options = { runId: 'r1', createdAt: '2026-11-30T00:00:00Z' };
  for (const spec of [SPEC, { ...SPEC, cases: [] }, { ...SPEC, stopEarly: { minShift: 0.1, outcome: { stopped: true, analysedCases: ['c0', 'c2'], plannedCases: 6, callsPlanned: 36, minShift: 0.1, decisions: {} } } }]) {
    const folder = folderWith(text);
    const { reportPath, brief } = writeRunReport(spec, folder, options);
    const whole = buildRunReport(spec, folder.streamCalls(), options);
    assert.equal(fs.readFileSync(reportPath, 'utf8'), toJson(whole), `${spec.cases.length} cases`);
    assert.equal(toTextSummary(brief.report), toTextSummary(whole));
    assert.equal(fs.readdirSync(folder.dir).filter((f) => f.endsWith('.tmp')).length, 0, 'no temp file is left');
  }
  // every B call failed: the gates cannot be judged, and the brief says why as the whole report does
  const noB = folderWith(all.map((r) => JSON.stringify(r.version === 'b' ? record(r.caseId, 'b', r.sample, undefined) : r)).join('\n') + '\n');
  const { brief } = writeRunReport(SPEC, noB, options);
  const whole = buildRunReport(SPEC, noB.streamCalls(), options);
  assert.ok(brief.ungated?.startsWith('version B has no valid output'), brief.ungated);
  assert.equal(brief.ungated, ungatedReason(whole));
});

test('the report pass keeps its slots compact and sums usage in the same order: costs of several models, batch and cached calls, several detector versions; records that do not fit the spec', () => {
  const options = { runId: 'r1', createdAt: '2026-11-30T00:00:00Z' };
  // costs that do not add up exactly in floating point, so another order of summing shows in the bytes
  const priced = (r: CallRecord, i: number): CallRecord => {
    if (!r.response) return r;
    const response = { ...r.response, model: ['gpt-4o', 'gpt-4o-mini', 'claude-3-5-haiku-20241022'][i % 3]!, usage: i % 7 === 0 ? undefined : { inputTokens: 1000 + i * 37, ...(i % 5 ? { outputTokens: 333 + i * 11 } : {}) } };
    return { ...r, response, cached: i % 4 === 0, ...(i % 3 === 1 ? { batch: true } : {}), scores: { ...r.scores!, detector: `rules@${i % 3}` } };
  };
  const all = CASES.flatMap((c, i) => [1, 0].flatMap((s) => [record(c.id, 'b', s, i < 3 ? ANSWER : REFUSE), record(c.id, 'aPrime', s, ANSWER), record(c.id, 'a', s, ESCALATE)])).map(priced);
  // the records come in an order of their own (cases by a stride), a failed call then its success, a success then a later failure
  const shuffled = all.map((_, i) => all[(i * 7) % all.length]!);
  const lines = [record('c3', 'a', 1, undefined), ...shuffled, record('c4', 'b', 0, undefined)];
  const fitting = lines.map((r) => JSON.stringify(r)).join('\n') + '\n';
  for (const extra of [undefined, record('c9', 'a', 0, ANSWER), record('c1', 'b', 2, ANSWER), record('c1', 'b', -1, ANSWER)]) {
    const folder = folderWith(fitting + (extra ? JSON.stringify(priced(extra, 3)) + '\n' : ''));
    const { reportPath } = writeRunReport(SPEC, folder, options);
    const whole = buildRunReport(SPEC, folder.streamCalls(), options);
    assert.ok(whole.usage!.costUsd! > 0 && toJson(whole).includes('rules@0, rules@1'), 'costs and several detector versions to write');
    assert.equal(fs.readFileSync(reportPath, 'utf8'), toJson(whole), extra ? `with ${JSON.stringify([extra.caseId, extra.sample])}` : 'records that fit');
  }
});

test('records past what the report pass keeps from its first read are read again from the file: the same report', () => {
  const options = { runId: 'r1', createdAt: '2026-11-30T00:00:00Z' };
  // long answers, each distinct, so that about a third of the records lie past REPORT_KEPT_BYTES
  const long = (i: number, text: string): string => `${text} ${String(i).padStart(4, '0')} ${'word '.repeat(Math.ceil(REPORT_KEPT_BYTES / 25 / 5))}`;
  const all = CASES.flatMap((c, i) => [0, 1].flatMap((s) => [record(c.id, 'a', s, long(i * 10 + s, ESCALATE)), record(c.id, 'aPrime', s, long(i * 10 + s + 2, ANSWER)), record(c.id, 'b', s, long(i * 10 + s + 4, i < 3 ? ANSWER : REFUSE))]));
  const text = all.map((r) => JSON.stringify(r)).join('\n') + '\n';
  assert.ok(text.length > REPORT_KEPT_BYTES * 1.3, 'part of the records lie past what is kept');
  const folder = folderWith(text);
  const { reportPath, brief } = writeRunReport(SPEC, folder, options);
  const whole = buildRunReport(SPEC, folder.streamCalls(), options);
  assert.equal(fs.readFileSync(reportPath, 'utf8'), toJson(whole));
  assert.equal(toTextSummary(brief.report), toTextSummary(whole));
});
