// The hover text of a term, as markdown. Pure string building: the host wraps it in a
// MarkdownString whose `isTrusted` enables only the define-term command used by the links.
import type { GlossaryTerm, Source } from './schema';

export const DEFINE_TERM_COMMAND = 'promptshift.defineTerm';

export interface TermMarkdownOptions {
  /** Resolves related ids to names; related terms it does not know are left out. */
  glossary?: { get(id: string): GlossaryTerm | undefined };
  /** Command the related-term links run with `[id]`. Default `promptshift.defineTerm`. */
  commandId?: string;
  /** Start with the term's name (default true; a tooltip next to the name may leave it out). */
  title?: boolean;
  /** Include the example (default true). */
  example?: boolean;
}

/** Backslash-escapes every ASCII punctuation character, so user text renders as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A command: link that calls `commandId` with `[id]`. */
export function defineTermLink(id: string, commandId: string = DEFINE_TERM_COMMAND): string {
  return `command:${commandId}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Link destinations may not contain spaces or unbalanced parentheses; only http(s) becomes a link. */
function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/\S+$/i.test(url)) return undefined;
  return url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function sourceToMarkdown(source: Source): string {
  const label = `${escapeMarkdown(source.authors)} (${source.year}). *${escapeMarkdown(source.title)}*`;
  const url = safeUrl(source.url);
  return url ? `${label}. [${escapeMarkdown(url)}](${url})` : `${label}. ${escapeMarkdown(source.url)}`;
}

/** The hover markdown: name, definition in bold, explanation, example, related links, sources. */
export function termToMarkdown(term: GlossaryTerm, opts: TermMarkdownOptions = {}): string {
  const commandId = opts.commandId ?? DEFINE_TERM_COMMAND;
  const blocks: string[] = [];
  if (opts.title ?? true) {
    const also = term.abbreviations.length ? ` (${term.abbreviations.map(escapeMarkdown).join(', ')})` : '';
    blocks.push(`*${escapeMarkdown(term.term)}*${also}`);
  }
  blocks.push(`**${escapeMarkdown(term.definition)}**`);
  if (term.explanation) blocks.push(escapeMarkdown(term.explanation));
  if (term.example && (opts.example ?? true)) blocks.push(`*Example:* ${escapeMarkdown(term.example)}`);
  const related = term.related.flatMap((id) => {
    const name = opts.glossary ? opts.glossary.get(id)?.term : id.replace(/-/g, ' ');
    return name === undefined ? [] : [`[${escapeMarkdown(name)}](${defineTermLink(id, commandId)})`];
  });
  if (related.length) blocks.push(`Related: ${related.join(' · ')}`);
  if (term.sources.length === 1) blocks.push(`Source: ${sourceToMarkdown(term.sources[0] as Source)}`);
  else if (term.sources.length > 1) blocks.push(['Sources:', ...term.sources.map((s) => `- ${sourceToMarkdown(s)}`)].join('\n'));
  return blocks.join('\n\n');
}
