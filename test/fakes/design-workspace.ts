// A workspace for the design tests (#16): suite cases in cases.jsonl, a prompt file, a suite
// (`d.evals.yaml`) whose body the test gives, and, when a second prompt is given, the first one
// snapshotted as `@v1` with the second as the working copy.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cli';

/** `n` cases asking how to reset a password, one JSON line each. */
export const passwordCases = (n: number) => Array.from({ length: n }, (_, i) => `{"id": "c${i + 1}", "input": "Question ${i + 1}: how do I reset my password?"}`).join('\n') + '\n';

export async function designWorkspace(o: { suite: string; cases: number; promptA: string; promptB?: string }): Promise<string> {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-design-'));
  fs.mkdirSync(path.join(ws, '.promptshift'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'prompts'));
  fs.writeFileSync(path.join(ws, 'cases.jsonl'), passwordCases(o.cases));
  fs.writeFileSync(path.join(ws, 'prompts', 'p.prompt.md'), o.promptA);
  fs.writeFileSync(path.join(ws, 'd.evals.yaml'), `prompt: prompts/p.prompt.md\n${o.suite}cases:\n  - file: cases.jsonl\n`);
  if (o.promptB !== undefined) {
    const snap = await runCli(['snapshot', 'prompts/p.prompt.md', '--label', 'v1'], ws);
    assert.equal(snap.code, 0, snap.err);
    fs.writeFileSync(path.join(ws, 'prompts', 'p.prompt.md'), o.promptB);
  }
  return ws;
}
