// A condition applied to one case's rendered messages: system cue, user preamble/suffix, wrapper,
// replacements, paraphrase. Pure: the same messages, condition and case give the same result.
import type { ChatMessage } from '../providers/types';
import { paraphrase } from './paraphrase';
import type { Condition } from './schema';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replaceWords(text: string, rules: NonNullable<Condition['replace']>): string {
  let out = text;
  for (const { from, to } of rules) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(from)}(?![\\p{L}\\p{N}_])`, 'giu');
    out = out.replace(pattern, (m) => (m[0] && m[0] !== m[0].toLowerCase() && to ? to[0]!.toUpperCase() + to.slice(1) : to));
  }
  return out;
}

/** The user's message as the condition's word replacements leave it: what a paraphrase rewords. */
export function paraphraseSource(text: string, condition: Condition): string {
  return condition.replace?.length ? replaceWords(text, condition.replace) : text;
}

/**
 * The user's message under the condition (order: replace, paraphrase, wrap, prefix/suffix).
 * `reworded`: the paraphrase of that text by a configured model, used instead of the rules.
 */
export function conditionUserText(text: string, condition: Condition, caseId: string, reworded?: (source: string) => string | undefined): string {
  let out = paraphraseSource(text, condition);
  if (condition.paraphrase) out = reworded?.(out) ?? paraphrase(out, `${condition.name}\u0000${caseId}`);
  // a function replacement: `$&` or `$1` in the case input stay literal
  if (condition.wrap) out = condition.wrap.split('{{input}}').join('\u0000').replace(/\u0000/g, () => out);
  if (condition.user?.prefix) out = `${condition.user.prefix}\n\n${out}`;
  if (condition.user?.suffix) out = `${out}\n\n${condition.user.suffix}`;
  return out;
}

/** The case's messages as sent under the condition; the input messages are not changed. */
export function applyCondition(messages: readonly ChatMessage[], condition: Condition, caseId: string, reworded?: (source: string) => string | undefined): ChatMessage[] {
  const out = messages.map((m) => ({ ...m }));
  const lastUser = out.map((m) => m.role).lastIndexOf('user');
  if (lastUser >= 0) out[lastUser]!.content = conditionUserText(out[lastUser]!.content, condition, caseId, reworded);
  const sys = condition.system;
  if (sys?.prepend || sys?.append) {
    const first = out.findIndex((m) => m.role === 'system');
    if (first >= 0) {
      const m = out[first]!;
      m.content = [sys.prepend, m.content, sys.append].filter((x) => x).join('\n\n');
    } else out.unshift({ role: 'system', content: [sys.prepend, sys.append].filter((x) => x).join('\n\n') });
  }
  return out;
}
