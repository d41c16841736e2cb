// Streamed `compare`: the aggregate report (outputs not kept) has the same statistics as the full
// one; gzip and plain JSONL read alike; bad and overlong lines are skipped with file:line; the
// evidence sample is bounded and seeded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { streamCompare } from '../../../src/core/logs/streamCompare';
import { BEHAVIOURS } from '../../../src/core/behaviour/types';
import type { Problem } from '../../../src/core/problems';
import { ShiftReport } from '../../../src/core/report/schema';

const FIXTURES = path.resolve('test/fixtures/compare');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ps-stream-'));

async function run(a: string, b: string, options: { keepOutputs?: number; evidencePerBehaviour?: number; seed?: number } = {}) {
  const problems: Problem[] = [];
  const result = await streamCompare({
    a: { file: a, version: { ref: path.basename(a) } },
    b: { file: b, version: { ref: path.basename(b) } },
    ...options,
    onProblem: (_side, p) => problems.push(p),
  });
  ShiftReport.parse(result.report);
  return { ...result, problems };
}

/** Synthetic logs: `cases` ids × `samples` outputs; B refuses more often on even cases. */
function writeLogs(dir: string, cases: number, samples: number): { a: string; b: string } {
  const line = (id: number, refuse: boolean) => JSON.stringify({ id: `c${id}`, input: `question ${id}`, output: refuse ? "I'm sorry, but I can't help with that request." : `Sure, here is how to do thing ${id}: open the settings and choose the option.` });
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < cases; i++) {
    for (let s = 0; s < samples; s++) {
      a.push(line(i, (i * 7 + s) % 10 === 0));
      b.push(line(i, i % 2 === 0 ? (i + s) % 3 !== 0 : (i * 7 + s) % 10 === 0));
    }
  }
  fs.writeFileSync(path.join(dir, 'a.jsonl'), a.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'b.jsonl'), b.join('\n') + '\n');
  return { a: path.join(dir, 'a.jsonl'), b: path.join(dir, 'b.jsonl') };
}

test('an aggregate report (outputs not kept) has exactly the statistics of the full report', async () => {
  const dir = tmp();
  const { a, b } = writeLogs(dir, 60, 3);
  const full = await run(a, b);
  const streamed = await run(a, b, { keepOutputs: 10, evidencePerBehaviour: 4 });
  assert.equal(full.report.stream?.keptWhole, true);
  assert.equal(full.report.cases.length, 60);
  assert.equal(streamed.report.stream?.keptWhole, false);
  assert.equal(streamed.report.cases.length, 0);
  assert.deepEqual(streamed.report.summary.behaviours, full.report.summary.behaviours);
  assert.equal(streamed.report.summary.cases, 60);
  assert.equal(streamed.report.summary.samples, 3);
  assert.ok(full.report.summary.behaviours.refusal.significant, 'the synthetic shift is found');
  assert.deepEqual(new Set(streamed.report.summary.flips?.map((f) => `${f.id}:${f.behaviour}`)), new Set(full.report.summary.flips?.map((f) => `${f.id}:${f.behaviour}`)));
  assert.ok(Math.abs((streamed.report.summary.metrics?.lengthRatio ?? 0) - (full.report.summary.metrics?.lengthRatio ?? 1)) < 1e-9);
  // evidence: at most 4 per behaviour and side, each really showing the behaviour, same with the same seed
  const ev = streamed.report.stream!.evidence.behaviours.refusal!;
  assert.equal(ev.b.length, 4);
  for (const s of ev.b) {
    assert.ok(s.behaviours.includes('refusal'));
    const span = s.evidence.refusal![0]!;
    assert.equal(s.output.slice(span.start, span.end), span.text);
  }
  const again = await run(a, b, { keepOutputs: 10, evidencePerBehaviour: 4 });
  assert.deepEqual(again.report.stream, streamed.report.stream);
  const otherSeed = await run(a, b, { keepOutputs: 10, evidencePerBehaviour: 4, seed: 99 });
  assert.notDeepEqual(otherSeed.report.stream!.evidence.behaviours.refusal!.b.map((s) => s.id), ev.b.map((s) => s.id));
  for (const behaviour of BEHAVIOURS) {
    const kept = streamed.report.stream!.evidence.behaviours[behaviour];
    if (kept) assert.ok(kept.a.length <= 4 && kept.b.length <= 4);
  }
});

test('gzip JSONL reads exactly like the plain file', async () => {
  const dir = tmp();
  const gz = path.join(dir, 'after.jsonl.gz');
  fs.writeFileSync(gz, gzipSync(fs.readFileSync(path.join(FIXTURES, 'after.jsonl'))));
  const plain = await run(path.join(FIXTURES, 'before.jsonl'), path.join(FIXTURES, 'after.jsonl'));
  const zipped = await run(path.join(FIXTURES, 'before.jsonl'), gz);
  assert.deepEqual(zipped.report.summary, plain.report.summary);
  assert.deepEqual(zipped.report.cases, plain.report.cases);
  // a file that claims gzip but is not is refused naming it
  fs.writeFileSync(gz, Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5]));
  await assert.rejects(run(path.join(FIXTURES, 'before.jsonl'), gz), /after\.jsonl\.gz: is not valid gzip/);
});

test('bad lines and a line over the limit are skipped and reported with file:line; the rest is read', async () => {
  const dir = tmp();
  const a = path.join(dir, 'a.jsonl');
  const b = path.join(dir, 'b.jsonl');
  fs.writeFileSync(a, '{"id":"x","output":"Sure, here you go."}\n{"id":"y","output":"Fine."}\n');
  const huge = 'z'.repeat(9 * 1024 * 1024);
  fs.writeFileSync(b, `{"id":"x","output":"I'm sorry, but I can't help with that."}\nnot json\n{"id":"y","output":"${huge}"}\n{"id":"y","output":"Fine."}\n{"id":"x","output":7}\n`);
  const r = await run(a, b);
  assert.deepEqual(r.problems.map((p) => `${p.file}:${p.line}:${p.field}`), ['b.jsonl:2:', 'b.jsonl:3:', 'b.jsonl:5:output']);
  assert.match(r.problems[1]!.message, /longer than the 8 MB/);
  assert.equal(r.report.stream?.badLines.b, 3);
  assert.equal(r.report.summary.cases, 2);
  assert.equal(r.report.summary.behaviours.refusal.b.rate, 0.5);
});

test('outputs scored in chunks (detectMany) give the report one at a time gives: the request carried to later outputs of an id, kept outputs cut inside a chunk', async () => {
  const dir = tmp();
  // 700 outputs a side (chunks of 256 end inside a case's run); only an id's first output names the request, and
  // the stance detectors depend on it ("write a story" puts the output in another voice)
  const line = (id: number, s: number, side: 'a' | 'b') =>
    JSON.stringify({ id: `c${id}`, ...(s === 0 ? { input: id % 2 ? 'Write a story about a sure bet.' : 'Will this plan work?' } : {}), output: side === 'b' && (id + s) % 3 === 0 ? 'It will definitely work, guaranteed.' : `I think it might work for case ${id}, but I am not sure.` });
  for (const side of ['a', 'b'] as const) fs.writeFileSync(path.join(dir, `${side}.jsonl`), Array.from({ length: 700 }, (_, k) => line(Math.floor(k / 7), k % 7, side)).join('\n') + '\n');
  const a = path.join(dir, 'a.jsonl');
  const b = path.join(dir, 'b.jsonl');
  const { detectAll } = await import('../../../src/core/behaviour');
  for (const keepOutputs of [5000, 300]) {
    const chunked = await run(a, b, { keepOutputs });
    const oneByOne = await streamCompare({ a: { file: a, version: { ref: 'a.jsonl' } }, b: { file: b, version: { ref: 'b.jsonl' } }, keepOutputs, detect: detectAll, onProblem: () => undefined });
    assert.deepEqual(chunked.report, oneByOne.report, `keepOutputs ${keepOutputs}`);
  }
  // the request reached every output of its id, in whichever chunk: a story's hedges are not the model's
  const full = await run(a, b);
  assert.equal(full.report.cases.length, 100);
  for (const c of full.report.cases) {
    const hedged = c.a.samples.map((x) => x.behaviours.hedging);
    assert.deepEqual(hedged, hedged.map(() => Number(c.id.slice(1)) % 2 === 0), c.id);
  }
  const cut = await run(a, b, { keepOutputs: 300 });
  assert.deepEqual(cut.report.summary.behaviours, full.report.summary.behaviours, 'outputs kept or not, the same statistics');
});

test('requests carried to later outputs are bounded in characters: past the bound the oldest is let go', async () => {
  const dir = tmp();
  // three ids whose requests are 3 million characters each (the bound is 8 million); id c0 asks for a story, so
  // its hedges are not the model's while its request is carried
  const story = `Write a story about a sure bet. ${'x'.repeat(3_000_000)}`;
  const other = (k: number) => `Question ${k}: ${'y'.repeat(3_000_000)}`;
  const lines = (later: boolean) => [
    JSON.stringify({ id: 'c0', input: story, output: 'I think it might work, but I am not sure.' }),
    ...(later ? [JSON.stringify({ id: 'c1', input: other(1), output: 'Fine.' }), JSON.stringify({ id: 'c2', input: other(2), output: 'Fine.' })] : []),
    JSON.stringify({ id: 'c0', output: 'I think it might work, but I am not sure.' }),
  ];
  const hedgedC0 = async (later: boolean) => {
    fs.writeFileSync(path.join(dir, 'a.jsonl'), lines(later).join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'b.jsonl'), lines(later).join('\n') + '\n');
    const { report } = await run(path.join(dir, 'a.jsonl'), path.join(dir, 'b.jsonl'), { keepOutputs: 1 });
    return report.summary.behaviours.hedging.a.rate;
  };
  assert.equal(await hedgedC0(false), 0, "c0's second output is judged with its story request");
  assert.ok((await hedgedC0(true)) > 0, 'after 9 million characters of requests, c0\'s was let go');
});
