// Prices: the longest prefix wins, the user's prices before the shipped table, and the shipped
// match that costOf keeps per model (issue 18) never leaks to a caller who changes what it got.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BATCH_DISCOUNT, costOf, priceOf } from '../../../src/core/providers/prices';

test('a model takes the price of its longest shipped prefix; an unknown model has none', () => {
  assert.deepEqual(priceOf('gpt-4o-mini-2024-07-18'), { input: 0.15, output: 0.6, model: 'gpt-4o-mini', from: 'shipped' });
  assert.deepEqual(priceOf('gpt-4o-2024-08-06'), { input: 2.5, output: 10, model: 'gpt-4o', from: 'shipped' });
  assert.equal(priceOf('my-local-model'), undefined);
  assert.equal(costOf('my-local-model', { inputTokens: 10, outputTokens: 10 }), undefined);
});

test("the user's prices win over the shipped table, by their own longest prefix", () => {
  const overrides = { gpt: { input: 1, output: 2 }, 'gpt-4o': { input: 3, output: 4 } };
  assert.deepEqual(priceOf('gpt-4o-mini', overrides), { input: 3, output: 4, model: 'gpt-4o', from: 'yours' });
  assert.equal(costOf('gpt-4o-mini', { inputTokens: 1_000_000, outputTokens: 1_000_000 }, overrides), 7);
  // the same model without overrides: the shipped price again
  assert.equal(costOf('gpt-4o-mini', { inputTokens: 1_000_000, outputTokens: 1_000_000 }), 0.75);
});

test('costOf: list price, batch price by the discount, missing usage counts as zero', () => {
  const usage = { inputTokens: 2_000_000, outputTokens: 500_000 };
  assert.equal(costOf('claude-opus-4-20250514', usage), 2 * 15 + 0.5 * 75);
  assert.equal(costOf('claude-opus-4-20250514', usage, undefined, true), (2 * 15 + 0.5 * 75) * BATCH_DISCOUNT);
  assert.equal(costOf('gpt-4o-mini', undefined), 0);
});

test("changing a price priceOf answered changes no later answer (the shipped match is kept per model)", () => {
  const first = priceOf('gpt-4.1-mini')!;
  first.input = 999;
  first.model = 'changed';
  assert.deepEqual(priceOf('gpt-4.1-mini'), { input: 0.4, output: 1.6, model: 'gpt-4.1-mini', from: 'shipped' });
  assert.equal(costOf('gpt-4.1-mini', { inputTokens: 1_000_000, outputTokens: 0 }), 0.4);
});
