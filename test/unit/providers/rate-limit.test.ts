import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoDuration, retryAfterFromHeaders } from '../../../src/core/providers/rate-limit';

const now = Date.parse('2025-01-01T00:00:00Z');

test('Go-style durations from OpenAI reset headers', () => {
  assert.equal(parseGoDuration('1s'), 1000);
  assert.equal(parseGoDuration('6m0s'), 360_000);
  assert.equal(parseGoDuration('20ms'), 20);
  assert.equal(parseGoDuration('1h2m3.5s'), 3_723_500);
  assert.equal(parseGoDuration('soon'), undefined);
  assert.equal(parseGoDuration(''), undefined);
});

test('retry-after-ms wins, then retry-after in seconds or as an HTTP date', () => {
  assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now), 250);
  assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': '3' }), now), 3000);
  assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now), 5000);
  assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': 'Tue, 31 Dec 2024 00:00:05 GMT' }), now), 0);
  assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': 'later' }), now), undefined);
  assert.equal(retryAfterFromHeaders(new Headers({}), now), undefined);
});

test('OpenAI reset headers count for the limit that is used up', () => {
  const headers = new Headers({
    'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '1s',
    'x-ratelimit-remaining-tokens': '5000', 'x-ratelimit-reset-tokens': '6m0s',
  });
  assert.equal(retryAfterFromHeaders(headers, now), 1000);
  assert.equal(retryAfterFromHeaders(new Headers({ 'x-ratelimit-reset-tokens': '20ms' }), now), 20);
});

test('Anthropic reset headers are RFC 3339 timestamps', () => {
  const headers = new Headers({
    'anthropic-ratelimit-requests-remaining': '0', 'anthropic-ratelimit-requests-reset': '2025-01-01T00:00:02Z',
    'anthropic-ratelimit-tokens-remaining': '0', 'anthropic-ratelimit-tokens-reset': '2025-01-01T00:00:04.5Z',
  });
  assert.equal(retryAfterFromHeaders(headers, now), 4500);
});
