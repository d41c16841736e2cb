// CPU of one live report update of the results panel while a 1,000 cases × 3 samples × A, A′, B
// run goes, before and after scoring at record time:
//   before (0.1): each update re-read calls.jsonl from disk and ran every detector on every output
//                 recorded so far, then built the report;
//   after (0.2):  each update builds the report from the scored records already in memory.
// Both measured on the same 9,000 records of ~1 KB outputs, alternating, process CPU (user + system).
// Run: node --import tsx test/bench/live-update.bench.ts
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildRunReport, scoringOf } from '../../src/core/eval/runReport';
import { scoreOutput } from '../../src/core/eval/scoring';
import type { RunSpec, SpecCase } from '../../src/core/eval/runSpec';
import { RunFolder } from '../../src/core/run/store';
import type { CallRecord } from '../../src/core/run/records';
import { syntheticOutputs } from './synthetic-outputs';

const CASES = 1000;
const SAMPLES = 3;
const ROUNDS = Number(process.argv[2] ?? 5);

const outputs = syntheticOutputs(CASES * SAMPLES * 3, 1024, 7);
const cases: SpecCase[] = Array.from({ length: CASES }, (_, i) => ({ id: `case-${i}`, input: outputs[i]!.input, context: { input: outputs[i]!.input } }));
const spec: RunSpec & { cases: SpecCase[] } = {
  suite: '/bench/s.evals.yaml', a: { ref: 'snapshot:a', sha256: 'a'.repeat(64) }, b: { ref: 'working', sha256: 'b'.repeat(64) },
  samples: SAMPLES, baseline: true, provider: { type: 'openai', model: 'gpt-4o-mini' }, gates: { escalation: 'decrease' }, cases,
};
let k = 0;
const records: CallRecord[] = cases.flatMap((c) =>
  (['a', 'aPrime', 'b'] as const).flatMap((version) =>
    Array.from({ length: SAMPLES }, (_, sample): CallRecord => {
      const text = outputs[k++]!.output;
      return {
        callId: `${c.id}/${version}/${sample}`, cacheKey: 'k', caseId: c.id, version, sample, paramsHash: 'p', cached: false, attempts: 1,
        finishedAt: '2026-11-30T00:00:00Z', response: { text, latencyMs: 50, usage: { inputTokens: 300, outputTokens: 250 } },
        scores: scoreOutput(text, scoringOf(c)),
      };
    }),
  ),
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-live-bench-'));
const folder = new RunFolder(dir);
// On disk as 0.1 wrote them: no scores.
folder.rewriteCalls(records.map(({ scores: _scores, ...r }) => r));

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const options = { runId: 'bench', createdAt: '2026-11-30T00:00:00Z' };
const before: number[] = [];
const after: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  before.push(cpuMs(() => buildRunReport(spec, folder.readRecord().results.values(), options)));
  after.push(cpuMs(() => buildRunReport(spec, records, options)));
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(`live report update, ${records.length} recorded calls (${CASES} cases × ${SAMPLES} samples × A, A′, B), CPU per update, median of ${ROUNDS}:`);
console.log(`  before (re-read calls.jsonl, detect every output, build): ${median(before).toFixed(0)} ms`);
console.log(`  after  (build from the scored records in memory):         ${median(after).toFixed(0)} ms`);
console.log(`  ratio: ${(median(before) / median(after)).toFixed(1)}×`);
fs.rmSync(dir, { recursive: true, force: true });
