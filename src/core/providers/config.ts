// The provider settings: one zod schema (the suite's `provider:` block of CONTRACTS §2, also the
// judge's and VS Code's `promptshift.provider` setting) and the one type derived from it, which is
// what providers are built from. The key and headers are never part of what a provider gets: they
// are chosen by keyPolicy.ts and passed as credentials, so they never travel with configuration,
// logs or run records.
import * as z from 'zod';

export const PROVIDER_TYPES = ['openai', 'anthropic', 'ollama', 'vscode-lm', 'replay', 'openai-responses', 'azure', 'google', 'mistral', 'bedrock', 'http'] as const;
/** Types that call a model by name: `model` is required. */
const NAMED_MODEL_TYPES: readonly string[] = ['openai', 'anthropic', 'ollama', 'openai-responses', 'azure', 'google', 'mistral', 'bedrock'];
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
    /** bedrock: the AWS region (default us-east-1) */
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as us-east-1').optional(),
    /** http: the endpoint called */
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    /** http: the request body; strings in it are templates with {{prompt}}, {{messages}}, {{model}}… */
    body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    /** http: where the output is in the JSON answer, e.g. `choices[0].message.content` (default: the whole body as text) */
    responsePath: z.string().min(1).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.type === 'replay' && p.file === undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: "a replay provider needs 'file': the JSONL of recorded outputs" });
    }
    if (p.type !== 'replay' && p.file !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: "'file' is only for the replay provider" });
    }
    if (p.model === undefined && NAMED_MODEL_TYPES.includes(p.type)) {
      ctx.addIssue({ code: 'custom', path: ['model'], message: `missing required field 'model' (the ${p.type === 'azure' ? 'Azure deployment' : `${p.type} model`} to call)` });
    }
    if (p.type === 'azure' && p.baseUrl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: "an azure provider needs 'baseUrl': your resource's endpoint, e.g. https://NAME.openai.azure.com" });
    }
    if (p.type === 'http' && p.url === undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: "an http provider needs 'url': the endpoint to call" });
    for (const key of ['url', 'body', 'responsePath'] as const) {
      if (p[key] !== undefined && p.type !== 'http') ctx.addIssue({ code: 'custom', path: [key], message: `'${key}' is only for the http provider` });
    }
    if (p.region !== undefined && p.type !== 'bedrock') ctx.addIssue({ code: 'custom', path: ['region'], message: "'region' is only for the bedrock provider" });
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
 * are the provider's own (a name, or a pattern for per-region hosts). A key goes to an official
 * host (over https, default port) without asking; anywhere else only when allowed outside the
 * repository (see keyPolicy.ts). Azure OpenAI resources and the generic http provider have no
 * official host: anyone can create `<name>.openai.azure.com`, and an http endpoint is whatever the
 * suite says, so each such host is allowed by name.
 */
export const KEYED_PROVIDERS = {
  openai: { keyEnv: 'OPENAI_API_KEY', defaultBaseUrl: 'https://api.openai.com/v1', officialHosts: ['api.openai.com'] },
  // OpenAI's Responses API: the OpenAI key (same variable, same stored secret in VS Code)
  'openai-responses': { keyEnv: 'OPENAI_API_KEY', defaultBaseUrl: 'https://api.openai.com/v1', officialHosts: ['api.openai.com'], keyOwner: 'openai' },
  anthropic: { keyEnv: 'ANTHROPIC_API_KEY', defaultBaseUrl: 'https://api.anthropic.com', officialHosts: ['api.anthropic.com'] },
  ollama: { keyEnv: 'OLLAMA_API_KEY', defaultBaseUrl: 'http://127.0.0.1:11434', officialHosts: ['ollama.com'] },
  azure: { keyEnv: 'AZURE_OPENAI_API_KEY', defaultBaseUrl: '', officialHosts: [] },
  google: { keyEnv: 'GEMINI_API_KEY', defaultBaseUrl: 'https://generativelanguage.googleapis.com', officialHosts: ['generativelanguage.googleapis.com'] },
  mistral: { keyEnv: 'MISTRAL_API_KEY', defaultBaseUrl: 'https://api.mistral.ai', officialHosts: ['api.mistral.ai'] },
  // A Bedrock API key (bearer token), else SigV4 credentials from AWS_ACCESS_KEY_ID and friends (bedrock.ts)
  bedrock: { keyEnv: 'AWS_BEARER_TOKEN_BEDROCK', defaultBaseUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com', officialHosts: [/^bedrock-runtime(-fips)?\.[a-z]{2}(-[a-z]+)+-\d+\.amazonaws\.com$/] },
  // The generic http provider's key comes only from this variable: its URL is the suite's, so a
  // suite must not also pick which secret is sent there.
  http: { keyEnv: 'PROMPTSHIFT_HTTP_API_KEY', defaultBaseUrl: '', officialHosts: [] },
} as const satisfies Record<string, { keyEnv: string; defaultBaseUrl: string; officialHosts: readonly (string | RegExp)[]; keyOwner?: string }>;
export type KeyedProviderType = keyof typeof KEYED_PROVIDERS;

export function isKeyedProvider(type: string): type is KeyedProviderType {
  return Object.hasOwn(KEYED_PROVIDERS, type);
}

/** The provider whose key (and stored secret) a provider uses: OpenAI's Responses API takes OpenAI's. */
export function keyOwnerOf(type: string): string {
  const row = isKeyedProvider(type) ? (KEYED_PROVIDERS[type] as { keyOwner?: string }) : undefined;
  return row?.keyOwner ?? type;
}

/** Where a provider's key is looked for (CLI and VS Code alike): the `keyEnv` column of KEYED_PROVIDERS. */
export const DEFAULT_KEY_ENV = Object.fromEntries(Object.entries(KEYED_PROVIDERS).map(([type, row]) => [type, row.keyEnv])) as { readonly [T in KeyedProviderType]: (typeof KEYED_PROVIDERS)[T]['keyEnv'] };

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
