// How many calls may be in flight: up to the configured concurrency, halved when the server
// throttles (429/529/503) and crept back up by one per window of successes (AIMD, as TCP does), so
// a rate-limited run slows down instead of hammering the server. A server-given wait pauses
// every new call, not only the one that was told.
export class AdaptiveLimiter {
  private inFlight = 0;
  private limitValue: number;
  private pausedUntil = 0;
  private started = 0;
  /** calls started before the last decrease belong to the old window and do not decrease again */
  private windowStart = 0;
  private waiters: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, not ${max}`);
    this.limitValue = max;
  }

  get limit(): number {
    return Math.max(1, Math.floor(this.limitValue));
  }

  /** Waits for a slot; returns a ticket for onThrottle. Rejects when `signal` aborts. */
  async acquire(signal: AbortSignal): Promise<number> {
    for (;;) {
      signal.throwIfAborted();
      const wait = this.pausedUntil - Date.now();
      if (wait > 0) {
        await this.waitFor(signal, wait);
        continue;
      }
      if (this.inFlight < this.limit) {
        this.inFlight++;
        return this.started++;
      }
      await this.waitFor(signal);
    }
  }

  release(): void {
    this.inFlight--;
    this.wake();
  }

  onSuccess(): void {
    if (this.limitValue < this.max) {
      this.limitValue = Math.min(this.max, this.limitValue + 1 / this.limitValue);
      this.wake();
    }
  }

  onThrottle(ticket: number, retryAfterMs: number | undefined): void {
    if (retryAfterMs !== undefined) this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfterMs);
    if (ticket >= this.windowStart) {
      this.limitValue = Math.max(1, this.limitValue / 2);
      this.windowStart = this.started;
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private waitFor(signal: AbortSignal, ms?: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        if (timer) clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        if (timer) clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      this.waiters.push(done);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
