#!/usr/bin/env node
// Hover lookup in a 1 MB prompt file in the real VS Code (code-server): `vscode.executeHoverProvider`
// timed inside the extension host, which is the whole round trip a hover makes (extension host →
// workbench → every hover provider, ours included → back), on a 1 MiB `.prompt.md` built by
// repeating examples/prompts/notes/alignment-notes.md. Beside it, the same call on a one-line
// prompt file (the round trip with a trivial document), at offsets with no term, and on the same
// 1 MiB text as a .txt file (plaintext: no other hover provider; `prompt` documents also go to
// VS Code's own prompt-file language features). PROMPTSHIFT_BENCH_VERBOSE=1 prints every time.
// Usage: npm run build && node test/bench/vscode-hover.mjs [hovers per case, default 20]
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runInExtensionHost, copyWorkspace, projectRoot } from '../e2e/lib/workbench.mjs';

const HOVERS = Number(process.argv[2] ?? 20);
const TERMS = ['mesa-optimization', 'inner alignment', 'Sycophancy', 'specification gaming', 'Evaluation awareness', 'prompt injection'];
const NON_TERMS = ['customer', 'release', 'roaming', 'scorecard'];

// The probe runs inside the extension host as its "test suite": plain CommonJS, so no build step.
const PROBE = String.raw`
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
async function hoverMs(uri, position) {
  const t = performance.now();
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
  const ms = performance.now() - t;
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return { ms, text };
}
exports.run = async function run() {
  const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const plan = JSON.parse(fs.readFileSync(path.join(root, 'hover-plan.json'), 'utf8'));
  const out = { hovers: plan.hovers, cases: [] };
  const ext = vscode.extensions.getExtension('promptshift.promptshift');
  const timed = async (doc, spots, expectTerm) => {
    const times = [];
    for (let i = 0; i < plan.hovers; i++) {
      const spot = spots[i % spots.length];
      const r = await hoverMs(doc.uri, doc.positionAt(spot.offset));
      if (expectTerm && !r.text.includes(spot.definitionStart)) throw new Error('no definition over ' + spot.word + ' at ' + spot.offset + ': ' + r.text.slice(0, 200));
      if (!expectTerm && r.text.includes('Source:')) throw new Error('a term hover over ' + spot.word + ' at ' + spot.offset);
      times.push(r.ms);
    }
    return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), times: times.map((t) => Math.round(t * 10) / 10) };
  };
  for (const c of plan.cases) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root, c.file)));
    await vscode.window.showTextDocument(doc);
    for (let i = 0; i < 300 && !ext.isActive; i++) await new Promise((r) => setTimeout(r, 100));
    // The first hover of a document: any provider's per-document work (and, for the first
    // document, compiling our matcher) lands here.
    const first = await hoverMs(doc.uri, doc.positionAt(c.terms[0].offset));
    if (!first.text.includes(c.terms[0].definitionStart)) throw new Error('no definition on the first hover of ' + c.file);
    const result = { name: c.name, languageId: doc.languageId, chars: doc.getText().length, firstMs: first.ms, term: await timed(doc, c.terms, true) };
    if (c.nonTerms.length) result.noTerm = await timed(doc, c.nonTerms, false);
    out.cases.push(result);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
  fs.writeFileSync(path.join(root, 'hover-result.json'), JSON.stringify(out));
};
`;

/** Offsets (middle of the word) of the occurrences of `words`, spread through the text. */
function spotsOf(text, words, count, definitionOf) {
  const spots = [];
  for (let k = 0; spots.length < count && k < 50; k++) {
    for (const word of words) {
      // k-th occurrence of the word after a point that moves through the file
      const from = Math.floor((text.length * ((k * words.length + words.indexOf(word)) % 97)) / 97);
      const at = text.indexOf(word, from);
      if (at >= 0) spots.push({ word, offset: at + (word.length >> 1), definitionStart: definitionOf?.(word) });
      if (spots.length === count) break;
    }
  }
  return spots;
}

const { tsImport } = await import('tsx/esm/api');
const { Glossary } = await tsImport('../../src/core/glossary/index.ts', import.meta.url);
const glossary = Glossary.builtIn();
// The start of the definition, as escaped in hover markdown (punctuation gets a backslash).
const definitionStart = (word) => glossary.lookup(word).definition.split(/[^A-Za-z ]/)[0].slice(0, 30);

const note = readFileSync(join(projectRoot, 'examples/prompts/notes/alignment-notes.md'), 'utf8');
const parts = [];
for (let size = 0; size < 1024 * 1024; size += note.length + 1) parts.push(note);
const big = parts.join('\n').slice(0, 1024 * 1024);
const small = 'Watch for mesa-optimization.\n';

const ws = copyWorkspace();
const smallTerm = [{ word: 'mesa-optimization', offset: small.indexOf('mesa') + 3, definitionStart: definitionStart('mesa-optimization') }];
const bigCase = (name, file) => {
  writeFileSync(join(ws, file), big);
  return { name, file, terms: spotsOf(big, TERMS, HOVERS, definitionStart), nonTerms: spotsOf(big, NON_TERMS, HOVERS) };
};
writeFileSync(join(ws, 'prompts', 'small.prompt.md'), small);
writeFileSync(join(ws, 'hover-plan.json'), JSON.stringify({
  hovers: HOVERS,
  cases: [
    { name: 'one-line .prompt.md', file: 'prompts/small.prompt.md', terms: smallTerm, nonTerms: [] },
    bigCase('1 MiB .prompt.md', 'prompts/big.prompt.md'),
    bigCase('1 MiB .txt', 'big-notes.txt'),
  ],
}));
const probeDir = join(projectRoot, 'out/bench');
mkdirSync(probeDir, { recursive: true });
const probe = join(probeDir, 'vscode-hover-probe.js');
writeFileSync(probe, PROBE);

const t0 = Date.now();
try {
  const r = await runInExtensionHost(probe, ws, join(ws, 'hover-result.json'), 180000);
  console.error(`(session: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const f = (x) => `${x.medianMs.toFixed(1)} ms (min ${x.minMs.toFixed(1)}, max ${x.maxMs.toFixed(1)})`;
  console.log(`vscode.executeHoverProvider from the extension host, ${r.hovers} hovers per line after a first one; medians`);
  for (const c of r.cases) {
    console.log(`${c.name} (${c.languageId}, ${(c.chars / 1024).toFixed(0)} KiB): over a term ${f(c.term)}${c.noTerm ? `; no term there ${f(c.noTerm)}` : ''}; first hover ${c.firstMs.toFixed(0)} ms`);
    if (process.env.PROMPTSHIFT_BENCH_VERBOSE) console.log(JSON.stringify({ term: c.term.times, noTerm: c.noTerm?.times }));
  }
} finally {
  rmSync(ws, { recursive: true, force: true });
}
// tsx's esbuild service (used by tsImport above) would keep the process alive for minutes.
process.exit(0);
