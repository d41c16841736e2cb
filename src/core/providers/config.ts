// What a provider needs to be built: the suite's `provider:` block (CONTRACTS §2) minus the key,
// which is passed separately so it never travels with configuration, logs or run records.
export type ProviderType = 'openai' | 'anthropic' | 'ollama' | 'replay';

export interface ProviderConfig {
  type: ProviderType | (string & {});
  model?: string;
  baseUrl?: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  /** replay: the JSONL file of recorded outputs (already resolved against the suite's folder) */
  file?: string;
  /** openai: send the key as Azure's `api-key` header instead of `Authorization: Bearer` */
  azure?: boolean;
  /** openai on Azure: the `api-version` query parameter */
  apiVersion?: string;
  /** per-request limit, including reading the body; default 120 s */
  timeoutMs?: number;
  /** responses larger than this are aborted; default 10 MB */
  maxResponseBytes?: number;
}

/** Where a provider's key is looked for when the suite names no `apiKeyEnv` (CLI and VS Code alike). */
export const DEFAULT_KEY_ENV = { openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY', ollama: 'OLLAMA_API_KEY' } as const;

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
