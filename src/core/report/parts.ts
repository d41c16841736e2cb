// The report's small parts that a suite and a run's spec use too (gate rules, how a run stopped
// early) and the list of a report's behaviours: apart from schema.ts so that `eval`, which reads
// suites and writes run specs but never parses a report, does not build the whole report schema
// at every start (≈ 16 ms of CPU, issue 18). schema.ts re-exports everything here.
import * as z from 'zod';
import { BEHAVIOURS } from '../behaviour/types';
import type { ShiftReport } from './schema';

/** Which significant shift of a behaviour fails `eval` (CONTRACTS §2 `gates`): the one gate rule type. */
export const GateRuleSchema = z.enum(['increase', 'decrease', 'any']);
export type GateRule = z.infer<typeof GateRuleSchema>;
/** By behaviour name: the built-in seven and a suite's own. */
export type Gates = Partial<Record<string, GateRule>>;

/** How a run that could stop early (`--stop-early`) ended: where, and why (core/eval/stopEarly.ts). */
export const StopEarlySchema = z.object({
  stopped: z.boolean(),
  minShift: z.number(),
  analysedCases: z.array(z.string()),
  plannedCases: z.number().int(),
  callsPlanned: z.number().int(),
  decisions: z.record(z.string(), z.object({ decision: z.enum(['shift', 'no-shift', 'undecided']), afterCases: z.number().int().optional(), meanShift: z.number() })),
});
export type StopEarly = z.infer<typeof StopEarlySchema>;

/** The behaviours a report covers: the built-in seven, then the suite's own in their declared order. */
export function reportBehaviours(report: Pick<ShiftReport, 'summary'>): string[] {
  const builtIn: readonly string[] = BEHAVIOURS;
  return [...BEHAVIOURS, ...Object.keys(report.summary.behaviours).filter((b) => !builtIn.includes(b))];
}
