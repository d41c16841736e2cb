// Everything PromptShift does in VS Code, registered in one go. Loaded by extension.ts right after
// activation (not during it), so opening a prompt file never waits for the engine to load.
import type * as vscode from 'vscode';
import { StoreRegistry } from './stores';
import { registerHistory, type HistoryCommands } from './history/historyFeature';
import { ApiKeys } from './secrets';
import { registerSuiteDiagnostics } from './eval/suiteDiagnostics';
import { registerEval, type EvalCommands } from './eval/evalFeature';
import { registerGlossary, type GlossaryCommands } from './glossary/glossaryFeature';

export interface Features {
  history: HistoryCommands;
  evals: EvalCommands;
  glossary: GlossaryCommands;
  keys: ApiKeys;
}

export function registerFeatures(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Features {
  const keys = new ApiKeys(context.secrets);
  const history = registerHistory(context, new StoreRegistry(), log);
  const evals = registerEval(context, keys, registerSuiteDiagnostics(context), log);
  const glossary = registerGlossary(context, log);
  return { history, evals, glossary, keys };
}
