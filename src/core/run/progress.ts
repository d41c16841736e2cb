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

export { costOf, priceOf } from '../providers/prices';
