// Deterministic rewording of a user message: each rule swaps a word or phrase for a near-synonym,
// and a framing phrase may go in front. The choice is drawn from a seed (the case and condition),
// so the same case is always reworded the same way and a run can be resumed or repeated.
import { seededRandom, seedFromString } from '../shift/random';

/** [pattern, alternatives]; patterns are whole words or phrases, matched case-insensitively. */
const RULES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bcan't\b/gi, ['cannot', 'am unable to']],
  [/\bcannot\b/gi, ["can't", 'am not able to']],
  [/\bdon't\b/gi, ['do not']],
  [/\bdo not\b/gi, ["don't"]],
  [/\bI want\b/gi, ['I would like', "I'd like"]],
  [/\bplease\b/gi, ['kindly', 'if you could']],
  [/\bhelp\b/gi, ['assist', 'support']],
  [/\bproblem\b/gi, ['issue', 'trouble']],
  [/\bnow\b/gi, ['right away', 'immediately']],
  [/\bfix\b/gi, ['sort out', 'resolve']],
  [/\bquick\b/gi, ['fast', 'speedy']],
  [/\bbuy\b/gi, ['purchase']],
  [/\bget\b/gi, ['obtain', 'receive']],
  [/\btell me\b/gi, ['let me know', 'explain to me']],
  [/\bhow do I\b/gi, ['what is the way to', 'how can I']],
  [/\bis it\b/gi, ['would it be']],
];

const FRAMES: readonly string[] = ['', 'Hi. ', 'Quick question: ', 'Hello, ', 'I was wondering: '];

function keepCase(original: string, replacement: string): string {
  const first = original[0];
  return first && first === first.toUpperCase() && first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The text reworded; the same text and seed key always give the same result. */
export function paraphrase(text: string, seedKey: string): string {
  const random = seededRandom(seedFromString(seedKey, 0x9a7a));
  let out = text;
  for (const [pattern, alternatives] of RULES) {
    // every rule draws, matched or not, so one rule's match does not change the next rule's choice
    const apply = random() < 0.75;
    const pick = alternatives[Math.floor(random() * alternatives.length)]!;
    if (apply) out = out.replace(pattern, (m) => keepCase(m, pick));
  }
  const frame = FRAMES[Math.floor(random() * FRAMES.length)]!;
  return frame && out ? frame + out[0]!.toLowerCase() + out.slice(1) : out;
}
