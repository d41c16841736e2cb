// Anthropic's Message Batches: POST {baseUrl}/v1/messages/batches with every request (custom_id,
// params: a Messages request body), polled with GET {baseUrl}/v1/messages/batches/{id}
// (processing_status in_progress → canceling → ended; request_counts processing, succeeded,
// errored, canceled, expired), results as JSONL from GET {baseUrl}/v1/messages/batches/{id}/results,
// one line per request: result.type succeeded (message), errored (error), canceled or expired.
// The results are fetched from the configured baseUrl, never from the `results_url` the server
// names: the key goes only where the synchronous client's goes (keyPolicy.ts).
import * as z from 'zod';
import { DEFAULT_TIMEOUT_MS, KEYED_PROVIDERS, type ProviderConfig, type ProviderCredentials } from '../config';
import { parseResponse, postJson, requestHeaders, requestText, secretsOf, type PostJsonOptions } from '../http';
import { messageResponse, messagesBody } from '../anthropic';
import { checkedId, itemError, jsonLines, type BatchClient, type BatchItem, type BatchItemResult, type BatchStatus } from './types';

const P = 'anthropic batch';
const MAX_RESULTS_BYTES = 1024 * 1024 * 1024;

const countsSchema = z.object({ processing: z.number(), succeeded: z.number(), errored: z.number(), canceled: z.number(), expired: z.number() });
const batchSchema = z.object({
  id: z.string(),
  processing_status: z.enum(['in_progress', 'canceling', 'ended']),
  request_counts: countsSchema,
});
const resultLineSchema = z.object({
  custom_id: z.string(),
  result: z.discriminatedUnion('type', [
    z.object({ type: z.literal('succeeded'), message: z.unknown() }),
    z.object({ type: z.literal('errored'), error: z.object({ error: z.object({ type: z.string(), message: z.string().optional() }).optional(), type: z.string().optional() }).passthrough() }),
    z.object({ type: z.literal('canceled') }),
    z.object({ type: z.literal('expired') }),
  ]),
});

/** Anthropic's error types as the HTTP status the synchronous API gives them (for retry decisions). */
const STATUS_OF: Record<string, number> = {
  invalid_request_error: 400, authentication_error: 401, permission_error: 403, not_found_error: 404,
  request_too_large: 413, rate_limit_error: 429, api_error: 500, overloaded_error: 529,
};

export class AnthropicBatchClient implements BatchClient {
  readonly type = 'anthropic';
  readonly baseUrl: string;
  readonly maxItems = 100_000;

  constructor(private readonly config: ProviderConfig, private readonly credentials: ProviderCredentials = {}) {
    this.baseUrl = (config.baseUrl ?? KEYED_PROVIDERS.anthropic.defaultBaseUrl).replace(/\/+$/, '');
  }

  private options(path: string, signal: AbortSignal, extra: Partial<PostJsonOptions> = {}): PostJsonOptions {
    const own: Record<string, string> = { 'anthropic-version': '2023-06-01' };
    if (this.credentials.apiKey) own['x-api-key'] = this.credentials.apiKey;
    return {
      provider: P, url: `${this.baseUrl}${path}`, headers: requestHeaders(own, this.credentials.headers), signal,
      timeoutMs: this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: MAX_RESULTS_BYTES, secrets: secretsOf(this.credentials), ...extra,
    };
  }

  async submit(items: readonly BatchItem[], signal: AbortSignal): Promise<string> {
    const requests = items.map((item) => ({ custom_id: item.customId, params: messagesBody(item.request) }));
    const { json } = await postJson(this.options('/v1/messages/batches', signal, { body: { requests } }));
    return checkedId(parseResponse(batchSchema, json, P).id, P, 'batch id');
  }

  async status(id: string, signal: AbortSignal): Promise<BatchStatus> {
    const { json } = await postJson(this.options(`/v1/messages/batches/${checkedId(id, P, 'batch id')}`, signal, { method: 'GET' }));
    const b = parseResponse(batchSchema, json, P);
    const c = b.request_counts;
    const status: BatchStatus = {
      id, providerStatus: b.processing_status, ended: b.processing_status === 'ended',
      counts: { total: c.processing + c.succeeded + c.errored + c.canceled + c.expired, succeeded: c.succeeded, failed: c.errored + c.canceled + c.expired },
    };
    // Per-request outcomes say which requests expired or were cancelled; the batch itself just ended.
    if (status.ended) status.outcome = c.expired > 0 ? 'expired' : c.canceled > 0 ? 'cancelled' : 'completed';
    return status;
  }

  async results(status: BatchStatus, signal: AbortSignal): Promise<BatchItemResult[]> {
    const started = performance.now();
    const { text } = await requestText(this.options(`/v1/messages/batches/${checkedId(status.id, P, 'batch id')}/results`, signal, { method: 'GET' }));
    const out: BatchItemResult[] = [];
    for (const raw of jsonLines(text)) {
      const line = resultLineSchema.safeParse(raw);
      if (!line.success) continue;
      const { custom_id: customId, result } = line.data;
      if (result.type === 'succeeded') {
        try {
          out.push({ customId, response: messageResponse(result.message, started) });
        } catch (error) {
          out.push({ customId, error: { message: (error as Error).message, kind: 'bad-response', retryable: false } });
        }
      } else if (result.type === 'errored') {
        const type = result.error.error?.type ?? result.error.type ?? 'api_error';
        out.push({ customId, error: itemError(P, STATUS_OF[type] ?? 500, `${type}: ${result.error.error?.message ?? ''}`) });
      } else {
        out.push({ customId, error: { message: `${P}: the request was ${result.type === 'expired' ? 'expired' : 'cancelled'} before it ran`, kind: result.type === 'expired' ? 'expired' : 'cancelled', retryable: true } });
      }
    }
    return out;
  }
}
