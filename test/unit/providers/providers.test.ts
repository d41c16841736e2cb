// Each provider against a real HTTP server on 127.0.0.1 speaking its wire format, happy path and faults.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createProvider } from '../../../src/core/providers/factory';
import { callId } from '../../../src/core/providers/call-id';
import { ProviderError, type ChatRequest, type ModelProvider } from '../../../src/core/providers/types';
import type { ProviderConfig } from '../../../src/core/providers/config';
import { fakeOutput, startFakeModelServer, type Fault, type FakeModelServer } from '../../fakes/model-server';
import { FAKE_KEY, faultCases } from './fault-cases';


const request: ChatRequest = {
  model: 'm-1',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Where is my refund?' },
  ],
  temperature: 0.3,
  maxTokens: 64,
  seed: 7,
  call: { caseId: 'refund', version: 'a', sample: 0, promptSha256: 'ab'.repeat(32) },
};

let server: FakeModelServer;
let fault: Fault | undefined;
before(async () => {
  server = await startFakeModelServer({ faultFor: () => fault });
});
after(() => server.close());

const configs: Record<string, () => ProviderConfig> = {
  openai: () => ({ type: 'openai', baseUrl: `${server.url}/v1`, timeoutMs: 500, maxResponseBytes: 1_000_000 }),
  anthropic: () => ({ type: 'anthropic', baseUrl: server.url, timeoutMs: 500, maxResponseBytes: 1_000_000 }),
  ollama: () => ({ type: 'ollama', baseUrl: server.url, timeoutMs: 500, maxResponseBytes: 1_000_000 }),
};

async function provider(name: string): Promise<ModelProvider> {
  return createProvider(configs[name]!(), { apiKey: FAKE_KEY });
}

async function failure(p: ModelProvider, signal = AbortSignal_()): Promise<ProviderError> {
  try {
    await p.complete(request, signal);
  } catch (error) {
    assert.ok(error instanceof ProviderError, `expected a ProviderError, got ${String(error)}`);
    assert.ok(!error.message.includes(FAKE_KEY), `key leaked: ${error.message}`);
    assert.ok(!JSON.stringify(error).includes(FAKE_KEY));
    return error;
  }
  throw new Error('expected the call to fail');
}
// a fresh never-aborted signal per call
function AbortSignal_(): AbortSignal {
  return new AbortController().signal;
}

describe('happy paths', () => {
  test('openai sends Chat Completions and records model, fingerprint, usage, finish reason', async () => {
    fault = undefined;
    const p = await provider('openai');
    const res = await p.complete(request, AbortSignal_());
    const logged = server.log.at(-1)!;
    assert.equal(res.text, fakeOutput(request.messages, callId(request.call)));
    assert.equal(res.model, 'm-1');
    assert.equal(res.fingerprint, 'fp_fake');
    assert.equal(res.finishReason, 'stop');
    assert.deepEqual(res.usage, { inputTokens: 7, outputTokens: res.text.split(/\s+/).length });
    assert.ok(res.latencyMs >= 0);
    assert.equal(logged.format, 'openai');
    assert.equal(logged.headers.authorization, `Bearer ${FAKE_KEY}`);
    assert.equal(logged.callId, callId(request.call));
    assert.deepEqual(logged.body, { model: 'm-1', messages: request.messages, temperature: 0.3, max_tokens: 64, seed: 7 });
  });

  test('openai on Azure sends the api-key header and api-version', async () => {
    fault = undefined;
    const p = await createProvider({ type: 'openai', baseUrl: `${server.url}/v1`, azure: true, apiVersion: '2024-10-21' }, { apiKey: FAKE_KEY });
    await p.complete(request, AbortSignal_());
    const logged = server.log.at(-1)!;
    assert.equal(logged.headers['api-key'], FAKE_KEY);
    assert.equal(logged.headers.authorization, undefined);
  });

  test('anthropic sends system at top level, x-api-key and anthropic-version', async () => {
    fault = undefined;
    const p = await provider('anthropic');
    const res = await p.complete(request, AbortSignal_());
    const logged = server.log.at(-1)!;
    assert.equal(res.text, fakeOutput(request.messages, callId(request.call)));
    assert.equal(res.finishReason, 'end_turn');
    assert.equal(res.usage?.inputTokens, 7);
    assert.equal(logged.headers['x-api-key'], FAKE_KEY);
    assert.equal(logged.headers['anthropic-version'], '2023-06-01');
    assert.deepEqual(logged.body, { model: 'm-1', max_tokens: 64, system: 'You are terse.', messages: [request.messages[1]], temperature: 0.3 });
  });

  test('ollama sends /api/chat with options and stream false', async () => {
    fault = undefined;
    const p = await provider('ollama');
    const res = await p.complete(request, AbortSignal_());
    const logged = server.log.at(-1)!;
    assert.equal(res.text, fakeOutput(request.messages, callId(request.call)));
    assert.equal(res.finishReason, 'stop');
    assert.equal(res.usage?.outputTokens, res.text.split(/\s+/).length);
    assert.deepEqual(logged.body, { model: 'm-1', messages: request.messages, stream: false, options: { temperature: 0.3, num_predict: 64, seed: 7 } });
  });
});


for (const name of Object.keys(configs)) {
  describe(`${name} faults`, () => {
    for (const c of faultCases) {
      test(c.name, async () => {
        fault = c.fault;
        const error = await failure(await provider(name));
        fault = undefined;
        assert.equal(error.retryable, c.retryable, error.message);
        assert.equal(error.kind, c.kind, error.message);
        assert.match(error.message, new RegExp(`^${name}: `));
        if (c.status !== undefined) assert.equal(error.status, c.status);
        if (c.retryAfterMs !== undefined) assert.equal(error.retryAfterMs, c.retryAfterMs);
        if (c.mentions) assert.match(error.message, c.mentions);
      });
    }
  });
}

test('cancellation rejects with the abort reason, not a ProviderError', async () => {
  fault = { kind: 'hang' };
  const controller = new AbortController();
  const p = await createProvider({ type: 'openai', baseUrl: `${server.url}/v1`, timeoutMs: 10_000 }, { apiKey: FAKE_KEY });
  const started = Date.now();
  const pending = p.complete(request, controller.signal);
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(pending, (e: Error) => e.name === 'AbortError' && !(e instanceof ProviderError));
  assert.ok(Date.now() - started < 1000);
  fault = undefined;
});

test('an unreachable server is a retryable "unreachable" error', async () => {
  const closed = await startFakeModelServer();
  const url = closed.url;
  await closed.close();
  const p = await createProvider({ type: 'openai', baseUrl: `${url}/v1` }, { apiKey: FAKE_KEY });
  const error = await failure(p);
  assert.equal(error.kind, 'unreachable');
  assert.equal(error.retryable, true);
  assert.match(error.message, /cannot reach http:\/\/127\.0\.0\.1:\d+/);
});

test('an unknown provider type is a configuration error naming the field', async () => {
  await assert.rejects(createProvider({ type: 'bard' }), /provider\.type: "bard"/);
});
