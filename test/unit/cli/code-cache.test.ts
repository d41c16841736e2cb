// dist/cli.js starts the command line's bundle with V8's code cache (src/cliStart.ts, issue 18):
// the bundle runs as the main module, a second run takes the code the first one compiled, a new
// build never meets an old cache, the cache lives only in the user's cache folder, and a cache
// that cannot be written changes nothing but speed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import { codeCacheDir } from '../../../src/cliStart';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-code-cache-'));
// the starter as the build makes it (plain Node, no TypeScript loader in the children)
const STARTER = path.join(tmp, 'start.js');
buildSync({ entryPoints: ['src/cliStart.ts'], outfile: STARTER, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' });
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A stand-in bundle: reports how it was run, with enough functions for V8 to have code to cache. */
function writeBundle(file: string, extra = ''): void {
  let fns = '';
  for (let i = 0; i < 200; i++) fns += `function f${i}(x) { return x.map((y) => y * ${i} + ${i}).filter((y) => y % 3 !== 0).length; }\n`;
  fs.writeFileSync(
    file,
    `${fns}let total = 0; for (const f of [${Array.from({ length: 200 }, (_, i) => `f${i}`).join(', ')}]) total += f([1, 2, 3]);\n` +
      `process.stdout.write(JSON.stringify({ main: require.main === module, dirname: __dirname, argv: process.argv.slice(2), total, builtin: typeof require('node:path').join })); process.exitCode = Number(process.env.EXIT_CODE ?? 0);${extra}\n`,
  );
}

/** A stand-in bundle in a folder of its own. */
function freshBundle(name: string): string {
  const bundle = path.join(tmp, name, 'cli-main.js');
  fs.mkdirSync(path.dirname(bundle));
  writeBundle(bundle);
  return bundle;
}

interface Run { status: number | null; out: { main: boolean; dirname: string; argv: string[]; total: number; builtin: string }; started: { cacheFile?: string; cacheUsed: boolean } }

/** `wrapped`: the source handed over inside Module.wrap's header, as dist/cli.js does. */
function run(bundle: string, env: Record<string, string | undefined>, args: string[] = ['eval', 'suite.yaml'], form: 'module' | 'wrapped' = 'module'): Run {
  const source = `require('node:fs').readFileSync(${JSON.stringify(bundle)}, 'utf8')`;
  const code = `const r = require(${JSON.stringify(STARTER)}).startWithCodeCache(${form === 'wrapped' ? `require('node:module').wrap(${source})` : source}, ${JSON.stringify(bundle)}, process.argv.slice(2), process.env, ${JSON.stringify(form)}); process.stderr.write(JSON.stringify(r));`;
  const child = spawnSync(process.execPath, ['-e', code, bundle, ...args], { cwd: tmp, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  assert.equal(child.status, Number(env.EXIT_CODE ?? 0), child.stderr);
  return { status: child.status, out: JSON.parse(child.stdout), started: JSON.parse(child.stderr.trim().split('\n').at(-1)!) };
}

describe('the CLI starter with V8 code cache', () => {
  it('runs the bundle as the main module, then runs it from the cache the first run wrote', () => {
    const bundle = freshBundle('a');
    const cache = path.join(tmp, 'xdg-a');
    const first = run(bundle, { XDG_CACHE_HOME: cache });
    assert.deepEqual(first.out, { main: true, dirname: path.dirname(bundle), argv: ['eval', 'suite.yaml'], total: first.out.total, builtin: 'function' });
    assert.equal(first.started.cacheUsed, false);
    assert.ok(first.started.cacheFile?.startsWith(path.join(cache, 'promptshift', 'v8', 'cli-eval-')), first.started.cacheFile);
    assert.ok(fs.statSync(first.started.cacheFile!).size > 0, 'written when the first run exits');
    const second = run(bundle, { XDG_CACHE_HOME: cache });
    assert.deepEqual(second.out, first.out);
    assert.equal(second.started.cacheFile, first.started.cacheFile);
    assert.equal(second.started.cacheUsed, true, 'V8 took the cache');
    // another command has its own cache
    const other = run(bundle, { XDG_CACHE_HOME: cache }, ['check']);
    assert.equal(other.started.cacheUsed, false);
    assert.ok(other.started.cacheFile?.includes('cli-check-'));
  });

  it('a run that sets V8 flags after start (a large eval) leaves a cache the next run takes', () => {
    // the bundle sets the run's flags as `eval` does once its plan is made (src/cli/v8Flags.ts, built here as the bundle carries it)
    const flags = path.join(tmp, 'v8flags.js');
    buildSync({ entryPoints: ['src/cli/v8Flags.ts'], outfile: flags, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' });
    const bundle = path.join(tmp, 'flags', 'cli-main.js');
    fs.mkdirSync(path.dirname(bundle));
    writeBundle(bundle, ` require(${JSON.stringify(flags)}).applyRunFlags(20000, ['eval', 'suite.yaml']);`);
    const cache = path.join(tmp, 'xdg-flags');
    const first = run(bundle, { XDG_CACHE_HOME: cache });
    assert.equal(first.started.cacheUsed, false);
    const written = fs.statSync(first.started.cacheFile!).mtimeMs;
    const second = run(bundle, { XDG_CACHE_HOME: cache });
    assert.equal(second.started.cacheUsed, true, 'V8 took the cache written after the flags were put back');
    assert.equal(fs.statSync(second.started.cacheFile!).mtimeMs, written, 'and it was not written again');
  });

  it('runs a source already inside the module wrapper (the build hands it over so) the same way, cache and all', () => {
    const bundle = freshBundle('w');
    const cache = path.join(tmp, 'xdg-w');
    const first = run(bundle, { XDG_CACHE_HOME: cache }, ['eval', 'suite.yaml'], 'wrapped');
    assert.deepEqual(first.out, { main: true, dirname: path.dirname(bundle), argv: ['eval', 'suite.yaml'], total: first.out.total, builtin: 'function' });
    assert.equal(first.out.total, run(bundle, { PROMPTSHIFT_CODE_CACHE: '0' }).out.total);
    const second = run(bundle, { XDG_CACHE_HOME: cache }, ['eval', 'suite.yaml'], 'wrapped');
    assert.deepEqual(second.out, first.out);
    assert.equal(second.started.cacheUsed, true, 'V8 took the cache');
  });

  it('only a run that did its work leaves a cache (not bad input, not help)', () => {
    const bundle = freshBundle('e');
    const cache = path.join(tmp, 'xdg-e');
    const badInput = run(bundle, { XDG_CACHE_HOME: cache, EXIT_CODE: '2' });
    assert.equal(fs.existsSync(badInput.started.cacheFile!), false, 'exit 2 writes nothing');
    run(bundle, { XDG_CACHE_HOME: cache }, ['eval', '--help']);
    assert.equal(fs.existsSync(badInput.started.cacheFile!), false, '--help writes nothing');
    run(bundle, { XDG_CACHE_HOME: cache, EXIT_CODE: '1' });
    assert.equal(fs.existsSync(badInput.started.cacheFile!), true, 'a failed gate (exit 1) is a finished run');
  });

  it('a new build of the bundle gets a cache of its own and the old one is removed', () => {
    const bundle = freshBundle('b');
    const cache = path.join(tmp, 'xdg-b');
    const old = run(bundle, { XDG_CACHE_HOME: cache });
    writeBundle(bundle, ' // rebuilt');
    const rebuilt = run(bundle, { XDG_CACHE_HOME: cache });
    assert.notEqual(rebuilt.started.cacheFile, old.started.cacheFile);
    assert.equal(rebuilt.started.cacheUsed, false);
    assert.equal(fs.existsSync(old.started.cacheFile!), false, 'the old build’s cache is gone');
    assert.equal(run(bundle, { XDG_CACHE_HOME: cache }).started.cacheUsed, true);
  });

  it('writes nothing when switched off, and nothing in the working folder for a relative XDG_CACHE_HOME', () => {
    const bundle = freshBundle('c');
    const home = path.join(tmp, 'home-c');
    fs.mkdirSync(home);
    const off = run(bundle, { HOME: home, PROMPTSHIFT_CODE_CACHE: '0' });
    assert.equal(off.out.main, true);
    assert.equal(off.started.cacheFile, undefined);
    assert.deepEqual(fs.readdirSync(home), []);
    const before = fs.readdirSync(tmp).sort();
    const relative = run(bundle, { HOME: home, XDG_CACHE_HOME: 'cache' });
    assert.ok(relative.started.cacheFile?.startsWith(path.join(home, '.cache', 'promptshift', 'v8')), relative.started.cacheFile);
    assert.deepEqual(fs.readdirSync(tmp).sort(), before, 'nothing new in the working folder');
    assert.equal(codeCacheDir({ HOME: 'relative/home' }), undefined);
  });

  it('a cache folder that cannot be made changes nothing but speed', () => {
    const bundle = freshBundle('d');
    const notAFolder = path.join(tmp, 'a-file');
    fs.writeFileSync(notAFolder, 'x');
    const r = run(bundle, { XDG_CACHE_HOME: notAFolder });
    assert.equal(r.out.main, true);
    assert.equal(r.started.cacheUsed, false);
    assert.equal(run(bundle, { XDG_CACHE_HOME: notAFolder }).started.cacheUsed, false);
  });
});

describe('the bundle kept as a comment (dist/cli.js)', () => {
  it('reads back the comment that is a function\'s body, its escaped comment ends put back', async () => {
    const { commentedSource } = await import('../../../src/cliStart');
    // as scripts/build.mjs writes it: "*/" inside the bundle as "*", U+0001, "/"
    const bundle = 'const re = /a*/g; /* a comment */ const s = "*/";\nmodule.exports = re;';
    const holder = new Function(`return function PROMPTSHIFT_CLI_SOURCE() {/*${bundle.split('*/').join('*\x01/')}*/};`)() as () => void;
    assert.equal(commentedSource(holder), bundle);
    const plain = new Function('return function PROMPTSHIFT_CLI_SOURCE() {/*(function () { return 1; })*/};')() as () => void;
    assert.equal(commentedSource(plain), '(function () { return 1; })');
  });

  it('the built dist/cli.js starts from it: a version, and a command that reads a file', () => {
    const cli = path.resolve('dist/cli.js');
    if (!fs.existsSync(cli)) return void assert.fail('dist/cli.js is missing: npm run build first');
    assert.match(fs.readFileSync(cli, 'utf8').slice(0, 200), /^#!\/usr\/bin\/env node\n"use strict";\nfunction PROMPTSHIFT_CLI_SOURCE\(\) \{\/\*\(function \(exports, require, module, __filename, __dirname\)/);
    const env = { PATH: process.env.PATH, XDG_CACHE_HOME: path.join(tmp, 'xdg-dist') };
    const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', env });
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    for (let i = 0; i < 2; i++) {
      const check = spawnSync(process.execPath, [cli, 'check', path.resolve('examples/support.evals.yaml')], { encoding: 'utf8', env, cwd: path.resolve('examples') });
      assert.equal(check.status, 0, check.stderr);
      assert.match(check.stdout, /angry-refund/);
    }
  });
});
