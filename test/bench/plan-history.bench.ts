// How long an eval's planner takes to read the history of its suite (the five newest completed
// runs) before the first call, when those runs are large: every run.json holds the run's whole spec
// (~16 MB at 100,000 calls). A summary.json that names its run (suite, status, re-run of) lets the
// planner skip run.json; a summary written before that (no `run`) sends it to run.json as before.
// Run: node --import tsx test/bench/plan-history.bench.ts [calls per run, default 99,900] [rounds, default 5]
import * as fs from 'node:fs';
import { readRunHistory } from '../../src/core/plan/history';
import { RunStore, SUMMARY_FILE } from '../../src/core/run';
import { realRun } from './real-run';

const calls = Number(process.argv[2] ?? 99_900);
const rounds = Number(process.argv[3] ?? 5);
const RUNS = 6;

/** One real 111-case run, then RUNS copies of it whose spec holds calls / 9 cases (A, A′, B × 3 samples). */
async function workspace(): Promise<{ ws: string; suite: string }> {
  const { ws, suite } = await realRun({ prefix: 'ps-bench-history-', cases: 111, answer: 'Your bill went up because the new rate started this month.', concurrency: 16 });
  const store = new RunStore(ws);
  const [first] = store.ids();
  const meta = JSON.parse(fs.readFileSync(store.folder(first!).file('run.json'), 'utf8'));
  const cases = meta.meta.cases as { id: string }[];
  const wanted = Math.ceil(calls / 9);
  meta.meta.cases = Array.from({ length: wanted }, (_, i) => ({ ...cases[i % cases.length]!, id: `case-${i}` }));
  const summary = fs.readFileSync(store.folder(first!).file(SUMMARY_FILE), 'utf8');
  for (let i = 0; i < RUNS; i++) {
    const runId = `20260103T0000${String(i).padStart(2, '0')}000Z-0000000${i}`;
    const folder = store.folder(runId);
    fs.mkdirSync(folder.dir);
    fs.writeFileSync(folder.file('run.json'), JSON.stringify({ ...meta, runId }, null, 2));
    fs.writeFileSync(folder.file(SUMMARY_FILE), summary);
  }
  fs.rmSync(store.folder(first!).dir, { recursive: true });
  return { ws, suite };
}

/** The summaries with or without the run's name (as written since 2026-12-01, or before). */
function setNamed(ws: string, suite: string, named: boolean): void {
  const store = new RunStore(ws);
  for (const id of store.ids()) {
    const file = store.folder(id).file(SUMMARY_FILE);
    const { run: _run, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify(named ? { ...rest, run: { suite, status: 'completed' } } : rest));
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function run(): Promise<void> {
  const { ws, suite } = await workspace();
  const sizeMb = fs.statSync(new RunStore(ws).folder(new RunStore(ws).ids()[0]!).file('run.json')).size / 1e6;
  const times: Record<'named' | 'unnamed', number[]> = { named: [], unnamed: [] };
  for (let r = 0; r < rounds; r++) {
    for (const kind of ['unnamed', 'named'] as const) {
      setNamed(ws, suite, kind === 'named');
      const t0 = performance.now();
      const history = readRunHistory(ws, suite);
      times[kind].push(performance.now() - t0);
      if (history.runIds.length !== 5) throw new Error(`${kind}: read ${history.runIds.length} runs, not 5`);
    }
  }
  console.log(`history of ${RUNS} runs of ${calls} calls (run.json ${sizeMb >= 1 ? `${sizeMb.toFixed(1)} MB` : `${(sizeMb * 1000).toFixed(0)} KB`} each), ${rounds} rounds, alternating`);
  console.log(`summaries that name their run: median ${median(times.named).toFixed(1)} ms (${times.named.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`summaries without it (read from run.json): median ${median(times.unnamed).toFixed(1)} ms (${times.unnamed.map((t) => t.toFixed(0)).join(', ')})`);
  fs.rmSync(ws, { recursive: true, force: true });
}
void run();
