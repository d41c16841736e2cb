// Reads suite text (YAML, or JSON, which is YAML too) into data plus a locator for positions.
// JSON is first checked with JSON.parse so a JSON file is held to JSON's rules, not YAML's.
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { DocumentLocator, type SuiteIssue } from './issues';
import { depthExceededAt, describeJsonError, jsonErrorOffset, MAX_NESTING, tooDeepMessage } from '../problems';

/** True when `value` nests objects and arrays deeper than `limit` (iterative: no stack to overflow). */
export function nestedDeeperThan(value: unknown, limit = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export interface ReadDocument {
  data: unknown;
  locator: DocumentLocator;
  issues: SuiteIssue[];
}

/** `shape: 'list'` is for promptfoo test files, which are a list of tests rather than a map. */
export function readDocument(text: string, file: string, shape: 'map' | 'list' = 'map'): ReadDocument {
  const lineCounter = new LineCounter();
  const tooDeep = depthExceededAt(text, MAX_NESTING, !/\.json$/i.test(file));
  // parsed empty: the positions of a document this deep are not worth the parser's time
  const doc = parseDocument(tooDeep === undefined ? text : '', { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locator = new DocumentLocator(file, doc, lineCounter);
  const issues: SuiteIssue[] = [];
  const positioned = (err: YAMLError, severity: SuiteIssue['severity']): SuiteIssue => {
    const start = lineCounter.linePos(err.pos[0]);
    const end = lineCounter.linePos(Math.max(err.pos[0], err.pos[1]));
    // yaml catches its own stack overflow on deep nesting: say what it means
    const message = /Maximum call stack size exceeded/.test(err.message) ? `nested too deeply to read (${tooDeepMessage})` : err.message;
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, field: '', message, severity };
  };
  if (tooDeep !== undefined) {
    const before = text.slice(0, tooDeep);
    const line = before.split('\n').length;
    issues.push({ file, line, column: tooDeep - before.lastIndexOf('\n'), field: '', message: tooDeepMessage, severity: 'error' });
    return { data: undefined, locator, issues };
  }
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
  if (nestedDeeperThan(data)) {
    issues.push({ file, line: 1, column: 1, field: '', message: tooDeepMessage, severity: 'error' });
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
