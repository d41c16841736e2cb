// Attack 9 of issue 12 (the parts outside the detectors): a 200,000-deep array in a JSONL case
// killed `check` and `eval` with a stack trace (exit 3, not 2), and SIGTERM was ignored while the
// CLI was busy. Deep nesting is bad input (exit 2 naming file and line); SIGTERM ends the CLI
// promptly at every stage, keeping what was recorded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRunRecord } from '../../../src/core/run/store';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { cli, makeWorkspace, openaiProvider, REPO_ROOT, tempDir } from './helpers';

const DEEP = 200_000;
const deep = (inner: string) => '['.repeat(DEEP) + inner + ']'.repeat(DEEP);

test('a 200,000-deep array anywhere in a JSONL case: check and eval exit 2 naming the file and line, no stack trace', async () => {
  for (const field of ['vars', 'input', 'expect', 'assert']) {
    const ws = makeWorkspace(`deep-${field}`, '  type: replay\n  file: recorded.jsonl');
    fs.writeFileSync(path.join(ws.root, 'recorded.jsonl'), '');
    const value = field === 'vars' ? `{"customer_name": ${deep('1')}}` : deep('"x"');
    const good = JSON.stringify({ id: 'fine', input: 'hello', vars: { customer_name: 'Ann' } });
    const line = `{"id": "deep", "input": "hi", "vars": {"customer_name": "Ann"}, ${JSON.stringify(field)}: ${value}}`.replace(/"input": "hi", ("input")/, '$1');
    fs.writeFileSync(path.join(ws.root, 'cases.jsonl'), `${good}\n${line}\n`);
    for (const argv of [['check', 'support.evals.yaml'], ['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working']]) {
      const { code, io } = await cli(argv, ws.root);
      assert.equal(code, 2, `${field} / ${argv[0]}: ${io.printed().slice(0, 400)}`);
      assert.match(io.err.join(''), /cases\.jsonl:2:\d+: .*nested more than \d+ levels deep/, `${field} / ${argv[0]}`);
      assert.doesNotMatch(io.printed(), /\n\s+at |Maximum call stack/, 'no stack trace');
    }
  }
});

test('deep nesting in a YAML or JSON suite is reported as such, at its place', async () => {
  const ws = makeWorkspace('deep-suite', '  type: replay\n  file: recorded.jsonl');
  fs.writeFileSync(path.join(ws.root, 'recorded.jsonl'), '');
  fs.writeFileSync(path.join(ws.root, 's.evals.yaml'), `prompt: prompts/support.prompt.md\ncases:\n  - { input: hi, vars: { customer_name: ${deep('1')} } }\n`);
  fs.writeFileSync(path.join(ws.root, 's.evals.json'), `{"prompt": "prompts/support.prompt.md", "cases": [{"input": "hi", "vars": {"customer_name": ${deep('1')}}}]}`);
  for (const suite of ['s.evals.yaml', 's.evals.json']) {
    const { code, io } = await cli(['check', suite], ws.root);
    assert.equal(code, 2, io.printed().slice(0, 300));
    assert.match(io.err.join(''), new RegExp(`${suite.replace('.', '\\.')}:\\d+:\\d+: .*nested (too deeply|more than \\d+ levels deep)`));
  }
});

/** `node --import tsx src/cli.ts …` as its own process (where tsx resolves); absolute paths. */
function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli.ts'), ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, at: Date.now(), stderr })),
  );
  return { child, done, stderr: () => stderr };
}

let server: FakeModelServer;
before(async () => {
  server = await startFakeModelServer({ latencyMs: 300 });
});
after(() => server.close());

test('SIGTERM during an eval: the run stops within a second or two, keeps what was recorded, exit 3', async () => {
  const ws = makeWorkspace('sigterm-eval', openaiProvider(server.url), 'samples: 2\nbaseline: true\nconcurrency: 2\n');
  const cases = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `c${i}`, input: `Question ${i}?`, vars: { customer_name: 'Ann' } }));
  fs.writeFileSync(path.join(ws.root, 'cases.jsonl'), cases.join('\n') + '\n');
  const before = server.log.length;
  const run = spawnCli(['eval', ws.suite, '--a', 'working', '--b', 'working', '--no-cache'], { XDG_STATE_HOME: tempDir('state') });
  const deadline = Date.now() + 60_000;
  while (server.log.length < before + 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const sent = Date.now();
  run.child.kill('SIGTERM');
  const end = await run.done;
  assert.ok(end.at - sent < 2500, `exited ${end.at - sent} ms after SIGTERM`);
  assert.equal(end.code, 3, end.stderr);
  assert.match(end.stderr, /cancelled after \d+\/180 calls\. Resume it with/);
  const [runId] = fs.readdirSync(path.join(ws.root, '.promptshift', 'runs'));
  const record = readRunRecord(path.join(ws.root, '.promptshift', 'runs', runId!));
  assert.equal(record.meta?.status, 'cancelled');
  assert.ok(record.results.size >= 2, `what was answered is recorded (${record.results.size})`);
});

test('SIGTERM while the CLI is busy reading a large suite (no model involved): it ends at once', async () => {
  const dir = tempDir('sigterm-check');
  fs.mkdirSync(path.join(dir, '.promptshift'));
  fs.mkdirSync(path.join(dir, 'prompts'));
  fs.writeFileSync(path.join(dir, 'prompts', 'p.prompt.md'), 'You help {{customer_name}}.\n');
  const line = (i: number) => JSON.stringify({ id: `c${i}`, input: `Question ${i} about billing and refunds ${'x'.repeat(150)}`, vars: { customer_name: 'Ann' } });
  const fd = fs.openSync(path.join(dir, 'cases.jsonl'), 'w');
  for (let i = 0; i < 110_000; i++) fs.writeSync(fd, line(i) + '\n');
  fs.closeSync(fd);
  fs.writeFileSync(path.join(dir, 's.evals.yaml'), 'prompt: prompts/p.prompt.md\ncases:\n  - file: cases.jsonl\n');
  try {
    const cases = path.join(dir, 'cases.jsonl');
    const run = spawnCli(['check', path.join(dir, 's.evals.yaml')]);
    // Wait until the CLI has the case file open: past start-up, into the reading, which (with the
    // parsing and rendering after it) keeps it busy for seconds.
    const opened = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        let fds: string[] = [];
        try {
          fds = fs.readdirSync(`/proc/${run.child.pid}/fd`);
        } catch {
          clearInterval(poll);
          return resolve(false);
        }
        if (fds.some((fd) => { try { return fs.readlinkSync(`/proc/${run.child.pid}/fd/${fd}`) === cases; } catch { return false; } })) {
          clearInterval(poll);
          resolve(true);
        }
      }, 1);
    });
    assert.ok(opened, 'saw the CLI read the case file');
    await new Promise((r) => setTimeout(r, 200));
    const sent = Date.now();
    run.child.kill('SIGTERM');
    const end = await run.done;
    assert.equal(end.signal, 'SIGTERM', `the check ended by the signal, not by finishing (code ${end.code}); if it finished first, the test input is too small for this machine`);
    assert.ok(end.at - sent < 1000, `exited ${end.at - sent} ms after SIGTERM`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
