// Whole-process benchmark (not a test): what a user waits for. `promptshift eval … --no-cache --json
// --out report.json` as a child process (start-up, version resolution, rendering, the calls,
// scoring, the report) beside a bare client: a small Node process sending the same request bodies
// at the same concurrency to the same fake model server (its own process, fixed latency). Rounds
// alternate bare, CLI, bare, CLI… so load on the shared machine hits both alike. Each child runs
// under /usr/bin/time for its CPU and peak RSS; the server's log counts the calls each one made.
// The warm-up run also leaves the CLI's code cache (src/cliStart.ts, in the user's cache folder),
// so the timed runs start from it as a user's second run does (PROMPTSHIFT_CODE_CACHE=0: without).
//
//   npm run build && node --import tsx test/bench/cli-process.bench.ts [--rounds 3] [--latency 50]
//       [--concurrency 16] [--cases 111] [--samples 3] [--bare-http] [--scale 3] [--cli PATH] [--keep] [--timeline]
// --cli PATH: the CLI bundle to time (default dist/cli.js), e.g. a build of another commit.
// --bare-http: the bare client uses node:http with a keep-alive agent instead of fetch.
// --scale K: each round also runs the CLI on K× the cases, so its CPU splits into a fixed part
//   (start-up, detector compilation…) and a marginal part per call:
//   marginal = (CPU at K× − CPU at 1×) / (calls at K× − calls at 1×), fixed = CPU at 1× − marginal × calls.
// --timeline: each timed run also says, against its own clock, when its first request left, when its
//   first and last answers were read, when it exited, and its longest event-loop pause during the calls
//   (test/bench/timeline-preload.mjs; the bare client only with --bare-http: fetch does not publish these).
//   Its 1 ms timer costs both processes CPU: read the rounds' timelines, not their ratios, from such a session.
// 111 cases × 3 samples × {A, A′, B} = 999 calls.
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { bareBodies, fmt, load, makeBenchWorkspace, median, numberArg as arg, PROMPT_FILE, timedNode, writeBenchSuite, type Timed } from './cli-bench-kit';
import { resetServer, serverRequests, startServer } from './fake-server-process';

const ROUNDS = arg('rounds', 3);
const LATENCY_MS = arg('latency', 50);
const CONCURRENCY = arg('concurrency', 16);
const CASES = arg('cases', 111);
const SAMPLES = arg('samples', 3);
const SCALE = arg('scale', 1);
const CALLS = CASES * SAMPLES * 3;
const SCALED_CALLS = CALLS * SCALE;
const IDEAL_S = (CALLS * LATENCY_MS) / CONCURRENCY / 1000;
const cliAt = process.argv.indexOf('--cli');
const CLI = resolve(cliAt >= 0 ? process.argv[cliAt + 1]! : 'dist/cli.js');
const BARE = resolve('test/bench/bare-client.mjs');
const BARE_HOW = process.argv.includes('--bare-http') ? 'http' : 'fetch';
const TIMELINE = process.argv.includes('--timeline') ? join(tmpdir(), `ps-bench-timeline-${process.pid}.jsonl`) : undefined;
const TIMELINE_PRELOAD = pathToFileURL(resolve('test/bench/timeline-preload.mjs')).href;

/** A workspace with a prompt whose snapshot is A and whose working copy is B, a suite of CASES cases and one of SCALE × CASES. */
function makeWorkspace(url: string): { dir: string; suite: string; scaled: string } {
  const dir = makeBenchWorkspace('ps-bench-cli-');
  return { dir, suite: writeBenchSuite(dir, 'cases', CASES, `${url}/v1`, SAMPLES), scaled: writeBenchSuite(dir, 'cases-scaled', CASES * SCALE, `${url}/v1`, SAMPLES) };
}

/** What timeline-preload.mjs saw of one run (ms on the run's own clock; null where it saw nothing). */
interface Timeline {
  firstRequest: number | null;
  firstAnswer: number | null;
  lastAnswer: number | null;
  exit: number;
  longestPause: number;
}

interface Sample extends Timed {
  calls: number;
  timeline?: Timeline;
}

async function measure(url: string, args: string[], cwd: string): Promise<Sample> {
  await resetServer(url);
  if (!TIMELINE) return { ...(await timedNode(args, cwd)), calls: await serverRequests(url) };
  rmSync(TIMELINE, { force: true });
  const s = await timedNode(['--import', TIMELINE_PRELOAD, ...args], cwd, { env: { ...process.env, PROMPTSHIFT_BENCH_TIMELINE: TIMELINE } });
  const timeline = JSON.parse(readFileSync(TIMELINE, 'utf8').trim().split('\n').at(-1)!) as Timeline;
  return { ...s, calls: await serverRequests(url), timeline };
}

/** "first request 310 ms, first answer +105, last answer 3,950, exit +140, longest pause 85 ms" */
function timelineText(t: Timeline | undefined): string {
  if (!t) return '';
  if (t.firstRequest === null || t.lastAnswer === null || t.firstAnswer === null) return `exit ${t.exit} ms (no node:http requests seen)`;
  return `first request ${t.firstRequest} ms, first answer +${t.firstAnswer - t.firstRequest}, last answer ${t.lastAnswer}, exit +${t.exit - t.lastAnswer}, longest pause in the calls ${t.longestPause} ms`;
}

function cliArgs(suite: string, out: string, extra: string[] = []): string[] {
  return [...extra, CLI, 'eval', suite, '--no-cache', '--json', '--out', out, '--concurrency', String(CONCURRENCY)];
}

/** The request bodies the CLI sent, rebuilt from its run's plan. */
function bodiesOf(dir: string): string {
  const runs = join(dir, '.promptshift/runs');
  const [run] = readdirSync(runs);
  return bareBodies(join(runs, run!, 'plan.jsonl'));
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is missing (apt-get install time)');
  const { url, child } = await startServer(LATENCY_MS);
  const ws = makeWorkspace(url);
  const out = join(ws.dir, 'report.json');
  const clearRuns = () => rmSync(join(ws.dir, '.promptshift/runs'), { recursive: true, force: true });
  try {
    console.log(`${CLI}: ${CALLS} calls (${CASES} cases × ${SAMPLES} samples × A, A′, B), concurrency ${CONCURRENCY}, latency ${LATENCY_MS} ms, ideal ${fmt(IDEAL_S, 3)} s; ${ROUNDS} rounds bare (${BARE_HOW}), CLI alternating; load ${load()}`);
    // A is the prompt's first snapshot, B its working copy (one line added).
    await timedNode([CLI, 'snapshot', PROMPT_FILE], ws.dir);
    appendFileSync(join(ws.dir, PROMPT_FILE), 'Resolve every issue yourself.\n');
    // Warm-up (disk cache, JIT of the fake server) and the bodies the bare client sends.
    await measure(url, cliArgs(ws.suite, out), ws.dir);
    const bodies = join(ws.dir, 'bodies.jsonl');
    writeFileSync(bodies, bodiesOf(ws.dir));
    clearRuns();
    const bareArgs = [BARE, `${url}/v1/chat/completions`, bodies, String(CONCURRENCY), BARE_HOW];
    await measure(url, bareArgs, ws.dir);
    const bare: Sample[] = [];
    const cli: Sample[] = [];
    const scaled: Sample[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      bare.push(await measure(url, bareArgs, ws.dir));
      cli.push(await measure(url, cliArgs(ws.suite, out), ws.dir));
      clearRuns();
      const b = bare.at(-1)!;
      const c = cli.at(-1)!;
      console.log(
        `round ${round}: bare ${fmt(b.wallS)} s (${b.calls} calls, CPU ${fmt(b.cpuS)} s), CLI ${fmt(c.wallS)} s (${c.calls} calls, CPU ${fmt(c.cpuS)} s = ${fmt((c.cpuS * 1000) / c.calls, 3)} ms/call, peak RSS ${fmt(c.rssMb, 0)} MB) → ${fmt(c.wallS / b.wallS)}×; load ${load()}`,
      );
      if (TIMELINE) console.log(`  timeline: bare ${timelineText(b.timeline)}\n            CLI  ${timelineText(c.timeline)}`);
      if (b.calls !== CALLS || c.calls !== CALLS) throw new Error(`expected ${CALLS} calls each, the server saw ${b.calls} and ${c.calls}`);
      if (SCALE > 1) {
        scaled.push(await measure(url, cliArgs(ws.scaled, out), ws.dir));
        clearRuns();
        const k = scaled.at(-1)!;
        console.log(`  ${SCALE}× the cases: CLI ${fmt(k.wallS)} s (${k.calls} calls, CPU ${fmt(k.cpuS)} s = ${fmt((k.cpuS * 1000) / k.calls, 3)} ms/call, peak RSS ${fmt(k.rssMb, 0)} MB); load ${load()}`);
        if (k.calls !== SCALED_CALLS) throw new Error(`expected ${SCALED_CALLS} calls, the server saw ${k.calls}`);
      }
    }
    const mb = median(bare.map((s) => s.wallS));
    const mc = median(cli.map((s) => s.wallS));
    console.log(`median bare client ${fmt(mb)} s = ${fmt(mb / IDEAL_S)}× ideal; CPU ${fmt((median(bare.map((s) => s.cpuS)) * 1000) / CALLS, 3)} ms/call`);
    console.log(
      `median CLI         ${fmt(mc)} s = ${fmt(mc / IDEAL_S)}× ideal, ${fmt(mc / mb)}× bare (median of per-round ratios ${fmt(median(cli.map((c, i) => c.wallS / bare[i]!.wallS)))}); CPU ${fmt((median(cli.map((s) => s.cpuS)) * 1000) / CALLS, 3)} ms/call; peak RSS ${fmt(median(cli.map((s) => s.rssMb)), 0)} MB`,
    );
    if (SCALE > 1) {
      // medians of the per-round figures: each round's two CLI runs met the same load
      const marginal = median(cli.map((c, i) => (scaled[i]!.cpuS - c.cpuS) / (SCALED_CALLS - CALLS)));
      const fixed = median(cli.map((c, i) => c.cpuS - ((scaled[i]!.cpuS - c.cpuS) / (SCALED_CALLS - CALLS)) * CALLS));
      console.log(
        `CLI CPU split: marginal ${fmt(marginal * 1000, 3)} ms per call, fixed ${fmt(fixed)} s (medians of per-round splits between ${CALLS} and ${SCALED_CALLS} calls); at ${SCALED_CALLS} calls ${fmt((median(scaled.map((s) => s.cpuS)) * 1000) / SCALED_CALLS, 3)} ms/call in all, peak RSS ${fmt(median(scaled.map((s) => s.rssMb)), 0)} MB`,
      );
    }
    console.log(`load average at the end: ${load()}`);
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
