// Benchmark: `promptshift compare` on generated logs of 100,000 and 1,000,000 outputs per side
// (~0.8 KB each, 10 samples per case id), as a whole process (dist/cli.js) under /usr/bin/time -v:
// wall time, CPU time and peak RSS. Targets (issue 19): peak RSS < 300 MB at 1,000,000 per side;
// time linear (1,000,000 per side ≤ 12 × the time of 100,000). The files go to a temp folder and are
// deleted afterwards (≈ 1.7 GB at the largest size).
// Run: npm run build && node --import tsx test/bench/stream-compare.bench.ts [sizes=100000,1000000,100000] [--gzip]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { syntheticOutputs } from './synthetic-outputs';

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? '100000,1000000,100000').split(',').map(Number);
const gzip = args.includes('--gzip');
const SAMPLES_PER_CASE = 10;
const BATCH = 5000;
const CLI = path.resolve('dist/cli.js');
if (!fs.existsSync(CLI)) throw new Error('run npm run build first');

/** Writes `count` outputs to `file` in batches (never all in memory); returns the byte size. */
function generate(file: string, count: number, seed: number): number {
  const fd = fs.openSync(file, 'w');
  const cases = Math.max(1, Math.floor(count / SAMPLES_PER_CASE));
  try {
    for (let start = 0; start < count; start += BATCH) {
      const n = Math.min(BATCH, count - start);
      const outputs = syntheticOutputs(n, 800, seed * 1_000_003 + start);
      const lines = outputs.map((o, k) => JSON.stringify({ id: `case-${(start + k) % cases}`, input: o.input, output: o.output })).join('\n') + '\n';
      fs.writeSync(fd, lines);
    }
  } finally {
    fs.closeSync(fd);
  }
  if (gzip) {
    execFileSync('gzip', ['-1', '-f', file]);
    return fs.statSync(`${file}.gz`).size;
  }
  return fs.statSync(file).size;
}

interface Measured {
  size: number;
  bytes: number;
  wallS: number;
  cpuS: number;
  peakMb: number;
  reportKb: number;
}

function measure(dir: string, size: number): Measured {
  const a = path.join(dir, `a-${size}.jsonl`);
  const b = path.join(dir, `b-${size}.jsonl`);
  const t0 = Date.now();
  const bytes = generate(a, size, 1) + generate(b, size, 2);
  console.error(`generated ${size.toLocaleString('en-US')} outputs per side (${(bytes / 1e6).toFixed(0)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const out = path.join(dir, `report-${size}.json`);
  const files = gzip ? [`${a}.gz`, `${b}.gz`] : [a, b];
  const timeLog = path.join(dir, `time-${size}.txt`);
  const started = Date.now();
  execFileSync('/usr/bin/time', ['-v', '-o', timeLog, process.execPath, CLI, 'compare', ...files, '--out', out], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const wallS = (Date.now() - started) / 1000;
  const t = fs.readFileSync(timeLog, 'utf8');
  const num = (re: RegExp) => Number(re.exec(t)?.[1] ?? NaN);
  const cpuS = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
  const peakMb = num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024;
  const reportKb = fs.statSync(out).size / 1024;
  for (const f of [...files, out]) fs.rmSync(f, { force: true });
  return { size, bytes, wallS, cpuS, peakMb, reportKb };
}

const dir = fs.mkdtempSync(path.join(tmpdir(), 'ps-stream-bench-'));
const rows: Measured[] = [];
try {
  for (const size of sizes) {
    const m = measure(dir, size);
    rows.push(m);
    console.log(`${size.toLocaleString('en-US')} per side: wall ${m.wallS.toFixed(1)} s, CPU ${m.cpuS.toFixed(1)} s, peak RSS ${m.peakMb.toFixed(0)} MB, report ${m.reportKb.toFixed(0)} KB, load ${loadavg()[0]!.toFixed(1)}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`\n| outputs per side | input${gzip ? ' (gzip)' : ''} | wall | CPU | peak RSS | report |\n| --- | --- | --- | --- | --- | --- |`);
for (const m of rows) console.log(`| ${m.size.toLocaleString('en-US')} | ${(m.bytes / 1e6).toFixed(0)} MB | ${m.wallS.toFixed(1)} s | ${m.cpuS.toFixed(1)} s | ${m.peakMb.toFixed(0)} MB | ${m.reportKb.toFixed(0)} KB |`);
if (rows.length >= 2) {
  // sizes may repeat (e.g. 100000,1000000,100000: the small size before and after the large one, so
  // that a change in the machine's load shows): the large run against the mean of the small ones
  const smallest = Math.min(...rows.map((m) => m.size));
  const largest = Math.max(...rows.map((m) => m.size));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const small = rows.filter((m) => m.size === smallest);
  const large = rows.filter((m) => m.size === largest);
  const inputRatio = largest / smallest;
  const wall = mean(large.map((m) => m.wallS)) / mean(small.map((m) => m.wallS));
  const cpu = mean(large.map((m) => m.cpuS)) / mean(small.map((m) => m.cpuS));
  console.log(`\n${inputRatio}× the input: ${wall.toFixed(2)}× the wall time, ${cpu.toFixed(2)}× the CPU time (target ≤ ${(inputRatio * 1.2).toFixed(0)}×); peak RSS ${Math.max(...large.map((m) => m.peakMb)).toFixed(0)} MB (target < 300 MB)`);
}
