// One JSON POST to a model API, made safe to run thousands of times: a per-request timeout, a cap
// on the body size, every failure turned into a ProviderError the runner can reason about, no
// secret in any message, and no redirect followed (fetch would carry `x-api-key`, `api-key` and
// custom key headers along to wherever a server points; a 3xx is an error instead). Cancellation by the caller's signal is re-thrown as is (an AbortError),
// so the runner can tell "the user stopped" from "the server failed".
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
  body: unknown;
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

async function readCapped(response: Response, opts: PostJsonOptions): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > opts.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ProviderError(`${opts.provider}: response body larger than ${opts.maxBytes} bytes; aborted`, false, response.status, undefined, 'bad-response');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A redirect is never followed: the key was sent to this server only, and the error says where it points. */
function redirectError(response: Response, opts: PostJsonOptions): ProviderError {
  let target = '';
  try {
    const location = response.headers.get('location');
    if (location) target = ` to ${redact(new URL(location, opts.url).origin, opts.secrets)}`;
  } catch { /* an unparsable Location: say nothing of it */ }
  return new ProviderError(
    `${opts.provider}: the server answered HTTP ${response.status} (a redirect${target}); provider calls do not follow redirects, so nothing (no key) went there: set baseUrl to the final address`,
    false, response.status, undefined, 'bad-request',
  );
}

function statusError(status: number, headers: Headers, bodyText: string, opts: PostJsonOptions): ProviderError {
  let detail = bodyText.slice(0, 300);
  try {
    const parsed = JSON.parse(bodyText) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof parsed.error === 'string' ? parsed.error : parsed.error?.message ?? parsed.message;
    if (typeof message === 'string') detail = message.slice(0, 300);
  } catch { /* not JSON: keep the raw start */ }
  detail = redact(detail, opts.secrets).replace(/\s+/g, ' ').trim();
  const throttled = status === 429 || status === 503 || status === 529;
  const retryAfterMs = throttled ? retryAfterFromHeaders(headers) : undefined;
  let kind: ProviderErrorKind;
  let retryable: boolean;
  if (status === 401 || status === 403) [kind, retryable] = ['auth', false];
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

export async function postJson(opts: PostJsonOptions): Promise<JsonResponse> {
  opts.signal.throwIfAborted();
  // One controller for the caller's cancel and our timeout, with the listener removed afterwards:
  // the caller's signal lives for the whole run and must not collect a listener per request.
  const controller = new AbortController();
  const signal = controller.signal;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('request timed out', 'TimeoutError'));
  }, opts.timeoutMs);
  const onCancel = () => controller.abort(opts.signal.reason);
  opts.signal.addEventListener('abort', onCancel, { once: true });
  try {
    return await send(opts, signal, (error: unknown, phase: string): never => {
      if (opts.signal.aborted) throw opts.signal.reason ?? error;
      if (error instanceof ProviderError) throw error;
      throw transportError(error, opts, timedOut, phase);
    });
  } finally {
    clearTimeout(timer);
    opts.signal.removeEventListener('abort', onCancel);
  }
}

async function send(opts: PostJsonOptions, signal: AbortSignal, failed: (error: unknown, phase: string) => never): Promise<JsonResponse> {
  let response: Response;
  try {
    response = await fetch(opts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...opts.headers },
      body: JSON.stringify(opts.body),
      signal,
      redirect: 'manual',
    });
  } catch (error) {
    return failed(error, 'sending');
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel().catch(() => undefined);
    throw redirectError(response, opts);
  }
  let text = '';
  try {
    text = await readCapped(response, opts);
  } catch (error) {
    return failed(error, 'reading the response');
  }
  if (!response.ok) throw statusError(response.status, response.headers, text, opts);
  try {
    return { status: response.status, headers: response.headers, json: JSON.parse(text) };
  } catch {
    // A body cut short by a proxy or a dropped connection is worth another try.
    throw new ProviderError(`${opts.provider}: response is not valid JSON (truncated?): ${JSON.stringify(redact(text.slice(0, 80), opts.secrets))}`, true, response.status, undefined, 'bad-response');
  }
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
