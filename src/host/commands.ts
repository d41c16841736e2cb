// The one table of commands (DESIGN.md rule 3). Every handler takes an optional argument object and
// returns a result, so tests, tasks and other extensions can drive PromptShift without any prompt.
import * as vscode from 'vscode';
import type { CommandId } from './commandIds';

export type CommandHandler = (arg?: unknown, ...rest: unknown[]) => unknown;
export type CommandTable = Record<CommandId, CommandHandler>;

/** Registers the table; a failing command shows its message instead of failing silently. */
export function registerCommands(table: CommandTable, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return (Object.entries(table) as Array<[CommandId, CommandHandler]>).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        if (err instanceof vscode.CancellationError) return undefined;
        const message = err instanceof Error ? err.message : String(err);
        log.error(`${id} failed: ${err instanceof Error ? (err.stack ?? message) : message}`);
        void vscode.window.showErrorMessage(`PromptShift: ${message}`);
        throw err;
      }
    }),
  );
}

/** Reads an optional object argument; tree items and URIs passed by menus are handled by callers. */
export function argObject(arg: unknown): Record<string, unknown> {
  return arg !== null && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as Record<string, unknown>) : {};
}
