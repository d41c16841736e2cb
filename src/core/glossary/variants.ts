// Turns a term as written ("mesa-optimizer", "Goodhart's law") into a regex source that also
// matches the ways people actually write it: any case (the regex flag), hyphen / space / no space
// between words, British or American spelling, plurals and common inflections of the last word.

/** Between two words of a term: a hyphen, spaces, one line break, or nothing ("mesaoptimizer"). */
const WORD_SEPARATOR = '(?:[ \\t\\u00a0]*[-\\u2010\\u2011][ \\t\\u00a0]*|[ \\t\\u00a0]*(?:\\r?\\n)?[ \\t\\u00a0]*)';

const WORD_SPLIT = /[\s\-\u2010\u2011]+/u;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Spelling pairs that differ between British and American English, as regex rewrites of one word. */
const SPELLING_REWRITES: ReadonlyArray<[RegExp, string]> = [
  // optimise/optimize, optimiser, optimisation, generalisation, organising…
  [/i[sz](?=(?:e|es|ed|ing|er|ers|ation|ations)$)/, 'i[sz]'],
  // analyse/analyze
  [/y[sz](?=(?:e|es|ed|ing|er|ers)$)/, 'y[sz]'],
  // behaviour/behavior, favour, honour, colour, labour, humour
  [/(behavio|favo|hono|colo|labo|humo|rumo|neighbo)u?r/, '$1u?r'],
  // modelling/modeling, labelled/labeled, travelled
  [/([aeiou])ll?(?=(?:ed|ing|er|ers)$)/, '$1ll?'],
  // defence/defense, offence/offense, licence/license
  [/(defen|offen|licen)[cs]e/, '$1[cs]e'],
  // judgement/judgment, acknowledgement
  [/dge?ment/, 'dge?ment'],
];

/** Regex source for one literal word, tolerant of British/American spelling and of ' vs ’. */
function spellingPattern(word: string): string {
  let source = escapeRegex(word.toLowerCase());
  for (const [from, to] of SPELLING_REWRITES) source = source.replace(from, to);
  return source.replace(/['\u2019]/g, "['\\u2019]?");
}

/**
 * The forms of a term's last word that still name the term: plurals for nouns, and -s/-ed/-ing/-er
 * for words that are also verbs ("jailbreak" → "jailbreaking", "red team" → "red teamer"). Forms
 * that are not English words ("refusaling") are harmless: they never occur in text.
 */
export function inflections(word: string): string[] {
  const w = word.toLowerCase();
  if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`];
  if (/(?:s|x|z|ch|sh)$/.test(w)) return [w, `${w}es`];
  if (/ing$/.test(w)) return [w, `${w}s`];
  if (/e$/.test(w)) return [w, `${w}s`, `${w}d`, `${w.slice(0, -1)}ing`];
  if (/[a-z]$/.test(w)) return [w, `${w}s`, `${w}ed`, `${w}ing`, `${w}er`, `${w}ers`];
  return [w];
}

function alternatives(words: readonly string[]): string {
  const unique = [...new Set(words.map(spellingPattern))];
  return unique.length === 1 ? (unique[0] as string) : `(?:${unique.join('|')})`;
}

/** Regex source (no capture groups, no flags) matching a case-insensitive term or alias. */
export function termPattern(surface: string): string {
  const words = surface.trim().split(WORD_SPLIT).filter(Boolean);
  if (words.length === 0) return '(?!)';
  const last = words[words.length - 1] as string;
  const head = words.slice(0, -1).map((w) => spellingPattern(w));
  return [...head, alternatives(inflections(last))].join(WORD_SEPARATOR);
}

/** Regex source for a case-sensitive abbreviation ("RLHF", "RLHFs"). */
export function abbreviationPattern(abbreviation: string): string {
  return `${escapeRegex(abbreviation.trim())}s?`;
}

/**
 * A spelling-insensitive key for a term name, used to decide whether a user entry names an existing
 * term ("Mesa Optimisation" and "mesa-optimization" have the same key).
 */
export function termKey(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(WORD_SPLIT)
    .map((word) => word.replace(/is(?=(?:e|es|ed|ing|er|ers|ation|ations)$)/, 'iz').replace(/our/, 'or'))
    .join('');
}
