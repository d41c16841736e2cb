// What a provider needs to be built: the suite's `provider:` block (CONTRACTS §2) minus the key,
// which is passed separately so it never travels with configuration, logs or run records.
export type ProviderType = 'openai' | 'anthropic' | 'ollama' | 'replay' | 'openai-responses' | 'azure' | 'google' | 'mistral' | 'bedrock' | 'http';

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
  /** openai on Azure, azure: the `api-version` query parameter */
  apiVersion?: string;
  /** bedrock: the AWS region */
  region?: string;
  /** http: the endpoint, the body template and where the output is in the answer */
  url?: string;
  body?: string | Record<string, unknown> | unknown[];
  responsePath?: string;
  /** http: headers sent as given (values may hold `{{apiKey}}`, filled only when a key is given) */
  headers?: Record<string, string>;
  /** per-request limit, including reading the body; default 120 s */
  timeoutMs?: number;
  /** responses larger than this are aborted; default 10 MB */
  maxResponseBytes?: number;
}

/** Where a provider's key is looked for when the suite names no `apiKeyEnv` (CLI and VS Code alike). */
export const DEFAULT_KEY_ENV = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  ollama: 'OLLAMA_API_KEY',
  azure: 'AZURE_OPENAI_API_KEY',
  google: 'GEMINI_API_KEY',
  mistral: 'MISTRAL_API_KEY',
  // A Bedrock API key (bearer token); SigV4 credentials come from AWS_ACCESS_KEY_ID and friends (bedrock.ts)
  bedrock: 'AWS_BEARER_TOKEN_BEDROCK',
} as const;

/** Providers that use another's key: OpenAI's Responses API takes the OpenAI key (and its stored secret). */
export function keyOwnerOf(type: string): string {
  return type === 'openai-responses' ? 'openai' : type;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
