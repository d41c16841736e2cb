#!/usr/bin/env node
// Activation time of PromptShift in the real VS Code (code-server), cold, several times, and the
// size of the packaged .vsix. Usage: npm run build -- --production && node test/bench/vscode-activation.mjs [runs]
import * as esbuild from 'esbuild';
import { rmSync, statSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runInExtensionHost, copyWorkspace, projectRoot } from '../e2e/lib/workbench.mjs';

const runs = Number(process.argv[2] ?? 5);
const probe = join(projectRoot, 'out/bench/activation/probe.js');
await esbuild.build({ entryPoints: [join(projectRoot, 'test/bench/activation/probe.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: probe, logLevel: 'warning' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (let i = 0; i < runs; i++) {
  const ws = copyWorkspace();
  try {
    const r = await runInExtensionHost(probe, ws, join(ws, 'activation.json'));
    results.push(r);
    console.error(`run ${i + 1}: activate() ${r.activationMs.toFixed(1)} ms, module load ${r.moduleLoadMs.toFixed(1)} ms, together ${(r.activationMs + r.moduleLoadMs).toFixed(1)} ms, features registered after it ${r.featuresMs.toFixed(1)} ms, open → active ${r.openToActiveMs.toFixed(0)} ms${r.wasActiveBefore ? ' (was already active!)' : ''}`);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
const bundle = statSync(join(projectRoot, 'dist/extension.js')).size;
const out = mkdtempSync(join(tmpdir(), 'vsix-'));
execFileSync(join(projectRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', join(out, 'p.vsix')], { cwd: projectRoot, stdio: 'ignore' });
const vsix = statSync(join(out, 'p.vsix')).size;
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({
  runs,
  activateMedianMs: +median(results.map((r) => r.activationMs)).toFixed(1),
  moduleLoadMedianMs: +median(results.map((r) => r.moduleLoadMs)).toFixed(1),
  loadPlusActivateMedianMs: +median(results.map((r) => r.moduleLoadMs + r.activationMs)).toFixed(1),
  deferredFeaturesMedianMs: +median(results.map((r) => r.featuresMs)).toFixed(1),
  openToActiveMedianMs: Math.round(median(results.map((r) => r.openToActiveMs))),
  extensionJsBytes: bundle,
  vsixBytes: vsix,
}, null, 2));
