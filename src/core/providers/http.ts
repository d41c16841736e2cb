// One JSON POST to a model API, made safe to run thousands of times: a per-request timeout, a cap
// on the body size, every failure turned into a ProviderError the runner can reason about, no
// secret in any message, and no redirect followed (a 3xx is an error: following it would carry
// `x-api-key`, `api-key` and custom key headers along to wherever a server points). Cancellation by
// the caller's signal is re-thrown as is (an AbortError), so the runner can tell "the user stopped"
// from "the server failed".
// It speaks node:http(s) over one keep-alive agent per protocol, not `fetch`: a run makes thousands
// of small calls, and fetch's Request/Response objects, web streams and per-request AbortController
// cost more CPU than the call itself (BENCHMARKS.md, issue 18).
import * as http from 'node:http';
import type * as Https from 'node:https';
import { urlToHttpOptions } from 'node:url';
import type { z } from 'zod';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, type ProviderConfig } from './config';
import { ProviderError, type ProviderErrorKind } from './types';
import { retryAfterFromHeaders } from './rate-limit';
import type { ProviderCredentials } from './config';

export interface PostJsonOptions {
  /** provider name, first word of every message */
  provider: string;
  url: string;
  headers: Record<string, string>;
  /** sent as JSON (unless `payload` is given) */
  body?: unknown;
  /** default POST; a GET sends no body (batch status polls, result downloads) */
  method?: 'GET' | 'POST';
  /** a body that is not JSON (a batch's multipart file upload), sent as is */
  payload?: { contentType: string; data: string | Buffer };
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
  /** strings (API keys) that must never appear in a message */
  secrets: readonly string[];
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A request's headers: the suite's own first (names lower-cased, so `Authorization` and the
 * provider's `authorization` are one header), then the provider's, which win.
 */
export function requestHeaders(own: Record<string, string>, extra: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(extra ?? {})) out[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(own)) out[name.toLowerCase()] = value;
  return out;
}

/** Strings no message may show: the key and every extra header value of some length (one may carry a key). */
export function secretsOf(credentials: ProviderCredentials): string[] {
  return [credentials.apiKey ?? '', ...Object.values(credentials.headers ?? {})].filter((s) => s.length >= 8);
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** A fetch or body-read failure that is not the caller's own cancellation. */
function transportError(error: unknown, opts: PostJsonOptions, timedOut: boolean, phase: string): ProviderError {
  if (timedOut) {
    return new ProviderError(`${opts.provider}: no complete answer within ${opts.timeoutMs} ms (${phase})`, true, undefined, undefined, 'timeout');
  }
  const code = errorCode(error) ?? 'unknown';
  const unreachable = UNREACHABLE_CODES.has(code);
  const detail = redact(error instanceof Error ? error.message : String(error), opts.secrets);
  const where = redact(new URL(opts.url).origin, opts.secrets);
  return new ProviderError(
    `${opts.provider}: ${unreachable ? 'cannot reach' : 'connection failed while ' + phase + ' from'} ${where} (${code}: ${detail})`,
    true, undefined, undefined, unreachable ? 'unreachable' : 'network',
  );
}

/** A redirect is never followed: the key was sent to this server only, and the error says where it points. */
function redirectError(status: number, location: string | undefined, opts: PostJsonOptions): ProviderError {
  let target = '';
  try {
    if (location) target = ` to ${redact(new URL(location, opts.url).origin, opts.secrets)}`;
  } catch { /* an unparsable Location: say nothing of it */ }
  return new ProviderError(
    `${opts.provider}: the server answered HTTP ${status} (a redirect${target}); provider calls do not follow redirects, so nothing (no key) went there: set baseUrl to the final address`,
    false, status, undefined, 'bad-request',
  );
}

function statusError(status: number, headers: Headers, bodyText: string, opts: PostJsonOptions): ProviderError {
  let detail = bodyText.slice(0, 300);
  let code: unknown;
  try {
    const parsed = JSON.parse(bodyText) as { error?: { message?: unknown; code?: unknown } | string; message?: unknown };
    const message = typeof parsed.error === 'string' ? parsed.error : parsed.error?.message ?? parsed.message;
    if (typeof message === 'string') detail = message.slice(0, 300);
    if (typeof parsed.error === 'object') code = parsed.error?.code;
  } catch { /* not JSON: keep the raw start */ }
  detail = redact(detail, opts.secrets).replace(/\s+/g, ' ').trim();
  const throttled = status === 429 || status === 503 || status === 529;
  const retryAfterMs = throttled ? retryAfterFromHeaders(headers) : undefined;
  let kind: ProviderErrorKind;
  let retryable: boolean;
  if (status === 400 && code === 'content_filter') [kind, retryable] = ['content-filter', false];
  else if (status === 401 || status === 403) [kind, retryable] = ['auth', false];
  else if (status === 429) [kind, retryable] = ['rate-limit', true];
  else if (status >= 500 || status === 408 || status === 409 || status === 425) [kind, retryable] = ['server', true];
  else [kind, retryable] = ['bad-request', false];
  const what = kind === 'auth' ? 'authentication refused' : kind === 'rate-limit' ? 'rate limited' : 'request failed';
  return new ProviderError(`${opts.provider}: ${what} (HTTP ${status})${detail ? ': ' + detail : ''}`, retryable, status, retryAfterMs, kind);
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  json: unknown;
}

/** Connections to a model server are kept open and reused across a run's calls (LIFO: the warmest first). */
const httpTransport = { lib: http, agent: new http.Agent({ keepAlive: true, scheduling: 'lifo' }) };
let httpsTransport: { lib: typeof Https; agent: Https.Agent } | undefined;

/**
 * node:https with its agent, loaded on the first https URL: loading TLS costs ≈ 9 ms of CPU at
 * every start, which a run against a local http server (Ollama, vLLM, the benchmarks) never uses.
 */
function https(): { lib: typeof Https; agent: Https.Agent } {
  if (!httpsTransport) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (above)
    const lib = require('node:https') as typeof Https;
    httpsTransport = { lib, agent: new lib.Agent({ keepAlive: true, scheduling: 'lifo' }) };
  }
  return httpsTransport;
}

/**
 * A URL's request options (host, port, path, credentials), parsed once per distinct URL: a run
 * posts thousands of times to one or two URLs (issue 18). Bounded, in case of many.
 */
const TARGETS = new Map<string, { protocol: string; options: http.RequestOptions }>();

function targetOf(text: string): { protocol: string; options: http.RequestOptions } {
  let target = TARGETS.get(text);
  if (target === undefined) {
    const url = new URL(text);
    target = { protocol: url.protocol, options: urlToHttpOptions(url) };
    if (TARGETS.size < 64) TARGETS.set(text, target);
  }
  return target;
}

/** Requests made but not yet handed to the OS (a new connection writes once it is connected). */
let unsent = 0;
const onceSent: (() => void)[] = [];

function runWhenSent(): void {
  for (const fn of onceSent.splice(0)) fn();
}

/**
 * Runs `fn` once every request made so far has been written to its connection (at once when none
 * is waiting): work that can wait, such as compiling the detectors while the first answers are
 * awaited (issue 18), then never holds up a request that is ready to go.
 */
export function whenRequestsSent(fn: () => void): void {
  if (unsent === 0) fn();
  else onceSent.push(fn);
}

/** A transport failure and the phase it happened in (for the message). */
class TransportFailure {
  constructor(readonly error: unknown, readonly phase: string) {}
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** The response headers as a fetch `Headers`, built only where they are read (errors, JsonResponse.headers). */
function headersOf(raw: http.IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) out.append(name, v);
    else if (value !== undefined) out.append(name, value);
  }
  return out;
}

/**
 * Sends the POST and reads the whole answer (at most opts.maxBytes). Rejects with a
 * TransportFailure (or a ProviderError for an over-long body); `abort` ends the exchange at once.
 */
function exchange(opts: PostJsonOptions): { done: Promise<RawResponse>; abort: (reason: unknown) => void } {
  let request: http.ClientRequest | undefined;
  let abortedWith: Error | undefined;
  const done = new Promise<RawResponse>((resolve, reject) => {
    let phase = 'sending';
    const fail = (error: unknown) => reject(error instanceof ProviderError ? error : new TransportFailure(error, phase));
    let target: { protocol: string; options: http.RequestOptions };
    try {
      target = targetOf(opts.url);
    } catch (error) {
      return fail(error);
    }
    const { protocol } = target;
    const transport = protocol === 'http:' ? httpTransport : protocol === 'https:' ? https() : undefined;
    if (!transport) return fail(new Error(`unsupported protocol ${protocol}`));
    const { lib, agent } = transport;
    // a string body goes out with the headers in one write (a Buffer would take a writev of two)
    const method = opts.method ?? 'POST';
    const payload = method === 'GET' ? '' : opts.payload ? opts.payload.data : JSON.stringify(opts.body);
    const bodyHeaders = method === 'GET' ? {} : { 'content-type': opts.payload?.contentType ?? 'application/json' };
    let req: http.ClientRequest;
    try {
      req = lib.request({ ...target.options, method, agent, headers: { ...bodyHeaders, ...opts.headers, ...(method === 'GET' ? {} : { 'content-length': Buffer.byteLength(payload) }) } }, (res) => {
        phase = 'reading the response';
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.destroy();
          return resolve({ status, headers: res.headers, text: '' });
        }
        const chunks: Buffer[] = [];
        let total = 0;
        res.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > opts.maxBytes) {
            fail(new ProviderError(`${opts.provider}: response body larger than ${opts.maxBytes} bytes; aborted`, false, status, undefined, 'bad-response'));
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status, headers: res.headers, text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)).toString('utf8') }));
        res.on('error', fail);
        // a connection that closes before the body is complete
        res.on('close', () => {
          if (!res.complete) fail(abortedWith ?? new Error('the connection closed before the response was complete'));
        });
      });
    } catch (error) {
      // e.g. a header value Node refuses (fetch refused the same with a TypeError)
      return fail(error);
    }
    request = req;
    req.on('error', fail);
    unsent++;
    // 'finish': the whole request is handed to the OS; an exchange that ends first (an error, an
    // abort, a refused connection) never will be
    req.once('finish', settled);
    req.end(payload);
  });
  let counted = false;
  function settled(): void {
    if (counted) return;
    counted = true;
    if (--unsent === 0) runWhenSent();
  }
  if (request) done.then(settled, settled);
  else counted = true; // failed before a request was made: never counted
  return {
    done,
    abort: (reason) => {
      abortedWith = reason instanceof Error ? reason : new Error(String(reason));
      request?.destroy(abortedWith);
    },
  };
}

/**
 * One exchange with the same guarantees as postJson (timeout, size cap, no redirect, no secret in
 * a message, HTTP errors as ProviderErrors), answering the body as text: a batch's JSONL files.
 */
export async function requestText(opts: PostJsonOptions): Promise<{ status: number; text: string }> {
  const { status, text } = await exchangeChecked(opts);
  return { status, text };
}

export async function postJson(opts: PostJsonOptions): Promise<JsonResponse> {
  const response = await exchangeChecked(opts);
  const { status, text } = response;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A body cut short by a proxy or a dropped connection is worth another try.
    throw new ProviderError(`${opts.provider}: response is not valid JSON (truncated?): ${JSON.stringify(redact(text.slice(0, 80), opts.secrets))}`, true, status, undefined, 'bad-response');
  }
  let headers: Headers | undefined;
  return {
    status,
    json,
    get headers() {
      return (headers ??= headersOf(response.headers));
    },
  };
}

/** The exchange, its failures turned into ProviderErrors, and a 2xx answer's raw body. */
async function exchangeChecked(opts: PostJsonOptions): Promise<RawResponse> {
  opts.signal.throwIfAborted();
  // The caller's cancel and our timeout end the exchange directly; the listener is removed
  // afterwards: the caller's signal lives for the whole run and must not collect one per request.
  const { done, abort } = exchange(opts);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort(new DOMException('request timed out', 'TimeoutError'));
  }, opts.timeoutMs);
  const onCancel = () => abort(opts.signal.reason);
  opts.signal.addEventListener('abort', onCancel, { once: true });
  let response: RawResponse;
  try {
    response = await done;
  } catch (error) {
    if (opts.signal.aborted) throw opts.signal.reason ?? error;
    if (error instanceof ProviderError) throw error;
    const failure = error as TransportFailure;
    throw transportError(failure.error, opts, timedOut, failure.phase);
  } finally {
    clearTimeout(timer);
    opts.signal.removeEventListener('abort', onCancel);
  }
  const { status, text } = response;
  if (status >= 300 && status < 400) {
    const location = response.headers.location;
    throw redirectError(status, typeof location === 'string' ? location : undefined, opts);
  }
  if (status < 200 || status > 299) throw statusError(status, headersOf(response.headers), text, opts);
  return response;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') || '(body)';
}

/** Validates a response body; a mismatch names the provider and the field. Not retryable. */
export function parseResponse<T>(schema: z.ZodType<T>, json: unknown, provider: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? fieldPath(issue.path) : '(body)';
  throw new ProviderError(`${provider}: unexpected response: ${where}: ${issue?.message ?? 'invalid'}`, false, undefined, undefined, 'bad-response');
}

/** The per-request limits a provider configuration sets (or their defaults). */
export function requestLimits(config: Pick<ProviderConfig, 'timeoutMs' | 'maxResponseBytes'>): { timeoutMs: number; maxBytes: number } {
  return { timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES };
}
