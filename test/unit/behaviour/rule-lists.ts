// Every list of phrase rules in a phrase set, however deep it lies (each becomes one RuleSet): for checks
// that must cover every rule set, present and future, without naming them.
import type { PhraseRule } from '../../../src/core/behaviour/match';

export function ruleLists(node: unknown, out: PhraseRule[][] = []): PhraseRule[][] {
  if (Array.isArray(node) && node.length > 0 && node.every((r) => typeof (r as PhraseRule | undefined)?.pattern === 'string')) out.push(node as PhraseRule[]);
  else if (node && typeof node === 'object') for (const value of Object.values(node)) ruleLists(value, out);
  return out;
}
