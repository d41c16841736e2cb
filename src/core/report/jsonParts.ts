// report.json's text, the one owner of its layout. Two spaces' indent, spelled inert, and the case
// list last: everything a list of runs shows (versions, summary, gates, design) comes before the
// outputs, so a reader can stop where the cases begin (RunFolder.readReportHeader in run/store.ts:
// a few KB of a 64 MB report). Written one case at a time (issue 17: a 100,000-call run's report is
// never one object or one string): the case list's entries as each case is built, then the text
// before them once every case is in. Put together they are the same bytes as reportJsonText(report).
import { arrayKeyLine } from '../files';
import { inertJson, inertJsonText } from './inert';
import type { CaseReport, ShiftReport } from './schema';

/** Where the case list begins: its key at two spaces' indent (a nested key is indented deeper, and a
 *  JSON string holds no raw line end), so the first occurrence is the top-level key. */
export const CASES_KEY_LINE = arrayKeyLine('cases', 1);

/** The report with the same values and its case list as the last key. */
function casesLast<R extends { cases: unknown }>(report: R): R {
  const { cases, ...rest } = report;
  return { ...rest, cases } as R;
}

/** report.json's text for `report`. */
export function reportJsonText(report: ShiftReport): string {
  return inertJson(casesLast(report), 2) + '\n';
}

/** The cases' indentation inside the report: each is an element of a top-level array. */
const CASE_INDENT = '\n    ';

/** The `index`-th entry of the report's case list, with the separator before it. */
export function caseListEntry(c: CaseReport, index: number): string {
  // a JSON string never holds a raw line end, so every '\n' is between tokens
  return (index === 0 ? CASE_INDENT : ',' + CASE_INDENT) + inertJsonText(JSON.stringify(c, null, 2)).replaceAll('\n', CASE_INDENT);
}

/** The report's text before its case list's entries (`head`) and after them (`tail`); `header` has `cases: []`. */
export function reportTextAround(header: ShiftReport, cases: number): { head: string; tail: string } {
  const text = inertJsonText(JSON.stringify(casesLast({ ...header, cases: [] }), null, 2)) + '\n';
  const at = text.indexOf(CASES_KEY_LINE + ']');
  if (at < 0) throw new Error('report header without its case list');
  const cut = at + CASES_KEY_LINE.length;
  return { head: text.slice(0, cut), tail: (cases > 0 ? '\n  ' : '') + text.slice(cut) };
}
