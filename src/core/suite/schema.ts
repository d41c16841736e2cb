// The suite format of CONTRACTS §2 as zod schemas. Every object is strict: an unknown key is an
// error (with a "did you mean"), so a typo such as `sampels:` shows up instead of being ignored.
import * as z from 'zod';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { checkAssert, type Assert } from './asserts';

export const PROVIDER_TYPES = ['openai', 'anthropic', 'ollama', 'vscode-lm', 'replay', 'openai-responses', 'azure', 'google', 'mistral', 'bedrock', 'http'] as const;
/** Types that call a model by name: `model` is required. */
const NAMED_MODEL_TYPES: readonly string[] = ['openai', 'anthropic', 'ollama', 'openai-responses', 'azure', 'google', 'mistral', 'bedrock'];
export type SuiteProviderType = (typeof PROVIDER_TYPES)[number];

export const DEFAULT_SAMPLES = 3;
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_BASELINE = true;

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
    /** replay: the JSONL of recorded outputs, relative to the suite file */
    file: z.string().min(1).optional(),
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
/**
 * The provider block as the runner gets it. Written out (not z.infer) because zod types optional
 * fields as `T | undefined`, which `exactOptionalPropertyTypes` consumers (ProviderConfig) reject;
 * zod never sets an absent key, so the loaded objects match this exactly.
 */
export interface SuiteProvider {
  type: SuiteProviderType;
  model?: string;
  baseUrl?: string;
  /** CLI only: the environment variable holding the key (never the key itself) */
  apiKeyEnv?: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  headers?: Record<string, string>;
  /** replay: absolute path of the recorded outputs (resolved against the suite's folder) */
  file?: string;
  timeoutMs?: number;
  azure?: boolean;
  apiVersion?: string;
  region?: string;
  url?: string;
  body?: string | Record<string, unknown> | unknown[];
  responsePath?: string;
}

const behaviourFields = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(BEHAVIOURS.map((b) => [b, value.optional()])) as Record<(typeof BEHAVIOURS)[number], z.ZodOptional<T>>);

export const GateRule = z.enum(['increase', 'decrease', 'any']);
export type GateRule = z.infer<typeof GateRule>;
export const GatesSchema = behaviourFields(GateRule);
export const ExpectSchema = behaviourFields(z.boolean());
export type Gates = Partial<Record<Behaviour, GateRule>>;
export type Expectations = Partial<Record<Behaviour, boolean>>;

export const AssertSchema = z
  .strictObject({ type: z.string().min(1), value: z.unknown().optional() })
  .superRefine((raw, ctx) => {
    for (const p of checkAssert(raw).problems) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  })
  .transform((raw): Assert => checkAssert(raw).assert ?? { type: raw.type });

// A YAML key with nothing after it (`customer_name:`) is null: almost always a slip, so it is an
// error rather than a silently empty string.
const VarValue = z.unknown().refine((v) => v !== null && v !== undefined, { message: 'empty value: write "" for an empty string' });
export const VarsSchema = z.record(z.string(), VarValue);

const CaseId = z.union([z.string().min(1), z.number()]).transform(String);

export const InlineCaseSchema = z.strictObject({
  id: CaseId.optional(),
  description: z.string().optional(),
  input: z.string(),
  vars: VarsSchema.optional(),
  expect: ExpectSchema.optional(),
  assert: z.array(AssertSchema).optional(),
});
export type InlineCase = z.output<typeof InlineCaseSchema>;

export const CaseFileSchema = z.strictObject({
  file: z.string().regex(/\.(jsonl|ndjson|csv)$/i, 'a case file must be .jsonl or .csv'),
});

/**
 * An optional second opinion: a judge model (pinned: `model` is required, run at temperature 0)
 * asked a rubric per behaviour for every output. Off unless the suite has `judge:`.
 */
export const JudgeSchema = z.strictObject({
  provider: ProviderSchema.refine((p) => p.model !== undefined, { message: 'the judge model must be pinned: give provider.model', path: ['model'] }),
  behaviours: z.array(z.enum(BEHAVIOURS)).min(1).optional(),
});
/** Written out for the same reason as SuiteProvider. */
export interface SuiteJudge {
  provider: SuiteProvider;
  behaviours?: Behaviour[];
}

export const SuiteSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  prompt: z.string().min(1),
  provider: ProviderSchema.optional(),
  samples: z.number().int().min(1).max(1000).optional(),
  concurrency: z.number().int().min(1).max(256).optional(),
  baseline: z.boolean().optional(),
  gates: GatesSchema.optional(),
  judge: JudgeSchema.optional(),
  // Each entry is checked on its own (inline case or `file:`), see load.ts, so its errors are precise.
  cases: z.array(z.unknown()).min(1, 'a suite needs at least one case'),
});
export type SuiteFile = z.output<typeof SuiteSchema>;
