// `promptshift runs [--json] [--limit N]`: the workspace's eval runs, newest first, as VS Code's Runs
// view lists them: when, status, suite, A → B, the significant shifts and the gates. Each report is
// read without its outputs (RunFolder.readReportHeader), so a list of large runs costs a few KB each.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { findWorkspaceRoot } from '../core/files';
import { relativeTime } from '../core/history';
import { failedGates } from '../core/report';
import { reportedP } from '../core/report/format';
import { headline } from '../core/report/headline';
import { reportBehaviours, type ShiftReport } from '../core/report/schema';
import { listRuns, RunStore, runsDirOf, type ListedRun } from '../core/run';
import { CliInputError, EXIT, type CliCommand } from './common';

const USAGE = 'usage: promptshift runs [--json] [--limit N]';

/** What --json prints of one run. */
function runJson(run: ListedRun): Record<string, unknown> {
  const out: Record<string, unknown> = { runId: run.runId, status: run.status };
  if (run.createdAt) out.createdAt = run.createdAt;
  if (run.problem) out.problem = run.problem;
  const r = run.report;
  if (!r) return out;
  if (r.suite) out.suite = r.suite;
  out.a = versionOf(r.a);
  out.b = versionOf(r.b);
  out.cases = r.summary.cases;
  out.samples = r.summary.samples;
  // the significant shifts, with the p-value a reader should look at (Holm-corrected where the report has it)
  out.shifts = reportBehaviours(r).flatMap((b) => {
    const s = r.summary.behaviours[b];
    return s?.significant ? [{ behaviour: b, a: s.a.rate, b: s.b.rate, delta: s.delta, pValue: reportedP(s) }] : [];
  });
  const gates = [...(r.summary.gates ?? []), ...(r.design?.gates ?? [])];
  out.gates = gates.length === 0 ? 'none' : failedGates(r).length ? 'failed' : 'passed';
  return out;
}

function versionOf(v: ShiftReport['a']): Record<string, string> {
  return v.label === undefined ? { ref: v.ref } : { ref: v.ref, label: v.label };
}

/** One line's cells: run id, when, status, suite, A → B, what it found. */
function runRow(run: ListedRun, now: Date): string[] {
  const when = run.createdAt ? relativeTime(run.createdAt, now) : '';
  const r = run.report;
  if (!r) return [run.runId, when, run.status, '', '', run.problem ? `unreadable report: ${run.problem}` : 'no report yet'];
  const failed = failedGates(r).map((g) => g.behaviour);
  const found = headline(r) + (failed.length ? ` — gate failed: ${[...new Set(failed)].join(', ')}` : '');
  return [run.runId, when, run.status, r.suite ?? '', `${r.a.label ?? r.a.ref} → ${r.b.label ?? r.b.ref}`, found];
}

export const runsCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: false, options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } } });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const limitText = parsed.values.limit;
  const limit = limitText === undefined ? Infinity : Number(limitText);
  if (!(limit === Infinity || (Number.isInteger(limit) && limit > 0))) throw new CliInputError(`--limit ${limitText}: expected a whole number above 0\n${USAGE}`);
  const root = findWorkspaceRoot(io.cwd);
  const runs = listRuns(new RunStore(root)).slice(0, limit);
  if (parsed.values.json) {
    io.stdout(JSON.stringify(runs.map(runJson), null, 2) + '\n');
    return EXIT.ok;
  }
  const dir = path.relative(io.cwd, runsDirOf(root)) || '.';
  if (!runs.length) {
    io.stdout(`No runs yet in ${dir}. Start one with: promptshift eval <suite>\n`);
    return EXIT.ok;
  }
  const now = new Date();
  const rows = runs.map((run) => runRow(run, now));
  const widths = rows[0]!.map((_, i) => (i === rows[0]!.length - 1 ? 0 : Math.max(...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  io.stdout(`Runs in ${dir}, newest first:\n\n${rows.map(line).join('\n')}\n\nOpen one with: promptshift report <run-id> --format md\n`);
  return EXIT.ok;
};
