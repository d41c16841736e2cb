// Problems with a suite, each at a file position (1-based line and column) so the CLI can print
// `file:line:column: field: message` and VS Code can put it in the Problems panel; positions come
// from the YAML document (DocumentLocator), the Problem type from core/problems.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import * as z from 'zod';
import { fieldOf, formatProblem, hasErrors, type FieldPath, type Problem } from '../problems';
import { suggest } from './suggest';
export { suggest };

/** A problem in a suite or one of its files: the project's one Problem type (core/problems). */
export type SuiteIssue = Problem;
export { fieldOf, hasErrors, type FieldPath };
export const formatIssue = formatProblem;

/** The suite file's issues first, then each case file's, each in line and column order. */
export function sortIssues(issues: readonly SuiteIssue[], suiteFile: string): SuiteIssue[] {
  const fileRank = (f: string) => (f === suiteFile ? '' : f);
  return [...issues].sort((a, b) => fileRank(a.file).localeCompare(fileRank(b.file)) || a.line - b.line || a.column - b.column);
}


interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** false when the path led to a field that is not there (a missing field: positioned at its parent) */
  exact: boolean;
}

/** Maps field paths of one parsed YAML/JSON document to positions in its file. */
export class DocumentLocator {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** lines before this document in its file (a JSONL line is a document of its own) */
    private readonly lineOffset = 0,
  ) {}

  /** `key: true` points at the field's name rather than its value (unknown or duplicate keys). */
  locate(path: FieldPath, options: { key?: boolean } = {}): Located {
    let node: Node | null | undefined = this.doc.contents;
    let target: { range?: [number, number, number] | null | undefined } | null | undefined = node;
    let exact = true;
    for (const [i, seg] of path.entries()) {
      let next: Node | null | undefined;
      let pair: Pair | undefined;
      if (isMap(node) && typeof seg === 'string') {
        pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
        next = pair?.value as Node | null | undefined;
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg] as Node | undefined;
      }
      if (pair === undefined && next === undefined) {
        exact = false;
        break;
      }
      const last = i === path.length - 1;
      // An empty value (`input:`) has no text of its own: point at its key.
        const empty = !next?.range || next.range[0] === next.range[1];
      target = (last && options.key) || empty ? ((pair?.key as Node | undefined) ?? next) : next;
      node = next;
    }
    const range = target?.range ?? [0, 0, 0];
    const start = this.lines.linePos(range[0]);
    let end = this.lines.linePos(Math.max(range[0], range[1]));
    // A whole map or list spans many lines; underline only its first line.
    if (end.line !== start.line) end = { line: start.line, col: this.lineEnd(start.line) };
    return { line: start.line + this.lineOffset, column: start.col, endLine: end.line + this.lineOffset, endColumn: end.col, exact };
  }

  private lineEnd(line: number): number {
    const starts = this.lines.lineStarts;
    const from = starts[line - 1] ?? 0;
    const to = starts[line] ?? from + 1;
    return Math.max(1, to - from);
  }

  issue(path: FieldPath, message: string, severity: SuiteIssue['severity'] = 'error', options: { key?: boolean } = {}): SuiteIssue {
    const { exact: _exact, ...pos } = this.locate(path, options);
    return { file: this.file, ...pos, field: fieldOf(path), message, severity };
  }

  /** Every zod issue, at its node; unknown keys get one issue each, with a "did you mean". */
  fromZod(error: z.ZodError, schema: z.ZodType, prefix: FieldPath = []): SuiteIssue[] {
    return error.issues.flatMap((zi) => {
      const path = [...prefix, ...(zi.path as (string | number)[])];
      if (zi.code === 'unrecognized_keys') {
        const known = objectKeysAt(schema, zi.path as (string | number)[]);
        return zi.keys.map((key) => {
          const hint = suggest(key, known);
          const message = `unknown field '${key}'${hint ? ` — did you mean '${hint}'?` : known.length ? ` (expected one of: ${known.join(', ')})` : ''}`;
          return this.issue([...path, key], message, 'error', { key: true });
        });
      }
      const located = this.locate(path);
      const field = path[path.length - 1];
      const message =
        !located.exact && zi.code === 'invalid_type' && typeof field === 'string'
          ? `missing required field '${field}'`
          : zi.message.replace(/^Invalid (input|option): /, '');
      return [this.issue(path, message)];
    });
  }
}

/** The field names a strict object schema accepts at a path (for suggestions). */
function objectKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else return [];
    s = s && unwrap(s);
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}
