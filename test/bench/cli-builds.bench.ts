// Two or more CLI builds, run in turn on the same `eval` (not a test): the fair way to compare
// builds on a shared machine, where load moves from minute to minute. Each round runs every build
// once (same suite, same fake server, same workspace, runs removed after each) and reports each
// build's process CPU (user + sys, /usr/bin/time), then medians and per-round paired differences
// against the first build. A first untimed round leaves each build's code cache, as a user's
// second run has it: each build keeps its own (XDG_CACHE_HOME per build), since a build that writes
// its cache removes the other builds' caches of the command (src/cliStart.ts), and alternating builds
// in one cache folder compiled everything afresh on every run (until 2026-12-01).
//
//   npm run build && node --import tsx test/bench/cli-builds.bench.ts [--rounds 20] [--cases 1]
//       [--samples 3] [--latency 50] [--concurrency 16] [--history N] BUILD.js [BUILD.js…]
// e.g. /tmp/before/dist/cli.js dist/cli.js; --cases 1 (9 calls) times mostly start-up,
// --cases 111 the issue's 999 calls. Prints each build's CPU and wall per run, with paired differences.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fmt, load, makeBenchWorkspace, median, numberArg as arg, PROMPT_FILE, timedNode, writeBenchSuite } from './cli-bench-kit';
import { resetServer, serverRequests, startServer } from './fake-server-process';

const ROUNDS = arg('rounds', 20);
const CASES = arg('cases', 1);
const SAMPLES = arg('samples', 3);
const CALLS = CASES * SAMPLES * 3;
// --history N: the workspace keeps N earlier completed runs of the suite (copies of the first
// warm-up run under older ids), as a workspace that has been used for a while does; each timed
// run's own folder is removed after it, so every run sees the same N.
const HISTORY = arg('history', 0);
const builds = process.argv.slice(2).filter((a, i, all) => a.endsWith('.js') && !all[i - 1]?.startsWith('--')).map((b) => resolve(b));

async function main(): Promise<void> {
  if (builds.length < 2) throw new Error('name two or more CLI builds (…/dist/cli.js)');
  const { url, child } = await startServer(arg('latency', 50));
  const dir = makeBenchWorkspace('ps-bench-builds-');
  const suite = writeBenchSuite(dir, 'cases', CASES, `${url}/v1`, SAMPLES);
  const cpu = new Map<string, number[]>(builds.map((b) => [b, []]));
  const wall = new Map<string, number[]>(builds.map((b) => [b, []]));
  const kept = new Set<string>();
  const caches = new Map(builds.map((b) => [b, mkdtempSync(join(tmpdir(), 'ps-bench-v8cache-'))]));
  try {
    console.log(`${builds.length} builds × ${ROUNDS} rounds, ${CALLS} calls each run${HISTORY ? `, ${HISTORY} earlier runs in the workspace` : ''}; load ${load()}`);
    await timedNode([builds[0]!, 'snapshot', PROMPT_FILE], dir);
    appendFileSync(join(dir, PROMPT_FILE), 'Resolve every issue yourself.\n');
    for (let round = 0; round <= ROUNDS; round++) {
      const line: string[] = [];
      for (const build of builds) {
        await resetServer(url);
        const t = await timedNode([build, 'eval', suite, '--no-cache', '--json', '--out', join(dir, 'report.json'), '--concurrency', String(arg('concurrency', 16))], dir, { env: { ...process.env, XDG_CACHE_HOME: caches.get(build)! } });
        const calls = await serverRequests(url);
        const runs = join(dir, '.promptshift/runs');
        if (HISTORY > 0 && kept.size === 0) {
          // the first run becomes the history: N copies, older than any later run's id
          const [first] = readdirSync(runs);
          for (let i = 0; i < HISTORY; i++) {
            const id = `20000101T${String(i).padStart(6, '0')}000Z-${first!.slice(-8)}`;
            cpSync(join(runs, first!), join(runs, id), { recursive: true });
            kept.add(id);
          }
        }
        for (const run of readdirSync(runs)) if (!kept.has(run)) rmSync(join(runs, run), { recursive: true, force: true });
        if (calls !== CALLS) throw new Error(`${build}: expected ${CALLS} calls, the server saw ${calls}`);
        if (round === 0) continue; // leaves the code cache
        cpu.get(build)!.push(t.cpuS);
        wall.get(build)!.push(t.wallS);
        line.push(`${fmt(t.cpuS)} s (wall ${fmt(t.wallS)} s)`);
      }
      if (round > 0) console.log(`round ${round}: CPU ${line.join(' / ')}; load ${load()}`);
    }
    const first = cpu.get(builds[0]!)!;
    for (const build of builds) {
      const xs = cpu.get(build)!;
      const diffs = xs.map((x, i) => (x - first[i]!) * 1000);
      const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
      console.log(`${build}: median ${fmt(median(xs) * 1000, 0)} ms CPU per run (${fmt((median(xs) * 1000) / CALLS, 3)} ms per call); paired difference to the first build: median ${fmt(median(diffs), 0)} ms, mean ${fmt(mean, 0)} ms`);
      // wall: what the run's timing changes (e.g. work moved into the wait for the first answers) and CPU does not show
      const ws = wall.get(build)!;
      const wallDiffs = ws.map((x, i) => (x - wall.get(builds[0]!)![i]!) * 1000);
      console.log(`  wall: median ${fmt(median(ws), 3)} s; paired difference: median ${fmt(median(wallDiffs), 0)} ms, mean ${fmt(wallDiffs.reduce((a, b) => a + b, 0) / wallDiffs.length, 0)} ms`);
    }
    console.log(`load average at the end: ${load()}`);
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    for (const cache of caches.values()) rmSync(cache, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
