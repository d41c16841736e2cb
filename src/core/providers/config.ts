// The provider settings: one zod schema (the suite's `provider:` block of CONTRACTS §2, also the
// judge's and VS Code's `promptshift.provider` setting) and the one type derived from it, which is
// what providers are built from. The key and headers are never part of what a provider gets: they
// are chosen by keyPolicy.ts and passed as credentials, so they never travel with configuration,
// logs or run records.
import * as z from 'zod';

export const PROVIDER_TYPES = ['openai', 'anthropic', 'ollama', 'vscode-lm', 'replay'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const ProviderSchema = z
  .strictObject({
    type: z.enum(PROVIDER_TYPES),
    model: z.string().min(1).optional(),
    baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    apiKeyEnv: z
      .string()
      .regex(ENV_NAME, 'must name an environment variable (e.g. OPENAI_API_KEY); never put the key itself in a suite')
      .optional(),
    temperature: z.number().min(0).max(2).optional(),
    maxTokens: z.number().int().positive().optional(),
    seed: z.number().int().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    /** replay: the JSONL of recorded outputs, relative to the suite file (absolute once loaded) */
    file: z.string().min(1).optional(),
    /** per-request limit, including reading the body; default 120 s */
    timeoutMs: z.number().int().positive().optional(),
    /** openai: Azure OpenAI (`api-key` header, `api-version` query) */
    azure: z.boolean().optional(),
    apiVersion: z.string().min(1).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.type === 'replay' && p.file === undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: "a replay provider needs 'file': the JSONL of recorded outputs" });
    }
    if (p.type !== 'replay' && p.file !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: "'file' is only for the replay provider" });
    }
    if (p.model === undefined && (p.type === 'openai' || p.type === 'anthropic' || p.type === 'ollama')) {
      ctx.addIssue({ code: 'custom', path: ['model'], message: `missing required field 'model' (the ${p.type} model to call)` });
    }
  });

/** A provider's settings, as a suite, a judge or VS Code's setting gives them (validated). */
export type ProviderSettings = z.output<typeof ProviderSchema>;

/**
 * What a provider is built from: its settings without the key variable and the headers (the
 * credentials, chosen by keyPolicy.ts, come separately), plus limits only code sets.
 */
export type ProviderConfig = Omit<ProviderSettings, 'type' | 'apiKeyEnv' | 'headers'> & {
  type: ProviderType | (string & {});
  /** responses larger than this are aborted; default 10 MB */
  maxResponseBytes?: number;
};

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
