import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { activeExtension, openPrompt, EXTENSION_ID } from './helpers';

describe('activation', () => {
  it('is lazy: not active before a prompt file is opened, active after', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension is present');
    assert.equal(ext.isActive, false, 'nothing has activated PromptShift before a prompt file is opened');
    await openPrompt('prompts/support.prompt.md');
    await activeExtension();
    const events: string[] = ext.packageJSON.activationEvents;
    assert.ok(!events.includes('*'), 'activation is never "*"');
  });

  it('registers every contributed command, and contributes every registered one', async () => {
    const ext = await activeExtension();
    const contributed: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set((await vscode.commands.getCommands(true)).filter((c) => c.startsWith('promptshift.')));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], 'contributed but not registered');
    // The workbench adds focus/open/… commands for each contributed view; those are not ours.
    const viewCommand = /^promptshift\.(history|runs)\.(focus|open|resetViewLocation|toggleVisibility|removeView)$/;
    const extra = [...registered].filter((c) => !contributed.includes(c) && !viewCommand.test(c));
    assert.deepEqual(extra, [], 'registered but not contributed');
    assert.ok(contributed.length >= 7);
  });

  it('opens the results webview and completes the ready handshake', async () => {
    await activeExtension();
    const result = (await vscode.commands.executeCommand('promptshift.openRun', { runId: null })) as { ready: boolean };
    assert.equal(result.ready, true, 'the webview said ready');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview);
    assert.ok(tab, 'a webview tab is open');
    assert.match((tab.input as vscode.TabInputWebview).viewType, /promptshift\.results$/);
  });
});
