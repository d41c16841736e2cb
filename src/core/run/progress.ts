// Progress of a run: calls done, tokens, cost where the model's list price is known, ETA.

export interface RunProgress {
  done: number;
  total: number;
  errors: number;
  cached: number;
  inputTokens: number;
  outputTokens: number;
  /** USD at list prices; undefined when the model is not in the table */
  costUsd: number | undefined;
  elapsedMs: number;
  /** undefined until a call has been made */
  etaMs: number | undefined;
  /** calls allowed in flight right now (drops when the server throttles); a batch run: its open batches */
  concurrency: number;
  /** a batch run: its open provider batches and their request counts, as the provider reports them */
  batch?: { open: number; statuses: string[]; total: number; succeeded: number; failed: number };
}

/** A batch run's progress as the provider counts it: "2 batches in_progress: 800/1000 requests done, 3 failed" (CLI and VS Code). */
export function batchProgressText(b: NonNullable<RunProgress['batch']>): string {
  return `${b.open} batch${b.open > 1 ? 'es' : ''} ${b.statuses.join('/')}: ${b.succeeded + b.failed}/${b.total} requests done${b.failed ? `, ${b.failed} failed` : ''}`;
}

export { costOf, priceOf } from '../providers/prices';
