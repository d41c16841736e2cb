#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.ts in turn (TypeScript through tsx), one process
// each so one benchmark's warm caches and heap do not colour the next. Benchmarks print figures;
// they are not tests (see BENCHMARKS.md for what each measures and the figures recorded).
// `npm run bench -- report detectors` runs only those whose file name contains a given word.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = 'test/bench';
const words = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (words.length === 0 || words.some((w) => f.includes(w))))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark in ${dir} matches ${words.join(', ') || '*.bench.ts'}`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`${f} exited with ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
