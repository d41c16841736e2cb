// The faults every HTTP provider is tested against (providers.test.ts, more-providers.test.ts):
// what kind of ProviderError each must become, whether the runner may retry it, what it says.
import type { Fault } from '../../fakes/model-server';

export const FAKE_KEY = 'sk-test-FAKEKEY-7f3a9c1e5d';

export interface FaultCase {
  name: string;
  fault: Fault;
  retryable: boolean;
  kind: string;
  status?: number;
  retryAfterMs?: number;
  mentions?: RegExp;
}

export const faultCases: FaultCase[] = [
  { name: '429 with retry-after seconds', fault: { kind: 'status', status: 429, retryAfterSec: 2 }, retryable: true, kind: 'rate-limit', status: 429, retryAfterMs: 2000 },
  { name: '429 with retry-after-ms', fault: { kind: 'status', status: 429, retryAfterMs: 150 }, retryable: true, kind: 'rate-limit', retryAfterMs: 150 },
  { name: '500', fault: { kind: 'status', status: 500 }, retryable: true, kind: 'server', status: 500 },
  { name: '529 overloaded', fault: { kind: 'status', status: 529, retryAfterSec: 1 }, retryable: true, kind: 'server', status: 529, retryAfterMs: 1000 },
  { name: '401 echoing the key', fault: { kind: 'status', status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${FAKE_KEY}` } }) }, retryable: false, kind: 'auth', status: 401, mentions: /\[redacted\]/ },
  { name: 'connection reset', fault: { kind: 'reset' }, retryable: true, kind: 'network' },
  { name: 'no answer (timeout)', fault: { kind: 'hang' }, retryable: true, kind: 'timeout', mentions: /500 ms/ },
  { name: 'truncated JSON', fault: { kind: 'truncated' }, retryable: true, kind: 'bad-response', mentions: /not valid JSON/ },
  { name: 'wrong types', fault: { kind: 'wrongTypes' }, retryable: false, kind: 'bad-response', mentions: /unexpected response: (choices\[0\]\.message\.content|content|message\.content)/ },
  { name: 'empty choices', fault: { kind: 'emptyChoices' }, retryable: false, kind: 'bad-response', mentions: /unexpected response: (choices|content|message)/ },
  { name: 'gigantic body', fault: { kind: 'gigantic', bytes: 3_000_000 }, retryable: false, kind: 'bad-response', mentions: /larger than 1000000 bytes/ },
  { name: 'endless body', fault: { kind: 'endless' }, retryable: false, kind: 'bad-response', mentions: /larger than/ },
];
