// Cases from files next to the suite: JSONL (one case object per line, as an inline case) and CSV
// (an `input`/`prompt`/`question` column, `id`, `expect_<behaviour>` columns, promptfoo's
// `__expected` assert columns; every other column is a var). Errors name the line of that file.
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, parseDocument } from 'yaml';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { checkAssert, type Assert } from './asserts';
import { describeJsonError, jsonErrorOffset } from '../files/json';
import { depthExceededAt, nestedDeeperThan, tooDeepMessage } from './document';
import { DocumentLocator, suggest, type SuiteIssue } from './issues';
import { InlineCaseSchema, type Expectations, type InlineCase } from './schema';

export interface LoadedCase {
  id: string;
  description?: string;
  /** the user message template (rendered with vars) */
  input: string;
  vars: Record<string, unknown>;
  expect?: Expectations;
  asserts: Assert[];
  /** where the case is written: the suite position, or the line of its JSONL/CSV file */
  source: { file: string; line: number; column: number; field: string };
}

/** A case as read, before ids are assigned and checked across the whole suite. */
export type RawCase = Omit<LoadedCase, 'id'> & { id?: string };

/** An inline case (suite `cases:` entry or JSONL line) that passed its schema. */
export function fromInlineCase(c: InlineCase, source: RawCase['source']): RawCase {
  return {
    ...(c.id !== undefined && { id: c.id }),
    ...(c.description !== undefined && { description: c.description }),
    input: c.input,
    vars: c.vars ?? {},
    ...(c.expect !== undefined && { expect: c.expect as Expectations }), // zod never sets absent keys
    asserts: c.assert ?? [],
    source,
  };
}

export interface CaseFileResult {
  cases: RawCase[];
  issues: SuiteIssue[];
}

const at = (file: string, line: number, field: string, message: string, severity: SuiteIssue['severity'] = 'error', column = 1): SuiteIssue => ({
  file,
  line,
  column,
  field,
  message,
  severity,
});

export function parseJsonlCases(text: string, file: string): CaseFileResult {
  const cases: RawCase[] = [];
  const issues: SuiteIssue[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    const lineNo = index + 1;
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      const offset = jsonErrorOffset((err as Error).message, line) ?? 0;
      issues.push(at(file, lineNo, '', `not valid JSON: ${describeJsonError(err, line)}`, 'error', offset + 1));
      return;
    }
    if (nestedDeeperThan(data)) {
      issues.push(at(file, lineNo, '', tooDeepMessage, 'error', (depthExceededAt(line) ?? 0) + 1));
      return;
    }
    const parsed = InlineCaseSchema.safeParse(data);
    if (!parsed.success) {
      // Only now pay for a positioned parse of the line, to point at the bad field.
      const lineCounter = new LineCounter();
      const doc = parseDocument(line, { lineCounter });
      issues.push(...new DocumentLocator(file, doc, lineCounter, index).fromZod(parsed.error, InlineCaseSchema));
      return;
    }
    cases.push(fromInlineCase(parsed.data, { file, line: lineNo, column: 1, field: '' }));
  });
  return { cases, issues };
}

export const CSV_INPUT_COLUMNS = ['input', 'prompt', 'question'] as const;

export interface CsvOptions {
  /** promptfoo test CSVs have no input column: every plain column is a var */
  inputColumn?: boolean;
}

export function parseCsvCases(text: string, file: string, options: CsvOptions = {}): CaseFileResult {
  const cases: RawCase[] = [];
  const issues: SuiteIssue[] = [];
  let rows: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, info: true, raw: true }) as typeof rows;
  } catch (err) {
    const lines = (err as { lines?: number }).lines;
    return { cases, issues: [at(file, lines ?? 1, '', `not valid CSV: ${(err as Error).message}`)] };
  }
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  const inputColumn = options.inputColumn === false ? undefined : header.find((h) => (CSV_INPUT_COLUMNS as readonly string[]).includes(h.trim().toLowerCase()));
  if (options.inputColumn !== false && rows.length > 0 && inputColumn === undefined) {
    issues.push(at(file, 1, '', `no input column: name one column ${CSV_INPUT_COLUMNS.join(', ')} (the other columns become vars)`));
    return { cases, issues };
  }
  // Header problems are reported once, at line 1, and their columns skipped in every row.
  const skipped = new Set<string>();
  for (const column of header) {
    const key = column.trim();
    const lower = key.toLowerCase();
    if (lower.startsWith('expect_') && !behaviourOf(key.slice('expect_'.length))) {
      const hint = suggest(key.slice('expect_'.length), BEHAVIOURS);
      issues.push(at(file, 1, key, `unknown behaviour '${key.slice('expect_'.length)}'${hint ? ` — did you mean 'expect_${hint}'?` : ''}`));
      skipped.add(column);
    } else if (key.startsWith('__') && !lower.startsWith('__expected') && lower !== '__description') {
      issues.push(at(file, 1, key, `column '${key}' is not supported and is ignored`, 'warning'));
      skipped.add(column);
    }
  }
  for (const { record, raw, info } of rows) {
    // info.lines is where the record ends; a quoted field may span lines.
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
    const row: RawCase = { input: '', vars: {}, asserts: [], source: { file, line, column: 1, field: '' } };
    for (const [column, value] of Object.entries(record)) {
      if (skipped.has(column)) continue;
      const key = column.trim();
      const lower = key.toLowerCase();
      if (column === inputColumn) row.input = value;
      else if (lower === 'id') {
        if (value.trim() !== '') row.id = value.trim();
      } else if (lower.startsWith('expect_')) readExpectation(key, value, row, issues);
      else if (lower.startsWith('__expected')) readCsvAssert(key, value, row, issues);
      else if (lower === '__description') row.description = value;
      else row.vars[key] = value;
    }
    cases.push(row);
  }
  return { cases, issues };
}

const behaviourOf = (name: string): Behaviour | undefined => BEHAVIOURS.find((b) => b.toLowerCase() === name.toLowerCase());

const TRUE = ['true', 'yes', '1', 'y'];
const FALSE = ['false', 'no', '0', 'n'];

function readExpectation(column: string, value: string, row: RawCase, issues: SuiteIssue[]): void {
  const { file, line } = row.source;
  const behaviour = behaviourOf(column.slice('expect_'.length))!; // unknown ones were skipped
  const v = value.trim().toLowerCase();
  if (v === '') return;
  if (!TRUE.includes(v) && !FALSE.includes(v)) {
    issues.push(at(file, line, column, `'${value}' is not a yes/no value (true/false, yes/no, 1/0)`));
    return;
  }
  row.expect = { ...row.expect, [behaviour]: TRUE.includes(v) };
}

/** promptfoo's `__expected` cells: `type: value` (e.g. `icontains: refund`, `is-json`), else `equals`. */
function readCsvAssert(column: string, cell: string, row: RawCase, issues: SuiteIssue[]): void {
  const { file, line } = row.source;
  if (cell.trim() === '') return;
  const m = /^\s*([a-z][a-z-]*)\s*(?::\s*([\s\S]*))?$/.exec(cell);
  const type = m?.[1];
  const looksTyped = type !== undefined && (m?.[2] !== undefined || type === 'is-json' || type === 'not-is-json');
  if (!looksTyped) {
    row.asserts.push({ type: 'equals', value: cell });
    return;
  }
  const checked = checkAssert(m?.[2] === undefined ? { type } : { type, value: m[2] });
  if (checked.assert) row.asserts.push(checked.assert);
  else if (checked.problems.some((p) => p.field === 'type')) issues.push(at(file, line, column, `assert type '${type}' is not supported by PromptShift; this check is skipped`, 'warning'));
  else issues.push(at(file, line, column, checked.problems.map((p) => p.message).join('; ')));
}
