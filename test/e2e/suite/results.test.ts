// The results panel from the extension host: opening a run written to .promptshift/runs through
// `promptshift.openRun`, one reused panel, and the report loader's errors naming file and field.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeExtension, workspaceRoot, waitFor, EXTENSION_ID } from './helpers';
import { RunStore } from '../../../src/core/run/store';
import { escalationDropReport } from '../../fixtures/reports/reports';

function writeRun(runId: string, content: string): string {
  const dir = path.join(workspaceRoot().fsPath, '.promptshift', 'runs', runId);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'report.json');
  fs.writeFileSync(file, content);
  return file;
}

/** The run store's one report reader, on the test workspace (as the panel reads runs). */
async function loadWorkspaceRunReport(runId: string) {
  return new RunStore(workspaceRoot().fsPath).folder(runId).readReport();
}

function resultsTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /promptshift\.results$/.test(t.input.viewType));
}

describe('results panel', () => {
  before(async () => {
    // Running this file alone, nothing else has activated the extension yet.
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    await activeExtension();
  });

  it('opens a run from .promptshift/runs/<id>/report.json in the one results panel', async () => {
    writeRun('results-e2e-1', JSON.stringify(escalationDropReport()));
    writeRun('results-e2e-2', JSON.stringify({ ...escalationDropReport(), runId: 'results-e2e-2' }));
    const first = (await vscode.commands.executeCommand('promptshift.openRun', { runId: 'results-e2e-1' })) as { runId: string; ready: boolean };
    assert.deepEqual(first, { runId: 'results-e2e-1', ready: true });
    await waitFor('the panel titled with the run', () => resultsTabs().find((t) => t.label === 'PromptShift: results-e2e-1'));
    await vscode.commands.executeCommand('promptshift.openRun', { runId: 'results-e2e-2' });
    await waitFor('the panel to show the second run', () => resultsTabs().find((t) => t.label === 'PromptShift: results-e2e-2'));
    assert.equal(resultsTabs().length, 1, 'the panel is reused, not duplicated');
  });

  it('reads and validates the report; errors name the file and the field or position', async () => {
    const report = await loadWorkspaceRunReport('results-e2e-1');
    assert.equal(report.cases.find((c) => c.id === 'angry-refund')?.shifts.find((s) => s.behaviour === 'escalation')?.to, 0);
    const bad = writeRun('results-e2e-bad', JSON.stringify({ ...escalationDropReport(), summary: { cases: 'five' } }));
    await assert.rejects(loadWorkspaceRunReport('results-e2e-bad'), (e: Error) => e.message.includes(bad) && e.message.includes(': summary.cases:'));
    const broken = writeRun('results-e2e-broken', '{"schemaVersion": 1,\n"a": }');
    await assert.rejects(loadWorkspaceRunReport('results-e2e-broken'), (e: Error) => e.message.startsWith(`${broken}:2:`) && /not valid JSON/.test(e.message));
    await assert.rejects(loadWorkspaceRunReport('no-such-run'), /no-such-run[/\\]report\.json:1:1: no such file/);
  });

  it('a run whose report is invalid still opens the panel (which shows the error) instead of failing the command', async () => {
    const result = (await vscode.commands.executeCommand('promptshift.openRun', { runId: 'results-e2e-bad' })) as { ready: boolean };
    assert.equal(result.ready, true);
    await waitFor('the panel titled with the bad run', () => resultsTabs().find((t) => t.label === 'PromptShift: results-e2e-bad'));
  });
});
