// Reads and validates a report.json: bad files are reported with the file and the field.
import * as fs from 'node:fs';
import { ShiftReport } from './schema';

export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
}

export function parseReport(text: string, file: string): ShiftReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ReportFileError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = ShiftReport.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `field ${fieldPath(i.path)}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new ReportFileError(`${file}: not a PromptShift report: ${issues.join('; ')}${more}`);
  }
  return parsed.data;
}

export function readReportFile(file: string): ShiftReport {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ReportFileError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseReport(text, file);
}
