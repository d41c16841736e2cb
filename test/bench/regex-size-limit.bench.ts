// Benchmark (not a test): where V8 stops optimising a regex by its source's length, the limit RuleSet
// keeps each alternation under (RuleSet.OPTIMISED_SOURCE_LIMIT in src/core/behaviour/match.ts). Alternations
// of made-up words of the given lengths, each compiled once, then scanned three times over 1.1 MB of text.
//   node --import tsx test/bench/regex-size-limit.bench.ts
import { RuleSet } from '../../src/core/behaviour/match';

/** An alternation of distinct short words exactly `length` characters long. */
function alternation(length: number): string {
  const words: string[] = [];
  let total = -1;
  for (let k = 0; total < length; k++) {
    const word = `w${k.toString(36)}qx`;
    words.push(word);
    total += word.length + 1;
  }
  return words.join('|').slice(0, length).replace(/\|$/, 'z');
}

const text = 'the quick brown fox jumps over the lazy dog '.repeat(25_000);
const limit = RuleSet.OPTIMISED_SOURCE_LIMIT;
for (const length of [limit - 481, limit - 81, limit - 1, limit, limit + 119]) {
  const regex = new RegExp(alternation(length), 'g');
  regex.test(' '.repeat(1000)); // compiled to machine code now (V8 skips its bytecode tier for long subjects)
  const t0 = performance.now();
  for (let round = 0; round < 3; round++) {
    regex.lastIndex = 0;
    while (regex.exec(text) !== null);
  }
  console.log(`${length} characters${length < limit ? ' (under the limit)' : ''}: ${(performance.now() - t0).toFixed(1)} ms for 3 scans of ${(text.length / 1e6).toFixed(1)} MB`);
}
