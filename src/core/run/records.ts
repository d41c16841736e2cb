// The formats of a run's record files (zod): planned calls, finished calls with their scores, the
// run's metadata, the judge's verdicts. Only the formats: where they live on disk is the RunStore's
// business (store.ts). Each line of calls.jsonl is one finished call, scored when it was recorded.
import * as z from 'zod';
import { chatResponseSchema } from './cache';

export const VersionKeySchema = z.enum(['a', 'aPrime', 'b']);

/** An evidence span as recorded: [start, end, reason]; its text is the output's slice. */
export const ScoredSpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.string()]);

export const AssertOutcomeSchema = z.object({
  type: z.string(),
  value: z.unknown().optional(),
  pass: z.boolean(),
  reason: z.string().optional(),
});

/**
 * What the scorers found in one output, computed once when the call was recorded: the behaviours
 * present (each with its evidence spans; an absent behaviour is not listed), the asserts' results,
 * and which version of the detectors judged it (so `rescore` knows what is out of date).
 */
export const ScoresSchema = z.object({
  detector: z.string(),
  found: z.record(z.string(), z.array(ScoredSpanSchema)),
  asserts: z.array(AssertOutcomeSchema).optional(),
});
export type Scores = z.infer<typeof ScoresSchema>;

export const callRecordSchema = z.object({
  callId: z.string(),
  cacheKey: z.string(),
  caseId: z.string(),
  version: VersionKeySchema,
  sample: z.number().int(),
  paramsHash: z.string(),
  /** present when the call succeeded */
  response: chatResponseSchema.optional(),
  /** present when it failed after its retries */
  error: z.object({ message: z.string(), kind: z.string().optional(), status: z.number().optional() }).optional(),
  /** present for a successful call recorded by 0.2 or later */
  scores: ScoresSchema.optional(),
  cached: z.boolean(),
  /** answered through a provider batch (billed at the batch price) */
  batch: z.boolean().optional(),
  attempts: z.number().int(),
  finishedAt: z.string(),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

export type RunStatus = 'running' | 'completed' | 'cancelled' | 'failed';

export const runMetaSchema = z.object({
  schemaVersion: z.literal(1),
  runId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['running', 'completed', 'cancelled', 'failed']),
  message: z.string().optional(),
  provider: z.object({ type: z.string(), baseUrl: z.string().optional() }),
  totalCalls: z.number().int(),
  done: z.number().int(),
  errors: z.number().int(),
  /** whatever the caller wants kept with the run: its spec (suite, versions, settings, cases; never keys) */
  meta: z.record(z.string(), z.unknown()).optional(),
  /** later runs of some of this run's cases whose outputs replace these cases' (newest last) */
  reruns: z.array(z.string()).optional(),
});
export type RunMeta = z.infer<typeof runMetaSchema>;

export const plannedCallSchema = z.object({
  id: z.string(),
  request: z.object({
    model: z.string(),
    messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })),
    temperature: z.number().optional(),
    maxTokens: z.number().optional(),
    seed: z.number().optional(),
    call: z.object({ caseId: z.string(), version: VersionKeySchema, sample: z.number().int(), promptSha256: z.string(), draw: z.number().int().optional() }),
  }),
});

/** The judge model's verdicts on one recorded output (or why it could not give them). */
export const judgeRecordSchema = z.object({
  callId: z.string(),
  model: z.string(),
  verdicts: z.record(z.string(), z.boolean()).optional(),
  /** the evidence of each verdict that is the detector of a suite's own behaviour (its rubric): [start, end] in the output */
  spans: z.record(z.string(), z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(8)).optional(),
  error: z.string().optional(),
});
export type JudgeRecord = z.infer<typeof judgeRecordSchema>;

/**
 * One line of batches.jsonl, the ledger of a batch run's provider batches: a batch's id and calls
 * as soon as the provider gave the id (so another process can pick it up), its status as it
 * changes (progress from the provider's counts), and `collected` once every result it had was
 * written to calls.jsonl (after that, nothing of it is downloaded or requested again).
 */
export const batchEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('submitted'), batchId: z.string(), provider: z.string(), callIds: z.array(z.string()), at: z.string() }),
  z.object({
    event: z.literal('status'),
    batchId: z.string(),
    providerStatus: z.string(),
    counts: z.object({ total: z.number().int(), succeeded: z.number().int(), failed: z.number().int() }),
    at: z.string(),
  }),
  z.object({ event: z.literal('collected'), batchId: z.string(), outcome: z.string(), succeeded: z.number().int(), failed: z.number().int(), at: z.string() }),
]);
export type BatchEvent = z.infer<typeof batchEventSchema>;
