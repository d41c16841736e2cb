// A prompt file's behaviour timeline as the host sends it to its webview (core/timeline/promptTimeline.ts
// builds it): pure zod, safe in the browser.
import * as z from 'zod';
import { RateStat } from '../report/schema';

/** Objective stability of one version, from `design.stability` (or `summary.stability`). */
export const VersionStability = z.object({
  score: z.number(),
  lower: z.number(),
  upper: z.number(),
  cases: z.number().int().optional(),
  conditions: z.array(z.string()).optional(),
});
export type VersionStability = z.infer<typeof VersionStability>;

export const TimelineVersion = z.object({
  sha256: z.string(),
  ref: z.string(),
  label: z.string().optional(),
  /** when the version was written, or first evaluated */
  time: z.string().optional(),
  /** the run its figures come from (the latest that evaluated it), and its side there */
  runId: z.string(),
  runCreatedAt: z.string(),
  side: z.enum(['a', 'b']),
  /** other runs that evaluated it, newest first */
  otherRuns: z.array(z.string()),
  rates: z.record(z.string(), RateStat),
  stability: VersionStability.optional(),
});
export type TimelineVersion = z.infer<typeof TimelineVersion>;

export const PromptTimeline = z.object({
  /** the prompt file, relative to the workspace root, '/'-separated */
  path: z.string(),
  behaviours: z.array(z.string()),
  versions: z.array(TimelineVersion),
  /** finished runs of this file read */
  runs: z.number().int(),
});
export type PromptTimeline = z.infer<typeof PromptTimeline>;

