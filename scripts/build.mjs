#!/usr/bin/env node
// Bundles the three artefacts of DESIGN.md rule 6 with esbuild:
//   dist/extension.js  Node, CommonJS, `vscode` external (the extension host provides it)
//   dist/cli.js        Node, CommonJS, with a shebang and the executable bit (the bundle behind a starter)
//   dist/webview.js    browser IIFE for the results panel (dist/monitor.js: the monitor timeline;
//                      dist/timeline.js: a prompt file's behaviour timeline)
// plus the e2e test bundle (out/test/) when not building for production.
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, existsSync, rmSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Module from 'node:module';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: production ? false : 'linked', minify: production, logLevel: 'warning', legalComments: 'none' };

// nunjucks (the template engine of promptfoo prompts, Prompty files and the http provider's body)
// is a bundle of its own, dist/nunjucks.js, that src/core/prompt/nunjucks.ts requires on first use:
// activating the extension never loads or parses it.
const nunjucksApart = {
  name: 'nunjucks-apart',
  setup(build) {
    build.onResolve({ filter: /^nunjucks$/ }, () => ({ path: './nunjucks.js', external: true }));
  },
};

// dist/cli.js: the command line's bundle (src/cli.ts) as a string behind its starter
// (src/cliStart.ts), which compiles it with V8's code cache kept in the user's cache folder
// (issue 18). Still one self-contained file, with a shebang and the executable bit.
const behindCliStarter = {
  name: 'behind-cli-starter',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const bundle = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
      const built = await esbuild.build({ ...common, sourcemap: false, write: false, entryPoints: ['src/cliStart.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18' });
      const starter = built.outputFiles[0].text.replace(/^"use strict";\n/, '');
      // The bundle is the comment that makes up a function's body: Node parses a comment in 2 ms
      // where it spent 20 ms on the same text as a string literal (every escape is processed), and
      // the starter reads it back with Function.prototype.toString, a slice of the source V8 already
      // holds, without reading the file again (issue 18). Kept ASCII, so every string is one byte a
      // character, and already inside Module.wrap's header, so the starter does not copy it. A "*\/"
      // in the bundle would end the comment: each is written with a U+0001 between, put back at start.
      const wrapped = Module.wrap(asciiSource(bundle));
      if (wrapped.includes(COMMENT_BREAK)) throw new Error('dist/cli.js: the bundle holds U+0001, the mark of an escaped comment end');
      const commented = wrapped.split('*/').join(`*${COMMENT_BREAK}/`);
      writeFileSync('dist/cli.js', `#!/usr/bin/env node\n"use strict";\nfunction PROMPTSHIFT_CLI_SOURCE() {/*${commented}*/}\n${starter}`);
      chmodSync('dist/cli.js', 0o755);
    });
  },
};

/** Written between "*" and "/" where the bundle has a comment end (src/cliStart.ts takes it out). */
const COMMENT_BREAK = '\x01';

/**
 * The bundle with every non-ASCII character as a \u escape. esbuild escapes them in strings and
 * templates but leaves them in regular expression literals, where \uXXXX means the same character
 * (in u and non-u patterns, in classes too), except after a backslash: that is refused.
 */
function asciiSource(code) {
  return code.replace(/(\\?)([^\x00-\x7f])/g, (_, slash, c) => {
    if (slash) throw new Error(`dist/cli.js: a non-ASCII character after a backslash cannot be escaped safely: ${JSON.stringify(slash + c)}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const targets = [
  // The banner notes when the bundle starts loading, so activation time includes module loading.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], plugins: [nunjucksApart], banner: { js: 'var __promptshiftLoadStart = performance.now();' }, footer: { js: 'var __promptshiftLoadEnd = performance.now();' } },
  // The CLI's bundle without comments and indentation (names kept, so a stack trace still reads):
  // every run parses it (issue 18).
  { ...common, sourcemap: false, write: false, minifyWhitespace: true, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', plugins: [nunjucksApart, behindCliStarter], define: { PROMPTSHIFT_VERSION: JSON.stringify(version) } },
  // the scoring thread of a run (core/eval/scoringThread.ts), beside the CLI and the extension that start it
  { ...common, sourcemap: false, minifyWhitespace: true, entryPoints: ['src/core/eval/scoringWorker.ts'], outfile: 'dist/scoring-worker.js', platform: 'node', format: 'cjs', target: 'node18' },
  { ...common, entryPoints: ['node_modules/nunjucks/index.js'], outfile: 'dist/nunjucks.js', platform: 'node', format: 'cjs', target: 'node18' },
  // Minified in every build: the panel's first paint waits for this script to parse (half the bytes).
  { ...common, minify: true, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // the monitor timeline's own small webview (issue 19)
  { ...common, minify: true, entryPoints: ['src/webview/monitor/main.ts'], outfile: 'dist/monitor.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // a prompt file's behaviour timeline (issue 16), on the same chart module as the monitor's
  { ...common, minify: true, entryPoints: ['src/webview/timeline/main.ts'], outfile: 'dist/timeline.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

// The extension-host test suite runs inside the real VS Code; mocha stays external so it
// resolves from node_modules at run time.
const suiteDir = 'test/e2e/suite';
if (!production && existsSync(suiteDir)) {
  const entries = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
  // The fakes and fixtures the suite imports have `import.meta` only in their "run as a script"
  // guards, which are false (and unused) inside this bundle: their warning is noise.
  targets.push({ ...common, sourcemap: 'inline', minify: false, entryPoints: entries, outdir: 'out/test/e2e/suite', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode', 'mocha'], logOverride: { 'empty-import-meta': 'silent' } });
}

if (production) rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/codicons', { recursive: true });
// The panel uses VS Code's own icon font; webviews cannot reach the workbench's copy.
for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(join('node_modules/@vscode/codicons/dist', f), join('dist/codicons', f));
if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
  process.stderr.write('[build] watching for changes\n');
} else {
  const t0 = Date.now();
  await Promise.all(targets.map((t) => esbuild.build(t)));
  chmodSync('dist/cli.js', 0o755);
  process.stderr.write(`[build] ${targets.length} bundles in ${Date.now() - t0} ms${production ? ' (production)' : ''}\n`);
}
