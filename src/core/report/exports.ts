// One entry point for every export format (`report --format`, the Export Eval Run command).
import { toHtml } from './html';
import { toJunit } from './junit';
import { toMarkdown } from './markdown';
import type { ShiftReport } from './schema';
import { reportJsonText } from './jsonParts';

import type { ExportFormat } from './formats';

export { EXPORT_FORMATS, EXPORT_EXTENSIONS, type ExportFormat } from './formats';

/** The report as JSON: the same values, spelled so that nothing in it acts on a terminal or CI log, laid out as report.json. */
export function toJson(report: ShiftReport): string {
  return reportJsonText(report);
}

export function exportReport(report: ShiftReport, format: ExportFormat): string {
  switch (format) {
    case 'md':
      return toMarkdown(report);
    case 'html':
      return toHtml(report);
    case 'junit':
      return toJunit(report);
    case 'json':
      return toJson(report);
  }
}
