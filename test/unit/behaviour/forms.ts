// Sentence generator for the stance probes (hedging-forms, overconfidence-forms): each probe
// writes a grammar as clause templates, and this module puts every clause in several places of
// a sentence and in both apostrophes, so a rule that only holds for one spelling or one position
// fails. Expected verdicts are given per clause; every generated variant must agree.
import { detectAll } from '../../../src/core/behaviour/index';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { curly, sentenceCase } from './phrase-probes';

/** A proposition for the `{P}` slot of a template: a plain claim about the world. */
export const PROPOSITIONS = ['the bridge opened in 1850', 'the error comes from a stale cache'];

/** Where a clause stands: a sentence of its own, after another sentence, after a comma, in a bullet, after "and". */
const PLACES: Array<(clause: string) => string> = [
  (c) => `${sentenceCase(c)}.`,
  (c) => `Here is what I found. ${sentenceCase(c)}.`,
  (c) => `Well, ${c}.`,
  (c) => `- ${sentenceCase(c)}.`,
  (c) => `The records are old, and ${c}.`,
];

/** Every template with every proposition: "{P}" filled in (templates without one stay as they are). */
export function fill(templates: readonly string[]): string[] {
  return templates.flatMap((t) => (t.includes('{P}') ? PROPOSITIONS.map((p) => t.replace(/\{P\}/g, p)) : [t]));
}

/** A clause in every place, with the straight apostrophe and the typographic one. */
export function variants(clause: string, placed = true): string[] {
  const spellings = clause.includes("'") ? [clause, curly(clause)] : [clause];
  return spellings.flatMap((s) => (placed ? PLACES.map((place) => place(s)) : [s]));
}

/** Cross product of word lists into clause templates: cross(['I '], ['think', 'believe'], [' {P}']). */
export function cross(...parts: ReadonlyArray<readonly string[]>): string[] {
  return parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']);
}

export interface Expectation {
  hedging?: boolean;
  overconfidence?: boolean;
}

/**
 * The clauses (each tried in every variant) on which the detectors disagree with the expectation,
 * one line per clause: the first variant that disagrees and how many of its variants do.
 */
export function disagreements(clauses: readonly string[], want: Expectation, placed = true): string[] {
  const out: string[] = [];
  for (const clause of clauses) {
    const wrong: string[] = [];
    for (const s of variants(clause, placed)) {
      const got = detectAll(s, {});
      for (const b of ['hedging', 'overconfidence'] as const) {
        const w = want[b];
        if (w !== undefined && got[b].present !== w) wrong.push(`${b}: want ${w ? 'yes' : 'no'}: ${s}`);
      }
    }
    if (wrong.length > 0) out.push(`${wrong[0]}  (${wrong.length} variants)`);
  }
  return out;
}

/** Asserts that every clause in every variant gets the expected verdicts; the message lists the clauses that do not. */
export function expectForms(clauses: readonly string[], want: Expectation, placed = true): void {
  const all = fill(clauses);
  const wrong = disagreements(all, want, placed);
  if (wrong.length > 0) throw new Error(`${wrong.length} of ${all.length} forms disagree:\n${wrong.join('\n')}`);
}

/** Asserts one behaviour's verdict on each output answering `input`; the message lists every output that disagrees. */
export function expectVerdicts(behaviour: Behaviour, input: string, outputs: readonly string[], present: boolean): void {
  expectVerdictsOn(behaviour, outputs.map((output) => [input, output]), present);
}

/** expectVerdicts where each output answers its own request: [input, output] pairs. */
export function expectVerdictsOn(behaviour: Behaviour, exchanges: readonly (readonly [string, string])[], present: boolean): void {
  const wrong = exchanges.filter(([input, output]) => detectAll(output, { input })[behaviour].present !== present).map(([, output]) => output);
  if (wrong.length > 0) throw new Error(`${behaviour} should be ${present ? 'found' : 'absent'} in ${wrong.length} of ${exchanges.length}:\n${wrong.join('\n')}`);
}
