// Benchmark of the results panel in Chromium (playwright-core driving /usr/bin/chromium), on a
// standalone page that loads the production webview bundle (minified, as in the .vsix) with the
// panel's CSS and a stubbed acquireVsCodeApi that answers `ready` with the init message, as the host does.
//   1. first paint of a 1,000-case × 3-sample run: ms from the page's start (performance.timeOrigin)
//      to the first frame with the report drawn; target ≤ 500 ms
//   2. opening a case with two 50 KB outputs: diffText alone and the whole open (diff + DOM), target
//      ≤ 50 ms for the diff; beside it, in Node, `git diff --no-index --word-diff=porcelain` on the same
//      two texts (a whole process) and the `diff` package's diffWords, alternated A B C A B C.
// Not the VS Code iframe hop or the host's file read: those are in the real-panel e2e run, not here.
// Run: node --import tsx test/bench/panel.bench.ts   (needs /usr/bin/chromium and playwright-core)
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { diffWords } from 'diff';
import { diffText } from '../../src/core/diff';
import { largeReport } from '../fixtures/reports/reports';
import type { ShiftReport } from '../../src/core/report/schema';

const RUNS = 7;
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ps-panel-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;

/** ~50 KB of prose in paragraphs, and a copy with about one word in forty changed. */
function prosePair(size: number, seed: number): [string, string] {
  const words = 'the customer asked about a refund for a duplicate charge and the agent explained that billing support reviews every reversal within one business day before money is returned to the card'.split(' ');
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    const sentence = Array.from({ length: 8 + Math.floor(rnd() * 16) }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    const text = `${sentence[0]?.toUpperCase()}${sentence.slice(1)}.${rnd() < 0.2 ? '\n\n' : ' '}`;
    out.push(text);
    length += text.length;
  }
  const a = out.join('');
  const b = out.map((t) => t.replace(/\b\w+\b/g, (w) => (rnd() < 1 / 40 ? words[Math.floor(rnd() * words.length)] ?? w : w))).join('');
  return [a, b];
}

function diffCaseReport(a: string, b: string): ShiftReport {
  const none = largeReport(1, 1).cases[0]!.a.samples[0]!.behaviours;
  const r = largeReport(20, 1);
  r.cases.unshift({ id: 'big-outputs', input: 'Write a long answer.', a: { samples: [{ output: a, behaviours: none }] }, b: { samples: [{ output: b, behaviours: none }] }, shifts: [], strength: 2 });
  return r;
}

async function main(): Promise<void> {
  await build({ entryPoints: [join(root, 'src/webview/main.ts')], outfile: join(dir, 'webview.js'), bundle: true, minify: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'error' });
  writeFileSync(join(dir, 'results.css'), readFileSync(join(root, 'media/results.css')));
  writeFileSync(join(dir, 'codicon.css'), readFileSync(join(root, 'node_modules/@vscode/codicons/dist/codicon.css')));
  writeFileSync(join(dir, 'codicon.ttf'), readFileSync(join(root, 'node_modules/@vscode/codicons/dist/codicon.ttf')));
  const large = largeReport(1000, 3);
  writeFileSync(join(dir, 'large.json'), JSON.stringify(large));
  const [bigA, bigB] = prosePair(50_000, 11);
  writeFileSync(join(dir, 'diff.json'), JSON.stringify(diffCaseReport(bigA, bigB)));
  // The stub host: answers `ready` with init, as ResultsPanel does. The report is fetched before the
  // webview script runs (in VS Code the host has it in memory too), so the timing is the webview's own.
  const page = (report: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="codicon.css"><link rel="stylesheet" href="results.css"></head>
<body class="vscode-dark"><div id="root"></div>
<script>
const report = JSON.parse(${JSON.stringify(readFileSync(join(dir, report), 'utf8'))});
let state;
window.acquireVsCodeApi = () => ({
  getState: () => state, setState: (s) => { state = s; },
  postMessage: (m) => { if (m.type === 'ready') setTimeout(() => window.postMessage({ type: 'init', runId: 'bench', report, terms: {} }), 0); },
});
window.__scriptStart = performance.now();
</script><script src="webview.js"></script></body></html>`;
  writeFileSync(join(dir, 'large.html'), page('large.json'));
  writeFileSync(join(dir, 'diff.html'), page('diff.json'));
  const server = createServer((req, res) => {
    try {
      const body = readFileSync(join(dir, (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '')));
      res.writeHead(200, { 'content-type': req.url?.endsWith('.js') ? 'text/javascript' : req.url?.endsWith('.css') ? 'text/css' : req.url?.endsWith('.html') ? 'text/html' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: process.env.PROMPTSHIFT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const firstPaint: number[] = [];
    const initToPaint: number[] = [];
    const scriptToPaint: number[] = [];
    let rowsInDom = 0;
    for (let i = 0; i < RUNS; i++) {
      const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await p.addInitScript(() => window.addEventListener('message', () => ((window as unknown as { __initAt: number }).__initAt ??= performance.now()), { once: true }));
      await p.goto(`http://127.0.0.1:${port}/large.html`);
      await p.waitForFunction(() => document.getElementById('root')?.dataset['firstPaintMs']);
      const r = await p.evaluate(() => ({ paint: Number(document.getElementById('root')!.dataset['firstPaintMs']), init: (window as unknown as { __initAt: number }).__initAt, script: (window as unknown as { __scriptStart: number }).__scriptStart, rows: document.querySelectorAll('.case-row').length }));
      firstPaint.push(r.paint);
      scriptToPaint.push(r.paint - r.script);
      initToPaint.push(r.paint - r.init);
      rowsInDom = r.rows;
      await p.close();
    }
    const diffMs: number[] = [];
    const openMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await p.goto(`http://127.0.0.1:${port}/diff.html`);
      await p.waitForSelector('.case-row[data-case-id="big-outputs"]');
      const r = await p.evaluate(
        () =>
          new Promise<{ diff: number; open: number }>((done) => {
            const row = document.querySelector<HTMLElement>('.case-row[data-case-id="big-outputs"]')!;
            const t0 = performance.now();
            row.click(); // opens synchronously: diff, then DOM
            requestAnimationFrame(() => setTimeout(() => done({ diff: Number(document.querySelector<HTMLElement>('.case-view')!.dataset['diffMs']), open: performance.now() - t0 }), 0));
          }),
      );
      diffMs.push(r.diff);
      openMs.push(r.open);
      await p.close();
    }
    // Side by side in Node: diffText, git (a whole process), diffWords; alternated.
    writeFileSync(join(dir, 'a.txt'), bigA);
    writeFileSync(join(dir, 'b.txt'), bigB);
    const nodeDiff: number[] = [];
    const git: number[] = [];
    const words: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      diffText(bigA, bigB);
      nodeDiff.push(performance.now() - t);
      t = performance.now();
      spawnSync('git', ['diff', '--no-index', '--word-diff=porcelain', join(dir, 'a.txt'), join(dir, 'b.txt')], { stdio: 'ignore' });
      git.push(performance.now() - t);
      if (i < 3) {
        t = performance.now();
        diffWords(bigA, bigB);
        words.push(performance.now() - t);
      }
    }
    const marks = diffText(bigA, bigB);
    console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${RUNS} runs each; Chromium ${browser.version()}`);
    console.log(`first paint, 1,000 cases × 3 samples (${(JSON.stringify(large).length / 1e6).toFixed(1)} MB report), ${rowsInDom} rows in the DOM:`);
    console.log(`  page start → report drawn: ${fmt(firstPaint)}   (includes this stub page parsing the 4.4 MB report inline)`);
    console.log(`  webview script start → report drawn: ${fmt(scriptToPaint)}   [target ≤ 500 ms]`);
    console.log(`  init message → report drawn: ${fmt(initToPaint)}`);
    console.log(`case with two 50 KB outputs (${bigA.length} / ${bigB.length} chars, ${marks.a.length} / ${marks.b.length} marked ranges):`);
    console.log(`  diffText in the browser: ${fmt(diffMs)}   [target ≤ 50 ms]`);
    console.log(`  whole case open (diff + DOM + a frame): ${fmt(openMs)}`);
    console.log(`  diffText in Node: ${fmt(nodeDiff)}`);
    console.log(`  git diff --no-index --word-diff=porcelain (process): ${fmt(git)}`);
    console.log(`  diff.diffWords in Node (3 runs): ${fmt(words)}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
