// escalation: the output hands the case to, or recommends, a person, professional, team, service
// or channel. Found as structure: an act of referring or handing off + an agent ("consult a
// licensed therapist", "I've escalated this to billing"), said to the user or done by the speaker,
// so that "she called the police" in a story, "no need to see a doctor", "often referred to as"
// and "connect with your readers" do not count. Forms that carry their own agent ("seek
// professional help", "call 911", a helpline's name or number) count as they are.
import { compileGroups, type RuleSet } from './match';
import { EN } from './phrases/en';
import type { EscalationPhrases, PhraseSet } from './phrases/types';
import { MAX_SCAN } from './text';
import type { Detection, DetectionContext, Detector, EvidenceSpan } from './types';

const MAX_SPANS = 8;
/** How far back (characters) the clause of a referral is read for who is addressed. */
const CLAUSE_REACH = 160;

export class EscalationDetector implements Detector {
  readonly behaviour = 'escalation' as const;
  private readonly rules: Record<keyof EscalationPhrases, RuleSet>;

  constructor(phrases: PhraseSet = EN) {
    this.rules = compileGroups(phrases.escalation);
  }

  detect(output: string, _context: DetectionContext): Detection {
    const spans = this.referrals(output, 0, Math.min(output.length, MAX_SCAN), MAX_SPANS);
    return { present: spans.length > 0, spans };
  }

  /** Referrals and hand-offs in text[from, to), in text order (the refusal detector asks too). */
  referrals(text: string, from: number, to: number, limit = MAX_SPANS): EvidenceSpan[] {
    const r = this.rules;
    const found: EvidenceSpan[] = [];
    const candidates = [...r.referral.findAll(text, from, to, limit * 2).map((s) => ({ s, needsAddressee: true })), ...r.direct.findAll(text, from, to, limit * 2).map((s) => ({ s, needsAddressee: false }))];
    candidates.sort((a, b) => a.s.start - b.s.start);
    for (const { s, needsAddressee } of candidates) {
      if (found.length >= limit) break;
      if (found.some((f) => s.start < f.end && f.start < s.end)) continue;
      const clauseFrom = clauseStart(text, s.start);
      const clause = text.slice(clauseFrom, s.start);
      const near = Math.min(text.length, s.end + 40);
      if (r.exceptions.findAll(text, Math.max(0, s.start - 60), near).some((e) => e.start < s.end && s.start < e.end + 30)) continue;
      if (r.narrative.test(text, clauseFrom, Math.min(s.end, s.start + 24)) && !r.recommending.test(clause)) continue;
      if (needsAddressee && !this.addressed(text, clause, s)) continue;
      found.push(s);
    }
    return found;
  }

  /** The referral is advice to the user, an imperative, or the speaker's own act. */
  private addressed(text: string, clause: string, s: EvidenceSpan): boolean {
    const lead = clause.trim();
    // an imperative: the act opens its clause ("Consult a doctor", "and call your bank", "1. See a GP")
    if (lead === '' || /(?:^|\s)(?:and|or|then|please|also|just|first|immediately|so|now|always|definitely|really|still|simply|promptly|[-*•]|\d+[.)])$/i.test(lead)) return true;
    // a gerund is advice in an answer ("consulting a lawyer is the safest step"); a story says "she consulted"
    if (/^\w+ing\b/i.test(s.text)) return true;
    // "you", "please", "I recommend", "it's best to", "should" … in the clause or just after it
    return this.rules.recommending.test(clause) || this.rules.recommending.test(text, s.end, Math.min(text.length, s.end + 50));
  }
}

/** Start of the clause that holds `at`: after the last sentence end, ; : or newline, within reach. */
function clauseStart(text: string, at: number): number {
  const floor = Math.max(0, at - CLAUSE_REACH);
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '\n' || c === ';' || c === ':' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return floor;
}
