// The layers of docs/ARCHITECTURE.md are enforced by lint, so a wrong import fails `npm test`:
// each case lints a one-line file placed in a layer and checks the import is refused (or allowed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function refused(file: string, importPath: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${importPath}';\nexport const y = x;\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

const CASES: Array<[file: string, importPath: string, refusedExpected: boolean]> = [
  ['src/core/run/probe.ts', '../../host/config', true],
  ['src/core/run/probe.ts', '../../cli/eval', true],
  ['src/core/run/probe.ts', '../../webview/protocol', true],
  ['src/core/run/probe.ts', 'vscode', true],
  ['src/core/run/probe.ts', '../files', false],
  ['src/webview/views/probe.ts', '../../host/results/panel', true],
  ['src/webview/views/probe.ts', '../../core/run', true],
  ['src/webview/views/probe.ts', '../../core/eval/pairedEval', true],
  ['src/webview/views/probe.ts', 'node:fs', true],
  ['src/webview/views/probe.ts', '../../core/report/schema', false],
  ['src/webview/views/probe.ts', '../../core/behaviour/types', false],
  ['src/cli/probe.ts', '../host/config', true],
  ['src/cli/probe.ts', '../core/run', false],
  ['src/host/eval/probe.ts', '../../cli/eval', true],
  ['src/host/eval/probe.ts', '../../webview/main', true],
  ['src/host/eval/probe.ts', '../../webview/protocol', false],
  ['src/host/eval/probe.ts', '../../core/run', false],
];

test('lint refuses imports that cross the layers and allows the ones that follow them', async () => {
  for (const [file, importPath, expected] of CASES) {
    assert.equal(await refused(file, importPath), expected, `${file} importing ${importPath} should be ${expected ? 'refused' : 'allowed'}`);
  }
});
