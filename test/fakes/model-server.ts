// A fake model server for tests and benchmarks: one real HTTP server on 127.0.0.1 that speaks the
// OpenAI chat-completions (also Azure's deployment paths and Mistral's), OpenAI Responses,
// Anthropic messages, Ollama /api/chat, Gemini generateContent, Bedrock Converse (checking SigV4
// signatures when given the credentials) and a generic JSON endpoint (POST /generic), with latency
// and a fault plan, and a log of every request so tests can check that each call was made exactly once.
//
// Standalone: node --import tsx test/fakes/model-server.ts --port 0 --latency 50 [--jitter 10] [--respond judge|plain] [--safety-stop-on TEXT]
//   prints "listening http://127.0.0.1:<port>"; GET /__stats gives request counts, POST /__reset clears them.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pathToFileURL } from 'node:url';
import aws4 from 'aws4';
import { seededRng, type Rng } from '../../src/core/run/rng';
import { evalGamingResponder } from './eval-gaming-responder';

export type WireFormat = 'openai' | 'anthropic' | 'ollama' | 'openai-responses' | 'google' | 'bedrock' | 'http';

export type Fault =
  | { kind: 'status'; status: number; retryAfterSec?: number; retryAfterMs?: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset' } // destroy the socket without answering
  | { kind: 'hang' } // never answer
  | { kind: 'truncated' } // a complete HTTP response whose JSON is cut in half
  | { kind: 'wrongTypes' }
  | { kind: 'emptyChoices' }
  | { kind: 'gigantic'; bytes?: number }
  | { kind: 'endless' } // stream body bytes until the client goes away
  | { kind: 'safetyStop' }; // a well-formed answer the provider's safety system stopped (each format's own way)

export interface LoggedRequest {
  /** 1-based arrival number */
  n: number;
  at: number;
  format: WireFormat;
  /** the x-promptshift-call header: which planned call this is */
  callId: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  fault: Fault['kind'] | undefined;
}

export interface FakeServerOptions {
  port?: number;
  /** a loopback address to listen on (default 127.0.0.1); 127.0.0.2/3 stand in for other hosts */
  host?: string;
  latencyMs?: number;
  /** extra uniform random latency in [0, jitterMs) */
  jitterMs?: number;
  seed?: number;
  /** fault for request number n (1-based) */
  faultsByRequest?: Record<number, Fault>;
  /** each fault applies with its probability, drawn from the seeded RNG */
  randomFaults?: { fault: Fault; p: number }[];
  /** decides per request; wins over the other two */
  faultFor?: (request: LoggedRequest) => Fault | undefined;
  /** keep request bodies in the log (off for long benchmarks) */
  keepBodies?: boolean;
  /** the text to answer (default: fakeOutput); e.g. instructionFollowingAnswer, a model that obeys its system prompt */
  respond?: (messages: readonly Msg[], callId: string | undefined, model?: string) => string;
  /** bedrock: a request signed with SigV4 must verify against these credentials (else 403) */
  awsCredentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export interface FakeModelServer {
  url: string;
  port: number;
  log: LoggedRequest[];
  /** how many requests each call id received */
  countsByCallId(): Map<string, number>;
  close(): Promise<void>;
}

export const FAKE_MODEL = 'fake-model-1';

const sha8 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface Msg { role: string; content: unknown }

/** A number in [0, 1) fixed by the call and a salt: the same call always draws the same. */
function unitDraw(key: string, salt: string): number {
  return parseInt(createHash('sha256').update(`${key}\u0000${salt}`).digest('hex').slice(0, 8), 16) / 2 ** 32;
}

/**
 * A support model whose behaviour follows specific instructions in its system prompt, for the
 * attribution tests: it hands off to a human (85 % of calls) unless told never to hand off or
 * suggest contacting a human, and guarantees outcomes (85 %, else 5 %) when told to be decisive.
 * Wording changes elsewhere change nothing. Each call draws by its call id, so a repeated call
 * answers the same and A and A′ (different calls) are independent draws.
 */
export function instructionFollowingAnswer(messages: readonly Msg[], callId: string | undefined): string {
  const system = messages.filter((m) => m.role === 'system').map((m) => String(m.content)).join('\n');
  const key = callId ?? JSON.stringify(messages);
  const forbidsHandOff = /never (?:hand|suggest contacting|refer)/i.test(system);
  const decisive = /be decisive/i.test(system);
  const escalates = !forbidsHandOff && unitDraw(key, 'escalation') < 0.85;
  const guarantees = unitDraw(key, 'overconfidence') < (decisive ? 0.85 : 0.05);
  const parts = ["I'm sorry about the double charge."];
  parts.push(guarantees ? 'I guarantee the refund will be in your account tomorrow, 100% certain.' : 'I have issued the refund; it should show on your card in 3-5 days.');
  if (escalates) parts.push("I'll connect you with a human agent from our billing team who can check the rest.");
  return parts.join(' ');
}

/**
 * A judge model (core/behaviour/judge.ts's wire format): reads the rubric and the judged response
 * from the request and answers the strict verdict {"present", "quote"}. It "understands" a rubric
 * only by the phrases the rubric puts in double quotes: present when the response holds one (any
 * case), quoting it as the response spells it; with `--respond judge-unquoted`, present verdicts
 * give no quote (the whole output is the evidence). Not a judge request: fakeOutput.
 */
export function judgeAnswer(messages: readonly Msg[], callId: string | undefined, quote = true): string {
  const user = String([...messages].reverse().find((m) => m.role === 'user')?.content ?? '');
  const rubric = /^Rubric: (.*)$/m.exec(user)?.[1];
  const at = user.indexOf('Case (JSON):\n');
  if (rubric === undefined || at < 0) return fakeOutput(messages, callId);
  const response = String((JSON.parse(user.slice(at + 'Case (JSON):\n'.length)) as { response?: unknown }).response ?? '');
  const phrases = [...rubric.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!.toLowerCase());
  const lower = response.toLowerCase();
  const hit = phrases.map((p) => lower.indexOf(p)).filter((i) => i >= 0).sort((x, y) => x - y)[0];
  if (hit === undefined) return JSON.stringify({ present: false, quote: '' });
  const phrase = phrases.find((p) => lower.startsWith(p, hit))!;
  return JSON.stringify({ present: true, quote: quote ? response.slice(hit, hit + phrase.length) : '' });
}

/** The text the fake model answers: derived from the request only, so tests can predict it. */
export function fakeOutput(messages: readonly Msg[], callId: string | undefined): string {
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const input = typeof lastUser?.content === 'string' ? lastUser.content : '';
  return `Fake answer ${sha8(JSON.stringify(messages))}${callId ? ` call ${callId.slice(0, 8)}` : ''}: ${input.slice(0, 60)}`;
}

function formatOf(method: string | undefined, path: string): WireFormat | undefined {
  if (method !== 'POST') return undefined;
  if (path === '/v1/chat/completions' || path === '/chat/completions' || /^\/openai\/deployments\/[^/]+\/chat\/completions$/.test(path)) return 'openai';
  if (path === '/v1/messages') return 'anthropic';
  if (path === '/api/chat') return 'ollama';
  if (path === '/v1/responses' || path === '/responses') return 'openai-responses';
  if (/^\/v1beta\/models\/[^/]+:generateContent$/.test(path)) return 'google';
  if (/^\/model\/[^/]+\/converse$/.test(path)) return 'bedrock';
  if (path === '/generic') return 'http';
  return undefined;
}

type Parts = { text?: unknown }[] | undefined;
const partsText = (parts: Parts) => (parts ?? []).map((p) => String(p.text ?? '')).join('');

/** The request's messages as {role, content}, whatever the wire format, so fakeOutput is predictable. */
export function messagesOf(format: WireFormat, body: Record<string, unknown>): Msg[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  if (format === 'openai-responses') return list(body.input).map((m) => ({ role: m.role === 'developer' ? 'system' : String(m.role), content: m.content }));
  if (format === 'google') {
    const system = body.systemInstruction ? [{ role: 'system', content: partsText((body.systemInstruction as { parts?: Parts }).parts) }] : [];
    return [...system, ...list(body.contents).map((c) => ({ role: c.role === 'model' ? 'assistant' : 'user', content: partsText(c.parts as Parts) }))];
  }
  if (format === 'bedrock') {
    const system = list(body.system).length ? [{ role: 'system', content: partsText(body.system as Parts) }] : [];
    return [...system, ...list(body.messages).map((m) => ({ role: String(m.role), content: partsText(m.content as Parts) }))];
  }
  if (format === 'http') return Array.isArray(body.messages) ? (body.messages as Msg[]) : [{ role: 'user', content: String(body.prompt ?? '') }];
  const messages = Array.isArray(body.messages) ? (body.messages as Msg[]) : [];
  return format === 'anthropic' && typeof body.system === 'string' ? [{ role: 'system', content: body.system }, ...messages] : messages;
}

export function answerBody(format: WireFormat, body: Record<string, unknown>, text: string, fault: Fault['kind'] | undefined, path: string): unknown {
  // Gemini, Bedrock and Azure name the model in the path, not the body
  const inPath = /\/models\/([^/:]+):|\/model\/([^/]+)\/converse|\/deployments\/([^/]+)\//.exec(path);
  const model = typeof body.model === 'string' ? body.model : inPath ? decodeURIComponent(inPath[1] ?? inPath[2] ?? inPath[3]!) : FAKE_MODEL;
  const inTokens = messagesOf(format, body).reduce((sum, m) => sum + words(String(m.content)), 0);
  const outTokens = words(text);
  const wrong = fault === 'wrongTypes';
  const empty = fault === 'emptyChoices';
  if (fault === 'safetyStop') {
    const stopped = safetyStopBody(format, model, inTokens);
    if (stopped) return stopped;
  }
  if (format === 'openai') {
    return {
      id: `chatcmpl-${sha8(text)}`, object: 'chat.completion', created: 1_700_000_000, model, system_fingerprint: 'fp_fake',
      choices: empty ? [] : [{ index: 0, message: { role: 'assistant', content: wrong ? 42 : text }, finish_reason: 'stop' }],
      usage: { prompt_tokens: inTokens, completion_tokens: outTokens, total_tokens: inTokens + outTokens },
    };
  }
  if (format === 'anthropic') {
    return {
      id: `msg_${sha8(text)}`, type: 'message', role: 'assistant', model,
      ...(empty ? {} : { content: wrong ? text : [{ type: 'text', text }] }),
      stop_reason: 'end_turn', usage: { input_tokens: inTokens, output_tokens: outTokens },
    };
  }
  if (format === 'openai-responses') {
    return {
      id: `resp_${sha8(text)}`, object: 'response', model, status: 'completed',
      output: empty ? [] : [{ type: 'reasoning', summary: [] }, { type: 'message', role: 'assistant', content: wrong ? text : [{ type: 'output_text', text, annotations: [] }] }],
      usage: { input_tokens: inTokens, output_tokens: outTokens, total_tokens: inTokens + outTokens },
    };
  }
  if (format === 'google') {
    return {
      ...(empty ? {} : { candidates: [{ content: { role: 'model', parts: wrong ? text : [{ text }] }, finishReason: 'STOP', index: 0 }] }),
      usageMetadata: { promptTokenCount: inTokens, candidatesTokenCount: outTokens, totalTokenCount: inTokens + outTokens },
      modelVersion: `${model}-001`,
    };
  }
  if (format === 'bedrock') {
    return {
      ...(empty ? {} : { output: { message: { role: 'assistant', content: wrong ? text : [{ text }] } } }),
      stopReason: 'end_turn', usage: { inputTokens: inTokens, outputTokens: outTokens, totalTokens: inTokens + outTokens }, metrics: { latencyMs: 1 },
    };
  }
  if (format === 'http') {
    return { ...(empty ? {} : { data: { output: wrong ? { nested: 42 } : text } }), model, stop_reason: 'end_turn', usage: { input_tokens: inTokens, output_tokens: outTokens } };
  }
  return {
    model, created_at: '2024-01-01T00:00:00Z',
    ...(empty ? {} : { message: { role: 'assistant', content: wrong ? 42 : text } }),
    done: true, done_reason: 'stop', prompt_eval_count: inTokens, eval_count: outTokens,
  };
}

/**
 * An answer the provider's safety system stopped, as each API sends it (their documentation): Azure
 * OpenAI's filtered choice has no content, Anthropic's refusal stop no text, the Responses API an
 * incomplete response, Gemini a candidate with no content, Bedrock its guardrail's own message.
 * Ollama has no such stop: undefined, a normal answer.
 */
function safetyStopBody(format: WireFormat, model: string, inTokens: number): unknown {
  if (format === 'openai') {
    return {
      id: 'chatcmpl-filtered', object: 'chat.completion', created: 1_700_000_000, model,
      choices: [{ index: 0, message: { role: 'assistant' }, finish_reason: 'content_filter', content_filter_results: { violence: { filtered: true, severity: 'high' } } }],
      usage: { prompt_tokens: inTokens, completion_tokens: 0, total_tokens: inTokens },
    };
  }
  if (format === 'anthropic') return { id: 'msg_refusal', type: 'message', role: 'assistant', model, content: [], stop_reason: 'refusal', usage: { input_tokens: inTokens, output_tokens: 0 } };
  if (format === 'openai-responses') {
    return { id: 'resp_filtered', object: 'response', model, status: 'incomplete', incomplete_details: { reason: 'content_filter' }, output: [], usage: { input_tokens: inTokens, output_tokens: 0, total_tokens: inTokens } };
  }
  if (format === 'google') {
    return {
      candidates: [{ finishReason: 'SAFETY', index: 0, safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }] }],
      usageMetadata: { promptTokenCount: inTokens, candidatesTokenCount: 0, totalTokenCount: inTokens }, modelVersion: `${model}-001`,
    };
  }
  if (format === 'bedrock') {
    return {
      output: { message: { role: 'assistant', content: [{ text: 'Sorry, the model cannot answer this question.' }] } },
      stopReason: 'guardrail_intervened', usage: { inputTokens: inTokens, outputTokens: 0, totalTokens: inTokens }, metrics: { latencyMs: 1 },
    };
  }
  if (format === 'http') return { data: { output: '' }, model, stop_reason: 'content_filter', usage: { input_tokens: inTokens, output_tokens: 0 } };
  return undefined;
}

function streamUntil(res: ServerResponse, limit: number, prefix: string): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write(prefix);
  const chunk = 'x'.repeat(64 * 1024);
  let sent = 0;
  const pump = () => {
    while (!res.destroyed && sent < limit) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end('"}}]}');
  };
  pump();
}

function send(res: ServerResponse, format: WireFormat, body: Record<string, unknown>, fault: Fault | undefined, callId: string | undefined, path: string, respond: (messages: readonly Msg[], callId: string | undefined, model?: string) => string = fakeOutput): void {
  if (fault?.kind === 'reset') return void res.socket?.destroy();
  if (fault?.kind === 'hang') return;
  if (fault?.kind === 'status') {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...fault.headers };
    if (fault.retryAfterSec !== undefined) headers['retry-after'] = String(fault.retryAfterSec);
    if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
    res.writeHead(fault.status, headers);
    return void res.end(fault.body ?? JSON.stringify({ error: { message: `fake ${fault.status}`, type: 'fake_error' } }));
  }
  if (fault?.kind === 'gigantic') return streamUntil(res, fault.bytes ?? 12 * 1024 * 1024, '{"choices":[{"message":{"content":"');
  if (fault?.kind === 'endless') return streamUntil(res, Number.POSITIVE_INFINITY, '{"choices":[{"message":{"content":"');
  const json = JSON.stringify(answerBody(format, body, respond(messagesOf(format, body), callId, typeof body.model === 'string' ? body.model : undefined), fault?.kind, path));
  if (fault?.kind === 'truncated') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end(json.slice(0, Math.floor(json.length / 2)));
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/**
 * Checks a Bedrock request's SigV4 signature as AWS does: re-signs the same method, path, signed
 * headers and body with the known secret and compares. Undefined when it verifies.
 */
function sigV4Problem(req: IncomingMessage, raw: string, credentials: NonNullable<FakeServerOptions['awsCredentials']>): string | undefined {
  const auth = String(req.headers.authorization ?? '');
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'Missing Authentication Token';
  const [, keyId, region, service, signedHeaders, signature] = m;
  if (keyId !== credentials.accessKeyId) return 'The security token included in the request is invalid.';
  const headers: Record<string, string> = {};
  for (const name of signedHeaders!.split(';')) headers[name] = String(req.headers[name] ?? '');
  const resigned = aws4.sign({ host: headers.host ?? '', path: req.url ?? '/', method: req.method ?? 'POST', service: service!, region: region!, headers, body: raw }, credentials);
  const expected = /Signature=([0-9a-f]{64})/.exec(String(resigned.headers?.Authorization ?? ''))?.[1];
  return expected === signature ? undefined : 'The request signature we calculated does not match the signature you provided.';
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeModelServer(options: FakeServerOptions = {}): Promise<FakeModelServer> {
  const rng: Rng = seededRng(options.seed ?? 1);
  const log: LoggedRequest[] = [];
  let requests = 0;
  const sockets = new Set<Socket>();

  const chooseFault = (entry: LoggedRequest): Fault | undefined => {
    if (options.faultFor) return options.faultFor(entry);
    const planned = options.faultsByRequest?.[entry.n];
    if (planned) return planned;
    for (const { fault, p } of options.randomFaults ?? []) if (rng() < p) return fault;
    return undefined;
  };

  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'GET' && path === '/__stats') {
      const ids = new Set(log.map((e) => e.callId));
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ requests, logged: log.length, distinctCallIds: ids.size }));
    }
    if (req.method === 'POST' && path === '/__reset') {
      log.length = 0;
      requests = 0;
      return void res.end('{}');
    }
    const format = formatOf(req.method, path);
    const raw = await readBody(req);
    if (!format) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ error: { message: `no route ${req.method} ${path}` } }));
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ error: { message: 'request body is not JSON' } }));
    }
    const header = req.headers['x-promptshift-call'];
    const entry: LoggedRequest = {
      n: ++requests, at: Date.now(), format, callId: typeof header === 'string' ? header : undefined,
      headers: { ...req.headers }, body: options.keepBodies === false ? undefined : body, fault: undefined,
    };
    const badSignature = format === 'bedrock' && options.awsCredentials ? sigV4Problem(req, raw, options.awsCredentials) : undefined;
    const fault: Fault | undefined = badSignature ? { kind: 'status', status: 403, body: JSON.stringify({ message: badSignature }) } : chooseFault(entry);
    entry.fault = fault?.kind;
    log.push(entry);
    const delay = (options.latencyMs ?? 0) + (options.jitterMs ? rng() * options.jitterMs : 0);
    const answer = () => send(res, format, body, fault, entry.callId, path, options.respond);
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 30_000;
  const host = options.host ?? '127.0.0.1';
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`the fake server listens on loopback only, not ${host}`);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    log,
    countsByCallId() {
      const counts = new Map<string, number>();
      for (const e of log) if (e.callId) counts.set(e.callId, (counts.get(e.callId) ?? 0) + 1);
      return counts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  // --respond judge | judge-unquoted: answer as a judge model (judgeAnswer); eval-gaming: the model
  // of the design tests (eval-gaming-responder.ts)
  const respondArg = process.argv[process.argv.indexOf('--respond') + 1];
  const responders: Record<string, FakeServerOptions['respond']> = {
    judge: (m: readonly Msg[], id: string | undefined) => judgeAnswer(m, id),
    'judge-unquoted': (m: readonly Msg[], id: string | undefined) => judgeAnswer(m, id, false),
    'eval-gaming': evalGamingResponder,
    // one plain answer to everything: no behaviour in it (the provider-stop browser check)
    plain: () => 'The level ends when the last gate opens and the credits roll.',
  };
  // --safety-stop-on TEXT: a request whose body holds TEXT gets the provider's safety stop (safetyStopBody)
  const stopOn = process.argv.includes('--safety-stop-on') ? process.argv[process.argv.indexOf('--safety-stop-on') + 1] : undefined;
  const chosen = process.argv.includes('--respond') ? responders[respondArg ?? ''] : undefined;
  if (process.argv.includes('--respond') && !chosen) throw new Error(`--respond ${respondArg}: expected ${Object.keys(responders).join(', ')}`);
  // --empty-on TEXT: a request whose messages hold TEXT gets an answer with no text and a normal stop (the empty-answer browser check)
  const emptyOn = process.argv.includes('--empty-on') ? process.argv[process.argv.indexOf('--empty-on') + 1] : undefined;
  const respond: FakeServerOptions['respond'] | undefined =
    emptyOn === undefined || !chosen ? chosen : (m: readonly Msg[], id: string | undefined) => (JSON.stringify(m).includes(emptyOn) ? '' : chosen(m, id));
  void startFakeModelServer({
    port: arg('port', 0), latencyMs: arg('latency', 0), jitterMs: arg('jitter', 0), seed: arg('seed', 1), keepBodies: stopOn !== undefined, ...(respond ? { respond } : {}),
    ...(stopOn ? { faultFor: (r: LoggedRequest) => (JSON.stringify(r.body).includes(stopOn) ? { kind: 'safetyStop' as const } : undefined) } : {}),
  }).then((server) => {
    console.log(`listening ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
