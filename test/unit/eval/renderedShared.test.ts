// A large run holds each case's rendered messages once (issue 17): B's messages reuse A's message
// objects where they are equal, and are A's very list when both versions render alike; what is
// sent is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { prepareRun } from '../../../src/core/eval/pairedEval';
import { callId } from '../../../src/core/providers/call-id';
import { createHash } from 'node:crypto';
import { casesRenderedOnDemand } from '../../../src/core/eval/renderOnDemand';
import { planCompact, type PlanOptions } from '../../../src/core/run';

const examples = path.resolve(__dirname, '../../../examples');

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-shared-'));
  fs.cpSync(examples, dir, { recursive: true });
  fs.rmSync(path.join(dir, '.promptshift', 'runs'), { recursive: true, force: true });
  return dir;
}

test('two different versions: each case\'s equal user message is one object, the system prompts stay their own', async () => {
  const ws = workspace();
  const { prep } = await prepareRun({ suitePath: path.join(ws, 'support.evals.yaml'), workspaceRoot: ws });
  assert.notEqual(prep.a.sha256, prep.b.sha256);
  assert.ok(prep.rendered.size > 0);
  for (const [id, { a, b }] of prep.rendered) {
    const userA = a.find((m) => m.role === 'user');
    const userB = b.find((m) => m.role === 'user');
    assert.ok(userA && userB, id);
    assert.equal(userB, userA, `${id}: B's user message is A's object`);
    const sysA = a.find((m) => m.role === 'system');
    const sysB = b.find((m) => m.role === 'system');
    assert.ok(sysA && sysB, id);
    assert.notEqual(sysB.content, sysA.content, `${id}: B keeps its own system prompt`);
    assert.notEqual(a, b);
  }
});

test('the same version on both sides: B is A\'s list itself', async () => {
  const ws = workspace();
  const { prep } = await prepareRun({ suitePath: path.join(ws, 'support.evals.yaml'), workspaceRoot: ws, a: 'working', b: 'working' });
  assert.ok(prep.rendered.size > 0);
  for (const [id, { a, b }] of prep.rendered) assert.equal(b, a, id);
});

test('call ids are the first 24 hex digits of the identity\'s sha256, as runs recorded before have them', () => {
  const call = { caseId: 'case-7', version: 'aPrime' as const, sample: 2, promptSha256: 'ab'.repeat(32), draw: 5 };
  const expected = createHash('sha256').update(JSON.stringify([call.caseId, call.version, call.sample, call.promptSha256])).digest('hex').slice(0, 24);
  assert.equal(callId(call), expected);
});

test('cases rendered again as their calls are built: the same calls, messages and ids in the same order as from the messages rendered up front, at most `kept` cases held', async () => {
  const ws = workspace();
  const { prep, spec } = await prepareRun({ suitePath: path.join(ws, 'support.evals.yaml'), workspaceRoot: ws });
  assert.ok(spec.cases.length >= 4, 'several cases');
  const options = (cases: PlanOptions['cases']): PlanOptions => ({
    cases, versions: { a: { promptSha256: prep.a.sha256 }, b: { promptSha256: prep.b.sha256 } }, samples: 2, baseline: true, seed: 7, params: { model: 'm', temperature: 0.5 },
  });
  const upFront = [...planCompact(options(spec.cases.map((c) => ({ id: c.id, ...prep.rendered.get(c.id)! }))))];
  const byId = new Map(prep.suite.cases.map((c) => [c.id, c]));
  let renders = 0;
  const onDemand = planCompact(options(casesRenderedOnDemand(spec.cases.map((c) => byId.get(c.id)!), (c) => (renders++, prep.renderCase(c)), 2)));
  assert.deepEqual([...onDemand], upFront);
  assert.ok(upFront.some((c) => c.request.messages.some((m) => m.role === 'system')), 'messages to compare');
  // a case's calls come together (interleaved blocks of a case and sample): about one render per case and sample, not per call
  assert.ok(renders >= spec.cases.length && renders <= spec.cases.length * 2, `${renders} renders for ${spec.cases.length} cases × 2 samples`);
  // asked again later, a call is rendered again, not kept: the same request
  assert.deepEqual(onDemand.at(0), upFront[0]);
});
