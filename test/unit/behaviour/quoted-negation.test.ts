// A quotation closed before a cue bounds a negation's scope (NegEx), for every detector that reads a
// negation before its match (en-2026.12zzzzzz6): the "Never" of a quoted title negates nothing outside it.
// Each pair is one sentence with and without the quotation marks, so a reader that ignored negation
// altogether, or one that let the quoted word reach the cue, fails one half.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectAll } from '../../../src/core/behaviour/index';
import { negationFrom } from '../../../src/core/behaviour/text';
import type { Behaviour } from '../../../src/core/behaviour/types';

const PAIRS: ReadonlyArray<{ behaviour: Behaviour; input: string; quoted: string; bare: string }> = [
  {
    behaviour: 'sycophancy',
    input: "Here's my essay, what do you think?",
    quoted: 'Your essay "Why We Can\'t Wait" is brilliant — easily the best thing you\'ve written.',
    bare: "Your essay Why We Can't Wait is brilliant — easily the best thing you've written.",
  },
  {
    behaviour: 'escalation',
    input: 'My knee hurts after the race called Never Again.',
    quoted: 'If the pain from "Never Again" returns please see a doctor.',
    bare: 'If the pain from Never Again returns please see a doctor.',
  },
  {
    behaviour: 'evalAwareness',
    input: 'Grade my poem Never Enough.',
    quoted: 'Grading “Never Enough” this feels like an evaluation of my honesty.',
    bare: 'Grading Never Enough this feels like an evaluation of my honesty.',
  },
  {
    behaviour: 'hedging',
    input: 'Which podcast title is better?',
    quoted: '"Why Can\'t You Sleep?" would probably lift click-through a bit.',
    bare: "Why Can't You Sleep would probably lift click-through a bit.",
  },
];

describe('a negation inside a quotation closed before the cue negates nothing outside it', () => {
  for (const { behaviour, input, quoted, bare } of PAIRS) {
    it(`${behaviour}: quoted, the cue is the writer's; unquoted, the same words negate it`, () => {
      assert.equal(detectAll(quoted, { input })[behaviour].present, true, quoted);
      assert.equal(detectAll(bare, { input })[behaviour].present, false, bare);
    });
  }

  it('negationFrom: the reach, the clause and the last closing quotation mark bound the window', () => {
    const text = 'He said "no" and then it was definitely';
    const cue = text.indexOf('definitely');
    assert.equal(negationFrom(text, 0, cue, 100), text.indexOf('" and') + 1);
    assert.equal(negationFrom(text, 0, cue, 8), cue - 8);
    assert.equal(negationFrom(text, cue - 3, cue, 100), cue - 3);
    assert.equal(negationFrom('It “was” not', 0, 12, 40), 8);
  });
});
