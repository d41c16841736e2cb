// Everything PromptShift prints or exports is inert. Case ids, model names, model outputs and
// provider error bodies come from a repository or from a model it prompts; printed to a terminal
// or a CI log, or rendered as a pull-request summary, they must not act:
//  - control characters: ESC starts terminal sequences (OSC 8 hyperlinks, OSC 52 clipboard
//    writes, screen clears), C1 controls do the same on some terminals, \r and U+2028/U+2029 end
//    lines for Markdown and for CI log readers, bidirectional controls reorder what is shown.
//    They are written as visible `\uXXXX` escapes (valid inside JSON strings too), \n and \t kept;
//  - CI workflow commands: a GitHub Actions runner acts on a line that starts (after spaces)
//    with `::` and on `##[` anywhere in a line; both are broken with an escape of their first
//    character, in each format's own spelling (a JSON/terminal `\u003a`, an HTML/XML entity, a
//    Markdown backslash) so the text reads the same;
//  - Markdown: line ends become spaces, markup and HTML are escaped, and `@name` cannot mention.
// One module, so every export (markdown.ts, html.ts, junit.ts, exports.ts) and the CLI's output
// follow the same rules.

/** Characters that act on a terminal, a renderer or a log reader; \n and \t are plain text. */
const LIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Every way a line can end, for Markdown and for CI log readers (.NET's ReadLine ends lines at \r too). */
const LINE_ENDS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
/** LIVE without the global flag, for tests (a global regex keeps state between them). */
const HAS_LIVE = new RegExp(LIVE.source);

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Breaks workflow commands: `::` at a line start (after blanks) and `##[` anywhere. */
function breakCommands(text: string, colon: string, hash: string, atLineStart = true): string {
  return text
    .replace(/##\[/g, `${hash}#[`)
    .replace(/(^|\n)([^\S\n]*)::/g, (whole, nl: string, blanks: string, offset: number) => (offset === 0 && nl === '' && !atLineStart ? whole : `${nl}${blanks}${colon}:`));
}

/**
 * Text for a terminal or a CI log: live characters as `\uXXXX`, workflow commands broken with
 * `\u003a` / `\u0023`. The result is also valid inside a JSON string, with the same value, so
 * JSON printed through it stays the same data. `atLineStart`: whether `text` starts a line.
 */
export function inertText(text: string, atLineStart = true): string {
  return breakCommands(text.replace(LIVE, visible), '\\u003a', '\\u0023', atLineStart);
}

/**
 * JSON text (JSON.stringify output): the same values, spelled so that nothing in it acts. No line
 * of JSON.stringify's output can start with `::` (each starts with indentation and a JSON token),
 * so only live characters and `##[` need escaping, which keeps a 6 MB report fast.
 */
export function inertJson(json: string): string {
  // one scan in the usual case, where there is nothing to escape
  if (!HAS_LIVE.test(json) && !json.includes('##[')) return json;
  return json.replace(LIVE, visible).replace(/##\[/g, '\\u0023#[');
}

/**
 * A writer for a stream of text (stdout, stderr) that makes everything inert, remembering across
 * calls whether the next text starts a line.
 */
export function inertWriter(write: (text: string) => void): (text: string) => void {
  let atLineStart = true;
  return (text: string) => {
    if (text === '') return;
    write(inertText(text, atLineStart));
    atLineStart = text.endsWith('\n');
  };
}

/** Escapes text so it renders literally inside Markdown (and inside a table cell), on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_ENDS, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;') // a zero-width space after @: no mention, no notification
    .replace(LIVE, visible);
}

/** Text a Markdown code span can show verbatim: no backtick, markup, line end, live character or command. */
export function fitsCodeSpan(text: string): boolean {
  return !/[`<>&\r\n]/.test(text) && !HAS_LIVE.test(text) && !text.includes('##[');
}

/** The last pass over a Markdown document: no line can be a workflow command. */
export function inertMarkdownDocument(markdown: string): string {
  return breakCommands(markdown, '\\:', '\\#');
}

/** Text content for HTML or XML: line ends normalised to \n, live characters visible. Escape markup after. */
export function inertMarkupText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(LIVE, visible);
}

/** The last pass over an HTML or XML document: workflow commands broken with character references. */
export function inertMarkupDocument(document: string): string {
  return breakCommands(document, '&#58;', '&#35;');
}
