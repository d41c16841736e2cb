// The paired-eval runner's public surface: plan, execute, cache, and the run store.
export { planCalls, planCompact, CompactPlan, type CallList, type PlanCase, type PlanOptions, type PlannedCall, type VersionKey } from './plan';
export { executeRun, resumeRun, type ExecuteRunOptions, type ResumeRunOptions, type RunResult } from './execute';
export { executeBatchRun, resumeBatchRun, type ExecuteBatchRunOptions } from './batchRun';
export { BatchLedger } from './batches';
export { ResponseCache } from './cache';
export { cacheKey, paramsHash } from './keys';
export {
  RunStore,
  RunFolder,
  RunStoreError,
  runsDirOf,
  newRunId,
  readRunRecord,
  readReportFile,
  parseReportText,
  SUMMARY_FILE,
  type RunListing,
  type RunRecord,
  type RecordWarning,
  type CallAt,
} from './store';
export type { CallRecord, RunMeta, RunStatus, Scores, JudgeRecord, BatchEvent } from './records';
export { DEFAULT_RETRY, type RetryPolicy } from './retry';
export { listRuns, type ListedRun } from './runList';
export { costOf, priceOf, batchProgressText, type RunProgress } from './progress';
