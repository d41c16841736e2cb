// What a list of runs reads (the Runs view on each refresh, the prompt timeline, the monitor's
// baseline pick): every run's run.json without the spec's cases (store.list, readMetaHeader) and its
// report without the outputs (readReportHeader): each file's start up to that list, and its last
// 64 KB; against reading both files whole, as the list did before (readMeta, readReport). One real
// run of N cases × 3 samples × A, A′, B against the fake model server, copied to RUNS runs.
// Run: node --import tsx test/bench/runs-list.bench.ts [cases per run, default 1,000] [rounds, default 5]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RunStore } from '../../src/core/run';
import { realRun } from './real-run';

const cases = Number(process.argv[2] ?? 1_000);
const rounds = Number(process.argv[3] ?? 5);
const RUNS = 6;
const ANSWER = 'Your bill went up because the promotional rate ended this month; the new plan adds a fee. I would check the statement for the line named "plan change" and call us if it looks wrong.';

async function workspace(): Promise<string> {
  const { ws } = await realRun({ prefix: 'ps-bench-runs-', cases, answer: ANSWER, concurrency: 64 });
  const store = new RunStore(ws);
  const [first] = store.ids();
  for (let i = 1; i < RUNS; i++) fs.cpSync(store.folder(first!).dir, path.join(ws, '.promptshift/runs', first!.replace(/-[0-9a-f]{8}$/, `-ffffff0${i}`)), { recursive: true });
  return ws;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function run(): Promise<void> {
  const ws = await workspace();
  const store = new RunStore(ws);
  const folder = store.folder(store.ids()[0]!);
  const mb = (file: string) => (fs.statSync(file).size / 1e6).toFixed(1);
  const times = { list: [] as number[], headers: [] as number[], metas: [] as number[], whole: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    const listed = store.list();
    times.list.push(performance.now() - t0);
    t0 = performance.now();
    const headers = listed.map((l) => l.folder.readReportHeader().report);
    times.headers.push(performance.now() - t0);
    t0 = performance.now();
    const metas = listed.map((l) => l.folder.readMeta());
    times.metas.push(performance.now() - t0);
    t0 = performance.now();
    const whole = listed.map((l) => l.folder.readReport());
    times.whole.push(performance.now() - t0);
    if (metas.some((m, i) => m?.status !== listed[i]!.meta?.status || (m?.meta?.cases as unknown[]).length !== cases)) throw new Error('the two run.json reads disagree');
    if (headers.length !== RUNS || whole.some((w, i) => w.summary.cases !== headers[i]!.summary.cases || w.cases.length !== cases)) throw new Error('the two reads disagree');
  }
  const show = (xs: number[]) => `median ${median(xs).toFixed(1)} ms (${xs.map((t) => t.toFixed(0)).join(', ')})`;
  console.log(`${RUNS} runs of ${cases * 9} calls (report.json ${mb(folder.reportPath)} MB, run.json ${mb(folder.file('run.json'))} MB each), ${rounds} rounds`);
  console.log(`now: run.json without the cases (store.list) ${show(times.list)}; reports without the outputs ${show(times.headers)}`);
  console.log(`before: run.json read whole ${show(times.metas)}; reports read whole ${show(times.whole)}`);
  fs.rmSync(ws, { recursive: true, force: true });
}
void run();
