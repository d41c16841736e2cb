// Paired-eval runner benchmark (not a test): 1,000 calls at concurrency 16 against the fake model
// server with a fixed 50 ms latency, in its own process. Side by side, A B A B: a bare Node client
// (fetch in 16 workers: the machine's floor), PromptShift's runner, and promptfoo (when installed in
// .bench-cache/promptfoo; see BENCHMARKS.md). Prints medians.
//
//   node --import tsx test/bench/runner.bench.ts [--rounds 3] [--calls 1000] [--no-promptfoo]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProvider } from '../../src/core/providers/factory';
import { executeRun } from '../../src/core/run/execute';
import { fixturePlan } from '../fakes/plan-fixture';
import { writePromptfooConfig } from './promptfoo/config';
import { resetServer, serverRequests, startServer } from './fake-server-process';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 3);
const CALLS = arg('calls', 1000);
const CONCURRENCY = 16;
const LATENCY_MS = 50;
const IDEAL_S = (CALLS * LATENCY_MS) / CONCURRENCY / 1000;
const PROMPTFOO_DIR = resolve('.bench-cache/promptfoo');
const PROMPTFOO_NODE = join(PROMPTFOO_DIR, 'node_modules/node/bin/node');
const PROMPTFOO_CLI = join(PROMPTFOO_DIR, 'node_modules/promptfoo/dist/src/entrypoint.js');
const withPromptfoo = !process.argv.includes('--no-promptfoo') && existsSync(PROMPTFOO_NODE) && existsSync(PROMPTFOO_CLI);

interface Sample { wallS: number; cpuMsPerCall: number; calls: number }

async function measure(url: string, work: () => Promise<void>): Promise<Sample> {
  await resetServer(url);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const calls = await serverRequests(url);
  return { wallS, cpuMsPerCall: (cpu.user + cpu.system) / 1000 / calls, calls };
}

async function bareClient(url: string): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < CALLS) {
      const i = next++;
      const res = await fetch(`${url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Question number ${i}?` }] }),
      });
      await res.json();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function promptShift(url: string): Promise<void> {
  const provider = await createProvider({ type: 'openai', baseUrl: `${url}/v1` }, { apiKey: 'sk-bench' });
  const runDir = mkdtempSync(join(tmpdir(), 'ps-bench-run-'));
  // 500 cases × 1 sample × {A, B} = 1,000 calls, no cache, the full record written as it goes
  const result = await executeRun({ runDir, calls: fixturePlan(CALLS / 2, 1, { baseline: false }), provider, concurrency: CONCURRENCY });
  if (result.status !== 'completed' || result.errors > 0) throw new Error(`run ${result.status}: ${result.message}`);
  rmSync(runDir, { recursive: true, force: true });
}

/** promptfoo in its own process (Node 22): wall time of the whole command, start-up included. */
function promptfoo(url: string): Promise<{ wallS: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ps-bench-pf-'));
  const config = writePromptfooConfig(dir, url, CALLS / 20);
  const env = {
    ...process.env, PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1', PROMPTFOO_CONFIG_DIR: join(dir, '.promptfoo'),
    OPENAI_API_KEY: 'sk-bench-not-a-real-key',
  };
  const args = [PROMPTFOO_CLI, 'eval', '-c', config, '--repeat', '10', '--max-concurrency', String(CONCURRENCY), '--no-cache', '--no-progress-bar', '-o', join(dir, 'out.json')];
  const t0 = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(PROMPTFOO_NODE, args, { env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      const wallS = (performance.now() - t0) / 1000;
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0 && code !== 100) return reject(new Error(`promptfoo exited ${code}: ${stderr.slice(-2000)}`));
      resolvePromise({ wallS });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number, d = 2) => x.toFixed(d);

async function main(): Promise<void> {
  const { url, child } = await startServer(LATENCY_MS);
  try {
    console.log(`${CALLS} calls, concurrency ${CONCURRENCY}, latency ${LATENCY_MS} ms, ideal ${fmt(IDEAL_S, 3)} s; ${ROUNDS} rounds A B A B; promptfoo: ${withPromptfoo ? 'yes' : 'not installed'}`);
    await bareClient(url); // warm-up: JIT, sockets
    const bare: Sample[] = [];
    const ours: Sample[] = [];
    const peer: { wallS: number; calls: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      bare.push(await measure(url, () => bareClient(url)));
      ours.push(await measure(url, () => promptShift(url)));
      let line = `round ${round}: bare ${fmt(bare.at(-1)!.wallS)} s (${bare.at(-1)!.calls} calls), PromptShift ${fmt(ours.at(-1)!.wallS)} s (${ours.at(-1)!.calls} calls, ${fmt(ours.at(-1)!.cpuMsPerCall, 3)} ms CPU/call)`;
      if (withPromptfoo) {
        await resetServer(url);
        const r = await promptfoo(url);
        peer.push({ wallS: r.wallS, calls: await serverRequests(url) });
        line += `, promptfoo ${fmt(r.wallS)} s (${peer.at(-1)!.calls} calls)`;
      }
      console.log(line);
    }
    const mb = median(bare.map((s) => s.wallS));
    const mo = median(ours.map((s) => s.wallS));
    console.log(`median bare client  ${fmt(mb)} s = ${fmt(mb / IDEAL_S)}× ideal; CPU ${fmt(median(bare.map((s) => s.cpuMsPerCall)), 3)} ms/call`);
    console.log(`median PromptShift  ${fmt(mo)} s = ${fmt(mo / IDEAL_S)}× ideal, ${fmt(mo / mb)}× bare; CPU ${fmt(median(ours.map((s) => s.cpuMsPerCall)), 3)} ms/call`);
    if (peer.length) {
      const mp = median(peer.map((s) => s.wallS));
      console.log(`median promptfoo    ${fmt(mp)} s = ${fmt(mp / IDEAL_S)}× ideal; PromptShift / promptfoo = ${fmt(median(ours.map((s, i) => s.wallS / peer[i]!.wallS)))}`);
    }
  } finally {
    child.kill('SIGTERM');
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
