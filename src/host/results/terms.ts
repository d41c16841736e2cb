// The glossary entries the webview shows on evidence hovers, chosen host-side so the webview bundle
// does not carry the glossary (protocol field `terms` of the init message).
import { BEHAVIOURS } from '../../core/behaviour/types';
import type { BehaviourTerms } from '../../webview/protocol';

/** What the panel needs of a glossary (the core Glossary class has it). */
export interface BehaviourGlossary {
  forBehaviour(name: string): ReadonlyArray<{ id: string; term: string; definition: string }>;
}

export function behaviourTerms(glossary: BehaviourGlossary, perBehaviour = 3): BehaviourTerms {
  const out: BehaviourTerms = {};
  for (const b of BEHAVIOURS) {
    const terms = glossary.forBehaviour(b).slice(0, perBehaviour);
    if (terms.length) out[b] = terms.map((t) => ({ termId: t.id, term: t.term, definition: t.definition }));
  }
  return out;
}
