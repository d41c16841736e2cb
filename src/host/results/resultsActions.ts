// What the results panel's buttons do, and the Export Eval Run / Reveal Run Record commands, all
// written against the run store.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportReport, EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from '../../core/report';
import type { Attribution, ShiftReport } from '../../core/report/schema';
import { CALLS_FILE, RUN_FILE } from '../../core/run/store';
import type { RunStore } from '../../core/run';
import { writeFileAtomic } from '../../core/files';
import { appendLabel, labelFigures, labelOf, marksOfRun, readLabels, withUserLabels } from '../../core/labels';
import type { LabelsView } from '../../webview/protocol';
import { argObject } from '../commands';
import { versionUri } from '../history/versionDocuments';
import type { ResultsActions } from './actions';

export interface ResultsActionDeps {
  runStore: () => RunStore | undefined;
  /** the run the panel shows, else the newest */
  currentRunId: () => string | undefined;
  /** re-runs cases of a run (the Run Paired Eval command with `rerunOf`) */
  rerun: (arg: Record<string, unknown>) => Promise<unknown>;
  /** explains a shift (the Explain This Shift command) */
  explain: (arg: Record<string, unknown>) => Promise<{ attribution: Attribution } | undefined>;
}

function storeOf(deps: ResultsActionDeps): RunStore {
  const store = deps.runStore();
  if (!store) throw new Error('Open a folder to see its eval runs.');
  return store;
}

function runIdOf(arg: unknown, deps: ResultsActionDeps): string {
  const { runId } = argObject(arg);
  const id = typeof runId === 'string' && runId ? runId : deps.currentRunId();
  if (!id) throw new Error('No eval run selected.');
  return id;
}

/** Export Eval Run: `{runId?, format?, path?}`; asks for what is missing. */
export async function exportRunCommand(deps: ResultsActionDeps, arg?: unknown): Promise<{ path: string } | undefined> {
  const store = storeOf(deps);
  const args = argObject(arg);
  const runId = runIdOf(arg, deps);
  let format = typeof args['format'] === 'string' ? (args['format'] as ExportFormat) : undefined;
  if (!format) {
    format = (await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((f) => ({ label: f, description: { md: 'Markdown, for a pull-request comment', html: 'standalone HTML page', json: 'report JSON', junit: 'JUnit XML for CI' }[f] })),
      { placeHolder: 'Export as…' },
    ))?.label as ExportFormat | undefined;
    if (!format) return undefined;
  }
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`Unknown export format '${format}': expected ${EXPORT_FORMATS.join(', ')}.`);
  // exports carry the user's own label figures in each detector card
  const report = withUserLabels(store.folder(runId).readReport(), labelFigures(readLabels(store.root).labels));
  let target = typeof args['path'] === 'string' ? args['path'] : undefined;
  if (!target) {
    const uri = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(path.join(store.root, `promptshift-${runId}${EXPORT_EXTENSIONS[format]}`)) });
    if (!uri) return undefined;
    target = uri.fsPath;
  }
  writeFileAtomic(target, exportReport(report, format));
  return { path: target };
}

/** Reveal Run Record: opens the run's calls.jsonl (or run.json before the first call). */
export async function revealRunRecordCommand(deps: ResultsActionDeps, arg?: unknown): Promise<void> {
  const folder = storeOf(deps).folder(runIdOf(arg, deps));
  const calls = folder.file(CALLS_FILE);
  await vscode.window.showTextDocument(vscode.Uri.file(fs.existsSync(calls) ? calls : folder.file(RUN_FILE)), { preview: true });
}

/** The panel's view of the user's labels: figures per behaviour (built-in and the suites' own), this run's marks of A and B. */
function labelsView(root: string, runId: string): LabelsView {
  const { labels } = readLabels(root);
  const figures = labelFigures(labels);
  const view: LabelsView = { figures, marks: [] };
  for (const l of marksOfRun(labels, runId)) {
    if (l.arm === 'aPrime') continue; // the panel shows A and B
    view.marks.push({ caseId: l.caseId, side: l.arm, sample: l.sample, behaviour: l.behaviour, correct: l.correct });
  }
  return view;
}

export function createResultsActions(deps: ResultsActionDeps): ResultsActions {
  /** VS Code's diff editor on the run's prompt, A against B (by content), optionally with lines of B selected. */
  async function openDiff(report: ShiftReport, selection?: vscode.Range): Promise<void> {
    const root = deps.runStore()?.root;
    const rel = report.a.path ?? report.b.path;
    if (!root || !rel) throw new Error('This run does not say which prompt file it evaluated.');
    const file = vscode.Uri.file(path.join(root, rel));
    const side = (v: ShiftReport['a']) => versionUri(file, v.promptSha256 ? `snapshot:${v.promptSha256}` : v.ref);
    const title = `${path.basename(rel)} (A: ${report.a.label ?? report.a.ref}) ↔ (B: ${report.b.label ?? report.b.ref})`;
    await vscode.commands.executeCommand('vscode.diff', side(report.a), side(report.b), title, selection ? { selection } : {});
  }

  return {
    async openPromptDiff(_runId, report: ShiftReport) {
      await openDiff(report);
    },
    async explainShift(runId, behaviour) {
      return (await deps.explain({ runId, behaviour }))?.attribution;
    },
    async openHunk(runId, report, hunkId) {
      // The report on disk: it carries the newest attribution, which the panel's copy may not.
      const attribution = storeOf(deps).folder(runId).readReportHeader().report.attribution ?? report.attribution;
      const hunk = attribution?.hunks.find((h) => h.id === hunkId);
      if (!hunk) throw new Error(`Run ${runId} has no explained hunk ${hunkId}.`);
      // B's lines of the hunk (a hunk that only removes has none: the diff opens at its start)
      await openDiff(report, hunk.b ? new vscode.Range(hunk.b[0] - 1, 0, hunk.b[1] - 1, Number.MAX_SAFE_INTEGER) : undefined);
    },
    async rerunCase(runId, caseId) {
      const store = storeOf(deps);
      const report = store.folder(runId).readReport();
      if (!report.suite) throw new Error('This run does not name its suite.');
      // The exact versions of the run (by content), fresh calls (no cache), only this case.
      const ref = (v: ShiftReport['a']) => (v.promptSha256 ? `snapshot:${v.promptSha256}` : v.ref);
      await deps.rerun({ suite: path.join(store.root, report.suite), a: ref(report.a), b: ref(report.b), caseIds: [caseId], noCache: true, rerunOf: runId, open: false });
    },
    async openCaseMessages(runId, caseId, side) {
      const messages = storeOf(deps).folder(runId).caseMessages(caseId, side === 'b' ? 'b' : 'a');
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(messages, null, 2) });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    },
    async exportRun(runId, format) {
      return exportRunCommand(deps, { runId, format });
    },
    async revealRunRecord(runId) {
      return revealRunRecordCommand(deps, { runId });
    },
    labelsOf(runId) {
      const store = deps.runStore();
      return store ? labelsView(store.root, runId) : { figures: {}, marks: [] };
    },
    async labelOutput(runId, report, mark) {
      const store = storeOf(deps);
      appendLabel(store.root, labelOf(report, runId, { caseId: mark.caseId, arm: mark.side, sample: mark.sample, behaviour: mark.behaviour }, mark.correct));
      return labelsView(store.root, runId);
    },
  };
}
