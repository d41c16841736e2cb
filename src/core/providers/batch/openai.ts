// OpenAI's Batch API: the requests go up as one JSONL file (POST {baseUrl}/files, purpose `batch`,
// one line per request: custom_id, method, url, body), a batch is created from it (POST
// {baseUrl}/batches, endpoint /v1/chat/completions, completion_window 24h) and polled (GET
// {baseUrl}/batches/{id}: validating → in_progress → finalizing → completed, or failed, expired,
// cancelling → cancelled, with request_counts {total, completed, failed}); once it has ended, its
// output and error files come from GET {baseUrl}/files/{id}/content. The key goes only where the
// synchronous client's goes (same baseUrl, same headers; keyPolicy.ts decided both).
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { DEFAULT_TIMEOUT_MS, KEYED_PROVIDERS, type ProviderConfig, type ProviderCredentials } from '../config';
import { parseResponse, postJson, requestHeaders, requestText, secretsOf, type PostJsonOptions } from '../http';
import { chatCompletion, chatCompletionBody } from '../openai';
import { checkedId, itemError, jsonLines, type BatchClient, type BatchItem, type BatchItemResult, type BatchStatus } from './types';

const P = 'openai batch';
/** Downloads of output files are large (one answer per request): far above a single answer's cap. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

const fileSchema = z.object({ id: z.string() });
const batchSchema = z.object({
  id: z.string(),
  status: z.enum(['validating', 'failed', 'in_progress', 'finalizing', 'completed', 'expired', 'cancelling', 'cancelled']),
  output_file_id: z.string().nullish(),
  error_file_id: z.string().nullish(),
  request_counts: z.object({ total: z.number(), completed: z.number(), failed: z.number() }).nullish(),
  errors: z.object({ data: z.array(z.object({ code: z.string().nullish(), message: z.string().nullish(), line: z.number().nullish() })).nullish() }).nullish(),
});
const outputLineSchema = z.object({
  custom_id: z.string(),
  response: z.object({ status_code: z.number(), body: z.unknown() }).nullish(),
  error: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
});

const ENDED: Record<string, BatchStatus['outcome']> = { completed: 'completed', failed: 'failed', expired: 'expired', cancelled: 'cancelled' };

export class OpenAIBatchClient implements BatchClient {
  readonly type = 'openai';
  readonly baseUrl: string;
  readonly maxItems = 50_000;

  constructor(private readonly config: ProviderConfig, private readonly credentials: ProviderCredentials = {}) {
    this.baseUrl = (config.baseUrl ?? KEYED_PROVIDERS.openai.defaultBaseUrl).replace(/\/+$/, '');
  }

  private options(path: string, signal: AbortSignal, extra: Partial<PostJsonOptions> = {}): PostJsonOptions {
    const own: Record<string, string> = this.credentials.apiKey ? { authorization: `Bearer ${this.credentials.apiKey}` } : {};
    return {
      provider: P, url: `${this.baseUrl}${path}`, headers: requestHeaders(own, this.credentials.headers), signal,
      timeoutMs: this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: MAX_FILE_BYTES, secrets: secretsOf(this.credentials), ...extra,
    };
  }

  async submit(items: readonly BatchItem[], signal: AbortSignal, label = 'promptshift'): Promise<string> {
    let jsonl = '';
    for (const item of items) jsonl += JSON.stringify({ custom_id: item.customId, method: 'POST', url: '/v1/chat/completions', body: chatCompletionBody(item.request) }) + '\n';
    const boundary = `----promptshift${randomBytes(12).toString('hex')}`;
    const multipart =
      `--${boundary}\r\ncontent-disposition: form-data; name="purpose"\r\n\r\nbatch\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${label.replace(/[^\w.-]/g, '_')}.jsonl"\r\ncontent-type: application/jsonl\r\n\r\n${jsonl}\r\n` +
      `--${boundary}--\r\n`;
    const upload = await postJson(this.options('/files', signal, { payload: { contentType: `multipart/form-data; boundary=${boundary}`, data: multipart } }));
    const fileId = checkedId(parseResponse(fileSchema, upload.json, P).id, P, 'file id');
    const created = await postJson(this.options('/batches', signal, { body: { input_file_id: fileId, endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { source: 'promptshift', label: label.slice(0, 500) } } }));
    return checkedId(parseResponse(batchSchema, created.json, P).id, P, 'batch id');
  }

  async status(id: string, signal: AbortSignal): Promise<BatchStatus> {
    const { json } = await postJson(this.options(`/batches/${checkedId(id, P, 'batch id')}`, signal, { method: 'GET' }));
    const b = parseResponse(batchSchema, json, P);
    const counts = b.request_counts ?? { total: 0, completed: 0, failed: 0 };
    const outcome = ENDED[b.status];
    const status: BatchStatus = { id, providerStatus: b.status, ended: outcome !== undefined, counts: { total: counts.total, succeeded: counts.completed, failed: counts.failed } };
    if (outcome) status.outcome = outcome;
    const files: NonNullable<BatchStatus['files']> = {};
    if (b.output_file_id) files.output = checkedId(b.output_file_id, P, 'output file id');
    if (b.error_file_id) files.error = checkedId(b.error_file_id, P, 'error file id');
    if (files.output || files.error) status.files = files;
    const errors = (b.errors?.data ?? []).map((e) => `${e.line !== null && e.line !== undefined ? `line ${e.line}: ` : ''}${e.message ?? e.code ?? 'error'}`);
    if (errors.length) status.message = errors.slice(0, 3).join('; ');
    return status;
  }

  async results(status: BatchStatus, signal: AbortSignal): Promise<BatchItemResult[]> {
    const out: BatchItemResult[] = [];
    for (const fileId of [status.files?.output, status.files?.error]) {
      if (!fileId) continue;
      const started = performance.now();
      const { text } = await requestText(this.options(`/files/${fileId}/content`, signal, { method: 'GET' }));
      for (const raw of jsonLines(text)) {
        const line = outputLineSchema.safeParse(raw);
        if (!line.success) continue;
        out.push(resultOf(line.data, started));
      }
    }
    return out;
  }
}

function resultOf(line: z.infer<typeof outputLineSchema>, started: number): BatchItemResult {
  const customId = line.custom_id;
  const response = line.response;
  if (response && response.status_code >= 200 && response.status_code < 300) {
    try {
      return { customId, response: chatCompletion(response.body, P, started) };
    } catch (error) {
      return { customId, error: { message: (error as Error).message, kind: 'bad-response', retryable: false } };
    }
  }
  if (response) {
    const body = response.body as { error?: { message?: unknown } } | undefined;
    const message = typeof body?.error?.message === 'string' ? body.error.message : `HTTP ${response.status_code}`;
    return { customId, error: itemError(P, response.status_code, message) };
  }
  const code = line.error?.code ?? '';
  const message = line.error?.message ?? code ?? 'no result';
  // Requests a batch did not get to before it expired or was cancelled: not paid for, worth submitting again.
  if (code === 'batch_expired') return { customId, error: { message: `${P}: ${message}`, kind: 'expired', retryable: true } };
  if (code === 'batch_cancelled') return { customId, error: { message: `${P}: ${message}`, kind: 'cancelled', retryable: true } };
  return { customId, error: itemError(P, undefined, message) };
}
