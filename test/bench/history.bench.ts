// Version-history benchmarks (not timed tests). Run: node --import tsx test/bench/history.bench.ts
// 1. snapshot of a 100 KB prompt on save (target ≤ 5 ms median)
// 2. log() of a file with 1,000 versions, line stats included (target ≤ 100 ms)
// 3. `.promptshift/` size for 1,000 versions of a 10 KB prompt differing by one line each,
//    against the same history committed to git and `git gc --aggressive`'d
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { VersionStore } from '../../src/core/history';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'promptshift-bench-'));
}

// A deterministic pseudo-English prompt: varied enough that compression is not flattered.
let seed = 42;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const WORDS = (
  'you are a support assistant for an online bookshop answer politely and concisely if the customer ' +
  'asks about refunds check the order date first escalate to a human agent when the customer is angry ' +
  'or mentions legal action never promise delivery dates you cannot verify cite the policy section ' +
  'when unsure say so and offer to find out format answers as short paragraphs avoid jargon keep ' +
  'personal data private do not speculate about other customers summarise the next steps clearly'
).split(' ');
function sentence(): string {
  const n = 8 + rand(14);
  const words = Array.from({ length: n }, () => WORDS[rand(WORDS.length)]!);
  return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}
function promptOfSize(bytes: number): string[] {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const l = sentence();
    lines.push(l);
    size += l.length + 1;
  }
  return lines;
}

/** Three views of the size of a folder: file contents, `du -sb` (apparent, directories included), `du -sB1` (allocated blocks). */
interface Size {
  fileBytes: number;
  apparent: number;
  allocated: number;
}
function sizeOf(dir: string): Size {
  const fileBytes = (function walk(d: string): number {
    return fs.readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : fs.statSync(path.join(d, e.name)).size), 0);
  })(dir);
  const du = (flag: string) => Number(execFileSync('du', [flag, dir], { encoding: 'utf8' }).split('\t')[0]);
  return { fileBytes, apparent: du('-sb'), allocated: du('-sB1') };
}

function benchSnapshot(sizeKb: number): { warm: number; cold: number } {
  const warm: number[] = [];
  const cold: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const root = tempDir();
    const lines = promptOfSize(sizeKb * 1024);
    const store = new VersionStore(root);
    store.snapshot('prompts/big.prompt.md', lines.join('\n'), { source: 'save' });
    const times: number[] = [];
    const coldTimes: number[] = [];
    for (let i = 0; i < 40; i++) {
      lines[rand(lines.length)] = sentence();
      const text = lines.join('\n');
      // warm: the VS Code window, whose store stays open between saves
      let t = performance.now();
      store.snapshot('prompts/big.prompt.md', text, { source: 'save' });
      times.push(performance.now() - t);
      // cold: a fresh process (the CLI) reads the log and the previous version first
      lines[rand(lines.length)] = sentence();
      const text2 = lines.join('\n');
      t = performance.now();
      new VersionStore(root).snapshot('prompts/big.prompt.md', text2, { source: 'save' });
      coldTimes.push(performance.now() - t);
      store.log('prompts/big.prompt.md'); // keep the warm store's cache in step, outside the timing
    }
    warm.push(median(times));
    cold.push(median(coldTimes));
    fs.rmSync(root, { recursive: true, force: true });
  }
  return { warm: median(warm), cold: median(cold) };
}

/** Builds the 1,000-version history of a 10 KB prompt; returns the versions' texts. */
function buildHistory(root: string, count: number): string[] {
  seed = 7;
  const lines = promptOfSize(10 * 1024);
  const store = new VersionStore(root);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) lines[rand(lines.length)] = `${sentence()} (edit ${i})`;
    const text = lines.join('\n') + '\n';
    texts.push(text);
    store.snapshot('prompts/support.prompt.md', text, { source: 'save' });
  }
  return texts;
}

function benchLog(root: string): { cold: number; warm: number; statsMissing: number } {
  const cold: number[] = [];
  const warm: number[] = [];
  const store = new VersionStore(root);
  for (let run = 0; run < RUNS * 2; run++) {
    let t = performance.now();
    const fresh = new VersionStore(root);
    const log = fresh.log('prompts/support.prompt.md');
    for (const v of log.versions) fresh.lineStatsOf('prompts/support.prompt.md', v); // as the view does
    cold.push(performance.now() - t);
    if (log.versions.length !== 1000) throw new Error(`expected 1000 versions, got ${log.versions.length}`);
    t = performance.now();
    store.log('prompts/support.prompt.md');
    warm.push(performance.now() - t);
  }
  // worst case: a log without stored stats (e.g. imported), all 1,000 diffs computed on demand
  const lines = fs.readFileSync(store.log('prompts/support.prompt.md').logFile, 'utf8').replace(/,"added":\d+,"removed":\d+/g, '');
  const strippedRoot = tempDir();
  fs.cpSync(path.join(root, '.promptshift'), path.join(strippedRoot, '.promptshift'), { recursive: true });
  fs.writeFileSync(new VersionStore(strippedRoot).log('prompts/support.prompt.md').logFile, lines);
  const t = performance.now();
  const s = new VersionStore(strippedRoot);
  for (const v of s.log('prompts/support.prompt.md').versions) s.lineStatsOf('prompts/support.prompt.md', v);
  const statsMissing = performance.now() - t;
  fs.rmSync(strippedRoot, { recursive: true, force: true });
  return { cold: median(cold), warm: median(warm), statsMissing };
}

function gitSize(texts: string[]): { packed: Size; aggressive: Size } {
  const repo = tempDir();
  execFileSync('git', ['init', '-q', repo]);
  // one fast-import stream: 1,000 commits in one process instead of 3,000 git invocations
  const chunks: string[] = [];
  texts.forEach((text, i) => {
    const data = Buffer.byteLength(text);
    chunks.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.invalid> ${1700000000 + i * 60} +0000\ndata 4\nsave\n` +
        `M 100644 inline prompts/support.prompt.md\ndata ${data}\n${text}\n`,
    );
  });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: chunks.join('') });
  execFileSync('git', ['gc', '-q'], { cwd: repo });
  const packed = sizeOf(path.join(repo, '.git', 'objects'));
  execFileSync('git', ['gc', '-q', '--aggressive', '--prune=now'], { cwd: repo });
  const aggressive = sizeOf(path.join(repo, '.git', 'objects'));
  fs.rmSync(repo, { recursive: true, force: true });
  return { packed, aggressive };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const sizes = (x: Size) => `${kb(x.fileBytes)} in files, du -sb ${kb(x.apparent)}, allocated ${kb(x.allocated)}`;

const s100 = benchSnapshot(100);
console.log(`snapshot, 100 KB prompt, one line changed per save: median ${s100.warm.toFixed(2)} ms (store kept open), ${s100.cold.toFixed(2)} ms (fresh store, as the CLI)`);
const s10 = benchSnapshot(10);
console.log(`snapshot, 10 KB prompt: median ${s10.warm.toFixed(2)} ms (open), ${s10.cold.toFixed(2)} ms (fresh)`);

const root = tempDir();
let t = performance.now();
const texts = buildHistory(root, 1000);
console.log(`built 1,000 versions of a ${kb(Buffer.byteLength(texts[0]!))} prompt in ${(performance.now() - t).toFixed(0)} ms`);
const l = benchLog(root);
console.log(`log() of 1,000 versions with line stats: median ${l.cold.toFixed(1)} ms (fresh store), ${l.warm.toFixed(2)} ms (open store, nothing new)`);
console.log(`  worst case, no stored stats (1,000 diffs computed): ${l.statsMissing.toFixed(0)} ms`);

const ours = sizeOf(path.join(root, '.promptshift'));
const objects = sizeOf(path.join(root, '.promptshift', 'objects'));
const gzipOnly = texts.reduce((n, x) => n + gzipSync(x).length, 0);
const raw = texts.reduce((n, x) => n + Buffer.byteLength(x), 0);
t = performance.now();
const g = gitSize(texts);
console.log(`size, 1,000 versions: raw ${kb(raw)}; each version gzipped alone ${kb(gzipOnly)}`);
console.log(`  .promptshift/: ${sizes(ours)}; of which objects/: ${sizes(objects)}`);
console.log(`  git .git/objects after gc: ${sizes(g.packed)}`);
console.log(`  git .git/objects after gc --aggressive: ${sizes(g.aggressive)} (${(performance.now() - t).toFixed(0)} ms)`);
fs.rmSync(root, { recursive: true, force: true });
