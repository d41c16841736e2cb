// A suite's own behaviour decided by a judge rubric, end to end through the CLI, with the fake model
// server (test/fakes/model-server.ts) speaking the OpenAI wire format as the judge on 127.0.0.1: a
// scorecard row with the judge's quote (or the whole output) as evidence, a card that says it is
// judged and unvalidated, a gate that fails `eval` (exit 1), verdicts cached and resumable, a judge
// that gives unusable answers leaving outputs unscored (and the gate failing closed, exit 3), and
// the declarations that are bad input (exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import type { ShiftReport } from '../../../src/core/report/schema';
import { judgeAnswer, startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

const examples = path.resolve(__dirname, '../../../examples');

/** The example suite (replay), a judge at `url`, and a rubric behaviour gated on a decrease. */
const SUITE = (url: string, rubric = 'The response hands the customer to a person or a team ("human agent", "team", "specialist").', judgeBehaviours = '[]') => `prompt: prompts/support.prompt.md
provider:
  type: replay
  file: recorded/support-outputs.jsonl
samples: 3
baseline: true
judge:
  provider: { type: openai, model: judge-1, baseUrl: ${url}/v1, apiKeyEnv: JUDGE_KEY }
  behaviours: ${judgeBehaviours}
behaviours:
  - name: handsOff
    description: hands the customer to a person
    rubric: '${rubric}'
gates:
  handsOff: decrease
cases:
  - file: cases.jsonl
`;

function workspace(suite: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-judged-'));
  fs.cpSync(examples, dir, { recursive: true });
  fs.rmSync(path.join(dir, '.promptshift', 'runs'), { recursive: true, force: true });
  fs.writeFileSync(path.join(dir, 'judged.evals.yaml'), suite);
  return dir;
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env: { JUDGE_KEY: 'k', PROMPTSHIFT_ALLOW_KEY_ENVS: 'JUDGE_KEY', PROMPTSHIFT_ALLOW_HOSTS: '127.0.0.1' }, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: new AbortController().signal };
  return { code: await main(args, io), out, err };
}

const judgeRequests = (server: FakeModelServer) => server.log.filter((r) => r.format === 'openai').length;

test('a rubric behaviour is decided by the judge: a row with the quote as evidence, a judged card, a failed gate; verdicts are cached', async () => {
  const server = await startFakeModelServer({ respond: (m, id) => judgeAnswer(m, id), keepBodies: true });
  try {
    const ws = workspace(SUITE(server.url));
    const r = await run(['eval', 'judged.evals.yaml', '--json'], ws);
    assert.equal(r.code, 1, r.err);
    const report = JSON.parse(r.out) as ShiftReport;
    const row = report.summary.behaviours['handsOff']!;
    assert.ok(row.significant && row.delta < -0.3, JSON.stringify(row));
    assert.equal(row.detector?.method, 'judge');
    assert.equal(row.detector?.status, 'unvalidated');
    assert.deepEqual(row.detector?.validatedOn, []);
    assert.match(row.detector!.how, /hands the customer to a person\. Declared by the suite and judged by judge-1 .*rubric “The response hands the customer/);
    assert.deepEqual(report.summary.gates!.filter((g) => g.failed).map((g) => g.behaviour), ['handsOff']);
    // every output was judged, once per distinct output (the rubric only: `behaviours: []`)
    const outputs = report.cases.flatMap((c) => [...c.a.samples, ...c.b.samples, ...(c.aPrime?.samples ?? [])]);
    assert.equal(row.a.n! + row.b.n! + row.aPrime!.n!, outputs.length);
    const calls = judgeRequests(server);
    assert.ok(calls > 0 && calls <= outputs.length, `${calls} judge calls for ${outputs.length} outputs`);
    const body = server.log.find((l) => l.format === 'openai')!.body as { temperature: number; messages: Array<{ content: string }> };
    assert.equal(body.temperature, 0);
    assert.match(body.messages.at(-1)!.content, /Behaviour: handsOff\nRubric: The response hands the customer to a person/);
    // the built-in behaviours got no second opinion (`behaviours: []`), and the samples carry none
    assert.deepEqual(report.summary.judge?.behaviours, {});
    // the evidence is the judge's quote, located in the output
    const angry = report.cases.find((c) => c.id === 'angry-refund')!;
    const sample = angry.a.samples[0]!;
    assert.equal(sample.behaviours['handsOff'], true);
    assert.equal(sample.judge, undefined);
    const [span] = sample.evidence!['handsOff']!;
    assert.equal(sample.output.slice(span!.start, span!.end), span!.text);
    assert.match(span!.text, /^(human agent|team|specialist)$/i);
    assert.equal(span!.reason, 'handsOff: judged by judge-1');
    assert.ok(angry.shifts.some((s) => s.behaviour === 'handsOff'));
    assert.ok(angry.b.samples.every((s) => s.behaviours['handsOff'] === false && !s.evidence?.['handsOff']));
    // the Markdown export carries the row and its card
    const md = await run(['report', report.runId!, '--format', 'md'], ws);
    assert.match(md.out, /handsOff/);
    assert.match(md.out, /judge/);
    // a second run reads every verdict from the cache
    const again = await run(['eval', 'judged.evals.yaml', '--json'], ws);
    assert.equal(again.code, 1, again.err);
    assert.equal(judgeRequests(server), calls, 'no judge call the second time');
    assert.deepEqual((JSON.parse(again.out) as ShiftReport).summary.behaviours['handsOff']!.b, row.b);
    // rescore keeps the judge's verdicts (they are not rules)
    const rescored = await run(['rescore', report.runId!, '--all', '--json'], ws);
    assert.equal(rescored.code, 0, rescored.err);
    assert.deepEqual((JSON.parse(rescored.out) as ShiftReport).summary.behaviours['handsOff']!.b, row.b);
  } finally {
    await server.close();
  }
});

test('a verdict without a quote annotates the whole output', async () => {
  const server = await startFakeModelServer({ respond: (m, id) => judgeAnswer(m, id, false) });
  try {
    const r = await run(['eval', 'judged.evals.yaml', '--json', '--no-cache'], workspace(SUITE(server.url)));
    assert.equal(r.code, 1, r.err);
    const sample = (JSON.parse(r.out) as ShiftReport).cases.find((c) => c.id === 'angry-refund')!.a.samples[0]!;
    assert.deepEqual(sample.evidence!['handsOff']!.map((s) => [s.start, s.end]), [[0, sample.output.length]]);
  } finally {
    await server.close();
  }
});

test('outputs the judge cannot judge are left out of the rate; with none judged the gate fails closed (exit 3); a resume judges them again', async () => {
  let broken = true;
  const server = await startFakeModelServer({ respond: (m, id) => (broken ? 'Yes, I think so.' : judgeAnswer(m, id)) });
  try {
    const ws = workspace(SUITE(server.url));
    const r = await run(['eval', 'judged.evals.yaml', '--json'], ws);
    assert.equal(r.code, 3, r.err);
    assert.match(r.err, /the gate on handsOff cannot be judged: version A, B has no output with a verdict on it \(the judge failed: \d+× judge \(handsOff\): answer is not a JSON object/);
    const report = JSON.parse(r.out) as ShiftReport;
    assert.equal(report.summary.behaviours['handsOff']!.a.n, 0);
    assert.ok(report.cases[0]!.a.samples[0]!.judgeError);
    // the judge works again: a resume judges what it could not, and the gate decides
    broken = false;
    const resumed = await run(['eval', '--resume', report.runId!, '--json'], ws);
    assert.equal(resumed.code, 1, resumed.err);
    const fixed = JSON.parse(resumed.out) as ShiftReport;
    assert.ok(fixed.summary.behaviours['handsOff']!.significant);
    assert.equal(fixed.cases[0]!.a.samples[0]!.judgeError, undefined);
  } finally {
    await server.close();
  }
});

test('bad declarations are bad input (exit 2) naming the file, line and field', async () => {
  const noJudge = await run(['check', 'judged.evals.yaml'], workspace(SUITE('http://127.0.0.1:9').replace(/judge:\n.*\n.*\n/, '')));
  assert.equal(noJudge.code, 2, noJudge.err);
  assert.match(noJudge.err, /judged\.evals\.yaml:\d+:\d+: behaviours\[0\]\.rubric: a rubric is decided by the suite's judge model/);
  const both = await run(['check', 'judged.evals.yaml'], workspace(SUITE('http://127.0.0.1:9').replace('    rubric:', '    phrases: [agent]\n    rubric:')));
  assert.equal(both.code, 2, both.err);
  assert.match(both.err, /behaviours\[0\]\.rubric: a behaviour is detected either by phrases\/patterns or by a judge rubric, not both/);
  const off = await run(['eval', 'judged.evals.yaml', '--no-judge'], workspace(SUITE('http://127.0.0.1:9')));
  assert.equal(off.code, 2, off.err);
  assert.match(off.err, /handsOff is decided by the judge model, which --no-judge turns off/);
});
