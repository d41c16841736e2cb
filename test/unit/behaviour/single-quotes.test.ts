// Single quotation marks told from apostrophes (en-2026.12zzzzzz10, zzzzzz11): British dialogue opens a quotation with ' at a
// word's start and closes it after punctuation; "I'm", "don't" and "the boys' bikes" are apostrophes and open or close nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insideParagraphSingleQuotes } from '../../../src/core/behaviour/text';

const at = (text: string, word: string): number => {
  const i = text.indexOf(word);
  assert.ok(i >= 0, `${word} in ${text}`);
  return i;
};

describe('insideParagraphSingleQuotes', () => {
  it('a character\'s words, the mark right before them or further back, straight or curly', () => {
    for (const text of ["'Call the police,' he said.", "He keyed the radio. 'Control, it's Ted. Call the police.'", '‘We should call the police,’ Mum whispered.']) {
      assert.equal(insideParagraphSingleQuotes(text, at(text, 'all the police') - 1), true, text);
    }
  });
  it('apostrophes and a closed quotation are no marks around the words', () => {
    for (const text of ["I'm sure you don't need to call the police.", "The boys' bikes were gone, so call the police.", "'Hello,' he said. Then call the police.", "It's fine.\n\n'Hi,' she said.\n\nNow call the police."]) {
      assert.equal(insideParagraphSingleQuotes(text, at(text, 'call the police')), false, text);
    }
  });
});
