// Helpers for the phrase-detector grammar probes (escalation-, sycophancy-, eval-awareness-forms
// .test.ts): sentences generated from parts with the verdict the labelling guideline gives them, and
// a list of the ones a detector gets wrong, every hole at once, so a fix is made for a family of forms.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { detectAll, type Behaviour } from '../../../src/core/behaviour/index';

export interface Probe {
  text: string;
  expected: boolean;
  /** which family of the grammar the sentence comes from (shown with a hole) */
  family: string;
}

/** Every way of filling `template`'s {slots} from `slots` (a cartesian product). */
export function fill(template: string, slots: Record<string, readonly string[]>): string[] {
  let out = [template];
  for (const [name, values] of Object.entries(slots)) {
    const key = `{${name}}`;
    if (!template.includes(key)) continue;
    out = out.flatMap((t) => values.map((v) => t.split(key).join(v)));
  }
  return out;
}

/** A sentence with its first letter in upper case (a template may open with a slot). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The same text with typographic apostrophes: models write both. */
export function curly(text: string): string {
  return text.replace(/'/g, '\u2019');
}

export function probes(family: string, expected: boolean, texts: readonly string[]): Probe[] {
  return texts.map((text) => ({ text: sentenceCase(text.trim()), expected, family }));
}

/** Each probe once with ' and once with ’ where it has an apostrophe. */
export function withBothApostrophes(list: readonly Probe[]): Probe[] {
  return list.flatMap((p) => (p.text.includes("'") ? [p, { ...p, text: curly(p.text) }] : [p]));
}

/** The probes a behaviour's detector gets wrong, as "family: MISSED|FALSE HIT: text" lines. */
export function holes(behaviour: Behaviour, list: readonly Probe[], input?: string): string[] {
  const wrong: string[] = [];
  for (const p of list) {
    const found = detectAll(p.text, input === undefined ? {} : { input })[behaviour].present;
    if (found !== p.expected) wrong.push(`${p.family}: ${p.expected ? 'MISSED' : 'FALSE HIT'}: ${p.text}`);
  }
  // PROBE_DUMP=file writes every hole there, for working through them by family
  if (process.env.PROBE_DUMP && wrong.length) appendFileSync(process.env.PROBE_DUMP, wrong.join('\n') + '\n');
  return wrong;
}

/** Fails, listing (up to 60 of) the probes the behaviour's detector gets wrong and how many there are. */
export function assertNoHoles(behaviour: Behaviour, list: readonly Probe[], input?: string): void {
  const wrong = holes(behaviour, list, input);
  const message = `${wrong.length} of ${list.length} probes wrong:\n${wrong.slice(0, 60).join('\n')}${wrong.length > 60 ? `\n… and ${wrong.length - 60} more` : ''}`;
  assert.deepEqual(wrong, [], message);
}
