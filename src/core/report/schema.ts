// The shift report (CONTRACTS.md §3): what `eval --json`, `compare --json` and `report --format json`
// print, what `report.json` in a run folder holds, and what the results panel renders.
// Required fields follow the contract; the rest are additions the panel and exports use.
import * as z from 'zod';
import { BEHAVIOURS } from '../behaviour/types';
import { GateRuleSchema, StopEarlySchema } from './parts';

// the parts a suite and a run's spec share with the report live in ./parts (issue 18: start-up)
export { GateRuleSchema, StopEarlySchema, reportBehaviours, type GateRule, type Gates, type StopEarly } from './parts';

export const BehaviourName = z.enum(BEHAVIOURS);
/** A built-in behaviour or a suite's own (custom behaviours, core/behaviour/custom.ts): an
 *  identifier, so a name from a hostile report can break no table, markup or attribute. */
const BEHAVIOUR_KEY = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
export const BehaviourKey = z.string().regex(BEHAVIOUR_KEY, 'a behaviour name (letters and digits)');
/** Every built-in behaviour (CONTRACTS §3: every report has all of them), plus a suite's own. */
const perBehaviour = <T extends z.ZodType>(value: T) =>
  z
    .object(Object.fromEntries(BEHAVIOURS.map((b) => [b, value])) as Record<(typeof BEHAVIOURS)[number], T>)
    .catchall(value)
    .superRefine((o, ctx) => {
      for (const k of Object.keys(o)) if (!BEHAVIOUR_KEY.test(k)) ctx.addIssue({ code: 'custom', path: [k], message: 'a behaviour name (letters and digits)' });
    });
export const VersionSide = z.enum(['a', 'aPrime', 'b']);
export type VersionSide = z.infer<typeof VersionSide>;

const Interval = z.tuple([z.number(), z.number()]);

export const RateStat = z.object({
  rate: z.number(),
  ci95: Interval,
  /** outputs with the behaviour / outputs judged */
  count: z.number().int().optional(),
  n: z.number().int().optional(),
});
export type RateStat = z.infer<typeof RateStat>;

/** One labelled set a detector was measured on, in one part of the split (behaviour/types ValidationFigure). */
export const ValidationFigureSchema = z.object({
  set: z.string(),
  /** heldout: never looked at while tuning (the figure to trust); tune: the rules were tuned on it */
  part: z.enum(['tune', 'heldout']),
  description: z.string(),
  n: z.number().int(),
  positives: z.number().int(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  /** 95 % Wilson intervals (older reports have none) */
  precisionCi95: Interval.nullable().optional(),
  recallCi95: Interval.nullable().optional(),
  f1: z.number().nullable(),
  specificity: z.number().nullable(),
});

/** The user's own labels of outputs (.promptshift/labels.jsonl) as figures of one detector. */
export const LabelFiguresSchema = z.object({
  /** outputs labelled (the latest label of each output counts) */
  n: z.number().int(),
  /** of them, outputs the user says show the behaviour */
  positives: z.number().int(),
  /** share of labels saying the detector was right */
  agreement: z.number().nullable(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  /** 95 % Wilson intervals: a handful of labels says little, and the card should show how little */
  precisionCi95: Interval.nullable().optional(),
  recallCi95: Interval.nullable().optional(),
});
export type LabelFigures = z.infer<typeof LabelFiguresSchema>;

/**
 * How far a behaviour's detector can be trusted (`summary.behaviours.<b>.detector`): how it works,
 * what it was measured on, its blind spots, and, where there are any, the run's judge agreement
 * and the user's own labels. `unvalidated`: no precision and recall measured on held-out outputs.
 */
export const DetectorCardSchema = z.object({
  version: z.string(),
  method: z.enum(['rules', 'learned', 'judge', 'rules + learned (linear n-gram)']),
  how: z.string(),
  status: z.enum(['validated', 'unvalidated']),
  validatedOn: z.array(ValidationFigureSchema),
  blindSpots: z.array(z.string()),
  judge: z.object({ model: z.string(), judged: z.number().int(), agreement: z.number() }).optional(),
  yourLabels: LabelFiguresSchema.optional(),
});
export type DetectorCardReport = z.infer<typeof DetectorCardSchema>;

export const BehaviourSummary = z.object({
  a: RateStat,
  b: RateStat,
  aPrime: RateStat.nullable().optional(),
  delta: z.number(),
  /** |A′ − A|; null without a baseline */
  noiseDelta: z.number().nullable(),
  pValue: z.number(),
  /** Holm-corrected across behaviours */
  pAdjusted: z.number().optional(),
  significant: z.boolean(),
  test: z.string().optional(),
  direction: z.enum(['increase', 'decrease', 'none']).optional(),
  /** cases whose majority behaviour went false→true (up) and true→false (down) */
  flipsUp: z.number().int().optional(),
  flipsDown: z.number().int().optional(),
  /** cases judged on both sides (those the paired test uses) */
  pairedCases: z.number().int().optional(),
  /** how the behaviour was detected and how far that can be trusted */
  detector: DetectorCardSchema.optional(),
  /** CONTRACTS §6: a design run's effects on this behaviour (`name`, `arms`, `delta`, `ci95`, `pValue`, `significant`) */
  effects: z.array(z.object({ name: z.string(), arms: z.array(z.string()), delta: z.number(), ci95: Interval, pValue: z.number(), significant: z.boolean(), version: z.enum(['a', 'b']).optional() })).optional(),
});
export type BehaviourSummary = z.infer<typeof BehaviourSummary>;

export const Span = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  reason: z.string().optional(),
});

export const AssertResult = z.object({
  type: z.string(),
  value: z.unknown().optional(),
  pass: z.boolean(),
  reason: z.string().optional(),
});
export type AssertResult = z.infer<typeof AssertResult>;

export const SampleResult = z.object({
  output: z.string(),
  behaviours: perBehaviour(z.boolean()),
  /** evidence spans per behaviour present in this output */
  evidence: z.record(BehaviourKey, z.array(Span)).optional(),
  asserts: z.array(AssertResult).optional(),
  error: z.string().optional(),
  latencyMs: z.number().optional(),
  cached: z.boolean().optional(),
  /** the judge model's verdicts (suite `judge:`), beside the detectors' */
  judge: z.partialRecord(BehaviourName, z.boolean()).optional(),
  judgeError: z.string().optional(),
});
export type SampleResult = z.infer<typeof SampleResult>;

export const CaseSide = z.object({ samples: z.array(SampleResult) });

export const EvidenceRef = z.object({
  side: VersionSide,
  sample: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  reason: z.string().optional(),
});

export const CaseShift = z.object({
  behaviour: BehaviourKey,
  /** share of A's samples showing the behaviour */
  from: z.number(),
  /** share of B's samples showing it */
  to: z.number(),
  evidence: z.array(EvidenceRef),
  /** the case's majority behaviour changed (more than half of A's samples vs of B's) */
  flip: z.boolean().optional(),
});
export type CaseShift = z.infer<typeof CaseShift>;

export const CaseReport = z.object({
  id: z.string(),
  input: z.string().optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  expect: z.partialRecord(BehaviourName, z.boolean()).optional(),
  a: CaseSide,
  b: CaseSide,
  aPrime: CaseSide.optional(),
  shifts: z.array(CaseShift),
  /** for ranking: the largest |to − from| over this case's shifts */
  strength: z.number().optional(),
  /** A↔B output similarity (0..1) against the A↔A′ similarity */
  similarityAB: z.number().optional(),
  similarityAA: z.number().optional(),
  /** a design run: the suite's case this row is one cell of, and the cell's condition and model */
  baseId: z.string().optional(),
  condition: z.string().optional(),
  model: z.string().optional(),
  /** a condition that paraphrases by a configured model: which model, and the user's message as it reworded it */
  paraphrase: z.object({ by: z.string(), text: z.string() }).optional(),
});
export type CaseReport = z.infer<typeof CaseReport>;

export const VersionInfo = z.object({
  ref: z.string(),
  promptSha256: z.string().optional(),
  label: z.string().optional(),
  time: z.string().optional(),
  path: z.string().optional(),
});
export type VersionInfo = z.infer<typeof VersionInfo>;


export const GateResult = z.object({
  behaviour: BehaviourKey,
  rule: GateRuleSchema,
  failed: z.boolean(),
  message: z.string(),
});
export type GateResult = z.infer<typeof GateResult>;


/**
 * One logged output kept as evidence by a streaming analysis (a bounded, seeded sample): its case,
 * its text (cut to a bound, `truncated` then), and the evidence spans of each behaviour found in it.
 */
export const SampledOutput = z.object({
  id: z.string().optional(),
  input: z.string().optional(),
  output: z.string(),
  truncated: z.boolean().optional(),
  time: z.string().optional(),
  model: z.string().optional(),
  behaviours: z.array(BehaviourName),
  evidence: z.partialRecord(BehaviourName, z.array(Span)),
});
export type SampledOutput = z.infer<typeof SampledOutput>;

/** How a streamed `compare` read its inputs, and the evidence it kept instead of every output. */
export const StreamSummary = z.object({
  outputs: z.object({ a: z.number().int(), b: z.number().int() }),
  badLines: z.object({ a: z.number().int(), b: z.number().int() }),
  /** every output is in `cases` (small inputs); otherwise only aggregates and `evidence` */
  keptWhole: z.boolean(),
  /** case ids seen on one side only (not in any rate) */
  unpaired: z.object({ a: z.number().int(), b: z.number().int() }),
  /** outputs of case ids beyond the case limit (`--max-cases`): in no rate */
  ignoredOutputs: z.number().int(),
  /** per behaviour and side, a uniform sample of the outputs that show it */
  evidence: z.object({
    seed: z.number().int(),
    perBehaviour: z.number().int(),
    behaviours: z.partialRecord(BehaviourName, z.object({ a: z.array(SampledOutput), b: z.array(SampledOutput) })),
  }),
});
export type StreamSummary = z.infer<typeof StreamSummary>;

/** An estimate of a change in a behaviour's rate (−1…1) with its 95 % interval. */
const AttributionEstimate = z.object({ effect: z.number(), ci95: Interval });
const TestedAttributionEstimate = AttributionEstimate.extend({ pValue: z.number(), cases: z.number().int() });

/**
 * `explain`'s answer (CONTRACTS §6): which hunk of the A→B diff caused each shift. Every field is
 * additive; a report without it reads as before. Effects are in the A→B direction.
 */
export const Attribution = z.object({
  /** the explain run (a folder under the run's explain/) */
  explainId: z.string(),
  createdAt: z.string(),
  samples: z.number().int(),
  /** the cases explained: those that flipped, and a seeded sample of those that did not */
  cases: z.object({ flipped: z.array(z.string()), control: z.array(z.string()) }),
  hunks: z.array(
    z.object({
      id: z.string(),
      n: z.number().int(),
      label: z.string(),
      /** 1-based inclusive line ranges in each version's whole file; null where the hunk has no lines */
      a: z.tuple([z.number().int(), z.number().int()]).nullable(),
      b: z.tuple([z.number().int(), z.number().int()]).nullable(),
      aText: z.string(),
      bText: z.string(),
    }),
  ),
  behaviours: z.partialRecord(
    BehaviourName,
    z.object({
      /** the run's shift (B − A over all cases) */
      shift: z.number(),
      /** B′ − A′ on the explained cases: what the hunks share out */
      measuredShift: TestedAttributionEstimate,
      effects: z.array(
        z.union([
          TestedAttributionEstimate.extend({
            hunk: z.string(),
            fromA: AttributionEstimate,
            fromB: AttributionEstimate,
            pAdjusted: z.number(),
            significant: z.boolean(),
            /** effect ÷ measuredShift */
            share: z.number().nullable(),
          }),
          TestedAttributionEstimate.extend({
            hunks: z.tuple([z.string(), z.string()]),
            pAdjusted: z.number(),
            significant: z.boolean(),
            interaction: TestedAttributionEstimate.extend({ pAdjusted: z.number(), significant: z.boolean() }),
          }),
        ]),
      ),
      /** the effects do not add up */
      interaction: z.boolean(),
      residual: z.object({ fromA: TestedAttributionEstimate, fromB: TestedAttributionEstimate }),
    }),
  ),
  usage: z.object({
    calls: z.number().int(),
    cachedCalls: z.number().int(),
    errors: z.number().int(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    costUsd: z.number().optional(),
  }),
});
export type Attribution = z.infer<typeof Attribution>;

// ── designs (#16): arms beyond A/A′/B, conditions, main effects, interactions, stability ──

/** One arm of a design run: a prompt version × a model × a condition (noise: a second draw of it). */
export const DesignArm = z.object({
  id: z.string(),
  version: z.enum(['a', 'b']),
  /** true for the arm's noise baseline (the same version, model and condition drawn again) */
  noise: z.boolean().optional(),
  provider: z.string(),
  model: z.string(),
  condition: z.string().nullable(),
});
export type DesignArm = z.infer<typeof DesignArm>;

/** A contrast between arms, tested across cases (paired by case) and against the noise arms. */
export const DesignEffect = z.object({
  /** prompt | model | condition | interaction | evalGap | evalGapChange */
  name: z.string(),
  behaviour: BehaviourKey,
  /** for evalGap: the prompt version whose gap this is */
  version: z.enum(['a', 'b']).optional(),
  /** [first, second]: delta is the second minus the first (for an interaction, the second difference minus the first) */
  arms: z.array(z.string()),
  delta: z.number(),
  ci95: Interval,
  /** the same contrast with noise arms in place of the compared ones: how much it moves by chance */
  noiseDelta: z.number().nullable(),
  pValue: z.number(),
  /** Holm-corrected across the behaviours of this effect */
  pAdjusted: z.number(),
  significant: z.boolean(),
  /** cases with outputs in every arm of the contrast */
  cases: z.number().int(),
  /** for evalGap: the two rates (observed, unobserved) */
  observed: z.number().optional(),
  unobserved: z.number().optional(),
});
export type DesignEffect = z.infer<typeof DesignEffect>;

/** Objective stability of one prompt version: the share of cases whose behaviours stay the same across the conditions run. */
export const DesignStability = z.object({
  version: z.enum(['a', 'b']),
  sha256: z.string(),
  score: z.number(),
  lower: z.number(),
  upper: z.number(),
  cases: z.number().int(),
  conditions: z.array(z.string()),
});
export type DesignStability = z.infer<typeof DesignStability>;

export const DesignSection = z.object({
  /** conditions: versions × conditions (the eval-gaming probe with observed, unobserved); models: one prompt, two models; factorial: 2 versions × 2 models */
  kind: z.enum(['conditions', 'models', 'factorial']),
  arms: z.array(DesignArm),
  /** the conditions run, in the order given, with their wording's source */
  conditions: z.array(z.object({ name: z.string(), description: z.string().optional(), source: z.string().optional() })).optional(),
  effects: z.array(DesignEffect),
  /** evalGap and evalGapChange effects (also in `effects`), for the probe's table */
  gaps: z.array(DesignEffect),
  stability: z.array(DesignStability),
  /** gates on the design (evalGap) */
  gates: z.array(GateResult).optional(),
});
export type DesignSection = z.infer<typeof DesignSection>;

export const ShiftReport = z.object({
  schemaVersion: z.literal(1),
  kind: z.enum(['eval', 'compare']).optional(),
  runId: z.string().optional(),
  createdAt: z.string().optional(),
  suite: z.string().optional(),
  a: VersionInfo,
  b: VersionInfo,
  provider: z
    .object({
      type: z.string(),
      model: z.string().optional(),
      temperature: z.number().optional(),
      maxTokens: z.number().optional(),
      seed: z.number().optional(),
    })
    .optional(),
  usage: z
    .object({
      calls: z.number().int(),
      inputTokens: z.number().optional(),
      outputTokens: z.number().optional(),
      costUsd: z.number().optional(),
      cachedCalls: z.number().int().optional(),
      errors: z.number().int().optional(),
    })
    .optional(),
  /** present for a run with --stop-early */
  stopEarly: StopEarlySchema.optional(),
  summary: z.object({
    cases: z.number().int(),
    samples: z.number().int(),
    behaviours: perBehaviour(BehaviourSummary),
    metrics: z
      .object({
        lengthRatio: z.number().nullable(),
        similarityAB: z.number().nullable(),
        similarityAA: z.number().nullable(),
        /** A′/A mean length: the noise to read lengthRatio against */
        lengthRatioAA: z.number().nullable().optional(),
      })
      .optional(),
    /** cases whose majority behaviour changed, strongest first */
    flips: z
      .array(
        z.object({
          id: z.string(),
          behaviour: BehaviourKey,
          from: z.number(),
          to: z.number(),
          direction: z.enum(['increase', 'decrease']),
        }),
      )
      .optional(),
    gates: z.array(GateResult).optional(),
    /** the judge model's second opinion: how often it agrees with the detectors */
    judge: z
      .object({
        model: z.string(),
        errors: z.number().int(),
        behaviours: z.partialRecord(BehaviourName, z.object({ judged: z.number().int(), agreement: z.number(), judgeRate: z.number(), detectorRate: z.number() })),
      })
      .optional(),
    /** assert pass rates per side */
    asserts: z.object({ a: z.number().nullable(), b: z.number().nullable() }).optional(),
    /** CONTRACTS §6: objective stability per version, when conditions were run */
    stability: z.partialRecord(z.enum(['a', 'b']), z.object({ value: z.number(), ci95: Interval })).optional(),
  }),
  cases: z.array(CaseReport),
  /** `compare` over streamed logs: how they were read, and sampled evidence when too large to keep */
  stream: StreamSummary.optional(),
  /** which prompt hunk caused each shift, once the run was explained (`promptshift explain`) */
  attribution: Attribution.optional(),
  /** a design run (conditions, models, 2×2): its arms, effects, gaps and stability (docs/DESIGNS.md) */
  design: DesignSection.optional(),
  /** CONTRACTS §6: the design's arms (the same list as design.arms) */
  arms: z.array(DesignArm).optional(),
});
export type ShiftReport = z.infer<typeof ShiftReport>;
