// The one interface every model provider implements (OpenAI-compatible, Anthropic, Ollama,
// replay, and VS Code's language models on the host side).
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Which call of a paired run a request is: lets replay find its recorded output. */
export interface CallIdentity {
  caseId: string;
  version: 'a' | 'aPrime' | 'b';
  sample: number;
  promptSha256: string;
  /**
   * Which draw of this prompt the call is: the sample index for A and B, samples + sample for A′
   * (so A′ is a fresh draw, not A's cached answer, and replay serves A′ the recordings after A's).
   * Absent means `sample`.
   */
  draw?: number;
}

export interface ChatRequest {
  messages: ChatMessage[];
  model: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  call: CallIdentity;
}

export interface TokenUsage {
  inputTokens?: number;
  outputTokens?: number;
}

export interface ChatResponse {
  text: string;
  /** the model id the server says answered */
  model?: string;
  /** model version or system_fingerprint where the API reports one */
  fingerprint?: string;
  finishReason?: string;
  usage?: TokenUsage;
  latencyMs: number;
}

export interface ModelProvider {
  /** e.g. "openai", "anthropic"; goes into cache keys and run records */
  readonly type: string;
  /** the server the provider talks to (absent for replay); part of cache keys */
  readonly baseUrl?: string;
  complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse>;
}

/**
 * What went wrong, for the runner: `auth` ends a run (retrying a refused key is pointless),
 * `unreachable` ends it when every call meets it, `rate-limit` slows the run down.
 */
export type ProviderErrorKind =
  | 'auth'
  | 'unreachable'
  | 'network'
  | 'timeout'
  | 'rate-limit'
  | 'server'
  | 'bad-request'
  /** Azure OpenAI's content filter refused the prompt (HTTP 400, error.code content_filter): the provider's refusal, not a fault */
  | 'content-filter'
  | 'bad-response'
  | 'not-recorded';

/** A provider failure the runner can reason about (retry or give up). Never carries an API key. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    /** server-requested wait before the next try (retry-after / retry-after-ms / reset headers) */
    readonly retryAfterMs?: number,
    readonly kind?: ProviderErrorKind,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
