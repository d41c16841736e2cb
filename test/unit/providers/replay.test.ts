import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createProvider } from '../../../src/core/providers/factory';
import { ProviderError, type CallIdentity, type ChatRequest } from '../../../src/core/providers/types';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const line = (id: string, sha: string, output: string) => JSON.stringify({ id, promptSha256: sha, output });

function req(call: Omit<CallIdentity, 'promptSha256'> & { promptSha256?: string }): ChatRequest {
  return { model: 'm', messages: [], call: { promptSha256: SHA_A, ...call } };
}

async function replayOf(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'ps-replay-'));
  const file = join(dir, 'recorded.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return { provider: await createProvider({ type: 'replay', file }), file };
}

const signal = new AbortController().signal;

test('samples in file order; A′ takes the ones after A, wrapping round', async () => {
  const { provider } = await replayOf([
    line('c1', SHA_A.slice(0, 8), 'a0'),
    line('c1', SHA_B, 'b0'),
    line('c1', SHA_A, 'a1'),
    line('c1', SHA_A.slice(0, 12), 'a2'),
  ]);
  const text = async (c: Parameters<typeof req>[0]) => (await provider.complete(req(c), signal)).text;
  assert.equal(await text({ caseId: 'c1', version: 'a', sample: 0 }), 'a0');
  assert.equal(await text({ caseId: 'c1', version: 'a', sample: 1 }), 'a1');
  assert.equal(await text({ caseId: 'c1', version: 'aPrime', sample: 0, draw: 2 }), 'a2');
  assert.equal(await text({ caseId: 'c1', version: 'aPrime', sample: 1, draw: 3 }), 'a0');
  assert.equal(await text({ caseId: 'c1', version: 'b', sample: 0, promptSha256: SHA_B }), 'b0');
  assert.equal(await text({ caseId: 'c1', version: 'b', sample: 4, promptSha256: SHA_B }), 'b0');
});

test('a recorded finish reason is served as given (a filtered answer stays a refusal); without one, "replay"', async () => {
  const { provider } = await replayOf([
    JSON.stringify({ id: 'c1', promptSha256: SHA_A, output: '', finishReason: 'content_filter' }),
    line('c2', SHA_A, 'Here is the answer.'),
  ]);
  const filtered = await provider.complete(req({ caseId: 'c1', version: 'b', sample: 0 }), signal);
  assert.deepEqual({ text: filtered.text, finishReason: filtered.finishReason }, { text: '', finishReason: 'content_filter' });
  assert.equal((await provider.complete(req({ caseId: 'c2', version: 'b', sample: 0 }), signal)).finishReason, 'replay');
});

test('a call with no recording names the case, version and file; not retryable', async () => {
  const { provider, file } = await replayOf([line('c1', SHA_A, 'x')]);
  await assert.rejects(provider.complete(req({ caseId: 'c1', version: 'b', sample: 0, promptSha256: SHA_B }), signal), (e: unknown) => {
    assert.ok(e instanceof ProviderError);
    assert.equal(e.retryable, false);
    assert.match(e.message, /case "c1", version B \(prompt bbbbbbbb\)/);
    assert.ok(e.message.includes(file));
    return true;
  });
  await assert.rejects(provider.complete(req({ caseId: 'nope', version: 'aPrime', sample: 0 }), signal), /case "nope", version A′/);
});

test('bad lines are all reported with file:line and field', async () => {
  await assert.rejects(
    replayOf([line('c1', SHA_A, 'ok'), '{"id": "c2", "promptSha256": "abc", "output": "x"}', '', '{not json', '{"id":"c3","promptSha256":"' + SHA_A + '","output":5}']),
    (e: Error) => {
      assert.match(e.message, /recorded\.jsonl:2:1: promptSha256: expected a sha256/);
      assert.match(e.message, /recorded\.jsonl:4:\d+: not valid JSON/);
      assert.match(e.message, /recorded\.jsonl:5:1: output:/);
      assert.doesNotMatch(e.message, /recorded\.jsonl:1/);
      return true;
    },
  );
});

test('a missing replay file is a configuration error naming provider.file', async () => {
  await assert.rejects(createProvider({ type: 'replay', file: '/nonexistent/x.jsonl' }), /provider\.file: cannot read \/nonexistent\/x\.jsonl/);
  await assert.rejects(createProvider({ type: 'replay' }), /provider\.file/);
});
