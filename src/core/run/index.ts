// The paired-eval runner's public surface.
export { planCalls, type PlanCase, type PlanOptions, type PlannedCall, type VersionKey } from './plan';
export { executeRun, resumeRun, type ExecuteRunOptions, type ResumeRunOptions, type RunResult } from './execute';
export { ResponseCache } from './cache';
export { cacheKey, paramsHash } from './keys';
export { createRunDir, newRunId, readRunMeta, readRunRecord, type CallRecord, type RunMeta, type RunRecord, type RunStatus, type RecordWarning } from './record';
export { DEFAULT_RETRY, type RetryPolicy } from './retry';
export { costOf, priceOf, type RunProgress } from './progress';
