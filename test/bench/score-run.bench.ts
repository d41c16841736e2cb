// Scoring as a run scores (a benchmark, not a test): 111 cases × 9 outputs (A, A′, B × 3 samples),
// each case's outputs scored with the one context object the run gives that case, in a fresh
// process, so the first pass includes compiling the detectors' regexes and cold code; then the
// same 999 outputs again (warm). The outputs have the fake model server's form, as in
// cli-process.bench.ts. CPU from process.cpuUsage (all threads).
//
//   node --import tsx test/bench/score-run.bench.ts [--root DIR]     (DIR: another checkout's root)
import { resolve } from 'node:path';

const at = process.argv.indexOf('--root');
const root = resolve(at >= 0 ? process.argv[at + 1]! : '.');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const { englishDetectors } = (await import(`${root}/src/core/behaviour/index.ts`)) as typeof import('../../src/core/behaviour/index');
  const { scoreOutput } = (await import(`${root}/src/core/eval/scoring.ts`)) as typeof import('../../src/core/eval/scoring');
  const system = 'You are the support assistant for Northwind Telecom, talking with Customer.\nAnswer clearly and kindly, in a few short paragraphs.\nResolve every issue yourself.';
  const items: [string, { context: { input: string; system: string } }][] = [];
  for (let c = 0; c < 111; c++) {
    const input = `Question number ${c}: why is my bill higher this month than last month?`;
    const scoring = { context: { input, system } };
    for (let k = 0; k < 9; k++) {
      const id = ((c * 9 + k) * 2654435761 % 2 ** 32).toString(16).padStart(8, '0');
      items.push([`Fake answer ${id.slice(0, 8)} call ${id}: ${input.slice(0, 64)}`, scoring]);
    }
  }
  let t = cpu();
  const detectors = englishDetectors();
  const create = cpu() - t;
  t = cpu();
  for (const [output, scoring] of items) scoreOutput(output, scoring, detectors);
  const first = cpu() - t;
  t = cpu();
  for (const [output, scoring] of items) scoreOutput(output, scoring, detectors);
  const again = cpu() - t;
  console.log(`${root}: detectors built ${create.toFixed(0)} ms; ${items.length} outputs, first pass ${first.toFixed(0)} ms CPU (compiling included), second pass ${again.toFixed(0)} ms`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
