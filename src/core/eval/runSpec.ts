// What a run is, kept in its run.json (`meta`): the suite and versions it ran, the settings it was
// resolved to, and every case with what its scorers need. A report is built from this spec and the
// run's scored records alone, so it can be rebuilt at any time (resume, re-run, rescore, merge)
// without the suite. Runs recorded by 0.1 have only the first fields; their cases come from the suite.
import * as z from 'zod';
import { GateRuleSchema, StopEarlySchema } from '../report/parts';
import { CustomBehaviourSchema } from '../behaviour/customSchema';
import type { VersionInfo } from '../report/schema';
import { sha256 } from '../hash';
import { DesignSpec } from './design';

const SpecVersion = z.object({
  ref: z.string(),
  sha256: z.string(),
  label: z.string().optional(),
  time: z.string().optional(),
  /** the prompt file, relative to the workspace root */
  path: z.string().optional(),
});
export type SpecVersion = z.infer<typeof SpecVersion>;

const FormatSchema = z.object({ json: z.boolean().optional(), maxLength: z.number().optional(), requiredSections: z.array(z.string()).optional() });

export const SpecCase = z.object({
  id: z.string(),
  input: z.string().optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  expect: z.record(z.string(), z.boolean()).optional(),
  /** what the detectors are told: the rendered user message, B's system prompt, the format demanded */
  context: z.object({ input: z.string().optional(), system: z.string().optional(), format: FormatSchema.optional() }),
  asserts: z.array(z.object({ type: z.string(), value: z.union([z.string(), z.array(z.string()), z.number()]).optional() })).optional(),
});
export type SpecCase = z.infer<typeof SpecCase>;

export const RunSpec = z.object({
  /** absolute path of the suite file */
  suite: z.string(),
  workspaceRoot: z.string().optional(),
  a: SpecVersion,
  b: SpecVersion,
  samples: z.number().int().positive(),
  baseline: z.boolean(),
  provider: z.object({
    type: z.string(),
    model: z.string().optional(),
    baseUrl: z.string().optional(),
    temperature: z.number().optional(),
    maxTokens: z.number().optional(),
    seed: z.number().optional(),
  }),
  createdAt: z.string().optional(),
  // ── 0.2 ──
  /** the resolved eval settings, and where each came from */
  settings: z.object({ concurrency: z.number().int(), seed: z.number(), cache: z.boolean(), from: z.record(z.string(), z.enum(['suite', 'option', 'default', 'setting'])) }).optional(),
  gates: z.record(z.string(), GateRuleSchema).optional(),
  judge: z.object({ model: z.string(), behaviours: z.array(z.string()).optional() }).optional(),
  cases: z.array(SpecCase).optional(),
  /** the suite's own behaviours: scored with every output, part of the fingerprint (read back
   *  from run.json, so their patterns are checked again before they run) */
  behaviours: z.array(CustomBehaviourSchema).optional(),
  /** this run re-ran some cases of that run */
  rerunOf: z.string().optional(),
  /** a fingerprint of what the run's outputs depend on (suite, versions, provider, cases) */
  fingerprint: z.string().optional(),
  /** this run is one shard of a sharded run (`eval --shard i/n`): its cases are a share of the suite's */
  shard: z
    .object({
      index: z.number().int().positive(),
      count: z.number().int().positive(),
      /** the fingerprint of the whole run, every case: shards merge only with shards of the same */
      of: z.string(),
      /** every case id of the whole run, in suite order (the merged report's order) */
      caseIds: z.array(z.string()),
    })
    .optional(),
  /** the run may stop when every gated behaviour is decided; `outcome` once it has ended */
  stopEarly: z.object({ minShift: z.number(), outcome: StopEarlySchema.optional() }).optional(),
  /** the calls went through the provider's batch API (`eval --batch`); a resume polls its batches (batches.jsonl) */
  batch: z.boolean().optional(),
  /** a run merged from these shard runs (`promptshift merge`) */
  mergedFrom: z.array(z.string()).optional(),
  /** a design run (#16): its cells (model × condition); `cases` are then each suite case once per cell */
  design: DesignSpec.optional(),
});
export type RunSpec = z.infer<typeof RunSpec>;

export function versionInfoOf(v: SpecVersion): VersionInfo {
  const info: VersionInfo = { ref: v.ref, promptSha256: v.sha256 };
  if (v.label !== undefined) info.label = v.label;
  if (v.time !== undefined) info.time = v.time;
  if (v.path !== undefined) info.path = v.path;
  return info;
}

/** What a run's outputs depend on; a resume refuses when it differs. */
export function specFingerprint(spec: Omit<RunSpec, 'fingerprint'>): string {
  const p = spec.provider;
  return sha256(
    JSON.stringify({
      suite: spec.suite,
      a: spec.a.sha256,
      b: spec.b.sha256,
      provider: [p.type, p.model ?? null, p.baseUrl ?? null, p.temperature ?? null, p.maxTokens ?? null, p.seed ?? null],
      samples: spec.samples,
      baseline: spec.baseline,
      cases: (spec.cases ?? []).map((c) => [c.id, c.context]),
      // the suite's own behaviours score every output: a resume with other rules is refused
      // (absent when there are none, so fingerprints of runs without them stay as they were)
      ...(spec.behaviours?.length ? { behaviours: spec.behaviours } : {}),
      // a design's models and conditions' wording decide what is sent (absent for plain runs)
      ...(spec.design ? { design: spec.design } : {}),
    }),
  );
}
