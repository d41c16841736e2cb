// How long a throttled server asks us to wait, from whichever headers its API uses:
// `retry-after-ms`, `retry-after` (seconds or an HTTP date), OpenAI's `x-ratelimit-reset-*`
// (Go-style durations such as "6m0s") and Anthropic's `anthropic-ratelimit-*-reset` (RFC 3339).

/** "1h2m3.5s", "6m0s", "20ms", "1s" → milliseconds; undefined when not a duration. */
export function parseGoDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+(\.\d+)?(h|ms|m|s|us|µs|ns))+$/.test(trimmed)) return undefined;
  const unitMs: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 1e-3, µs: 1e-3, ns: 1e-6 };
  let total = 0;
  for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) {
    total += Number(part[1]) * (unitMs[part[2] as string] ?? 0);
  }
  return Math.ceil(total);
}

function parseRetryAfter(value: string, nowMs: number): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function untilTimestamp(value: string, nowMs: number): number | undefined {
  const date = Date.parse(value.trim());
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * The wait a response's headers ask for, in ms, or undefined when they say nothing usable.
 * Reset headers count only for a limit that is used up (remaining 0) when the server says which.
 */
export function retryAfterFromHeaders(headers: Headers, nowMs = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const after = headers.get('retry-after');
  if (after !== null) {
    const parsed = parseRetryAfter(after, nowMs);
    if (parsed !== undefined) return parsed;
  }
  const waits: number[] = [];
  for (const limit of ['requests', 'tokens']) {
    const remaining = headers.get(`x-ratelimit-remaining-${limit}`);
    const reset = headers.get(`x-ratelimit-reset-${limit}`);
    if (reset === null || (remaining !== null && remaining.trim() !== '0')) continue;
    const wait = parseGoDuration(reset);
    if (wait !== undefined) waits.push(wait);
  }
  for (const limit of ['requests', 'tokens', 'input-tokens', 'output-tokens']) {
    const remaining = headers.get(`anthropic-ratelimit-${limit}-remaining`);
    const reset = headers.get(`anthropic-ratelimit-${limit}-reset`);
    if (reset === null || (remaining !== null && remaining.trim() !== '0')) continue;
    const wait = untilTimestamp(reset, nowMs);
    if (wait !== undefined) waits.push(wait);
  }
  return waits.length > 0 ? Math.max(...waits) : undefined;
}
