// A suite's own behaviours: which regexes are refused (a hostile suite must not hang a run), the
// evidence spans its rules yield, and that an output is read only up to CUSTOM_MAX_SCAN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedSource, checkPattern, CustomDetector, CUSTOM_MAX_SCAN } from '../../../src/core/behaviour/custom';
import { CustomBehaviourSchema } from '../../../src/core/behaviour/customSchema';

test('patterns whose backtracking is unbounded are refused, with the reason', () => {
  const refused: Array<[string, RegExp]> = [
    ['(?:a+)+$', /repeated group must not hold a quantifier/],
    ['(?:a|ab)*c', /repeated group must not hold a quantifier or an alternation/],
    ['(?:x{1,3}){2,}', /repeated group/],
    ['.*a.*b', /at most one unbounded or wide quantifier/],
    ['\\s+\\S+\\s+', /at most one unbounded or wide quantifier/],
    ['a.{0,40}b.{0,40}c', /at most one unbounded or wide quantifier/],
    ['a{0,500}', /at most 200 times/],
    ['a?a?a?a?a?a?a?aaaaaaa', /too many combinations/],
    ['(a)', /capture groups/],
    ['(?<name>a)', /capture groups/],
    ['(?=a)b', /look-aheads/],
    ['(?<!a)b', /look-aheads and look-behinds/],
    ['(?:a)\\1', /back-references/],
    ['[', /not a valid regular expression/],
    ['x'.repeat(201), /longer than 200/],
  ];
  for (const [p, why] of refused) assert.match(checkPattern(p) ?? 'accepted', why, p);
  const accepted = ['refund', '\\bfull refund\\b', 'refund(?:ed)? (?:within|in) \\d{1,3} (?:business )?days', '(?:x|y)?z', '.*', 'a{2,}', '(?:abc){0,8}', "won't", '[A-Z]{2,5}-\\d+', 'switch(?:ing)? to .{0,40}(?:provider|carrier)'];
  for (const p of accepted) assert.equal(checkPattern(p), undefined, p);
});

test('the suite schema refuses a bad pattern at its index, built-in names, and rules-less behaviours', () => {
  const bad = CustomBehaviourSchema.safeParse({ name: 'promisesRefund', description: 'd', patterns: ['ok', '(?:a+)+'] });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error!.issues[0]!.path, ['patterns', 1]);
  assert.equal(CustomBehaviourSchema.safeParse({ name: 'refusal', description: 'd', phrases: ['x'] }).success, false);
  assert.equal(CustomBehaviourSchema.safeParse({ name: 'Bad name', description: 'd', phrases: ['x'] }).success, false);
  assert.equal(CustomBehaviourSchema.safeParse({ name: 'empty', description: 'd' }).success, false);
});

test('phrases match literally (any case, any apostrophe, at word boundaries); patterns as written; each span names its rule', () => {
  const d = new CustomDetector({ name: 'promisesRefund', description: 'promises a refund', phrases: ['full refund', "we'll refund", 'a.b'], patterns: ['refund(?:ed)? within \\d{1,3} days'] });
  const text = 'We’ll refund you. A FULL REFUND is refunded within 5 days. axb is not a.b, and prefullrefund is no word.';
  const found = d.detect(text);
  assert.equal(found.present, true);
  assert.deepEqual(found.spans.map((s) => s.text), ['We’ll refund', 'FULL REFUND', 'refunded within 5 days', 'a.b']);
  assert.match(found.spans[2]!.reason, /^promisesRefund: matches \/refund/);
  assert.deepEqual(found.spans.map((s) => text.slice(s.start, s.end)), found.spans.map((s) => s.text));
  assert.equal(d.detect('No money back here.').present, false);
});

test('a custom rule reads only the first CUSTOM_MAX_SCAN characters, so the worst accepted pattern stays bounded', () => {
  // the costliest shape that passes: one unbounded quantifier before a literal that never comes
  const d = new CustomDetector({ name: 'slow', description: 'd', patterns: ['a.*z'] });
  const huge = 'a'.repeat(5_000_000);
  assert.equal(d.detect(huge).present, false);
  const late = 'x'.repeat(CUSTOM_MAX_SCAN) + ' az';
  assert.equal(d.detect(late).present, false, 'a match after the scanned part is not seen');
  assert.equal(d.detect('az ' + late).present, true);
  // the unbounded quantifier runs capped (boundedSource): a match attempt costs at most ~200 steps
  assert.equal(boundedSource('a.*z[*+]\\+b{2,}'), 'a.{0,200}z[*+]\\+b{2,200}');
  const far = new CustomDetector({ name: 'far', description: 'd', patterns: ['a.*z'] });
  assert.equal(far.detect(`a ${'x'.repeat(150)} z`).present, true);
  assert.equal(far.detect(`a ${'x'.repeat(250)} z`).present, false, 'beyond the reach of * it is not matched');
});
