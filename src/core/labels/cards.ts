// Adds the user's label figures to a report's detector cards (`detector.yourLabels`), where a
// report leaves the product (exports, `report --format`) or is shown. The report builder stays a
// pure function of the run's records: labels are the user's, across runs, and change at any time.
import type { ShiftReport } from '../report/schema';
import type { LabelFigures } from '../report/schema';

export function withUserLabels(report: ShiftReport, figures: Readonly<Record<string, LabelFigures>>): ShiftReport {
  const behaviours = { ...report.summary.behaviours };
  let changed = false;
  for (const [b, summary] of Object.entries(behaviours) as [keyof typeof behaviours, (typeof behaviours)[keyof typeof behaviours]][]) {
    const mine = figures[b];
    if (!mine || !summary.detector) continue;
    behaviours[b] = { ...summary, detector: { ...summary.detector, yourLabels: mine } };
    changed = true;
  }
  return changed ? { ...report, summary: { ...report.summary, behaviours } } : report;
}
