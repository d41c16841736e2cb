// The suite format of CONTRACTS §2 as zod schemas. Every object is strict: an unknown key is an
// error (with a "did you mean"), so a typo such as `sampels:` shows up instead of being ignored.
import * as z from 'zod';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { checkAssert, type Assert } from './asserts';
import { GateRuleSchema } from '../report/parts';
import { ProviderSchema, type ProviderSettings } from '../providers/config';
import { PriceOverridesSchema } from '../providers/prices';
import { CustomBehaviourSchema } from '../behaviour/customSchema';
import { suggest } from './issues';
import { ConditionSchema } from '../conditions/schema';

export { PROVIDER_TYPES, ProviderSchema, type ProviderSettings as SuiteProvider, type ProviderType as SuiteProviderType } from '../providers/config';

const behaviourFields = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(BEHAVIOURS.map((b) => [b, value.optional()])) as Record<(typeof BEHAVIOURS)[number], z.ZodOptional<T>>);

/** Built-in behaviours and the suite's own (`behaviours:`): SuiteSchema checks each name is one of them. */
export const GatesSchema = z.record(z.string(), GateRuleSchema);
/**
 * `gates.evalGap`: per behaviour, the largest observation gap (observed rate − unobserved rate,
 * either sign) allowed for version B in a run with both conditions; a larger significant gap fails.
 */
export const EvalGapGateSchema = z.record(z.string(), z.number().gt(0).max(1));
export type EvalGapGate = z.infer<typeof EvalGapGateSchema>;
/** The suite's `gates:` block: a rule per behaviour, and the design gates (evalGap). */
const SuiteGatesSchema = z.object({ evalGap: EvalGapGateSchema.optional() }).catchall(GateRuleSchema);
export const ExpectSchema = behaviourFields(z.boolean());
export type { Gates, GateRule } from '../report/parts';
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
 * asked a rubric per behaviour for every output. Off unless the suite has `judge:`. `behaviours`
 * picks the built-in ones it gives a second opinion on (default all; `[]` none, when the judge is
 * there only for the suite's own rubric behaviours, which it always decides).
 */
export const JudgeSchema = z.strictObject({
  provider: ProviderSchema.refine((p) => p.model !== undefined, { message: 'the judge model must be pinned: give provider.model', path: ['model'] }),
  behaviours: z.array(z.enum(BEHAVIOURS)).optional(),
});
export interface SuiteJudge {
  provider: ProviderSettings;
  behaviours?: Behaviour[];
}

/** A cap on a run: `eval` refuses to start (exit 2) when the plan is above it. */
export const BudgetSchema = z
  .strictObject({ usd: z.number().positive().optional(), calls: z.number().int().positive().optional() })
  .refine((b) => b.usd !== undefined || b.calls !== undefined, { message: 'give usd, calls or both' });
export type Budget = z.infer<typeof BudgetSchema>;

export const SuiteSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  prompt: z.string().min(1),
  provider: ProviderSchema.optional(),
  /**
   * The second model of a models or 2 × 2 design, on its own provider or server (`--provider-b`):
   * its type, model, baseUrl and key settings. The calls' parameters (temperature, maxTokens,
   * seed) are the suite provider's for both models, so the arms differ only in the model.
   */
  providerB: ProviderSchema.refine((p) => p.type !== 'replay', { message: 'a recorded replay cannot be the second model: name a provider that is called', path: ['type'] })
    .refine((p) => p.temperature === undefined && p.maxTokens === undefined && p.seed === undefined, { message: "both models are asked with the same parameters: set temperature, maxTokens and seed under provider:, not providerB:" })
    .optional(),
  samples: z.number().int().min(1).max(1000).optional(),
  concurrency: z.number().int().min(1).max(256).optional(),
  baseline: z.boolean().optional(),
  gates: SuiteGatesSchema.optional(),
  judge: JudgeSchema.optional(),
  /** USD per million tokens by model id prefix; wins over the shipped table (plan and reports) */
  prices: PriceOverridesSchema.optional(),
  budget: BudgetSchema.optional(),
  /** stop the run when every gated behaviour is decided (true: shifts under 0.1 do not matter) */
  stopEarly: z.union([z.boolean(), z.strictObject({ minShift: z.number().gt(0).max(1) })]).optional(),
  /** send the calls through the provider's batch API (OpenAI, Anthropic): half the price, results within 24 h */
  batch: z.boolean().optional(),
  /** the suite's own behaviours: name, description, phrases and/or bounded regex patterns */
  behaviours: z.array(CustomBehaviourSchema).max(20).optional(),
  /**
   * A model that rewords each case's input for conditions with `paraphrase: true` (the built-in
   * `paraphrase` included), in place of the deterministic rules: pinned (`model` required), asked
   * once per case and condition at temperature 0, with its own provider settings and key rules.
   */
  paraphraser: z.strictObject({ provider: ProviderSchema.refine((p) => p.model !== undefined, { message: 'the paraphrasing model must be pinned: give provider.model', path: ['model'] }).refine((p) => p.type !== 'replay', { message: 'a recorded replay cannot paraphrase: name a provider that is called', path: ['type'] }) }).optional(),
  /** the suite's own conditions (core/conditions): run with `eval --conditions NAME,…` */
  conditions: z.array(ConditionSchema).max(20).optional(),
  // Each entry is checked on its own (inline case or `file:`), see load.ts, so its errors are precise.
  cases: z.array(z.unknown()).min(1, 'a suite needs at least one case'),
}).superRefine((s, ctx) => {
  // gate names are checked on the raw data (gateNameIssues), so a typo shows beside other errors
  const seen = new Set<string>();
  (s.behaviours ?? []).forEach((b, i) => {
    if (seen.has(b.name)) ctx.addIssue({ code: 'custom', path: ['behaviours', i, 'name'], message: `behaviour '${b.name}' is declared twice` });
    seen.add(b.name);
    if (b.rubric !== undefined && !s.judge) ctx.addIssue({ code: 'custom', path: ['behaviours', i, 'rubric'], message: "a rubric is decided by the suite's judge model: add judge: { provider: { type, model, … } }" });
  });
  const conditions = new Set<string>();
  (s.conditions ?? []).forEach((c, i) => {
    if (conditions.has(c.name)) ctx.addIssue({ code: 'custom', path: ['conditions', i, 'name'], message: `condition '${c.name}' is declared twice` });
    conditions.add(c.name);
  });
  const known = [...BEHAVIOURS, ...(s.behaviours ?? []).map((b) => b.name)] as string[];
  for (const name of Object.keys(s.gates?.evalGap ?? {})) {
    if (!known.includes(name)) ctx.addIssue({ code: 'custom', path: ['gates', 'evalGap', name], message: `unknown behaviour '${name}' (expected one of ${known.join(', ')})` });
  }
});
export type SuiteFile = z.output<typeof SuiteSchema>;

/**
 * Gates that name neither a built-in behaviour nor one the suite declares, as [key, message]: a typo
 * is an error, not a gate that never fails. Read from the raw suite, so it is reported even when
 * other fields are wrong (a refinement of SuiteSchema would run only once everything else parsed).
 */
export function gateNameIssues(data: unknown): Array<[string, string]> {
  const d = (data ?? {}) as { gates?: unknown; behaviours?: unknown };
  if (!d.gates || typeof d.gates !== 'object' || Array.isArray(d.gates)) return [];
  const declared = Array.isArray(d.behaviours) ? d.behaviours.map((b) => (b as { name?: unknown } | null)?.name).filter((n): n is string => typeof n === 'string') : [];
  const known = [...BEHAVIOURS, ...declared];
  return Object.keys(d.gates)
    .filter((name) => name !== 'evalGap' && !known.includes(name))
    .map((name) => {
      const hint = suggest(name, known);
      return [name, `unknown field '${name}'${hint ? ` — did you mean '${hint}'?` : ` (expected a behaviour: ${known.join(', ')})`}`];
    });
}
