// `eval --stop-early` over real HTTP: against a server whose B stops escalating (a large real
// shift), the run stops having made under half its planned calls and reports the shift; against a
// server with no shift, it stops once "no shift that matters" is decided and the gate passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../fakes/cli';

const examples = path.resolve(__dirname, '../../../examples');

const run = (args: string[], cwd: string) => runCli(args, cwd);

/** An Ollama-format server: `answer(system)` decides each reply from the system prompt. */
async function server(answer: (system: string) => string): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const s = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests++;
      const { messages } = JSON.parse(body) as { messages: { role: string; content: string }[] };
      const content = answer(messages.find((m) => m.role === 'system')?.content ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ model: 'm', message: { role: 'assistant', content }, done: true, done_reason: 'stop' }));
    });
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(s.address() as { port: number }).port}`, requests: () => requests, close: () => new Promise((r) => s.close(() => r())) };
}

function workspace(url: string, cases: number): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-stop-'));
  fs.cpSync(examples, ws, { recursive: true });
  fs.rmSync(path.join(ws, '.promptshift', 'runs'), { recursive: true, force: true });
  const lines = Array.from({ length: cases }, (_, i) => JSON.stringify({ id: `q${i}`, input: `My bill is wrong, case ${i}.`, vars: { customer_name: 'Ann' } }));
  fs.writeFileSync(path.join(ws, 'many.jsonl'), lines.join('\n') + '\n');
  fs.writeFileSync(path.join(ws, 'stop.evals.yaml'), `prompt: prompts/support.prompt.md\nprovider: { type: ollama, model: m, baseUrl: "${url}" }\nsamples: 1\nconcurrency: 4\ngates: { escalation: decrease }\ncases:\n  - file: many.jsonl\n`);
  return ws;
}

const HANDS_OFF = 'I understand. Let me transfer you to a human agent who can sort this out.';
const FIXES = 'I have fixed this for you myself. Your bill is now correct.';

test('a large real escalation shift: stopped under half the planned calls, the shift significant', async () => {
  // version B (the working copy) tells the model hand-offs frustrate customers; A (v1) hands off
  const srv = await server((system) => (/hand-offs frustrating/.test(system) ? FIXES : HANDS_OFF));
  try {
    const ws = workspace(srv.url, 200);
    const r = await run(['eval', 'stop.evals.yaml', '--a', '@v1-handoffs', '--stop-early', '--no-cache', '--json'], ws);
    assert.equal(r.code, 1, r.err); // the escalation gate fails: B stopped escalating
    const report = JSON.parse(r.out);
    const planned = 200 * 3;
    assert.ok(srv.requests() < planned / 2, `${srv.requests()} of ${planned} planned calls made`);
    assert.equal(report.stopEarly.stopped, true);
    assert.equal(report.stopEarly.decisions.escalation.decision, 'shift');
    assert.equal(report.summary.behaviours.escalation.significant, true);
    assert.equal(report.summary.cases, report.stopEarly.analysedCases.length);
    const text = await run(['report', report.runId, '--format', 'md'], ws);
    assert.match(text.out, /Stopped early after \d+ of 200 cases \\?\(\d+ of 600 planned calls made\\?\): escalation: shift after \d+ cases/);
    const meta = JSON.parse(fs.readFileSync(path.join(ws, '.promptshift', 'runs', report.runId, 'run.json'), 'utf8'));
    assert.equal(meta.status, 'completed');
    assert.match(meta.message, /stopped early/);
  } finally {
    await srv.close();
  }
});

test('no shift: decided "no shift that matters" and stopped; the gate passes; no gates refuses --stop-early', async () => {
  const srv = await server(() => FIXES);
  try {
    const ws = workspace(srv.url, 200);
    const r = await run(['eval', 'stop.evals.yaml', '--a', '@v1-handoffs', '--stop-early', '--no-cache', '--json'], ws);
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out);
    assert.equal(report.stopEarly.decisions.escalation.decision, 'no-shift');
    assert.equal(report.stopEarly.stopped, true);
    assert.ok(srv.requests() < 600, `${srv.requests()} calls`);
    fs.writeFileSync(path.join(ws, 'ungated.evals.yaml'), fs.readFileSync(path.join(ws, 'stop.evals.yaml'), 'utf8').replace('gates: { escalation: decrease }\n', ''));
    const ungated = await run(['eval', 'ungated.evals.yaml', '--stop-early'], ws);
    assert.equal(ungated.code, 2);
    assert.match(ungated.err, /--stop-early decides on the gated behaviours/);
  } finally {
    await srv.close();
  }
});
