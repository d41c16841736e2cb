import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeText } from '../../../src/webview/dom';
import { fallbackKeys } from '../../../src/webview/focus';

test('ARIA states are written as "true"/"false"; HTML boolean attributes as present or absent', () => {
  assert.equal(attributeText('aria-selected', true), 'true');
  assert.equal(attributeText('aria-selected', false), 'false');
  assert.equal(attributeText('aria-pressed', true), 'true');
  assert.equal(attributeText('hidden', true), '');
  assert.equal(attributeText('selected', false), null);
  assert.equal(attributeText('tabindex', 0), '0');
  assert.equal(attributeText('aria-label', 'Cases'), 'Cases');
  assert.equal(attributeText('title', undefined), null);
});

test('focus falls back from a control that is gone to the nearest enclosing part', () => {
  assert.deepEqual(fallbackKeys('case/a/evidence/3'), ['case/a/evidence/3', 'case/a/evidence', 'case/a', 'case']);
  assert.deepEqual(fallbackKeys('list'), ['list']);
});
