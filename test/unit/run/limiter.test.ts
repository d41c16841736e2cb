import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveLimiter } from '../../../src/core/run/limiter';
import { backoffDelay, DEFAULT_RETRY } from '../../../src/core/run/retry';
import { seededRng } from '../../../src/core/run/rng';
import { ProviderError } from '../../../src/core/providers/types';

const signal = new AbortController().signal;

test('throttling halves the limit once per window; successes creep it back up', async () => {
  const limiter = new AdaptiveLimiter(16);
  const tickets = await Promise.all(Array.from({ length: 16 }, () => limiter.acquire(signal)));
  for (const t of tickets) limiter.onThrottle(t, undefined); // a burst of 429s from one window
  assert.equal(limiter.limit, 8);
  for (let i = 0; i < 16; i++) limiter.release();
  const next = await limiter.acquire(signal);
  limiter.onThrottle(next, undefined); // a new window: halves again
  assert.equal(limiter.limit, 4);
  limiter.release();
  for (let i = 0; i < 200; i++) limiter.onSuccess();
  assert.equal(limiter.limit, 16);
});

test('no more than the limit in flight; a waiter gets the released slot', async () => {
  const limiter = new AdaptiveLimiter(2);
  await limiter.acquire(signal);
  await limiter.acquire(signal);
  let third = false;
  const pending = limiter.acquire(signal).then(() => (third = true));
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(third, false);
  limiter.release();
  await pending;
  assert.equal(third, true);
});

test('a server-given wait pauses every new call; abort ends the wait', async () => {
  const limiter = new AdaptiveLimiter(4);
  const t = await limiter.acquire(signal);
  limiter.release();
  limiter.onThrottle(t, 120);
  const started = Date.now();
  await limiter.acquire(signal);
  assert.ok(Date.now() - started >= 100);
  limiter.onThrottle(t, 10_000);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(limiter.acquire(controller.signal), { name: 'AbortError' });
});

test('backoff: exponential with jitter, capped; retry-after obeyed up to its cap', () => {
  const rng = seededRng(3);
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
  const plain = new ProviderError('x', true, 500);
  for (let attempt = 1; attempt <= 6; attempt++) {
    const ceiling = Math.min(1000, 100 * 2 ** (attempt - 1));
    const d = backoffDelay(attempt, plain, policy, rng);
    assert.ok(d >= ceiling / 2 && d <= ceiling, `attempt ${attempt}: ${d}`);
  }
  const d = backoffDelay(1, new ProviderError('x', true, 429, 2000), policy, rng);
  assert.ok(d >= 2000 && d < 2100);
  assert.ok(backoffDelay(1, new ProviderError('x', true, 429, 60_000), policy, rng) < 5100);
});
