// Which suite a Run Paired Eval means: the one given, the active suite file, the one naming the
// active prompt file, or the user's pick among the workspace's suites.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { EvalInputError } from '../../core/eval/pairedEval';
import { loadSuite } from '../../core/suite';
import { isPromptFile } from '../promptFiles';
import { SUITE_GLOB } from './suiteDiagnostics';

const SUITE_FILE = /\.evals\.(ya?ml|json)$|promptfooconfig\.ya?ml$/;

/** `active`: the file the user was in when the command started (the results panel may have opened since). */
export async function chooseSuite(arg: Record<string, unknown>, root: string | undefined, active: vscode.Uri | undefined): Promise<string | undefined> {
  if (typeof arg['suite'] === 'string') return path.isAbsolute(arg['suite']) || !root ? arg['suite'] : path.join(root, arg['suite']);
  if (active && SUITE_FILE.test(active.fsPath)) return active.fsPath;
  const suites = (await vscode.workspace.findFiles(SUITE_GLOB, '**/node_modules/**', 200)).map((u) => u.fsPath).sort();
  if (suites.length === 0) throw new EvalInputError('No suite found: create a *.evals.yaml file (see the README) or pass {suite}.');
  const prompt = typeof arg['prompt'] === 'string' ? arg['prompt'] : active && isPromptFile(active) ? active.fsPath : undefined;
  let candidates = suites;
  if (prompt) {
    const naming: string[] = [];
    for (const s of suites) {
      const { suite } = await loadSuite(s);
      if (suite && path.resolve(suite.promptPath) === path.resolve(prompt)) naming.push(s);
    }
    if (naming.length) candidates = naming;
  }
  if (candidates.length === 1) return candidates[0];
  const picked = await vscode.window.showQuickPick(
    candidates.map((s) => ({ label: path.basename(s), description: vscode.workspace.asRelativePath(s), file: s })),
    { placeHolder: 'Which suite?' },
  );
  return picked?.file;
}
