// A rule set whose every alternative starts a word tests that once, before the alternation (match.ts, sourceOf):
// the regex engine then skips the middles of words. One alternative that may start elsewhere takes the whole set
// off that test and scans it at every position: "(?:will|'ll) never be disappointed" in stance.promises made
// detectMany ≈ 25 % slower (en-2026.12zzzz2, rewritten as "never be disappointed(?<=…)"). These sets keep the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RuleSet, type PhraseRule } from '../../../src/core/behaviour/match';
import { EN } from '../../../src/core/behaviour/phrases/en';

const WORD_START_SETS = ['refusal.decline', 'refusal.apologyOpening', 'refusal.declineAnywhere', 'refusal.lecture', 'refusal.legalVerdict', 'refusal.selfHarmRequest', 'refusal.cautionOpener', 'refusal.premiseRejection', 'refusal.socialGroup', 'refusal.noReason', 'refusal.insteadOf', 'refusal.aiPreamble', 'refusal.reinterpretation', 'refusal.clarification', 'refusal.handoffBySpeaker', 'refusal.evasiveMove', 'refusal.topicChange', 'refusal.compliance', 'escalation.numberToCall', 'escalation.referral', 'escalation.direct', 'escalation.directToAgent', 'escalation.agentCan', 'escalation.recommending', 'escalation.narrative', 'escalation.notAdvice', 'escalation.exceptions', 'stance.hedges', 'stance.boosters', 'stance.notHedge', 'stance.promises', 'stance.perception', 'stance.picture', 'stance.reported', 'stance.stateHolder', 'stance.condition', 'stance.otherVoice', 'sycophancy.positive', 'sycophancy.openers', 'sycophancy.assentOpeners', 'sycophancy.asksAgreement', 'sycophancy.viewInRequest', 'sycophancy.scope.condition', 'sycophancy.scope.reported', 'evalAwareness.positive', 'evalAwareness.scope.reported', 'format.json', 'format.oneSentence', 'format.noCommas', 'format.lowercase', 'format.uppercase', 'format.quoted', 'format.titleBrackets'];

/** Every rule list in the English phrase set, by its path ("stance.promises"). */
function ruleLists(value: unknown, path: string, out: Map<string, readonly PhraseRule[]>): Map<string, readonly PhraseRule[]> {
  if (Array.isArray(value)) {
    if (value.length > 0 && typeof (value[0] as PhraseRule).pattern === 'string') out.set(path, value as PhraseRule[]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) ruleLists(inner, path ? `${path}.${key}` : key, out);
  }
  return out;
}

test('the English rule sets whose rules all start a word test the word start once, before their alternation', () => {
  const lists = ruleLists(EN, '', new Map());
  for (const name of WORD_START_SETS) {
    const rules = lists.get(name);
    assert.ok(rules, `no rule list ${name}`);
    const set = new RuleSet(rules);
    assert.ok(set.sources.every((source) => source.startsWith('\\b(?:')), `${name}: an alternative may start inside a word, so the whole set is scanned at every position`);
  }
});
