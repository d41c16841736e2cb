// What a provider needs to be built: the suite's `provider:` block (CONTRACTS §2) minus the key and
// headers, which are passed separately so they never travel with configuration, logs or run records.
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

/** What goes with a provider's requests but never into configuration, logs or run records. */
export interface ProviderCredentials {
  apiKey?: string;
  /** extra request headers: the suite's `headers`, expanded and checked by keyPolicy.ts (may carry a key) */
  headers?: Record<string, string>;
}

/**
 * One row per provider that takes a key: where its key is looked for (the environment variable;
 * VS Code also asks SecretStorage), the server used when a suite names none, and the hosts that
 * are the provider's own. A key goes to an official host (over https, default port) without
 * asking; anywhere else only when allowed outside the repository (see keyPolicy.ts). Azure
 * OpenAI resources are not listed: anyone can create `<name>.openai.azure.com`, so each resource
 * host is allowed by name.
 */
export const KEYED_PROVIDERS = {
  openai: { keyEnv: 'OPENAI_API_KEY', defaultBaseUrl: 'https://api.openai.com/v1', officialHosts: ['api.openai.com'] },
  anthropic: { keyEnv: 'ANTHROPIC_API_KEY', defaultBaseUrl: 'https://api.anthropic.com', officialHosts: ['api.anthropic.com'] },
  ollama: { keyEnv: 'OLLAMA_API_KEY', defaultBaseUrl: 'http://127.0.0.1:11434', officialHosts: ['ollama.com'] },
} as const;
export type KeyedProviderType = keyof typeof KEYED_PROVIDERS;

export function isKeyedProvider(type: string): type is KeyedProviderType {
  return Object.hasOwn(KEYED_PROVIDERS, type);
}

/** Where a provider's key is looked for (CLI and VS Code alike): the `keyEnv` column of KEYED_PROVIDERS. */
export const DEFAULT_KEY_ENV = {
  openai: KEYED_PROVIDERS.openai.keyEnv,
  anthropic: KEYED_PROVIDERS.anthropic.keyEnv,
  ollama: KEYED_PROVIDERS.ollama.keyEnv,
} as const;

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
