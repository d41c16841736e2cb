// The optional judge model (suite `judge:`) through `promptshift eval`: verdicts beside the
// detectors', agreement in the summary, cached on disk, and unparseable answers kept as errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import type { ShiftReport, SampleResult } from '../../../src/core/report/schema';

/** An OpenAI-compatible judge on 127.0.0.1: "present" when the judged response hands off to a person. */
async function startJudge(mode: 'good' | 'garbage'): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      n++;
      const request = JSON.parse(body) as { messages: Array<{ content: string }>; temperature?: number };
      assert.equal(request.temperature, 0, 'the judge runs at temperature 0');
      const judged = JSON.parse(request.messages.at(-1)!.content.slice(request.messages.at(-1)!.content.indexOf('{'))) as { response: string };
      const m = /(human agent|specialist|team|police|112)/.exec(judged.response);
      const content = mode === 'garbage' ? 'I think so, yes.' : JSON.stringify({ present: !!m, quote: m ? m[0] : '' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x', object: 'chat.completion', model: 'judge-1', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1 } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => n, close: () => new Promise((r) => server.close(() => r())) };
}

async function evalJson(ws: string, extra: string[] = []): Promise<{ code: number; report: ShiftReport; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd: ws, env: { JUDGE_KEY: 'k', PROMPTSHIFT_ALLOW_KEY_ENVS: 'JUDGE_KEY', PROMPTSHIFT_ALLOW_HOSTS: '127.0.0.1' }, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: new AbortController().signal };
  const code = await main(['eval', 'support.evals.yaml', '--json', ...extra], io);
  return { code, report: out ? JSON.parse(out) : undefined, err };
}

function workspaceWithJudge(url: string): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-judge-'));
  fs.cpSync(path.resolve(__dirname, '../../../examples'), ws, { recursive: true });
  fs.appendFileSync(path.join(ws, 'support.evals.yaml'), `judge:\n  provider: { type: openai, model: judge-1, baseUrl: ${url}/v1, apiKeyEnv: JUDGE_KEY }\n  behaviours: [escalation]\n`);
  return ws;
}

test('the judge gives its verdict on every output; agreement with the detectors is reported; verdicts are cached', async () => {
  const judge = await startJudge('good');
  try {
    const ws = workspaceWithJudge(judge.url);
    const first = await evalJson(ws);
    assert.equal(first.code, 1, first.err);
    const all = first.report.cases.flatMap((c) => [...c.a.samples, ...c.b.samples, ...(c.aPrime?.samples ?? [])].map((s: SampleResult) => `${c.id}\u0000${s.output}`));
    const outputs: number = all.length;
    // One call per output; identical outputs of one case may share a cached verdict.
    const calls = judge.requests();
    assert.ok(calls <= outputs && calls >= new Set(all).size, `one judge call per output (${calls} calls, ${outputs} outputs)`);
    const esc = first.report.summary.judge!.behaviours.escalation!;
    assert.equal(esc.judged, outputs);
    assert.ok(esc.agreement >= 0.8, `judge and detector mostly agree: ${JSON.stringify(esc)}`);
    assert.equal(first.report.summary.judge!.model, 'judge-1');
    const angry = first.report.cases.find((c) => c.id === 'angry-refund')!;
    assert.equal(angry.a.samples[0]!.judge?.escalation, true);
    assert.equal(angry.b.samples[0]!.judge?.escalation, false);
    const again = await evalJson(ws);
    assert.equal(judge.requests(), calls, 'the second run reads every verdict from the cache');
    assert.deepEqual(again.report.summary.judge, first.report.summary.judge);
    const skipped = await evalJson(ws, ['--no-judge']);
    assert.equal(skipped.report.summary.judge, undefined);
  } finally {
    await judge.close();
  }
});

test('an answer that is not the strict JSON verdict is an error on that output, never a guess', async () => {
  const judge = await startJudge('garbage');
  try {
    const ws = workspaceWithJudge(judge.url);
    const r = await evalJson(ws);
    assert.equal(r.code, 1, 'the run itself completes; its gate still decides the exit code');
    const sample = r.report.cases[0]!.a.samples[0]!;
    assert.equal(sample.judge, undefined);
    assert.match(sample.judgeError ?? '', /judge \(escalation\)/);
    assert.ok(r.report.summary.judge!.errors > 0);
    assert.equal(r.report.summary.judge!.behaviours.escalation, undefined);
  } finally {
    await judge.close();
  }
});
