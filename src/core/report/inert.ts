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
/** Anything inertText or inertJson would change: tested first, in one scan, so clean text costs one pass. */
const MAY_ACT = new RegExp(`${LIVE.source}|##\\[|::`);
/** The same for JSON.stringify output, where no line starts with `::`. */
const MAY_ACT_IN_JSON = new RegExp(`${LIVE.source}|##\\[`);

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Breaks workflow commands: `::` at a line start (after blanks) and `##[` anywhere. */
function breakCommands(text: string, colon: string, hash: string, atLineStart = true): string {
  if (!/##\[|::/.test(text)) return text;
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
  if (!MAY_ACT.test(text)) return text;
  return breakCommands(text.replace(LIVE, visible), '\\u003a', '\\u0023', atLineStart);
}

/** True when a string (key or value) anywhere in `value` holds something JSON must spell inertly. */
function anyStringMayAct(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (MAY_ACT_IN_JSON.test(v)) return true;
    } else if (Array.isArray(v)) {
      for (const child of v) stack.push(child);
    } else if (v !== null && typeof v === 'object') {
      for (const key in v) {
        if (MAY_ACT_IN_JSON.test(key)) return true;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/**
 * `value` as JSON (JSON.stringify with `space`): the same values, spelled so that nothing in it
 * acts. No line of JSON.stringify's output starts with `::` (each starts with indentation and a
 * JSON token), so only live characters and `##[` need escaping; and the strings of `value` are
 * checked rather than the serialized text, which for a 10 MB report is the slow part.
 */
export function inertJson(value: unknown, space?: number): string {
  const plain = !anyStringMayAct(value); // first: walking after serializing 10 MB costs twice as much (GC)
  const json = JSON.stringify(value, null, space);
  return plain ? json : escapeJson(json);
}

/** JSON text with live characters and `##[` escaped (they can only be inside its strings). */
function escapeJson(json: string): string {
  return json.replace(LIVE, visible).replace(/##\[/g, '\\u0023#[');
}

/**
 * JSON text (JSON.stringify's output, or a piece of it cut between tokens) spelled as inertJson
 * spells it: only what a string inside holds can act, so escaping the text itself is the same,
 * and a document serialised in pieces comes out byte for byte as inertJson's.
 */
export function inertJsonText(json: string): string {
  return MAY_ACT_IN_JSON.test(json) ? escapeJson(json) : json;
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

/**
 * Text for HTML or XML, with `escape` the format's own markup escaping: line ends normalised to
 * \n, live characters visible, and workflow commands broken with character references (which
 * render as the same characters). Each piece of text is treated as if it started a line, so the
 * document around it needs no pass of its own (the templates never start a line with `::` or hold
 * `##[`); a piece cut at an evidence span boundary is then safe too.
 */
export function inertMarkup(text: string, escape: (text: string) => string): string {
  const plain = HAS_LIVE.test(text) ? text.replace(/\r\n/g, '\n').replace(LIVE, visible) : text;
  return breakCommands(escape(plain), '&#58;', '&#35;');
}
