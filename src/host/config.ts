// One typed getter per setting (DESIGN.md rule 4). Reading is cheap, so getters read live values;
// `onDidChange` lets features react without a reload.
import * as vscode from 'vscode';

const SECTION = 'promptshift';


export const DEFAULT_PROMPT_GLOBS = ['**/*.prompt', '**/*.prompt.md', '**/*.prompty', '**/prompts/**/*.{md,txt,j2,jinja,hbs,mustache}'];

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

export const config = {
  promptFiles(scope?: vscode.ConfigurationScope): string[] {
    const value = section(scope).get<unknown>('promptFiles');
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : DEFAULT_PROMPT_GLOBS;
  },
  snapshotOnSave(scope?: vscode.ConfigurationScope): boolean {
    return section(scope).get<boolean>('history.snapshotOnSave', true);
  },
  /** The default provider, unvalidated: callers check it with the provider schema (core/providers/config). */
  provider(scope?: vscode.ConfigurationScope): unknown {
    return section(scope).get<unknown>('provider', { type: 'openai', model: 'gpt-4o-mini' });
  },
  /** Samples per case and version where a suite does not say (suites win). */
  samples(): number {
    return section().get<number>('eval.samples', 3);
  },
  /** Calls in flight where a suite does not say (suites win). */
  concurrency(): number {
    return section().get<number>('eval.concurrency', 8);
  },
  /** Runs planned to cost more than this (USD) ask first. */
  confirmAboveUsd(): number {
    return section().get<number>('eval.confirmAboveUsd', 1);
  },
  /** The user's model prices, unvalidated: callers check them with PriceOverridesSchema (core/providers/prices). */
  prices(): unknown {
    return section().get<unknown>('prices', {});
  },
  /** Ask before an explain run makes its calls (its cost is shown either way, in the log). */
  explainConfirmCost(): boolean {
    return section().get<boolean>('explain.confirmCost', true);
  },
  codeLensEnabled(): boolean {
    return section().get<boolean>('codeLens.enabled', true);
  },
  glossaryUnderline(): boolean {
    return section().get<boolean>('glossary.underline', false);
  },
  onDidChange(listener: (e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) listener(e);
    });
  },
};
