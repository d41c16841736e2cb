// What the results panel asks the rest of the extension to do. The panel host validates each
// request from the webview and calls one of these; the eval glue (src/extension.ts) implements them.
// A method that throws sends its message back to the webview, which shows it.
import type { Attribution, ShiftReport } from '../../core/report/schema';
import type { ExportFormat, LabelsView, OutputMark, OutputSide } from '../../webview/protocol';

export interface ResultsActions {
  /** Opens VS Code's diff editor on the prompt of version A against version B. */
  openPromptDiff(runId: string, report: ShiftReport): Promise<void>;
  /** Runs one case again (A, A′ and B) and updates the run; the glue pushes the new report with ResultsPanel.update. */
  rerunCase(runId: string, caseId: string): Promise<void>;
  /** Opens the chat messages the case was rendered to for one version (e.g. as an untitled JSON document). */
  openCaseMessages(runId: string, caseId: string, side: OutputSide): Promise<void>;
  /** Exports the run; returns where it was written, if anywhere. */
  exportRun(runId: string, format: ExportFormat): Promise<{ path?: string } | void>;
  /** Shows the run's folder / JSONL record (explorer or editor). */
  revealRunRecord(runId: string): Promise<void>;
  /** Explains a behaviour's shift (the Explain This Shift command); the attribution, unless declined or cancelled. */
  explainShift(runId: string, behaviour: string): Promise<Attribution | undefined>;
  /** Opens the prompt diff A → B with the hunk selected. */
  openHunk(runId: string, report: ShiftReport, hunkId: string): Promise<void>;
  /** The user's labels: figures per behaviour (all runs of the workspace) and this run's marks. */
  labelsOf(runId: string): LabelsView;
  /** Records the user's verdict on a detector verdict of the run's output; returns the labels after it. */
  labelOutput(runId: string, report: ShiftReport, mark: OutputMark): Promise<LabelsView>;
}

/** Until the glue provides them: each action says so instead of failing silently. */
export const unavailableResultsActions: ResultsActions = {
  openPromptDiff: () => notYet('Opening the prompt diff'),
  rerunCase: () => notYet('Re-running a case'),
  openCaseMessages: () => notYet("Opening a case's messages"),
  exportRun: () => notYet('Exporting a run'),
  revealRunRecord: () => notYet('Revealing the run record'),
  explainShift: () => notYet('Explaining a shift'),
  openHunk: () => notYet('Opening a hunk'),
  labelsOf: () => ({ figures: {}, marks: [] }),
  labelOutput: () => notYet('Labelling an output'),
};

function notYet(what: string): Promise<never> {
  return Promise.reject(new Error(`${what} is not available in this build yet.`));
}
