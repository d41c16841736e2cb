// The live results panel under `npm start`'s set-up (a copy of examples/ in code-server): Run
// paired eval from the example prompt's CodeLens ends with the panel showing the finished run (all
// calls, the significant shifts) — for a replay run that finishes before the panel has loaded (it
// used to stay at "0 / 144" for good), and within 2 s of the end of a ~10 s run against a model
// server on 127.0.0.1 — and before the first output the scorecard says it is waiting rather than
// "nothing shifted". The first case is bounded by the cold start of the session's first webview
// (about 3 s on a quiet machine, more under load), so its latency is printed and bounded loosely;
// BENCHMARKS.md "The live panel, end to end" has the figures.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { sessionSuite, openFile, runCommand, webviewFrame, poll } from '../lib/session.mjs';

const suite = sessionSuite('live');
const check = suite.check;

/** The newest run's run.json once it says completed: its id and when it ended (ms). */
function completedRun(workspace, after) {
  const runs = path.join(workspace, '.promptshift', 'runs');
  if (!fs.existsSync(runs)) return undefined;
  for (const id of fs.readdirSync(runs).sort().reverse()) {
    try {
      const meta = JSON.parse(fs.readFileSync(path.join(runs, id, 'run.json'), 'utf8'));
      if (Date.parse(meta.createdAt) < after) continue;
      if (meta.status === 'completed') return { runId: id, endedAt: Date.parse(meta.updatedAt), calls: meta.totalCalls, done: meta.done };
    } catch { /* being written */ }
  }
  return undefined;
}

/** True when the panel shows run `runId` finished: no progress, every case, the escalation shift significant. */
async function panelShowsFinished(frame, runId, cases) {
  const title = await frame.locator('.run-id').first().textContent({ timeout: 500 }).catch(() => '');
  if (title !== runId) return false;
  if ((await frame.locator('.run-progress:not([hidden])').count()) > 0) return false;
  if ((await frame.locator('[data-case-id]').count()) !== cases) return false;
  return (await frame.locator('.score-row.significant[data-behaviour="escalation"]').count()) === 1;
}

async function clickRunPairedEval(page) {
  await openFile(page, 'support.prompt.md');
  const lens = page.locator('.codelens-decoration a', { hasText: 'Run paired eval' }).first();
  await lens.waitFor({ timeout: 60000 });
  await lens.click();
}

/** Measures run end → panel showing it finished, polling both every 50 ms. */
async function finishLatency(page, after, cases) {
  const frame = webviewFrame(page);
  const run = await poll('the run to complete on disk', async () => completedRun(suite.session.workspace, after), 90000);
  const seenAt = await poll('the panel to show the finished run', async () => ((await panelShowsFinished(frame, run.runId, cases)) ? Date.now() : undefined), 30000);
  return { ...run, latencyMs: Math.max(0, seenAt - run.endedAt) };
}

check('a replay run that ends before the panel has loaded: the panel shows it finished (latency printed)', async () => {
  const { page } = suite.session;
  const started = Date.now() - 1000;
  await clickRunPairedEval(page);
  const { latencyMs, calls, done } = await finishLatency(page, started, 16);
  assert.equal(done, calls, 'all calls recorded');
  assert.equal(calls, 144);
  console.log(`# live panel: replay run ended before the panel loaded; finished run shown ${latencyMs} ms after the run's end`);
  assert.ok(latencyMs <= 15000, `panel showed the finished run ${latencyMs} ms after the run ended`);
  const header = await webviewFrame(page).locator('.run-meta').innerText();
  assert.match(header, /16 cases × 3 samples/);
  assert.match(header, /144 calls/);
});

check('a 10 s run against a live server: waiting before the first output, then finished within 2 s of its end', async () => {
  const { page } = suite.session;
  // A model server (Ollama's wire format) that holds every answer until released, then answers in
  // 200 ms: version A (v1, which hands off) escalates; the working copy ("resolve everything
  // yourself") never does.
  let release;
  const released = new Promise((r) => (release = r));
  let requests = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', async () => {
      requests++;
      const { messages } = JSON.parse(body);
      const system = messages.find((m) => m.role === 'system')?.content ?? '';
      const content = /hand-offs frustrating/.test(system)
        ? 'I have fixed this for you myself. Your bill is now correct.'
        : 'I understand. Let me transfer you to a human agent who can sort this out.';
      await released;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ model: 'slow-1', message: { role: 'assistant', content }, done: true, done_reason: 'stop', prompt_eval_count: 10, eval_count: 12 }));
      }, 200);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${server.address().port}`;
    fs.writeFileSync(
      path.join(suite.session.workspace, 'slow.evals.yaml'),
      `prompt: prompts/support.prompt.md\nprovider: { type: ollama, model: slow-1, baseUrl: ${url} }\nsamples: 2\nconcurrency: 2\nbaseline: true\ncases:\n  - file: cases.jsonl\n`,
    );
    // A fresh panel: close the one the first check opened.
    await runCommand(page, 'View: Close All Editors');
    await poll('the results panel to close', async () => (await page.locator('.tab', { hasText: 'PromptShift:' }).count()) === 0);
    const started = Date.now() - 1000;
    await clickRunPairedEval(page);
    // Two suites name the prompt now: pick the slow one.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 20000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'slow.evals.yaml' }).first().click();
    const frame = webviewFrame(page);
    const waiting = await poll('the scorecard to say it is waiting', async () => {
      const text = await frame.locator('.message.waiting').first().innerText({ timeout: 500 }).catch(() => '');
      return text.includes('Waiting for the first outputs') ? text : undefined;
    }, 60000);
    assert.match(waiting, /0 \/ 96 calls/);
    assert.equal(await frame.locator('.score-row').count(), 0, 'no zero-rate scorecard before any output');
    const releasedAt = Date.now();
    release();
    const { latencyMs, calls, done, endedAt } = await finishLatency(page, started, 16);
    assert.equal(calls, 96);
    assert.equal(done, calls, 'all calls recorded');
    assert.equal(requests, 96, 'the server answered every call once');
    assert.ok(endedAt - releasedAt >= 8000, `the run took ${endedAt - releasedAt} ms after release (expected about 10 s)`);
    assert.ok(latencyMs <= 2000, `panel showed the finished run ${latencyMs} ms after the run ended`);
  } finally {
    release?.();
    await new Promise((r) => server.close(r));
  }
});
