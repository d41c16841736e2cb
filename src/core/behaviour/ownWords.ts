// The assistant's own words in a reply as a production system logs it. The labelling guidelines count
// what the assistant says to the user, not what it carries along: the JSON a logger wraps the reply in
// (its keys, ids, roles, escapes, another party's message), the customer's email quoted below a support
// reply, a tool's output before an agent's answer, the caller's turns in a voice transcript. Each is read
// by its format's own marks, not by what the words say:
// - JSON: a reply that is one JSON value is read as its prose strings (decoded), in an assistant's
//   message where the value says whose message it is, and not under keys that hold the request, a tool's
//   side or metadata;
// - email: lines quoted with ">" in a reply that opens as an email or after an "On … wrote:" attribution,
//   and everything from an "-----Original Message-----" separator or a forwarded header block on;
// - tool output: a block an "Observation:", "[tool result]", "Tool output:" or <tool_result> line opens,
//   to a blank line or the next labelled line (the agent's "Thought:", "Final Answer:", a speaker);
// - transcripts: the turns of the other party ("User:", "Caller:", "Customer:") where the assistant's turns
//   are labelled too.
// Both steps give edits that readable.ts applies before it reads the rest (en-2026.12zzzz1).
import type { Edit } from './readable';
import { MAX_SCAN } from './text';

/**
 * Keys whose values are not the reply, by their first word ("user_text", "customerMessage", "input", "tool_result"): the
 * request, another party's words, the tools' side of an exchange, the record's bookkeeping.
 */
const NOT_THE_REPLY = new Set([
  'input', 'inputs', 'prompt', 'prompts', 'query', 'question', 'request', 'user', 'customer', 'caller', 'human', 'system', 'instructions',
  'tool', 'tools', 'function', 'arguments', 'observation', 'observations', 'metadata', 'meta', 'usage', 'history',
]);
/** Keys a reply's text stands under, read even when it is one word ("Sure."). */
const REPLY_KEYS = new Set(['content', 'text', 'message', 'reply', 'response', 'output', 'answer', 'completion', 'body', 'msg']);
/** Keys that say whose message an object is, and the values that make it the assistant's. */
const ROLE_KEYS = ['role', 'speaker', 'author'] as const;
const ASSISTANT_ROLE = /^(?:assistant|model|ai|bot|agent)$/i;
/**
 * How much of a reply is read for other parties' words: the detectors read the first MAX_SCAN characters of what they are
 * given, so twice that covers every character they read (a logged JSON value is longer than its prose), and a reply of
 * many megabytes costs no more than one of this size. A JSON value longer than this is read as written.
 */
const MAX_LOGGED = 2 * MAX_SCAN;
/** How deep a logged value is read (a hostile reply may nest without end). */
const MAX_DEPTH = 64;
const ESCAPED: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '', b: '', f: '', '"': '"', '\\': '\\', '/': '/' };

type JsonNode = { kind: 'string'; start: number; end: number } | { kind: 'object'; entries: [string, JsonNode][] } | { kind: 'array'; items: JsonNode[] } | { kind: 'other' };

/**
 * A reply that is one JSON value, read as its prose: every string value (between its quotation marks, escapes read
 * as what they stand for) that holds a space or stands under a reply's key, in document order, a paragraph apart;
 * keys, numbers, one-word values (ids, roles, timestamps) and the values under NOT_THE_REPLY dropped. No edits when
 * the reply is not JSON or holds no such string.
 */
export function jsonProse(text: string): Edit[] {
  if (text.length > MAX_LOGGED) return [];
  const first = firstNonSpace(text);
  const open = text[first];
  if (open !== '{' && open !== '[') return [];
  const last = lastNonSpace(text);
  if (text[last] !== (open === '{' ? '}' : ']')) return [];
  const scanner = new JsonScanner(text, first);
  let root: JsonNode;
  try {
    root = scanner.value(0);
    if (firstNonSpace(text, scanner.at) < text.length) return [];
  } catch {
    return []; // not JSON (a reply may open with a brace and be prose): read as written
  }
  const prose: { start: number; end: number }[] = [];
  collectProse(text, root, undefined, prose);
  if (prose.length === 0) return [];
  const edits: Edit[] = [];
  let from = 0;
  // the next backslash, looked for again only once a string starts past it: the strings come in order, and a search from
  // each string's start would read the rest of a reply of many strings with no escape again and again
  let escape = text.indexOf('\\', prose[0]!.start);
  for (const [i, s] of prose.entries()) {
    if (s.start > from) edits.push([from, s.start, i === 0 ? '' : '\n\n']);
    if (escape >= 0 && escape < s.start) escape = text.indexOf('\\', s.start);
    while (escape >= 0 && escape < s.end) {
      const code = text[escape + 1]!;
      const length = code === 'u' ? 6 : 2;
      edits.push([escape, escape + length, code === 'u' ? String.fromCharCode(parseInt(text.slice(escape + 2, escape + 6), 16)) : (ESCAPED[code] ?? '')]);
      escape = text.indexOf('\\', escape + length);
    }
    from = s.end;
  }
  if (from < text.length) edits.push([from, text.length, '']);
  return edits;
}

/** The prose strings under `node`, in order. `key`: the key it stands under. */
function collectProse(text: string, node: JsonNode, key: string | undefined, out: { start: number; end: number }[]): void {
  if (node.kind === 'string') {
    if (node.end > node.start && (REPLY_KEYS.has(key ?? '') || hasSpace(text, node.start, node.end))) out.push(node);
  } else if (node.kind === 'array') {
    for (const item of node.items) collectProse(text, item, key, out);
  } else if (node.kind === 'object') {
    // a message of the user, the system or a tool is not the assistant's ("role": "user")
    for (const roleKey of ROLE_KEYS) {
      const role = node.entries.find(([k]) => k === roleKey)?.[1];
      if (role?.kind === 'string' && !ASSISTANT_ROLE.test(text.slice(role.start, role.end))) return;
    }
    for (const [k, value] of node.entries) if (!NOT_THE_REPLY.has(firstWord(k))) collectProse(text, value, k.toLowerCase(), out);
  }
}

/** A key's first word, in lower case: "user_text", "userText", "user-text" and "User Text" all give "user". */
function firstWord(key: string): string {
  return (/^[A-Z]?[a-z0-9]+|^[A-Z]+(?![a-z])/.exec(key.trim())?.[0] ?? key).toLowerCase();
}

/** A space or an escaped line break in text[start, end) (read only there: a search past the string's end would read on). */
function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c === 92 && text[i + 1] === 'n')) return true;
    if (c === 92) i++;
  }
  return false;
}

/** A JSON value's structure with where each string stands; throws where the text is not JSON. */
class JsonScanner {
  constructor(
    private readonly text: string,
    public at: number,
  ) {}

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) throw new Error('too deep');
    this.at = firstNonSpace(this.text, this.at);
    const c = this.text[this.at];
    if (c === '"') return this.string();
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    LITERAL.lastIndex = this.at;
    const m = LITERAL.exec(this.text);
    if (!m || m[0] === '') throw new Error('not a value');
    this.at += m[0].length;
    return { kind: 'other' };
  }

  private string(): JsonNode & { kind: 'string' } {
    const start = this.at + 1;
    for (let i = start; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 92) {
        if (!ESCAPE.test(this.text.slice(i, i + 6))) throw new Error('bad escape');
        i++;
      } else if (c === 34) {
        this.at = i + 1;
        return { kind: 'string', start, end: i };
      } else if (c < 0x20) throw new Error('control character');
    }
    throw new Error('unterminated string');
  }

  private object(depth: number): JsonNode {
    const entries: [string, JsonNode][] = [];
    this.at++;
    if (this.next() === '}') {
      this.at++;
      return { kind: 'object', entries };
    }
    for (;;) {
      if (this.next() !== '"') throw new Error('key expected');
      const key = this.string();
      if (this.next() !== ':') throw new Error('colon expected');
      this.at++;
      entries.push([JSON.parse(this.text.slice(key.start - 1, key.end + 1)) as string, this.value(depth + 1)]);
      const c = this.next();
      this.at++;
      if (c === '}') return { kind: 'object', entries };
      if (c !== ',') throw new Error('comma expected');
    }
  }

  private array(depth: number): JsonNode {
    const items: JsonNode[] = [];
    this.at++;
    if (this.next() === ']') {
      this.at++;
      return { kind: 'array', items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      const c = this.next();
      this.at++;
      if (c === ']') return { kind: 'array', items };
      if (c !== ',') throw new Error('comma expected');
    }
  }

  /** The next character that is not whitespace, where `at` is moved to. */
  private next(): string | undefined {
    this.at = firstNonSpace(this.text, this.at);
    return this.text[this.at];
  }
}

const LITERAL = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

function firstNonSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i > 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i--;
  return i;
}

/** A line that opens with a timestamp or a bracketed tag before a label ("[00:01:12] Caller:", "10:32 Agent:"). */
const STAMP = String.raw`(?:\[[^\]\n]{1,25}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\)?[ \t]*[-–]?[ \t]*)?`;
/** The other party's turn in a transcript: "User:", "**Caller:**", "Customer (Dana):". */
const OTHER_SPEAKER = new RegExp(String.raw`^[ \t*_]*${STAMP}[*_]*(?:user|customer|caller|human|client|patient|guest|visitor|shopper|buyer)[ \t]*(?:\([^)\n]{0,30}\)|\d{0,2})[*_]*[ \t]*:`, 'i');
/** The assistant's turn, or an agent's own labelled step: these end another party's turn or a tool's output. */
const OWN_LABEL = new RegExp(
  String.raw`^[ \t*_]*${STAMP}[*_]*(?:assistant|agent|bot|ai|model|support|rep|representative|thought|thinking|action(?: input)?|final answer|answer|response|reply)[ \t]*(?:\([^)\n]{0,30}\))?[*_]*[ \t]*:`,
  'i',
);
/** A line that opens a tool's output: ReAct's "Observation:", "[tool result]", "Tool output:", "<tool_result>", a fence marked as tool output. */
/** The tags that wrap a tool's output ("<tool_result>…</tool_result>"), written once for its opening and its closing. */
const TOOL_TAG = '(?:tool_result|tool_output|observation|function_results?)';
const TOOL_OUTPUT = new RegExp(
  String.raw`^[ \t*_]*(?:(?:observation|tool (?:output|result|response)s?|function (?:output|result|response)s?)[*_]*[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*[*_]*:|\[(?:tool|function)(?:[ _-]?(?:result|output|response|call result))?(?:[:\s][^\]\n]{0,40})?\]|<${TOOL_TAG}\b[^>\n]*>|(?:` + '```|~~~' + String.raw`)[ \t]*(?:tool[ _-]?(?:output|result)|observation)\b)`,
  'i',
);
/** The closing of a tagged or fenced tool output: a line that opens with it, or the closing tag on the opening line. */
const TOOL_OUTPUT_END = new RegExp(String.raw`^[ \t]*(?:<\/${TOOL_TAG}>|` + '```|~~~)', 'i');
const TOOL_OUTPUT_CLOSED = new RegExp(String.raw`<\/${TOOL_TAG}>`, 'i');
/** Quoted correspondence: a ">" line. */
const QUOTED = /^[ \t]*>/;
/** An email client's attribution before the quoted message: "On Tue, 4 Jun 2024, Dana <d@x.com> wrote:" (the address may wrap onto a second line). */
const WROTE = /\bwrote:[ \t]*$/i;
const ON = /^[ \t>]*On\b/;
/** Where the earlier message starts in a top-posted reply: a separator, or a header block ("From:" then "Sent:"/"Date:"). */
const SEPARATOR = /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}[ \t]*$/i;
const HEADER_FROM = /^[ \t*]*From:[ \t*]/;
const HEADER_NEXT = /^[ \t*]*(?:Sent|Date|To):[ \t*]/;
/** An email's greeting among its first lines: "Hi Dana,", "Dear customer,", "Hello there!". */
const GREETING = /^[ \t*_]*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^\n]{0,60}[,!:.]?[ \t]*$/i;
/** How many of a reply's first lines its greeting may stand on (a subject line, a ticket number before it). */
const GREETING_LINES = 5;
/**
 * A line that may open one of the marks above (every one stands at a line's start): looked for at each line's start
 * before the lines are read (a regex over the whole reply costs several times more, and most replies have none).
 */
const LINE_MARK = /[ \t*_]*(?:>|on |-{2,}|from:|observation|tool|function|\[|<|```|~~~|\(?\d{1,2}:\d{2}|user|customer|caller|human|client|patient|guest|visitor|shopper|buyer)/iy;

function hasLineMark(text: string, upTo: number): boolean {
  for (let at = 0; at >= 0 && at <= upTo; at = text.indexOf('\n', at) + 1 || -1) {
    LINE_MARK.lastIndex = at;
    if (LINE_MARK.test(text)) return true;
  }
  return false;
}

/**
 * The other parties' words in a reply, as edits that drop their lines: correspondence quoted in an email reply,
 * the earlier message below a separator, a tool's output, the other party's turns in a transcript (see the
 * module's comment). No edits where the reply shows none.
 */
export function othersWords(text: string): Edit[] {
  const upTo = Math.min(text.length, MAX_LOGGED);
  if (!hasLineMark(text, upTo)) return [];
  const lines = linesOf(text, upTo);
  const dropped = new Array<boolean>(lines.length).fill(false);
  const isBlank = (i: number): boolean => text.slice(lines[i]!.start, lines[i]!.end).trim() === '';
  const line = (i: number): string => text.slice(lines[i]!.start, lines[i]!.end);
  const opensAsEmail = lines.slice(0, GREETING_LINES).some((l) => GREETING.test(text.slice(l.start, l.end)));
  // whether the assistant's turns are labelled too, read at the first other party's turn (most replies have none)
  let labelled: boolean | undefined;
  let quoting = false; // inside quoted correspondence after an attribution
  let earlierMessage = false; // a separator: everything after it, to the reply's end, is the earlier message
  for (let i = 0; i < lines.length; i++) {
    const l = line(i);
    if (SEPARATOR.test(l) || (HEADER_FROM.test(l) && [1, 2].some((k) => i + k < lines.length && HEADER_NEXT.test(line(i + k))))) {
      for (let k = i; k < lines.length; k++) dropped[k] = true;
      earlierMessage = true;
      break;
    }
    if (WROTE.test(l) && (ON.test(l) || (i > 0 && ON.test(line(i - 1))))) {
      dropped[i] = true;
      if (!ON.test(l)) dropped[i - 1] = true;
      quoting = true;
      continue;
    }
    if (QUOTED.test(l)) {
      if (quoting || opensAsEmail || /^[ \t]*>[ \t]*>/.test(l)) dropped[i] = true;
      continue;
    }
    if (quoting && !isBlank(i)) quoting = false;
    if (TOOL_OUTPUT.test(l)) {
      const tagged = /^[ \t]*(?:<|```|~~~)/.test(l);
      dropped[i] = true;
      // a tagged output closed on its own line ("<tool_result>42</tool_result>") is that line
      if (tagged && TOOL_OUTPUT_CLOSED.test(l)) continue;
      for (i++; i < lines.length; i++) {
        const next = line(i);
        if (tagged) {
          dropped[i] = true;
          if (TOOL_OUTPUT_END.test(next)) break;
        } else if (isBlank(i) || OWN_LABEL.test(next) || OTHER_SPEAKER.test(next) || TOOL_OUTPUT.test(next)) {
          i--;
          break;
        } else dropped[i] = true;
      }
      continue;
    }
    if (OTHER_SPEAKER.test(l) && (labelled ??= lines.some((_, k) => OWN_LABEL.test(line(k))))) {
      dropped[i] = true;
      for (i++; i < lines.length && !isBlank(i) && !OWN_LABEL.test(line(i)) && !OTHER_SPEAKER.test(line(i)) && !TOOL_OUTPUT.test(line(i)); i++) dropped[i] = true;
      i--;
    }
  }
  // each run of dropped lines as one edit, with its line breaks
  const edits: Edit[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!dropped[i]) continue;
    let j = i;
    while (j + 1 < lines.length && dropped[j + 1]) j++;
    edits.push([lines[i]!.start, earlierMessage && j === lines.length - 1 ? text.length : Math.min(text.length, lines[j]!.end + 1), '']);
    i = j;
  }
  return edits;
}

/** The lines of text[0, upTo). */
function linesOf(text: string, upTo: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start <= upTo; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > upTo ? upTo : newline;
    lines.push({ start, end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}
