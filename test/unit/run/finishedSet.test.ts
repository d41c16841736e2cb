import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FinishedCalls } from '../../../src/core/run/finishedSet';

test('finished calls by plan position: counted once each, cached ones apart, the next open position found', () => {
  const finished = new FinishedCalls(6);
  assert.equal(finished.nextOpen(0), 0);
  finished.add(0, false);
  finished.add(1, true);
  finished.add(1, true); // a second mark of the same call (an error line, then its success) counts once
  finished.add(3, false);
  assert.equal(finished.size, 3);
  assert.equal(finished.cached, 1);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => finished.has(i)), [true, true, false, true, false, false]);
  assert.equal(finished.nextOpen(0), 2);
  assert.equal(finished.nextOpen(3), 4);
  finished.add(4, false);
  finished.add(5, false);
  assert.equal(finished.nextOpen(3), 6);
  assert.equal(finished.nextOpen(6), 6);
});
