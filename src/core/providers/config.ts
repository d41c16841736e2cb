// The provider settings: one zod schema (the suite's `provider:` block of CONTRACTS §2, also the
// judge's and VS Code's `promptshift.provider` setting) and the one type derived from it, which is
// what providers are built from. The key is never part of it: it is looked up separately (keys.ts)
// so it never travels with configuration, logs or run records.
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

/** What a provider is built from: its settings, plus limits only code sets. */
export type ProviderConfig = Omit<ProviderSettings, 'type'> & {
  type: ProviderType | (string & {});
  /** responses larger than this are aborted; default 10 MB */
  maxResponseBytes?: number;
};

/** Where a provider's key is looked for when the suite names no `apiKeyEnv` (CLI and VS Code alike). */
export const DEFAULT_KEY_ENV = { openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY', ollama: 'OLLAMA_API_KEY' } as const;

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
