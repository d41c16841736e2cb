// When to try a failed call again and how long to wait: jittered exponential backoff ("equal
// jitter", so waits never collapse to zero), or what the server asked for when it said.
import { ProviderError } from '../providers/types';
import type { Rng } from './rng';

export interface RetryPolicy {
  /** tries per call, the first included */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** a server asking for a longer wait is obeyed only up to this */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export function isRetryable(error: unknown): boolean {
  return error instanceof ProviderError && error.retryable;
}

/** Wait before try number `attempt + 1`, after try `attempt` (1-based) failed with `error`. */
export function backoffDelay(attempt: number, error: unknown, policy: RetryPolicy, rng: Rng): number {
  if (error instanceof ProviderError && error.retryAfterMs !== undefined) {
    // A little jitter on top so the calls the server paused do not all return at once.
    return Math.min(error.retryAfterMs, policy.maxRetryAfterMs) + rng() * Math.min(policy.baseDelayMs, 250);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + rng() * (ceiling / 2);
}

/** Resolves after `ms`, or rejects with the abort reason as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
