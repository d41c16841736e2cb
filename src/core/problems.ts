// One way to say what is wrong with an input: a Problem names the file, the 1-based line and
// column, the field (a dotted path such as `cases[3].assert[0].type`) and what is wrong. Suites,
// case files, replay recordings, run records and reports all report through it, so the CLI, the
// Problems panel and the results panel print every bad input the same way (formatProblem).
import type * as z from 'zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Problem {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** dotted path of the field; empty for the whole file or line */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Thrown by the parse helpers: every problem found, errors first. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'));
  }
}

export function problemAt(file: string, message: string, where: { line?: number; column?: number; field?: string; severity?: Problem['severity'] } = {}): Problem {
  return { file, line: where.line ?? 1, column: where.column ?? 1, field: where.field ?? '', message, severity: where.severity ?? 'error' };
}

/** `file:line:column: [warning: ]field: message`, the one printed form. */
export function formatProblem(p: Problem, displayFile = p.file): string {
  const level = p.severity === 'warning' ? 'warning: ' : '';
  return `${displayFile}:${p.line}:${p.column}: ${level}${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

export type FieldPath = readonly PropertyKey[];

/** `cases[3].assert[0].type` from a path of keys and indexes. */
export function fieldOf(path: FieldPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '');
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Where JSON.parse failed. V8 says either "at position N" or quotes the text around the bad token
 * (`Unexpected token ']', ..."a" }, ]..." is not valid JSON`, 10 characters each side when cut).
 */
export function jsonErrorOffset(message: string, text: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  // Exact, at the price of a few more parses of what already failed: fine below a megabyte.
  if (text.length <= 1 << 20) return firstBadOffset(text);
  const quoted = /^Unexpected token '([^']+)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted) return undefined;
  const [, token, cut, snippet] = quoted as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(snippet);
  if (start < 0) return undefined;
  return start + (cut ? 10 : Math.max(0, snippet.indexOf(token)));
}

/**
 * Where JSON.parse gave up, for the V8 messages that do not say (Node 22+: `Unexpected token '}', "…"
 * is not valid JSON`): the shortest prefix that fails for a reason other than ending too early. A
 * prefix of valid JSON only ever fails by ending early, so the search is a bisection.
 */
function firstBadOffset(text: string): number {
  const failsBeforeEnd = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (err) {
      const message = (err as Error).message;
      const at = /position (\d+)/.exec(message);
      return !(/end of JSON input|Unterminated/i.test(message) || (at !== null && Number(at[1]) >= length));
    }
  };
  if (!failsBeforeEnd(text.length)) return 0;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsBeforeEnd(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/**
 * V8's reason for a JSON.parse failure without the text it quotes (`Unexpected token 'r',
 * "root:x:0:0:"... is not valid JSON` would print what a file named by a repository holds — a link
 * to a secret, a replay file anywhere): "Unexpected token 'x'", "Unexpected end of JSON input".
 * The position goes in the problem's line and column instead.
 */
export function jsonReason(message: string): string {
  const reason = message
    .replace(/,? ?(\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ at position \d+.*$/, '')
    .trim();
  return reason || 'not JSON';
}

/** A JSON.parse error of `text` as "<reason> at line L, column C" (or "at column C"), never quoting the text. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(message, text);
  if (offset === undefined) return jsonReason(message);
  const { line, column } = lineColumnAt(text, offset);
  return text.includes('\n') ? `${jsonReason(message)} at line ${line}, column ${column}` : `${jsonReason(message)} at column ${column}`;
}

/**
 * How deep an input may nest. Real ones use a handful of levels; a 200,000-deep array would
 * overflow the stack of every recursive step after parsing (rendering, validation, positions).
 */
export const MAX_NESTING = 64;

export const tooDeepMessage = `nested more than ${MAX_NESTING} levels deep; PromptShift reads at most ${MAX_NESTING}`;

/**
 * Where JSON (or YAML flow) text first opens a bracket deeper than `limit`, outside strings (and,
 * for YAML, quoted scalars and comments), else undefined. Linear, and checked before parsing: the
 * yaml parser takes tens of seconds to give up on 200,000 levels.
 */
export function depthExceededAt(text: string, limit = MAX_NESTING, yaml = false): number | undefined {
  let depth = 0;
  let quote = 0; // the quote character of the string we are in, or 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 0x5c && quote === 0x22) i++; // backslash in a double-quoted string: skip the escaped character
      else if (c === quote) quote = 0;
    } else if (c === 0x22 || (yaml && c === 0x27)) quote = c;
    else if (yaml && c === 0x23 && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i); // a comment: to the end of the line
      i = nl < 0 ? text.length : nl;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * Where a field of a JSON (or YAML) text is written, 1-based; the nearest existing parent when the
 * field is missing. Only called once something is wrong, so parsing the text again costs nothing.
 */
export function locateField(text: string, path: FieldPath): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const seg of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      next = pair?.value;
      if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
    } else if (isSeq(node) && typeof seg === 'number') next = node.items[seg];
    if (!next || typeof next !== 'object' || !('range' in next)) break;
    node = next as Node;
    offset = node.range?.[0] ?? offset;
  }
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Problems of a zod validation, each naming its field; `line` places them in a JSONL file. */
export function zodProblems(error: z.ZodError, file: string, where: { line?: number; prefix?: FieldPath; text?: string } = {}): Problem[] {
  return error.issues.map((issue) => {
    const path = [...(where.prefix ?? []), ...issue.path];
    const at = where.line ? { line: where.line } : where.text !== undefined ? locateField(where.text, issue.path) : {};
    return problemAt(file, issue.message, { ...at, field: fieldOf(path) || '(top level)' });
  });
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** JSON text → a value of `schema`, or problems at line:column (syntax) or the field (shape). */
export function tryParseJson<T>(text: string, file: string, schema?: z.ZodType<T>, line?: number): Parsed<T> {
  const at = (offset: number) => {
    const pos = lineColumnAt(text, offset);
    return line === undefined ? pos : { line: line + pos.line - 1, column: pos.column };
  };
  const deep = depthExceededAt(text);
  if (deep !== undefined) return { ok: false, problems: [problemAt(file, tooDeepMessage, at(deep))] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    return { ok: false, problems: [problemAt(file, `not valid JSON (${jsonReason(message)})`, at(jsonErrorOffset(message, text) ?? 0))] };
  }
  if (!schema) return { ok: true, value: value as T };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: zodProblems(parsed.error, file, line === undefined ? { text } : { line }) };
}

/** Like tryParseJson, throwing a ProblemError. */
export function parseJson<T>(text: string, file: string, schema?: z.ZodType<T>): T {
  const parsed = tryParseJson(text, file, schema);
  if (!parsed.ok) throw new ProblemError(parsed.problems);
  return parsed.value;
}

export interface JsonlLine<T> {
  value: T;
  /** 1-based */
  line: number;
}

/** A line's field problems shown in full up to this many; beyond, the first few and how many more. */
const LINE_PROBLEMS_SHOWN = 3;

/**
 * Every line of a JSONL text that parses and fits `schema`, and a problem for every one that does
 * not (none is dropped silently). A last line without '\n' in a file that is appended to
 * (`appended: true`) is a write cut short, reported as such. A line with many wrong fields (a line
 * of another kind of file) names its first two and says how many more, not one warning a field.
 */
export function parseJsonl<T>(schema: z.ZodType<T>, text: string, file: string, options: { appended?: boolean; severity?: Problem['severity'] } = {}): { lines: JsonlLine<T>[]; problems: Problem[] } {
  const lines: JsonlLine<T>[] = [];
  const problems: Problem[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    const torn = end === -1;
    if (torn) end = text.length;
    lineNo++;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (raw.trim() === '') continue;
    const parsed = tryParseJson(raw, file, schema, lineNo);
    if (parsed.ok) lines.push({ value: parsed.value, line: lineNo });
    else if (torn && options.appended) problems.push(problemAt(file, 'incomplete last line (an interrupted write); ignored', { line: lineNo, severity: 'warning' }));
    else problems.push(...lineProblems(parsed.problems).map((p) => (options.severity ? { ...p, severity: options.severity } : p)));
  }
  return { lines, problems };
}

/** One line's problems, the first two and a count when there are more than LINE_PROBLEMS_SHOWN. */
function lineProblems(problems: Problem[]): Problem[] {
  if (problems.length <= LINE_PROBLEMS_SHOWN) return problems;
  const [first] = problems;
  const more = problems.length - 2;
  return [...problems.slice(0, 2), { ...first!, field: '', message: `and ${more} more fields wrong or missing on this line (${problems.slice(2).map((p) => p.field || '(line)').join(', ')})` }];
}
