// What every suite format shares once its cases are read: case files resolved from disk, ids
// assigned (`case-<n>` from the position when absent) and checked for duplicates.
import { resolve } from 'node:path';
import { parseCsvCases, parseJsonlCases, type CaseFileResult, type CsvOptions, type LoadedCase, type RawCase } from './case-files';
import type { SuiteIssue } from './issues';

export type { LoadedCase };

export interface FileAccess {
  readFile: (absolutePath: string) => Promise<string>;
  /** why the file may not be read (outside the workspace), else undefined */
  outside: (absolutePath: string, what: string) => string | undefined;
}

/** Reads a JSONL or CSV case file; a missing or unreadable file is an issue at `where`. */
export async function loadCaseFile(
  absolutePath: string,
  access: FileAccess,
  where: Omit<SuiteIssue, 'message' | 'severity'>,
  options: CsvOptions = {},
): Promise<CaseFileResult> {
  const outside = access.outside(absolutePath, 'case file');
  if (outside) return { cases: [], issues: [{ ...where, message: outside, severity: 'error' }] };
  let text: string;
  try {
    text = await access.readFile(absolutePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `case file not found: ${absolutePath}` : `cannot read case file ${absolutePath}: ${(err as Error).message}`;
    return { cases: [], issues: [{ ...where, message, severity: 'error' }] };
  }
  return /\.csv$/i.test(absolutePath) ? parseCsvCases(text, absolutePath, options) : parseJsonlCases(text, absolutePath);
}

export function resolveFrom(suiteFile: string, relative: string): string {
  return resolve(suiteFile, '..', relative);
}

export function assignIds(raw: readonly RawCase[]): { cases: LoadedCase[]; issues: SuiteIssue[] } {
  const explicit = new Set(raw.flatMap((c) => (c.id === undefined ? [] : [c.id])));
  const firstAt = new Map<string, LoadedCase['source']>();
  const issues: SuiteIssue[] = [];
  const cases = raw.map((c, index): LoadedCase => {
    let id = c.id;
    if (id === undefined) {
      id = `case-${index + 1}`;
      for (let k = 2; explicit.has(id); k++) id = `case-${index + 1}-${k}`;
    } else {
      const first = firstAt.get(id);
      if (first) {
        issues.push({
          ...c.source,
          field: c.source.field ? `${c.source.field}.id` : 'id',
          message: `duplicate case id '${id}' (first used at ${first.file}:${first.line})`,
          severity: 'error',
        });
      } else firstAt.set(id, c.source);
    }
    const { id: _id, ...rest } = c;
    return { id, ...rest };
  });
  return { cases, issues };
}
