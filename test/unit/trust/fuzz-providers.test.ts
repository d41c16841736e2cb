// Provider responses fuzzed over real HTTP: a small server on 127.0.0.1 answers each request with
// a fuzzed status, headers and body (near-valid bodies with one field replaced, random JSON, random
// bytes, cut-short bodies, reset connections). Every HTTP provider (OpenAI, Anthropic, Ollama, OpenAI
// Responses, Azure, Google, Mistral, Bedrock, generic http) must resolve with a well-formed ChatResponse or reject with a ProviderError naming the provider —
// nothing else — and never take longer than their timeout. (Huge bodies, endless streams and hangs
// are in test/unit/providers/providers.test.ts; a slow drip that never ends is checked here.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import fc from 'fast-check';
import { createProvider } from '../../../src/core/providers/factory';
import { ProviderError, type ChatRequest, type ModelProvider } from '../../../src/core/providers/types';
import type { ProviderConfig } from '../../../src/core/providers/config';

/** Responses per provider; BENCHMARKS.md "Inputs fuzzed" quotes this. */
export const RUNS_PER_PROVIDER = 2000;
/** The providers added later share their parsing with the first three: fewer runs keep the suite's load down. */
export const RUNS_PER_LATER_PROVIDER = 500;
const runsOf = (name: string) => (['openai', 'anthropic', 'ollama'].includes(name) ? RUNS_PER_PROVIDER : RUNS_PER_LATER_PROVIDER);
const TIMEOUT_MS = 400;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  mode: 'whole' | 'cut' | 'reset' | 'drip';
}

let answer: Answer = { status: 200, headers: {}, body: Buffer.from('{}'), mode: 'whole' };
let server: Server;
let url = '';
const sockets = new Set<Socket>();

function reply(res: ServerResponse, a: Answer): void {
  if (a.mode === 'reset') return void res.socket?.destroy();
  res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
  if (a.mode === 'whole') return void res.end(a.body);
  if (a.mode === 'cut') {
    res.write(a.body.subarray(0, Math.floor(a.body.length / 2)));
    return void res.socket?.destroy();
  }
  // drip: a byte every 50 ms, forever (until the client goes away)
  const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
  res.on('close', () => clearInterval(timer));
}

before(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => reply(res, answer));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const request: ChatRequest = {
  model: 'm', messages: [{ role: 'system', content: 's' }, { role: 'user', content: 'u' }], maxTokens: 5,
  call: { caseId: 'c', version: 'a', sample: 0, promptSha256: 'ab'.repeat(32) },
};

const VALID: Record<string, unknown> = {
  openai: { model: 'm', system_fingerprint: 'fp', choices: [{ index: 0, message: { role: 'assistant', content: 'hi', refusal: null }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1 } },
  anthropic: { model: 'm', content: [{ type: 'text', text: 'hi' }, { type: 'tool_use', id: 'x' }], stop_reason: 'end_turn', usage: { input_tokens: 1, output_tokens: 1 } },
  ollama: { model: 'm', message: { role: 'assistant', content: 'hi' }, done: true, done_reason: 'stop', prompt_eval_count: 1, eval_count: 1 },
  'openai-responses': { model: 'm', status: 'completed', output: [{ type: 'message', content: [{ type: 'output_text', text: 'hi' }] }], usage: { input_tokens: 1, output_tokens: 1 } },
  azure: { model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1 } },
  google: { candidates: [{ content: { role: 'model', parts: [{ text: 'hi' }] }, finishReason: 'STOP' }], usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 1 }, modelVersion: 'm' },
  mistral: { model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1 } },
  bedrock: { output: { message: { role: 'assistant', content: [{ text: 'hi' }] } }, stopReason: 'end_turn', usage: { inputTokens: 1, outputTokens: 1 } },
  http: { data: { output: 'hi' }, model: 'm', usage: { input_tokens: 1, output_tokens: 1 } },
};

const NAMES = Object.keys(VALID);
/** Each provider's configuration for the fuzz server at `url`. */
function fuzzConfig(name: string, url: string): ProviderConfig {
  const base = { timeoutMs: TIMEOUT_MS, maxResponseBytes: 100_000 };
  if (name === 'http') return { type: 'http', url: `${url}/generic`, responsePath: 'data.output', ...base };
  return { type: name, baseUrl: name === 'openai' || name === 'openai-responses' ? `${url}/v1` : url, ...base };
}

const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('v'), { maxKeys: 4 })),
})).v;

/** The valid body with one field (anywhere in it) replaced by an arbitrary value, or removed. */
function nearValid(valid: unknown): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(), value, fc.boolean()).map(([n, v, remove]) => {
    const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    const slots: [Record<string, unknown>, string][] = [];
    const walk = (node: unknown) => {
      if (node && typeof node === 'object') for (const k of Object.keys(node)) {
        slots.push([node as Record<string, unknown>, k]);
        walk((node as Record<string, unknown>)[k]);
      }
    };
    walk(copy);
    const [parent, k] = slots[n % slots.length]!;
    if (remove) delete parent[k];
    else parent[k] = v;
    return JSON.stringify(copy);
  });
}

function answerArb(provider: string): fc.Arbitrary<Answer> {
  const body = fc.oneof(
    { weight: 4, arbitrary: nearValid(VALID[provider]).map((t) => Buffer.from(t)) },
    { weight: 1, arbitrary: fc.constant(Buffer.from(JSON.stringify(VALID[provider]))) },
    { weight: 2, arbitrary: value.map((v) => Buffer.from(JSON.stringify(v) ?? '')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 100 }).map((t) => Buffer.from(`{"error": {"message": ${JSON.stringify(t)}}}`)) },
  );
  const status = fc.oneof({ weight: 6, arbitrary: fc.constant(200) }, { weight: 3, arbitrary: fc.constantFrom(201, 204, 301, 400, 401, 403, 404, 408, 409, 413, 429, 500, 502, 503, 529) }, { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }) });
  const headers = fc.record({ 'retry-after': fc.oneof(fc.string({ maxLength: 10 }), fc.nat(5).map(String)), 'retry-after-ms': fc.oneof(fc.string({ maxLength: 6 }), fc.nat(2000).map(String)) }, { requiredKeys: [] });
  const mode = fc.oneof({ weight: 20, arbitrary: fc.constant('whole' as const) }, { weight: 1, arbitrary: fc.constantFrom('cut' as const, 'reset' as const) });
  return fc.record({ status, headers, body, mode }).map((a) => (a.status === 204 || a.status === 301 ? { ...a, body: Buffer.alloc(0), headers: {} } : a));
}

async function check(provider: ModelProvider, name: string): Promise<'ok' | 'error'> {
  const started = performance.now();
  try {
    const r = await provider.complete(request, new AbortController().signal);
    assert.equal(typeof r.text, 'string');
    assert.ok(Number.isFinite(r.latencyMs));
    if (r.usage) for (const n of Object.values(r.usage)) assert.equal(typeof n, 'number');
    return 'ok';
  } catch (err) {
    assert.ok(err instanceof ProviderError, `${name} threw ${String(err)}`);
    assert.ok(err.message.startsWith(`${name}: `), err.message);
    if (err.retryAfterMs !== undefined) assert.ok(Number.isFinite(err.retryAfterMs) && err.retryAfterMs >= 0, `retryAfterMs ${err.retryAfterMs}`);
    return 'error';
  } finally {
    const ms = performance.now() - started;
    assert.ok(ms < TIMEOUT_MS + 600, `${name} took ${ms.toFixed(0)} ms with a ${TIMEOUT_MS} ms timeout`);
  }
}

for (const name of NAMES) {
  test(`fuzz: ${name} responses over HTTP (${runsOf(name)}): a ChatResponse or a ProviderError, within the timeout`, async () => {
    const provider = await createProvider(fuzzConfig(name, url), { apiKey: 'sk-fuzz' });
    const seen = { ok: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(answerArb(name), async (a) => {
        answer = a;
        seen[await check(provider, name)]++;
      }),
      { numRuns: runsOf(name), seed: 8200 + name.length },
    );
    // both outcomes were exercised, so neither branch of the property is vacuous
    assert.ok(seen.ok > runsOf(name) / 100 && seen.error > runsOf(name) / 10, JSON.stringify(seen));
  });
}

test('a body that drips a byte every 50 ms forever ends in a timeout ProviderError for each provider', async () => {
  answer = { status: 200, headers: {}, body: Buffer.alloc(0), mode: 'drip' };
  for (const name of NAMES) {
    const provider = await createProvider(fuzzConfig(name, url), {});
    const started = performance.now();
    await assert.rejects(provider.complete(request, new AbortController().signal), (e: unknown) => e instanceof ProviderError && e.kind === 'timeout' && e.message.startsWith(`${name}: `));
    assert.ok(performance.now() - started < TIMEOUT_MS + 600);
  }
});
