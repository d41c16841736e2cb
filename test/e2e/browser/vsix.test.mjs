// The packaged artefact: `vsce package` makes a .vsix holding only the allowlisted files, it
// installs into code-server with --install-extension, and the installed extension activates.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../lib/workbench.mjs';
import { ensureTools } from '../install-tools.mjs';
import { openSession, openFile, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'promptshift-vsix-'));
const vsix = join(tmp, 'promptshift.vsix');
const vsce = join(projectRoot, 'node_modules/.bin/vsce');
let session;
let failed = false;
after(async () => {
  await session?.close('vsix', failed);
  rmSync(tmp, { recursive: true, force: true });
});

test('the .vsix holds only dist/, media/, package.json, README, CHANGELOG and LICENSE', () => {
  const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: projectRoot, encoding: 'utf8' })
    .split('\n').map((l) => l.trim()).filter(Boolean);
  const allowed = /^(dist\/(extension|cli|scoring-worker|nunjucks|webview|monitor|timeline)\.js|dist\/codicons\/codicon\.(css|ttf)|media\/.+|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/;
  const outside = files.filter((f) => !allowed.test(f));
  assert.deepEqual(outside, [], 'files outside the allowlist');
  for (const required of ['dist/extension.js', 'dist/cli.js', 'dist/scoring-worker.js', 'dist/webview.js', 'dist/monitor.js', 'dist/timeline.js', 'package.json', 'README.md', 'LICENSE']) {
    assert.ok(files.includes(required), `${required} is packaged`);
  }
});

test('the .vsix installs into code-server and the extension activates from it', async () => {
  try {
    execFileSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    assert.ok(statSync(vsix).size > 10_000, 'a .vsix was written');
    const { node24, codeServerEntry } = ensureTools();
    const extensionsDir = join(tmp, 'extensions');
    execFileSync(node24, [codeServerEntry, '--install-extension', vsix, '--extensions-dir', extensionsDir], {
      stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, XDG_CONFIG_HOME: join(tmp, 'cfg'), XDG_DATA_HOME: join(tmp, 'data') },
    });
    assert.ok(readdirSync(extensionsDir).some((d) => d.startsWith('promptshift.promptshift-')), 'installed into the extensions dir');
    // No extensionDevelopmentPath: only the installed copy can answer.
    session = await openSession({ extensionsDir, extensionDevelopmentPath: null });
    const { page } = session;
    await openFile(page, 'support.prompt.md');
    await runCommandWhenListed(page, 'PromptShift: Open Eval Run…');
    const frame = webviewFrame(page);
    await poll('the installed extension\'s results panel', async () => (await frame.locator('#root[data-ready="true"]').count()) > 0, 40000);
  } catch (e) {
    failed = true;
    throw e;
  }
});
