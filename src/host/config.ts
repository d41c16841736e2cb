// One typed getter per setting (DESIGN.md rule 4). Reading is cheap, so getters read live values;
// `onDidChange` lets features react without a reload.
import * as vscode from 'vscode';

const SECTION = 'promptshift';

export interface ProviderSetting {
  type: 'openai' | 'anthropic' | 'ollama' | 'vscode-lm' | 'replay' | 'openai-responses' | 'azure' | 'google' | 'mistral' | 'bedrock' | 'http';
  model?: string;
  baseUrl?: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
}

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
  provider(scope?: vscode.ConfigurationScope): ProviderSetting {
    return section(scope).get<ProviderSetting>('provider', { type: 'openai', model: 'gpt-4o-mini' });
  },
  /** Where the provider setting comes from: a workspace-level baseUrl must be confirmed before a key goes to it. */
  providerBaseUrlFromWorkspace(scope?: vscode.ConfigurationScope): string | undefined {
    const inspected = section(scope).inspect<ProviderSetting>('provider');
    return inspected?.workspaceFolderValue?.baseUrl ?? inspected?.workspaceValue?.baseUrl;
  },
  samples(): number {
    return section().get<number>('eval.samples', 3);
  },
  concurrency(): number {
    return section().get<number>('eval.concurrency', 8);
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
