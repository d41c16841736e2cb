// Resume (issue 17): what opening an interrupted run costs in memory, the way resume reads the
// earlier execution now (plan.jsonl once, calls.jsonl streamed to the ids answered) against the way
// it read it before (RunFolder.readRecord twice: every planned request and every record parsed and
// held). A synthetic run folder of N planned calls, half of them answered, written once; each way
// then runs in a child process of its own under /usr/bin/time for its peak RSS.
//
//   node --import tsx test/bench/resume-open.bench.ts [--calls 100002]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RunFolder } from '../../src/core/run/store';
import { numberArg as arg, timedNode, fmt } from './cli-bench-kit';

const CALLS = arg('calls', 100_002);

function writeFolder(dir: string): void {
  let plan = '';
  let calls = '';
  for (let i = 0; i < CALLS; i++) {
    const caseId = `case-${Math.floor(i / 3)}`;
    const version = ['a', 'aPrime', 'b'][i % 3];
    const call = { caseId, version, sample: 0, promptSha256: 'a'.repeat(64), draw: i % 3 === 1 ? 1 : 0 };
    const id = `id${i.toString(16).padStart(22, '0')}`;
    const messages = [{ role: 'system', content: `You are the support assistant for Northwind Telecom, talking with Customer ${i}.\nAnswer clearly and kindly, in a few short paragraphs.\n` }, { role: 'user', content: `Question number ${i}: why is my bill higher this month than last month?` }];
    plan += JSON.stringify({ id, request: { model: 'gpt-4o-mini', messages, call } }) + '\n';
    if (i % 2 === 0) {
      const text = `Thanks for asking about your bill, Customer ${i}. The charge for last month included a one-time fee; this month it is back to the usual plan price. ${'Let me know if anything else looks wrong. '.repeat(3)}`;
      calls += JSON.stringify({ callId: id, cacheKey: 'k'.repeat(64), caseId, version, sample: 0, paramsHash: 'p'.repeat(16), cached: false, attempts: 1, finishedAt: '2026-11-30T00:00:00Z', response: { text, latencyMs: 3, usage: { inputTokens: 60, outputTokens: 70 } }, scores: { detector: 'rules@1', found: {} } }) + '\n';
    }
  }
  writeFileSync(join(dir, 'plan.jsonl'), plan);
  writeFileSync(join(dir, 'calls.jsonl'), calls);
}

async function main(): Promise<void> {
  const way = process.argv[process.argv.indexOf('--way') + 1];
  const dir = process.argv[process.argv.indexOf('--dir') + 1];
  if (process.argv.includes('--way') && dir) {
    const folder = new RunFolder(dir);
    if (way === 'before') {
      const { plan } = folder.readRecord(); // resumeRun
      const earlier = folder.readRecord(); // openRunFolder
      console.log(plan.length, earlier.results.size);
    } else {
      const plan = folder.readPlan(); // resumeRun; openRunFolder does not read it again
      console.log(plan.length, folder.answeredCalls().size); // openRunFolder
    }
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'ps-bench-resume-'));
  try {
    writeFolder(work);
    console.log(`${CALLS} planned calls, ${Math.ceil(CALLS / 2)} answered`);
    for (const w of ['before', 'after']) {
      const t = await timedNode(['--import', 'tsx', resolve('test/bench/resume-open.bench.ts'), '--way', w, '--dir', work], process.cwd());
      console.log(`${w === 'before' ? 'before (readRecord twice)' : 'now (plan, ids answered)'}: peak RSS ${fmt(t.rssMb, 0)} MB, CPU ${fmt(t.cpuS, 2)} s`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
