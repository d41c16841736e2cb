// `promptshift report <run-id or run file> --format md|html|junit|json [--out FILE]`: exports a
// finished run's report.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { findWorkspaceRoot } from '../core/files';
import { EXPORT_FORMATS, exportReport, type ExportFormat } from '../core/report/exports';
import { readReportFile, RunStore, RunStoreError } from '../core/run';
import type { ShiftReport } from '../core/report/schema';
import { labelFigures, readLabels, withUserLabels } from '../core/labels';
import { formatProblem } from '../core/problems';
import { CliInputError, EXIT, writeOutFile, type CliCommand } from './common';

const USAGE = `usage: promptshift report <run-id or run file> --format ${EXPORT_FORMATS.join('|')} [--out FILE]`;

/**
 * A path to a report.json (or to a run folder holding one), else a run id (or an unambiguous
 * prefix of one) under `.promptshift/runs/` of the workspace found by walking up from `cwd`.
 */
export function loadReportRef(ref: string, cwd: string): ShiftReport {
  try {
    const direct = path.resolve(cwd, ref);
    if (fs.existsSync(direct)) return readReportFile(fs.statSync(direct).isDirectory() ? path.join(direct, 'report.json') : direct);
    return new RunStore(findWorkspaceRoot(cwd)).resolve(ref).readReport();
  } catch (err) {
    if (err instanceof RunStoreError) throw new CliInputError(err.message);
    throw err;
  }
}

export const reportCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } } });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const [ref, ...extra] = parsed.positionals;
  if (!ref || extra.length) throw new CliInputError(`expected one run id or report file\n${USAGE}`);
  const format = parsed.values.format ?? 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliInputError(`--format ${format}: expected one of ${EXPORT_FORMATS.join(', ')}\n${USAGE}`);
  }
  // the detector cards carry the user's own labels of outputs (.promptshift/labels.jsonl)
  const labels = readLabels(findWorkspaceRoot(io.cwd));
  for (const p of labels.problems) io.stderr(`${formatProblem(p)}\n`);
  const report = withUserLabels(loadReportRef(ref, io.cwd), labelFigures(labels.labels));
  const text = exportReport(report, format as ExportFormat);
  if (parsed.values.out) {
    writeOutFile(path.resolve(io.cwd, parsed.values.out), text);
    io.stderr(`wrote ${parsed.values.out}\n`);
  } else {
    io.stdout(text);
  }
  return EXIT.ok;
};
