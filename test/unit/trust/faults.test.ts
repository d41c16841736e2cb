// Faults around the runner, through the CLI: a full disk under the run record and under the cache,
// a `.promptshift/` the process cannot write to, two `promptshift eval` processes on one workspace
// at once, and a process killed half-way and resumed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { VersionStore } from '../../../src/core/history';
import { readRunRecord } from '../../../src/core/run/store';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { captureIO, cli, makeWorkspace, openaiProvider, REPO_ROOT } from './helpers';

const ENV = { OPENAI_API_KEY: 'sk-faults' };
const EVAL = ['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working'];
const runsOf = (root: string) => path.join(root, '.promptshift', 'runs');
const noStack = (text: string) => assert.doesNotMatch(text, /\n\s+at /, 'no stack trace');

let server: FakeModelServer;
before(async () => {
  server = await startFakeModelServer({ latencyMs: 5 });
});
after(() => server.close());

describe('full disk', () => {
  // A device node like /dev/full (character device 1,7) in the run folder: writes fail with ENOSPC.
  // (A symbolic link to /dev/full would be refused before any write: see hostile-writes.test.ts.)
  test('the run record on a full disk (calls.jsonl is a /dev/full device): exit 3 naming the file; the record stays readable and resumes once there is room', async (t) => {
    if (process.getuid?.() !== 0) return t.skip('making a device node needs root');
    const ws = makeWorkspace('full', openaiProvider(server.url));
    assert.equal((await cli(EVAL, ws.root, ENV)).code, 0, 'an earlier run completes');
    const [earlier] = fs.readdirSync(runsOf(ws.root));
    const earlierReport = fs.readFileSync(path.join(runsOf(ws.root), earlier!, 'report.json'), 'utf8');

    // The run folder exists once the CLI prints "run <id>": put the full disk under it right then.
    const io = captureIO(ws.root, ENV);
    let runId = '';
    const print = io.stderr;
    io.stderr = (t) => {
      print(t);
      const m = /run (\S+), \d+ calls/.exec(t);
      if (m && !runId) {
        runId = m[1]!;
        execFileSync('mknod', [path.join(runsOf(ws.root), runId, 'calls.jsonl'), 'c', '1', '7']);
      }
    };
    const started = Date.now();
    assert.equal(await main(EVAL, io), 3);
    assert.ok(Date.now() - started < 10_000);
    const message = io.err.join('');
    assert.match(message, new RegExp(`cannot write the run record \\S*${runId}/calls\\.jsonl: ENOSPC`));
    assert.match(message, /Resume it with: promptshift eval --resume/);
    noStack(message);

    const record = readRunRecord(path.join(runsOf(ws.root), runId));
    assert.equal(record.meta?.status, 'failed');
    assert.match(record.meta?.message ?? '', /ENOSPC/);
    assert.equal(record.plan.length, 9, 'the plan is readable');
    assert.match(record.warnings.map((w) => w.message).join(), /not a regular file/, 'the device is not read (it would never end)');
    assert.equal(fs.readFileSync(path.join(runsOf(ws.root), earlier!, 'report.json'), 'utf8'), earlierReport, 'the earlier run is untouched');

    // Room again: the run finishes from its folder.
    fs.unlinkSync(path.join(runsOf(ws.root), runId, 'calls.jsonl'));
    const resumed = await cli(['eval', '--resume', runId], ws.root, ENV);
    assert.equal(resumed.code, 0, resumed.io.printed());
    assert.equal(readRunRecord(path.join(runsOf(ws.root), runId)).results.size, 9);
  });

  test('a cache that cannot be written (.promptshift/cache is a file): every cache write fails with a warning, the run completes', async () => {
    const ws = makeWorkspace('cache', openaiProvider(server.url));
    fs.writeFileSync(path.join(ws.root, '.promptshift', 'cache'), 'not a folder\n');
    const { code, io } = await cli(EVAL, ws.root, ENV);
    assert.equal(code, 0, io.printed());
    assert.match(io.err.join(''), /warning: cache: EEXIST: file already exists, mkdir '\S*\.promptshift\/cache'/);
    const [runId] = fs.readdirSync(runsOf(ws.root));
    assert.equal(readRunRecord(path.join(runsOf(ws.root), runId!)).results.size, 9);
  });
});

describe('a .promptshift/ that cannot be written', () => {
  test('a file where the runs folder should be: exit 3 naming it, no stack trace', async () => {
    const ws = makeWorkspace('enotdir', openaiProvider(server.url));
    fs.writeFileSync(path.join(ws.root, '.promptshift', 'runs'), 'not a folder\n');
    const { code, io } = await cli(EVAL, ws.root, ENV);
    assert.equal(code, 3);
    assert.match(io.err.join(''), /file system error: EEXIST: file already exists, mkdir '\S*\.promptshift\/runs'/);
    noStack(io.err.join(''));
  });

  // A `.promptshift` symlinked to a place outside the workspace (here /sys/kernel, which nobody
  // may write) is refused before anything is written or any model call is paid for.
  test('.promptshift/ linked outside the workspace (/sys/kernel): eval and snapshot exit 2 naming it; check and history still work', async () => {
    const ws = makeWorkspace('readonly', openaiProvider(server.url));
    fs.rmdirSync(path.join(ws.root, '.promptshift'));
    fs.symlinkSync('/sys/kernel', path.join(ws.root, '.promptshift'));
    const requests = server.log.length;
    for (const argv of [EVAL, ['snapshot', 'prompts/support.prompt.md']]) {
      const { code, io } = await cli(argv, ws.root, ENV);
      assert.equal(code, 2, io.printed());
      assert.match(io.err.join(''), /\S*\.promptshift\S*: this state folder leads outside the workspace/);
      noStack(io.err.join(''));
    }
    assert.equal(server.log.length, requests, 'no model call is paid for when nothing can be recorded');
    assert.equal((await cli(['check', 'support.evals.yaml'], ws.root)).code, 0);
    assert.equal((await cli(['history', 'prompts/support.prompt.md'], ws.root)).code, 0);
  });
});

/** `node --import tsx src/cli.ts <args>` from the repository (where tsx resolves); give absolute paths. */
function runCli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli.ts'), ...args], {
    cwd: REPO_ROOT, env: { ...process.env, ...ENV }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

describe('processes', () => {
  test('two `promptshift eval` processes on one workspace at once: distinct runs, each record whole and matching its report, history intact', async () => {
    const ws = makeWorkspace('two', openaiProvider(server.url), 'samples: 2\nbaseline: true\nconcurrency: 2\n');
    const [one, two] = [runCli(['eval', ws.suite, '--a', 'working', '--b', 'working', '--no-cache']), runCli(['eval', ws.suite, '--a', 'working', '--b', 'working', '--no-cache'])];
    const results = await Promise.all([one.done, two.done]);
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const runs = fs.readdirSync(runsOf(ws.root));
    assert.equal(runs.length, 2, 'distinct run ids');
    for (const runId of runs) {
      const dir = path.join(runsOf(ws.root), runId);
      const record = readRunRecord(dir);
      assert.deepEqual(record.warnings, []);
      assert.equal(record.meta?.status, 'completed');
      assert.equal(record.plan.length, 18);
      assert.equal(record.results.size, 18);
      assert.equal(fs.readFileSync(path.join(dir, 'calls.jsonl'), 'utf8').trim().split('\n').length, 18, 'one line per call: the other process wrote nothing here');
      const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
      assert.equal(report.runId, runId);
      for (const c of report.cases) {
        for (const side of ['a', 'b'] as const) {
          const outputs = [...record.results.values()].filter((r) => r.caseId === c.id && r.version === side).map((r) => r.response?.text);
          assert.deepEqual(c[side].samples.map((s: { output: string }) => s.output).sort(), outputs.sort());
        }
      }
    }
    const log = new VersionStore(ws.root).log(ws.prompt);
    assert.deepEqual(log.warnings, [], 'the history log is not corrupted');
    assert.ok(log.versions.length >= 1);
  });

  test('SIGKILL half-way, then `promptshift eval --resume <run-id>`: finishes with no recorded call repeated', async () => {
    const slow = await startFakeModelServer({ latencyMs: 60 });
    try {
      const ws = makeWorkspace('kill', openaiProvider(slow.url), 'samples: 4\nbaseline: true\nconcurrency: 2\n');
      const { child, done } = runCli(['eval', ws.suite, '--a', 'working', '--b', 'working', '--no-cache']);
      const calls = () => {
        const [runId] = fs.existsSync(runsOf(ws.root)) ? fs.readdirSync(runsOf(ws.root)) : [];
        return runId ? { runId, records: readRunRecord(path.join(runsOf(ws.root), runId)).results } : undefined;
      };
      for (let i = 0; i < 400 && (calls()?.records.size ?? 0) < 8; i++) await new Promise((r) => setTimeout(r, 25));
      child.kill('SIGKILL');
      const killed = await done;
      assert.equal(killed.signal, 'SIGKILL');
      const before = calls()!;
      assert.ok(before.records.size >= 8 && before.records.size < 36, `killed half-way (${before.records.size}/36)`);
      const recordedIds = [...before.records.keys()];

      const resumed = await cli(['eval', '--resume', before.runId, '--no-cache'], ws.root, ENV);
      assert.equal(resumed.code, 0, resumed.io.printed());
      const after = readRunRecord(path.join(runsOf(ws.root), before.runId));
      assert.equal(after.results.size, 36);
      assert.equal(after.meta?.status, 'completed');
      const counts = slow.countsByCallId();
      for (const id of recordedIds) assert.equal(counts.get(id), 1, `recorded call ${id} was asked again`);
      assert.equal(counts.size, 36, 'every planned call reached the server');
    } finally {
      await slow.close();
    }
  });
});
