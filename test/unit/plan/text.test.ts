// The plan's numbers are written without Intl (plan/text.ts, issue 18) and must read exactly as
// toLocaleString('en-US') writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount } from '../../../src/core/plan/text';

test('formatCount groups thousands exactly as toLocaleString("en-US")', () => {
  for (const x of [0, 1, 12, 999, 999.4, 999.6, 1000, 12_345, 361_281, 1_085_223, 1_234_567_890, -7, -1500, -1_234_567]) {
    assert.equal(formatCount(x), Math.round(x).toLocaleString('en-US'), String(x));
  }
});
