// Bounded work on any input: an output is untrusted text (a hostile pull request controls the
// recorded outputs and case files in CI), so no detector may take more than linear time in it.
// Pathological inputs of about 1 MB must be analysed by all seven detectors in well under a
// second, and doubling a generated input may at most triple the time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BEHAVIOURS, detectAll } from '../../../src/core/behaviour/index';
import type { DetectionContext } from '../../../src/core/behaviour/types';
import { jsonProse, othersWords } from '../../../src/core/behaviour/ownWords';
import { MAX_SCAN } from '../../../src/core/behaviour/text';
import { requestedText } from '../../../src/core/behaviour/requestedText';

const MB = 1_000_000;

/** Inputs that once made a rule backtrack: runs of whitespace, of one punctuation mark, of one word. */
const PATHOLOGICAL: Record<string, string> = {
  newlines: '\n'.repeat(MB),
  spaces: ' '.repeat(MB),
  'a heading mark then spaces': '#' + ' '.repeat(MB) + 'Risks',
  'tabs and newlines': '\t\n \r\n'.repeat(MB / 4),
  'newlines after a list marker': '1.' + '\n'.repeat(MB),
  'newlines then a list': '\n'.repeat(MB) + '1. step',
  'dots': '.'.repeat(MB),
  'one long word': 'a'.repeat(MB),
  'a word and a space': 'no '.repeat(MB / 3),
  'apostrophes': "'".repeat(MB),
  'I then spaces': 'I' + ' '.repeat(MB) + "can't help",
  'a decline then newlines': "I'm sorry, but" + '\n'.repeat(MB),
  'question marks': '?'.repeat(MB),
  'a lecture then newlines': 'It is not appropriate to talk about that.' + '\n'.repeat(MB),
  'a deflection then spaces and newlines': 'Instead, consider something else.' + ' \n'.repeat(MB / 2),
  'repeated decline': "I can't help with that. ".repeat(MB / 24),
  'repeated hedges': 'I think it might possibly be. '.repeat(MB / 29),
  'json-ish braces': '{"a":'.repeat(MB / 5),
  'quotes': '"'.repeat(MB),
  'dashes and stars': '-*'.repeat(MB / 2),
  // where the model speaks for itself (requestedText.ts, reasoning.ts): paragraphs, fences, quoted lines, closing tags, answer lines
  'fences between blank lines': 'Here it is:\n\n' + '```\nx\n```\n\n'.repeat(MB / 12),
  'unclosed fences between blank lines': '```\n\n'.repeat(MB / 5),
  'quoted lines': 'Here are some:\n\n' + '"a"\n'.repeat(MB / 4),
  'closing tags': '</think>'.repeat(MB / 8),
  'half closing tags': '</'.repeat(MB / 2),
  'answer lines after a reasoning label': 'Thinking:\n' + '\nAnswer: x'.repeat(MB / 10),
  // the assistant's own words in a logged reply (ownWords.ts): JSON values, quoted lines, tool output, a caller's turns
  'a JSON array of prose strings': '[' + '"a b",'.repeat(MB / 6) + '"x"]',
  'a JSON object of one-word values': '{' + '"k":"v",'.repeat(MB / 8) + '"z":"a b"}',
  'JSON escapes': '{"content":"' + '\\n\\u2019'.repeat(MB / 8) + '"}',
  'deep JSON': '['.repeat(MB / 2) + ']'.repeat(MB / 2),
  'quoted email lines': 'Hi Sam,\n' + '> q\n'.repeat(MB / 4),
  "a caller's turns": 'Assistant: hi\n' + 'Caller: x\n'.repeat(MB / 10),
  'tool output lines': 'Observation: x\n'.repeat(MB / 15),
};

function timed(output: string, context: DetectionContext): number {
  const t0 = performance.now();
  detectAll(output, context);
  return performance.now() - t0;
}

describe('detectors on pathological inputs', () => {
  for (const [name, output] of Object.entries(PATHOLOGICAL)) {
    it(`${name} (${(output.length / MB).toFixed(1)} MB): all detectors in under a second, as output and as input`, () => {
      // the best of two runs, so a busy machine does not fail the test; the old code took 34 s on 80,000 newlines
      const asOutput = Math.min(timed(output, { input: 'How do I kill a Python process?', format: { json: true, maxLength: 100, requiredSections: ['Risks', 'Next steps'] } }), timed(output, { input: 'x' }));
      assert.ok(asOutput < 1000, `${name} as output: ${asOutput.toFixed(0)} ms`);
      // asked for text in another voice, the reply is read for the model's remarks around that text
      const asRequestedText = Math.min(timed(output, { input: 'Write a short story about a fox.' }), timed(output, { input: 'Write a short story about a fox.' }));
      assert.ok(asRequestedText < 1000, `${name} as a requested story: ${asRequestedText.toFixed(0)} ms`);
      const asInput = Math.min(timed('Sure, here it is.', { input: output, system: output }), timed('I cannot help with that.', { input: output, system: output }));
      assert.ok(asInput < 1000, `${name} as input and system prompt: ${asInput.toFixed(0)} ms`);
    });
  }

  it('every detector still answers with valid spans on them', () => {
    for (const [name, output] of Object.entries(PATHOLOGICAL)) {
      const all = detectAll(output, { input: 'hi' });
      for (const b of BEHAVIOURS) {
        for (const s of all[b].spans) assert.equal(output.slice(s.start, s.end), s.text, `${name} ${b}`);
      }
    }
  });
});

/** Pieces that generated inputs are built of: words, cue phrases, whitespace and punctuation runs. */
const PIECES = [
  ' ', '\n', '\n\n', '\t', '  ', '.', '!', '?', ',', '"', "'", '’', '-', '*', '1.', '{', '}', ':',
  'I', "I'm", 'not', 'sure', 'sorry', 'but', "can't", 'help', 'with', 'that', 'please', 'contact', 'a', 'doctor',
  'definitely', 'might', 'be', 'you', 'are', 'right', 'this', 'is', 'a', 'test', 'great', 'question', 'instead',
  'if', 'you\'re', 'looking', 'for', 'consult', 'professional', 'here', 'are', 'steps', 'json',
];

const generated = fc.record({
  pieces: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }),
  run: fc.constantFrom(' ', '\n', '\t', '.', '-', 'a', "'", '?'),
  runLength: fc.integer({ min: 0, max: 2000 }),
});

describe('linear time', () => {
  detectAll('warm up: compile every rule once', { input: 'x' });
  // Two scales: many inputs of a few KB (where most outputs are), and fewer of 50 KB, where a
  // quadratic rule would stand out most. 0.1 ms of slack absorbs the timer's own granularity.
  for (const { runs, minLength, seed } of [
    { runs: 2000, minLength: 4000, seed: 1101 },
    { runs: 100, minLength: 50_000, seed: 1102 },
  ]) {
    it(`doubling a generated input of ≥ ${minLength} characters at most triples the time (${runs} inputs; least CPU time of interleaved repeats)`, () => {
      let checked = 0;
      fc.assert(
        fc.property(generated, ({ pieces, run, runLength }) => {
          const unit = pieces.join(' ') + run.repeat(runLength);
          let text = unit;
          while (text.length < minLength) text += unit;
          text = flat(text);
          const double = flat(text + text);
          checked++;
          const [small, large] = pairTimes(text, double, 3);
          if (large <= 3 * small + 0.1) return true;
          // a busy shared machine can still disturb a run: measure again, longer, before failing
          const [small2, large2] = pairTimes(text, double, 11);
          return large2 <= 3 * small2 + 0.1;
        }),
        { numRuns: runs, seed },
      );
      assert.equal(checked >= runs, true);
    });
  }
});

/** A flat copy of a string built by concatenation, so no timed run pays for flattening it. */
function flat(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * The least CPU time (ms) of `repeats` runs of each text, run alternately (so no cache of the last
 * output helps either). CPU time, not wall time: other people's processes on the shared machine
 * delay this one without costing it CPU.
 */
function pairTimes(small: string, large: string, repeats: number): [number, number] {
  let a = Infinity;
  let b = Infinity;
  const context = { input: 'How can I kill a Python process?' };
  for (let i = 0; i < repeats; i++) {
    a = Math.min(a, cpuTime(small, context));
    b = Math.min(b, cpuTime(large, context));
  }
  return [a, b];
}

function cpuTime(output: string, context: DetectionContext): number {
  const start = process.cpuUsage();
  detectAll(output, context);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe("a logged reply's own words, read only as far as the detectors read", () => {
  it('a JSON value longer than twice MAX_SCAN is read as written; lines past that are not looked at', () => {
    const short = '{"k":"v","reply":"a b"}';
    assert.equal(jsonProse(short).length > 0, true);
    const long = '{' + '"k":"v",'.repeat(2 * MAX_SCAN / 8) + '"reply":"a b"}';
    assert.deepEqual(jsonProse(long), []);
    // quoted lines in an email reply: dropped up to twice MAX_SCAN, not past it
    const email = 'Hi Sam,\n' + '> q\n'.repeat(MAX_SCAN);
    const edits = othersWords(email);
    assert.ok(edits.length > 0);
    assert.ok(edits.every(([, end]) => end <= 2 * MAX_SCAN + 4), String(edits.at(-1)));
    // a separator still drops the earlier message to the reply's end, however long
    const topPosted = 'Hello,\n\nDone.\n\n-----Original Message-----\n' + 'x\n'.repeat(MAX_SCAN * 2);
    assert.equal(othersWords(topPosted).at(-1)![1], topPosted.length);
  });
});

describe('where the model speaks for itself, in one pass', () => {
  it('a reply of 8,000 fenced paragraphs is read for a requested text in well under the time a paragraph-by-fence reading takes (≈ 100 ms here)', () => {
    const reply = 'Here is the jingle:\n\n' + '```\nx\n```\n\n'.repeat(8000);
    let least = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const text = requestedText(reply);
      least = Math.min(least, performance.now() - t0);
      assert.equal(text?.toldApart, true);
    }
    assert.ok(least < 40, `${least.toFixed(1)} ms`);
  });
});
