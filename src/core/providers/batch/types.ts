// A provider's batch API, as the batch runner (core/run/batchRun.ts) sees it: submit many chat
// requests as one batch, poll its status and counts, and download every request's result once it
// has ended. OpenAI's Batch API and Anthropic's Message Batches each implement it (openai.ts,
// anthropic.ts); both bill at about half the synchronous price (providers/prices.ts).
import { ProviderError, type ChatRequest, type ChatResponse, type ProviderErrorKind } from '../types';

/** One request of a batch: its custom id is the planned call's id (a 24-hex hash, valid for both APIs). */
export interface BatchItem {
  customId: string;
  request: ChatRequest;
}

/** Where a batch is: still running at the provider, or ended (its results can be downloaded). */
export interface BatchStatus {
  id: string;
  /** the provider's own word (validating, in_progress, finalizing, completed, expired, ended…) */
  providerStatus: string;
  ended: boolean;
  /** how it ended: `failed` means the batch as a whole was refused (e.g. its input did not validate) */
  outcome?: 'completed' | 'failed' | 'expired' | 'cancelled';
  /** the provider's request counts, in one shape: finished = succeeded + failed */
  counts: { total: number; succeeded: number; failed: number };
  /** why a batch failed as a whole */
  message?: string;
  /** provider-specific references to its results (OpenAI: output and error file ids) */
  files?: { output?: string; error?: string };
}

export interface BatchItemError {
  message: string;
  kind: ProviderErrorKind | 'expired' | 'cancelled';
  /** worth another try in a follow-up batch (server errors, rate limits, expired or cancelled requests) */
  retryable: boolean;
  status?: number;
}

export type BatchItemResult = { customId: string; response: ChatResponse } | { customId: string; error: BatchItemError };

export interface BatchClient {
  /** the provider type and server, as the synchronous provider's: cache keys of both agree */
  readonly type: string;
  readonly baseUrl: string;
  /** requests per batch the API accepts */
  readonly maxItems: number;
  /** creates the batch and answers its id (the caller records it at once) */
  submit(items: readonly BatchItem[], signal: AbortSignal, label?: string): Promise<string>;
  status(id: string, signal: AbortSignal): Promise<BatchStatus>;
  /** every result of an ended batch (requests with no result are absent: the caller submits them again) */
  results(status: BatchStatus, signal: AbortSignal): Promise<BatchItemResult[]>;
}

/** A batch or file id as the provider gave it: one path segment, nothing a URL could be bent with. */
const PROVIDER_ID = /^[A-Za-z0-9_-]{1,200}$/;

export function checkedId(id: unknown, provider: string, what: string): string {
  if (typeof id !== 'string' || !PROVIDER_ID.test(id)) {
    throw new ProviderError(`${provider}: unexpected ${what} ${JSON.stringify(String(id).slice(0, 80))} (expected letters, digits, _ and -)`, false, undefined, undefined, 'bad-response');
  }
  return id;
}

/** A per-request failure inside a batch, classified as the synchronous client classifies an HTTP status. */
export function itemError(provider: string, status: number | undefined, message: string): BatchItemError {
  const text = `${provider}: ${message.replace(/\s+/g, ' ').trim().slice(0, 300)}`;
  if (status === 401 || status === 403) return { message: text, kind: 'auth', retryable: false, status };
  if (status === 429) return { message: text, kind: 'rate-limit', retryable: true, status };
  if (status === undefined || status >= 500 || status === 408 || status === 409) return { message: text, kind: 'server', retryable: true, ...(status !== undefined ? { status } : {}) };
  return { message: text, kind: 'bad-request', retryable: false, status };
}

/** JSONL text → objects; a line that is not JSON is skipped (its request then counts as missing and goes again). */
export function jsonLines(text: string): unknown[] {
  const out: unknown[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      /* a torn line: its request has no result and is submitted again */
    }
  }
  return out;
}
