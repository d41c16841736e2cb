// Reads suite text (YAML, or JSON, which is YAML too) into data plus a locator for positions.
// JSON is first checked with JSON.parse so a JSON file is held to JSON's rules, not YAML's.
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { describeJsonError, jsonErrorOffset } from '../files/json';
import { DocumentLocator, type SuiteIssue } from './issues';

export { jsonErrorOffset };

export interface ReadDocument {
  data: unknown;
  locator: DocumentLocator;
  issues: SuiteIssue[];
}

/** `shape: 'list'` is for promptfoo test files, which are a list of tests rather than a map. */
export function readDocument(text: string, file: string, shape: 'map' | 'list' = 'map'): ReadDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locator = new DocumentLocator(file, doc, lineCounter);
  const issues: SuiteIssue[] = [];
  const positioned = (err: YAMLError, severity: SuiteIssue['severity']): SuiteIssue => {
    const start = lineCounter.linePos(err.pos[0]);
    const end = lineCounter.linePos(Math.max(err.pos[0], err.pos[1]));
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, field: '', message: err.message, severity };
  };
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(text);
    } catch (err) {
      const where = lineCounter.linePos(jsonErrorOffset((err as Error).message, text) ?? 0);
      issues.push({ file, line: where.line, column: where.col, field: '', message: `not valid JSON: ${describeJsonError(err, text)}`, severity: 'error' });
      return { data: undefined, locator, issues };
    }
  }
  issues.push(...doc.errors.map((e) => positioned(e, 'error')), ...doc.warnings.map((e) => positioned(e, 'warning')));
  if (doc.errors.length > 0) return { data: undefined, locator, issues };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    // An alias before its anchor (`*a`) or an alias bomb: yaml throws instead of reporting.
    issues.push({ file, line: 1, column: 1, field: '', message: `cannot read the YAML: ${(err as Error).message}`, severity: 'error' });
    return { data: undefined, locator, issues };
  }
  const fits = shape === 'list' ? Array.isArray(data) : data !== null && typeof data === 'object' && !Array.isArray(data);
  if (!fits) {
    const message = shape === 'list' ? 'a test file must be a list of tests' : 'a suite must be a map of fields (prompt, provider, cases, …)';
    issues.push({ file, line: 1, column: 1, field: '', message, severity: 'error' });
    return { data: undefined, locator, issues };
  }
  return { data, locator, issues };
}
