// The six providers added for teams' real configs — OpenAI Responses, Azure OpenAI, Google Gemini,
// Mistral, AWS Bedrock (SigV4 checked by the server) and a generic HTTP endpoint — each against a
// real HTTP server on 127.0.0.1 speaking its wire format: the request each sends, what each records
// (text, model, usage, finish reason), the same faults as the first three, a cancelled run that
// resumes without asking any recorded call again, and the key written nowhere.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createProvider } from '../../../src/core/providers/factory';
import { callId } from '../../../src/core/providers/call-id';
import { bedrockCredentials } from '../../../src/core/providers/bedrock';
import { parseAllowedHost, resolveCredentials } from '../../../src/core/providers/keyPolicy';

/** The key the CLI's key rules take from `env` for a provider at its own server (the http provider's, allowed by name). */
function keyFromEnvironment(p: { type: string; apiKeyEnv?: string }, env: NodeJS.ProcessEnv): string | undefined {
  const settings = p.type === 'http' ? { ...p, url: 'https://gateway.example/v1' } : p;
  return resolveCredentials(settings, { allow: { hosts: [parseAllowedHost('gateway.example', 'test')], keyEnvs: [] }, env, apiKeyEnv: 'honour' }).apiKey;
}
import { ProviderError, type ChatRequest, type ModelProvider } from '../../../src/core/providers/types';
import type { ProviderConfig } from '../../../src/core/providers/config';
import { executeRun, resumeRun } from '../../../src/core/run/execute';
import { readRunRecord } from '../../../src/core/run/store';
import { fakeOutput, startFakeModelServer, type Fault, type FakeModelServer } from '../../fakes/model-server';
import { fixturePlan } from '../../fakes/plan-fixture';
import { scoreOutput } from '../../../src/core/eval/scoring';
import { allText, FAST_RETRY, tempDir } from '../run/helpers';
import { FAKE_KEY, faultCases } from './fault-cases';

const AWS = { accessKeyId: 'AKIDFAKEEXAMPLE7Q2', secretAccessKey: 'fAkEsEcReT/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'FaKeSeSsIoNtOkEn9x' };
const AWS_KEY = `${AWS.accessKeyId}:${AWS.secretAccessKey}:${AWS.sessionToken}`;

const request: ChatRequest = {
  model: 'm-1',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Where is my refund?' },
    { role: 'assistant', content: 'Which order?' },
    { role: 'user', content: 'Order 42.' },
  ],
  temperature: 0.3,
  maxTokens: 64,
  seed: 7,
  call: { caseId: 'refund', version: 'a', sample: 0, promptSha256: 'ab'.repeat(32) },
};

let server: FakeModelServer;
let fault: Fault | undefined;
before(async () => {
  server = await startFakeModelServer({ faultFor: () => fault, awsCredentials: AWS });
});
after(() => server.close());

const limits = { timeoutMs: 500, maxResponseBytes: 1_000_000 };
interface Case { config: () => ProviderConfig; key: string }
const providers: Record<string, Case> = {
  'openai-responses': { config: () => ({ type: 'openai-responses', baseUrl: `${server.url}/v1`, ...limits }), key: FAKE_KEY },
  azure: { config: () => ({ type: 'azure', baseUrl: server.url, apiVersion: '2024-10-21', ...limits }), key: FAKE_KEY },
  google: { config: () => ({ type: 'google', baseUrl: server.url, ...limits }), key: FAKE_KEY },
  mistral: { config: () => ({ type: 'mistral', baseUrl: server.url, ...limits }), key: FAKE_KEY },
  bedrock: { config: () => ({ type: 'bedrock', baseUrl: server.url, region: 'eu-west-3', ...limits }), key: AWS_KEY },
  http: {
    config: () => ({ type: 'http', url: `${server.url}/generic`, headers: { authorization: 'Bearer {{apiKey}}', 'x-team': 'evals' }, body: { messages: '{{messages}}', model: '{{model}}', note: 'for {{ model | upper }}' }, responsePath: 'json.data.output', ...limits }),
    key: FAKE_KEY,
  },
};

/** Built as pairedEval builds it: the suite's headers travel as credentials (the key rules pass them on). */
const provider = (name: string, key = providers[name]!.key): Promise<ModelProvider> => {
  const config = providers[name]!.config() as ProviderConfig & { headers?: Record<string, string> };
  return createProvider(config, { apiKey: key, ...(config.headers ? { headers: config.headers } : {}) });
};
const secretsOf = (name: string) => (name === 'bedrock' ? [AWS.secretAccessKey, AWS.sessionToken] : [FAKE_KEY]);

describe('what each sends and records', () => {
  const expected = fakeOutput(request.messages, callId(request.call));
  const check = async (name: string) => {
    fault = undefined;
    const res = await (await provider(name)).complete(request, new AbortController().signal);
    assert.equal(res.text, expected, `${name}: the server saw the same messages, roles and order`);
    assert.ok(res.usage && res.usage.inputTokens! > 0 && res.usage.outputTokens! > 0, `${name} usage ${JSON.stringify(res.usage)}`);
    return { res, logged: server.log.at(-1)! };
  };

  test('openai-responses: input with the system message as developer, max_output_tokens, store false', async () => {
    const { res, logged } = await check('openai-responses');
    assert.equal(logged.headers.authorization, `Bearer ${FAKE_KEY}`);
    assert.deepEqual(logged.body, {
      model: 'm-1', store: false, temperature: 0.3, max_output_tokens: 64,
      input: [{ role: 'developer', content: 'You are terse.' }, ...request.messages.slice(1)],
    });
    assert.equal(res.model, 'm-1');
    assert.equal(res.finishReason, 'completed');
  });

  test('azure: the deployment in the path, api-version, the api-key header', async () => {
    const { res, logged } = await check('azure');
    assert.equal(logged.headers['api-key'], FAKE_KEY);
    assert.equal(logged.headers.authorization, undefined);
    assert.deepEqual(logged.body, { messages: request.messages, temperature: 0.3, max_tokens: 64, seed: 7 });
    assert.equal(res.model, 'm-1');
    assert.equal(res.finishReason, 'stop');
  });

  test('google: systemInstruction, model turns, generationConfig, x-goog-api-key (not in the URL)', async () => {
    const { res, logged } = await check('google');
    assert.equal(logged.headers['x-goog-api-key'], FAKE_KEY);
    assert.deepEqual(logged.body, {
      systemInstruction: { parts: [{ text: 'You are terse.' }] },
      contents: [
        { role: 'user', parts: [{ text: 'Where is my refund?' }] },
        { role: 'model', parts: [{ text: 'Which order?' }] },
        { role: 'user', parts: [{ text: 'Order 42.' }] },
      ],
      generationConfig: { temperature: 0.3, maxOutputTokens: 64, seed: 7 },
    });
    assert.equal(res.model, 'm-1-001');
    assert.equal(res.finishReason, 'STOP');
  });

  test('mistral: chat completions with random_seed', async () => {
    const { res, logged } = await check('mistral');
    assert.equal(logged.headers.authorization, `Bearer ${FAKE_KEY}`);
    assert.deepEqual(logged.body, { model: 'm-1', messages: request.messages, temperature: 0.3, max_tokens: 64, random_seed: 7 });
    assert.equal(res.finishReason, 'stop');
  });

  test('bedrock: Converse body, signed with SigV4 (the server re-signs and compares), session token sent', async () => {
    const { res, logged } = await check('bedrock');
    assert.match(String(logged.headers.authorization), new RegExp(`^AWS4-HMAC-SHA256 Credential=${AWS.accessKeyId}/\\d{8}/eu-west-3/bedrock/aws4_request`));
    assert.equal(logged.headers['x-amz-security-token'], AWS.sessionToken);
    assert.deepEqual(logged.body, {
      system: [{ text: 'You are terse.' }],
      messages: request.messages.slice(1).map((m) => ({ role: m.role, content: [{ text: m.content }] })),
      inferenceConfig: { temperature: 0.3, maxTokens: 64 },
    });
    assert.equal(res.model, 'm-1');
    assert.equal(res.finishReason, 'end_turn');
  });

  test('bedrock: a wrong secret is refused by the signature check (the test can fail), an API key goes as a bearer token', async () => {
    fault = undefined;
    const wrong = await provider('bedrock', `${AWS.accessKeyId}:not-the-secret`);
    await assert.rejects(wrong.complete(request, new AbortController().signal), (e: unknown) => e instanceof ProviderError && e.kind === 'auth' && /signature we calculated does not match/.test(e.message));
    assert.deepEqual(bedrockCredentials('ABSKQmVkcm9ja0FQSUtleS1example'), { bearer: 'ABSKQmVkcm9ja0FQSUtleS1example' });
    assert.equal(keyFromEnvironment({ type: 'bedrock' }, { AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'S', AWS_SESSION_TOKEN: 'T' }), 'A:S:T');
    assert.equal(keyFromEnvironment({ type: 'bedrock' }, { AWS_BEARER_TOKEN_BEDROCK: 'B', AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'S' }), 'B');
    assert.equal(keyFromEnvironment({ type: 'google' }, { GEMINI_API_KEY: ' g ' }), 'g');
    assert.equal(keyFromEnvironment({ type: 'openai-responses' }, { OPENAI_API_KEY: 'sk-o' }), 'sk-o');
    // a suite cannot point the http provider's key at another secret: refused (key rules)
    assert.throws(() => keyFromEnvironment({ type: 'http', apiKeyEnv: 'OPENAI_API_KEY' }, { OPENAI_API_KEY: 'sk-x' }), /is not http's key variable/);
    assert.equal(keyFromEnvironment({ type: 'http' }, { PROMPTSHIFT_HTTP_API_KEY: 'h' }), 'h');
  });

  test('http: the body template, headers with the key, the output at responsePath', async () => {
    const { res, logged } = await check('http');
    assert.equal(logged.headers.authorization, `Bearer ${FAKE_KEY}`);
    assert.equal(logged.headers['x-team'], 'evals');
    assert.deepEqual(logged.body, { messages: request.messages, model: 'm-1', note: 'for M-1' });
    assert.equal(res.model, 'm-1');
    // without a key the header that asks for it is left out
    await (await provider('http', '')).complete(request, new AbortController().signal);
    assert.equal(server.log.at(-1)!.headers.authorization, undefined);
    await assert.rejects(createProvider({ type: 'http', url: `${server.url}/generic`, responsePath: 'json.data.map(x => x)' }), /is not a path/);
  });
});

for (const name of Object.keys(providers)) {
  describe(`${name} faults`, () => {
    for (const c of faultCases) {
      test(c.name, async () => {
        // a server that echoes the key echoes this provider's own secret
        fault = c.fault.kind === 'status' && c.fault.body ? { ...c.fault, body: c.fault.body.split(FAKE_KEY).join(secretsOf(name)[0]!) } : c.fault;
        const p = await provider(name);
        let error: ProviderError | undefined;
        try {
          await p.complete(request, new AbortController().signal);
        } catch (e) {
          assert.ok(e instanceof ProviderError, `expected a ProviderError, got ${String(e)}`);
          error = e;
        } finally {
          fault = undefined;
        }
        assert.ok(error, 'expected the call to fail');
        for (const secret of secretsOf(name)) {
          assert.ok(!error.message.includes(secret) && !JSON.stringify(error).includes(secret), `key leaked: ${error.message}`);
        }
        assert.equal(error.retryable, c.retryable, error.message);
        assert.equal(error.kind, c.kind, error.message);
        assert.match(error.message, new RegExp(`^${name}: `));
        if (c.status !== undefined) assert.equal(error.status, c.status);
        if (c.retryAfterMs !== undefined) assert.equal(error.retryAfterMs, c.retryAfterMs);
        const mentions = c.fault.kind === 'wrongTypes' || c.fault.kind === 'emptyChoices' ? /unexpected response: / : c.mentions;
        if (mentions) assert.match(error.message, mentions);
      });
    }
  });
}

describe('runs: cancelled, resumed, and the key written nowhere', () => {
  for (const name of Object.keys(providers)) {
    test(name, async () => {
      fault = undefined;
      const plan = fixturePlan(8, 2);
      const runDir = tempDir(`ps-${name}-`);
      const p = await provider(name);
      const controller = new AbortController();
      const first = await executeRun({
        runDir, calls: plan, provider: p, concurrency: 2, retry: FAST_RETRY, signal: controller.signal,
        onProgress: (progress) => progress.done >= 10 && controller.abort(),
      });
      assert.equal(first.status, 'cancelled');
      const recorded = new Set(readRunRecord(runDir).results.keys());
      const since = server.log.length;
      const resumed = await resumeRun({ runDir, provider: p, concurrency: 4, retry: FAST_RETRY });
      assert.equal(resumed.status, 'completed');
      assert.equal(resumed.records.length, plan.length);
      const asked = server.log.slice(since).map((e) => e.callId);
      assert.ok(asked.length > 0 && asked.every((id) => !recorded.has(id!)), 'a recorded call was asked again');
      const record = resumed.records[0]!;
      assert.ok(record.response?.usage?.outputTokens, 'usage is recorded');
      assert.ok(record.response?.model && record.response.finishReason, 'model and finish reason are recorded');
      const written = allText(runDir);
      for (const secret of secretsOf(name)) assert.ok(!written.includes(secret), `${name}: the key is in the run record`);
    });
  }
});

describe('an answer the provider\'s safety system stopped is an answer, and a refusal', () => {
  // each API's own shape (test/fakes/model-server.ts safetyStopBody); before, Azure's filtered choice
  // (no content) was a "bad response" error and Gemini's blocked candidate an empty answer with no refusal
  const stopped: Record<string, { config: () => ProviderConfig; key: string; text: string; finishReason: string }> = {
    azure: { ...providers.azure!, text: '', finishReason: 'content_filter' },
    'openai-responses': { ...providers['openai-responses']!, text: '', finishReason: 'content_filter' },
    google: { ...providers.google!, text: '', finishReason: 'SAFETY' },
    bedrock: { ...providers.bedrock!, text: 'Sorry, the model cannot answer this question.', finishReason: 'guardrail_intervened' },
    http: { ...providers.http!, text: '', finishReason: 'content_filter' },
    anthropic: { config: () => ({ type: 'anthropic', baseUrl: server.url, ...limits }), key: FAKE_KEY, text: '', finishReason: 'refusal' },
  };
  for (const [name, c] of Object.entries(stopped)) {
    test(name, async () => {
      fault = { kind: 'safetyStop' };
      const config = c.config() as ProviderConfig & { headers?: Record<string, string> };
      const p = await createProvider(config, { apiKey: c.key, ...(config.headers ? { headers: config.headers } : {}) });
      const res = await p.complete(request, new AbortController().signal);
      fault = undefined;
      assert.deepEqual({ text: res.text, finishReason: res.finishReason }, { text: c.text, finishReason: c.finishReason });
      const scores = scoreOutput(res, { context: { input: 'Order 42.' } });
      assert.ok(scores.found.refusal, `${name}: the provider's stop counts as a refusal`);
      const [start, end, reason] = scores.found.refusal[0]!;
      assert.deepEqual([start, end], [res.text.length, res.text.length], 'a zero-width span where the text ends');
      assert.match(reason, new RegExp(`finish reason “${c.finishReason}”`));
    });
  }
});

test('azure: a prompt its content filter refuses (HTTP 400, code content_filter) is an empty answer with that finish reason; any other 400 is still an error', async () => {
  const filtered = JSON.stringify({ error: { code: 'content_filter', message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.", param: 'prompt', status: 400, innererror: { code: 'ResponsibleAIPolicyViolation', content_filter_result: { violence: { filtered: true, severity: 'high' } } } } });
  for (const config of [providers.azure!.config(), { type: 'openai', baseUrl: `${server.url}/openai/deployments/m-1`, apiVersion: '2024-10-21', azure: true, ...limits } as ProviderConfig]) {
    const p = await createProvider(config, { apiKey: FAKE_KEY });
    fault = { kind: 'status', status: 400, body: filtered };
    const res = await p.complete(request, new AbortController().signal);
    assert.deepEqual({ text: res.text, finishReason: res.finishReason }, { text: '', finishReason: 'content_filter' }, config.type);
    assert.ok(scoreOutput(res, { context: {} }).found.refusal, `${config.type}: a refusal`);
    fault = { kind: 'status', status: 400, body: JSON.stringify({ error: { code: 'invalid_request_error', message: 'max_tokens is too large' } }) };
    await assert.rejects(p.complete(request, new AbortController().signal), (e: unknown) => e instanceof ProviderError && e.kind === 'bad-request' && /max_tokens is too large/.test(e.message));
    fault = undefined;
  }
});
