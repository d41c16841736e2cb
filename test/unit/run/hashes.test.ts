// The digests a run writes into its records (call ids, cache keys, parameter hashes) must stay the
// same bytes whatever computes them: resume and the cache match on them. core/hash.ts takes
// crypto.hash where Node has it (issue 18); these pin its output to createHash's.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { sha256, sha256Bytes } from '../../../src/core/hash';
import { callId } from '../../../src/core/providers/call-id';
import type { ChatRequest } from '../../../src/core/providers/types';
import { cacheKey, paramsHash } from '../../../src/core/run/keys';

const reference = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

test('sha256 and sha256Bytes: the digest of the UTF-8 bytes, for text and bytes alike', () => {
  for (const text of ['', 'a', 'A′ — naïve café ✓ 😀', 'x'.repeat(100_000), '\u0000\ud800']) {
    assert.equal(sha256(text), reference(text), JSON.stringify(text.slice(0, 20)));
    assert.equal(sha256Bytes(text).toString('hex'), reference(text));
  }
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  assert.equal(sha256(bytes), reference(bytes));
  assert.ok(Buffer.isBuffer(sha256Bytes(bytes)));
});

const request: ChatRequest = {
  model: 'gpt-4o-mini',
  temperature: 0.7,
  messages: [{ role: 'system', content: 'Be kind — always.' }, { role: 'user', content: 'Why is my bill higher?' }],
  call: { caseId: 'case-7', version: 'aPrime', sample: 2, promptSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', draw: 5 },
};

test("a call's id, cache key and parameter hash are the same digests as before", () => {
  assert.equal(callId(request.call), reference(JSON.stringify(['case-7', 'aPrime', 2, request.call.promptSha256])).slice(0, 24));
  const key = { provider: 'openai', baseUrl: 'http://127.0.0.1:9/v1', model: 'gpt-4o-mini', messages: request.messages, params: { temperature: 0.7, maxTokens: null, seed: null }, draw: 5 };
  assert.equal(cacheKey({ type: 'openai', baseUrl: 'http://127.0.0.1:9/v1' }, request), reference(JSON.stringify(key)));
  assert.equal(paramsHash(request), reference(JSON.stringify({ model: 'gpt-4o-mini', temperature: 0.7, maxTokens: null, seed: null })).slice(0, 16));
});
