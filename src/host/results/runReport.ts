// Reads a run's report (`.promptshift/runs/<run-id>/report.json`, CONTRACTS.md §5) for the panel,
// validated against the report schema. Errors name the file and the line/column or field.
// Plain Node (no `vscode`), so it is unit-tested directly.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ShiftReport } from '../../core/report/schema';

export const RUNS_DIR = join('.promptshift', 'runs');

export function reportPath(workspaceRoot: string, runId: string): string {
  if (!/^[\w.-]+$/.test(runId) || runId === '.' || runId === '..') throw new Error(`Not a run id: ${JSON.stringify(runId)}`);
  return join(workspaceRoot, RUNS_DIR, runId, 'report.json');
}

export async function readRunReport(workspaceRoot: string, runId: string): Promise<ShiftReport> {
  const file = reportPath(workspaceRoot, runId);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file (run ${runId} has no report yet)` : `${file}: ${(err as Error).message}`);
  }
  return parseReport(text, file);
}

export function parseReport(text: string, file: string): ShiftReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : firstBadOffset(text);
    throw new Error(`${file}${offset === null ? '' : lineColumn(text, offset)}: not valid JSON (${message})`);
  }
  const parsed = ShiftReport.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '';
    throw new Error(`${file}: field ${field || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * Where JSON.parse gave up, for the V8 messages that do not say (Node 22+: `Unexpected token '}', "…"
 * is not valid JSON`): the shortest prefix that fails for a reason other than ending too early. A
 * prefix of valid JSON only ever fails by ending early, so the search is a bisection.
 */
function firstBadOffset(text: string): number | null {
  const failsBeforeEnd = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (err) {
      const message = (err as Error).message;
      const at = /position (\d+)/.exec(message);
      const endedEarly = /end of JSON input|Unterminated/i.test(message) || (at !== null && Number(at[1]) >= length);
      return !endedEarly;
    }
  };
  if (!failsBeforeEnd(text.length)) return null;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsBeforeEnd(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `:${line}:${offset - before.lastIndexOf('\n')}`;
}
