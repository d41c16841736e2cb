// report.json written one case at a time (issue 17: a 100,000-call run's report is never one object
// or one string): the case list's entries as each case is built, and the text around them (the
// summary before, the run's fields after) once every case is in. Put together they are the same
// bytes as toJson(report): JSON.stringify with two spaces, spelled inert.
import { inertJsonText } from './inert';
import type { CaseReport, ShiftReport } from './schema';

/** The cases' indentation inside the report: each is an element of a top-level array. */
const CASE_INDENT = '\n    ';

/** The `index`-th entry of the report's case list, with the separator before it. */
export function caseListEntry(c: CaseReport, index: number): string {
  // a JSON string never holds a raw line end, so every '\n' is between tokens
  return (index === 0 ? CASE_INDENT : ',' + CASE_INDENT) + inertJsonText(JSON.stringify(c, null, 2)).replaceAll('\n', CASE_INDENT);
}

/** The report's text before its case list's entries (`head`) and after them (`tail`); `header` has `cases: []`. */
export function reportTextAround(header: ShiftReport, cases: number): { head: string; tail: string } {
  const text = inertJsonText(JSON.stringify({ ...header, cases: [] }, null, 2)) + '\n';
  // the one top-level key at two spaces' indent: a nested key is indented deeper, and a string holds no raw line end
  const marker = '\n  "cases": [';
  const at = text.indexOf(marker + ']');
  if (at < 0) throw new Error('report header without its case list');
  const cut = at + marker.length;
  return { head: text.slice(0, cut), tail: (cases > 0 ? '\n  ' : '') + text.slice(cut) };
}
