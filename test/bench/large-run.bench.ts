// Large runs (issue 17): `promptshift eval` as a child process on N calls (N/3 cases × 1 sample ×
// A, A′, B) against the fake model server in its own process at a fixed latency, under
// /usr/bin/time for the CLI's peak RSS and CPU; wall against the ideal (calls × latency ÷
// concurrency) and against a bare node:http client sending the same bodies. The CLI's RSS is also
// sampled through the run (rss-probe.mjs), so the peak can be placed in a phase. Then the report
// build on its own: the run's report rebuilt from its records on disk (rebuildReport: read
// calls.jsonl, build, write report.json), timed in this process.
// --live: the CLI run only, with a full collection before each (1 s) sample: the live heap, what
// the run keeps alive, apart from the garbage that sets most of its RSS peak (times then include
// the forced collections).
//
// --cli-only: the CLI run alone (no bare client, no report build), to compare settings side by side.
// --probe-ms N: sample the CLI's RSS every N ms (default 250), to place a short spike.
// --v8 "FLAGS": node/V8 flags for the CLI child (e.g. "--max-semi-space-size=4"), to measure what a
// flag in the CLI starter would do before it is put there.
//
//   npm run build && node --import tsx test/bench/large-run.bench.ts [--calls 10002] [--samples 1] [--latency 1] [--concurrency 64] [--keep] [--live] [--cli-only] [--v8 "FLAGS"]
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rebuildReport } from '../../src/core/eval/pairedEval';
import { RunStore } from '../../src/core/run';
import { bareBodies, fmt, load, makeBenchWorkspace, numberArg as arg, PROMPT_FILE, timedNode, writeBenchSuite } from './cli-bench-kit';
import { resetServer, serverRequests, startServer } from './fake-server-process';

// --samples N: the same calls from N times fewer cases, so the calls can grow while the suite does not
const SAMPLES = arg('samples', 1);
const CASES = Math.ceil(arg('calls', 10_002) / 3 / SAMPLES);
const CALLS = CASES * 3 * SAMPLES;
const LATENCY_MS = arg('latency', 1);
const CONCURRENCY = arg('concurrency', 64);
const IDEAL_S = (CALLS * LATENCY_MS) / CONCURRENCY / 1000;
const CLI = resolve('dist/cli.js');
const BARE = resolve('test/bench/bare-client.mjs');
const PROBE = pathToFileURL(resolve('test/bench/rss-probe.mjs')).href;

function makeWorkspace(url: string): { dir: string; suite: string } {
  const dir = makeBenchWorkspace('ps-bench-large-');
  return { dir, suite: writeBenchSuite(dir, 'cases', CASES, `${url}/v1`, SAMPLES) };
}

/** A child under /usr/bin/time; the CLI's exit 1 (a gate failed) still measured a whole run. */
const timed = (args: string[], cwd: string, env?: NodeJS.ProcessEnv) => timedNode(args, cwd, { okExits: [0, 1], ...(env ? { env } : {}) });

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const { url, child } = await startServer(LATENCY_MS);
  const ws = makeWorkspace(url);
  try {
    console.log(`${CALLS} calls (${CASES} cases × ${SAMPLES} sample${SAMPLES === 1 ? '' : 's'} × A, A′, B), concurrency ${CONCURRENCY}, latency ${LATENCY_MS} ms, ideal ${fmt(IDEAL_S, 1)} s; load ${load()}`);
    await timed([CLI, 'snapshot', PROMPT_FILE], ws.dir);
    appendFileSync(join(ws.dir, PROMPT_FILE), 'Resolve every issue yourself.\n');
    const probe = join(ws.dir, 'rss.txt');
    await resetServer(url);
    const live = process.argv.includes('--live');
    const v8At = process.argv.indexOf('--v8');
    const v8Flags = v8At > 0 ? (process.argv[v8At + 1] ?? '').split(/\s+/).filter(Boolean) : [];
    if (v8Flags.length) console.log(`CLI node flags: ${v8Flags.join(' ')}`);
    const cli = await timed([...(live ? ['--expose-gc'] : []), ...v8Flags, '--import', PROBE, CLI, 'eval', ws.suite, '--no-cache', '--json', '--out', join(ws.dir, 'out.json'), '--concurrency', String(CONCURRENCY)], ws.dir, { ...process.env, PROMPTSHIFT_RSS_PROBE: probe, ...(live ? { PROMPTSHIFT_RSS_PROBE_GC: '1' } : {}), ...(process.argv.includes('--probe-ms') ? { PROMPTSHIFT_RSS_PROBE_MS: String(arg('probe-ms', 250)) } : {}) });
    const calls = await serverRequests(url);
    if (calls !== CALLS) throw new Error(`expected ${CALLS} calls, the server saw ${calls}`);
    const samples = readFileSync(probe, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number) as [number, number, number, number?, number?, number?, number?]);
    const peak = samples.reduce((a, b) => (b[1] > a[1] ? b : a));
    console.log(`CLI: ${fmt(cli.wallS, 1)} s = ${fmt(cli.wallS / IDEAL_S, 2)}× ideal; CPU ${fmt(cli.cpuS, 1)} s = ${fmt((cli.cpuS * 1000) / CALLS, 3)} ms/call; peak RSS ${fmt(cli.rssMb, 0)} MB (probe: ${peak[1]} MB at ${fmt(peak[0] / 1000, 1)} s of ${fmt(samples.at(-1)![0] / 1000, 1)} s, heap ${peak[2]} MB used of ${peak[3] ?? '?'} MB, external ${peak[4] ?? '?'} MB); load ${load()}`);
    const curve = samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 12)) === 0).map(([t, rss]) => `${fmt(t / 1000, 0)}s:${rss}`);
    console.log(`  RSS over the run (MB): ${curve.join(' ')}`);
    // RSS against the calls made (the CLI's progress lines), a tenth of the calls at a time (the last
    // tenth ends as the report pass starts, which holds the main thread until the exit's sample)
    const byCalls: string[] = [];
    for (let k = 1; k <= 9; k++) {
      const s = samples.slice(0, -1).find((x) => (x[6] ?? 0) >= (CALLS * k) / 10);
      if (s) byCalls.push(`${k * 10}%:${s[1]}`);
    }
    if (byCalls.length) console.log(`  RSS by calls done (MB, the first sample at each tenth): ${byCalls.join(' ')}`);
    if (existsSync(`${probe}.rss`)) {
      // the worker's samples (--probe-ms): through the synchronous stretches the main thread's probe cannot sample
      const fine = readFileSync(`${probe}.rss`, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number) as [number, number]);
      const top = fine.reduce((a, b) => (b[1] > a[1] ? b : a));
      const lastMain = samples.at(-2)?.[0] ?? 0; // the main thread's last sample before the run's end
      console.log(`  RSS every ${arg('probe-ms', 250)} ms (worker): peak ${top[1]} MB at ${fmt(top[0] / 1000, 2)} s; after the main thread's last sample (${fmt(lastMain / 1000, 1)} s): ${fine.filter(([t]) => t >= lastMain).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 16)) === 0).map(([t, rss]) => `${fmt(t / 1000, 1)}s:${rss}`).join(' ')}`);
    }
    if (live) {
      const heapPeak = samples.reduce((a, b) => (b[2] > a[2] ? b : a));
      console.log(`  live heap (after a full collection, each second): peak ${heapPeak[2]} MB at ${fmt(heapPeak[0] / 1000, 1)} s; over the run: ${samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 12)) === 0).map(([t, , heap]) => `${fmt(t / 1000, 0)}s:${heap}`).join(' ')}`);
      return;
    }
    if (process.argv.includes('--cli-only')) return;

    // the bare client on the same bodies (from the run's plan)
    const runId = new RunStore(ws.dir).ids()[0]!;
    const bodies = join(ws.dir, 'bodies.jsonl');
    writeFileSync(bodies, bareBodies(join(ws.dir, '.promptshift/runs', runId, 'plan.jsonl')));
    await resetServer(url);
    const bare = await timed([BARE, `${url}/v1/chat/completions`, bodies, String(CONCURRENCY), 'http'], ws.dir);
    console.log(`bare node:http client: ${fmt(bare.wallS, 1)} s = ${fmt(bare.wallS / IDEAL_S, 2)}× ideal; CLI/bare ${fmt(cli.wallS / bare.wallS, 2)}×`);

    // the report build alone, from the records on disk
    const store = new RunStore(ws.dir);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      rebuildReport(store, runId);
      times.push((performance.now() - t0) / 1000);
    }
    times.sort((a, b) => a - b);
    const size = readFileSync(join(ws.dir, '.promptshift/runs', runId, 'report.json')).length;
    console.log(`report build from disk (read ${CALLS} records, build, write ${fmt(size / 1048576, 1)} MB): median ${fmt(times[1]!, 2)} s of 3 (${times.map((t) => fmt(t, 2)).join(', ')}); load ${load()}`);
  } finally {
    child.kill('SIGTERM');
    if (!process.argv.includes('--keep')) rmSync(ws.dir, { recursive: true, force: true });
    else console.log(`workspace kept: ${ws.dir}`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
