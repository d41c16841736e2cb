import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { budgetOptions, usdOption, wholeNumberOption } from '../../../src/cli/common';

test('whole-number options name the option and its floor', () => {
  assert.equal(wholeNumberOption('seed', undefined, 0), undefined);
  assert.equal(wholeNumberOption('seed', '0', 0), 0);
  assert.throws(() => wholeNumberOption('max-cases', '0', 1), /--max-cases: expected a whole number ≥ 1, got '0'/);
  assert.throws(() => wholeNumberOption('keep', '2.5', 0), /--keep/);
});

test('amounts in USD: $ allowed, zero only where it means "cached calls only"', () => {
  assert.equal(usdOption('budget', '$0.50'), 0.5);
  assert.throws(() => usdOption('budget', '0'), /--budget: expected an amount in USD/);
  assert.equal(usdOption('budget', '0', 'zero allowed'), 0);
  assert.throws(() => usdOption('budget', '-1', 'zero allowed'), /--budget/);
  assert.deepEqual(budgetOptions('5', '10'), { usd: 5, calls: 10 });
  assert.equal(budgetOptions(undefined, undefined), undefined);
});
