// The workspace's runs as a list shows them (the Runs view, `promptshift runs`): newest first, each
// with its status, when it started, and its report without the outputs (RunFolder.readReportHeader).
import type { ShiftReport } from '../report/schema';
import type { RunFolder, RunStore } from './store';

export interface ListedRun {
  runId: string;
  runDir: string;
  /** running, completed, cancelled, failed; `unknown` when neither run.json nor a report says */
  status: string;
  createdAt?: string;
  /** the report without its outputs (`cases: []`), once the run has one */
  report?: ShiftReport;
  /** why the report could not be read */
  problem?: string;
}

/** Every run of `store`, newest first; `readReport` reads a report's header (a caller may cache it). A run without report.json has no report yet, not a problem. */
export function listRuns(store: RunStore, readReport: (folder: RunFolder) => ShiftReport = (folder) => folder.readReportHeader().report): ListedRun[] {
  return store.list().map(({ runId, folder, meta }) => {
    const run: ListedRun = { runId, runDir: folder.dir, status: 'unknown' };
    try {
      run.report = readReport(folder);
      if (run.report.createdAt) run.createdAt = run.report.createdAt;
    } catch (err) {
      if (folder.hasReport()) run.problem = err instanceof Error ? err.message : String(err);
    }
    run.status = meta?.status ?? (run.report ? 'completed' : 'unknown');
    if (!run.createdAt && meta?.createdAt) run.createdAt = meta.createdAt;
    return run;
  });
}
