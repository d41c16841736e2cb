// What a command says when a run ends (the CLI's summary lines and exit code, VS Code's message):
// the report's summary, the few cases the summary quotes, and whether its gates failed or cannot be
// judged. A large run's report is written case by case and never held whole (issue 17); its brief
// is what the writer keeps.
import { gatesFailed, ungatedReason } from './build';
import type { CaseReport, ShiftReport } from './schema';

/** How many flipped cases the text summary quotes (toTextSummary's "Top shifted cases"). */
export const QUOTED_FLIPS = 5;

export interface ReportBrief {
  /** the report with only the cases its summary quotes */
  report: ShiftReport;
  /** why the gates cannot be judged (`eval` exits 3), if they cannot */
  ungated: string | undefined;
  gateFailed: boolean;
}

/** The ids of the cases the summary quotes: those of its strongest flips. */
export function quotedCaseIds(summary: ShiftReport['summary']): Set<string> {
  return new Set((summary.flips ?? []).slice(0, QUOTED_FLIPS).map((f) => f.id));
}

/** The brief of a report held whole. */
export function briefOf(report: ShiftReport): ReportBrief {
  const quoted = quotedCaseIds(report.summary);
  return { report: { ...report, cases: report.cases.filter((c: CaseReport) => quoted.has(c.id)) }, ungated: ungatedReason(report), gateFailed: gatesFailed(report) };
}
