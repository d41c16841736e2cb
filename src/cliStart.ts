// dist/cli.js: the `promptshift` command line (cli.ts, bundled) started with V8's code cache.
// Compiling the 1.3 MB bundle and then each function it runs is a fixed cost of every run (issue
// 18); V8 can instead load what an earlier run compiled. Node 20 has no module.enableCompileCache,
// so the build puts the bundle's source into dist/cli.js as the comment inside a function
// (PROMPTSHIFT_CLI_SOURCE: the file stays one self-contained file) and this code reads it back with
// Function.prototype.toString and compiles it with vm.Script's `cachedData`. The
// code a run compiled is kept per command in the user's own cache folder, never in the workspace
// (a repository's files must not decide what code runs). Only Node built-ins here (cli/v8Flags has
// only them too).
import * as fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { applyV8Flags, CLI_V8_FLAGS, flagsAtStart } from './cli/v8Flags';

/** Set to 0 (or off/false/no) to compile the bundle afresh without reading or writing any cache. */
export const CODE_CACHE_ENV = 'PROMPTSHIFT_CODE_CACHE';

/**
 * The user's cache folder for PromptShift's compiled code: `$XDG_CACHE_HOME/promptshift/v8`,
 * else `~/.cache/promptshift/v8` (`%LOCALAPPDATA%\promptshift\cache\v8` on Windows); undefined
 * when switched off. A relative XDG_CACHE_HOME is ignored: it would land in the working folder.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (/^(?:0|off|false|no)$/i.test(env[CODE_CACHE_ENV]?.trim() ?? '')) return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'promptshift', 'v8');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'promptshift', 'cache', 'v8');
  const home = env.HOME || os.homedir();
  return home && path.isAbsolute(home) ? path.join(home, '.cache', 'promptshift', 'v8') : undefined;
}

/**
 * The cache file for the bundle in `file` run as `command`: one per command (each compiles its own
 * functions), named after this exact build (the file's size, modification time and inode) and this
 * Node and V8, so a new build or Node never meets an old cache (V8 also refuses another version's).
 */
export function codeCacheFile(dir: string, file: fs.Stats, command: string): string {
  const build = `${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}-${file.ino.toString(36)}`;
  return path.join(dir, `cli-${command}-${build}-${process.version}-${process.versions.v8}-${process.arch}.cache`);
}

/** The first argument as a cache name when it is a plain word (a subcommand), else "other". */
function commandOf(argv: readonly string[]): string {
  const first = argv[0] ?? '';
  return /^[a-z]{1,30}$/.test(first) ? first : 'other';
}

/**
 * `module`: the bundle's text as a file holds it; `wrapped`: already inside Module.wrap's function
 * header, as the build puts it into dist/cli.js, so a start does not copy the 1 MB text again.
 */
export type SourceForm = 'module' | 'wrapped';

export interface StartResult {
  /** where the compiled code is (or would be) kept; undefined when the cache is off */
  cacheFile?: string;
  /** a cache was read and V8 took it */
  cacheUsed: boolean;
}

/**
 * Runs `source`, a CommonJS bundle, as the main module `filename` (its `require.main === module`
 * holds; it requires relative to that file), compiled with the cached code for this command when
 * there is one. When there is none, or V8 refused it, the code this
 * run compiled is written when the process exits with 0 or 1 (temp file + rename, so a reader
 * never sees half a file), and older caches of the same command are removed. A cache that cannot be read or
 * written changes nothing but speed.
 */
export function startWithCodeCache(source: string, bundle: string, argv: readonly string[], env: NodeJS.ProcessEnv, form: SourceForm = 'module'): StartResult {
  const dir = codeCacheDir(env);
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  if (dir) {
    try {
      cacheFile = codeCacheFile(dir, fs.statSync(bundle), commandOf(argv));
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // none yet, or unreadable: compile afresh
    }
  }
  const script = new vm.Script(form === 'wrapped' ? source : Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected === false;
  // Only a run that did its work leaves a cache: one that stopped at bad input (exit 2) or a
  // failure, or only printed help, compiled little of the command's code, and V8 would go on
  // taking that small cache without adding to it.
  if (cacheFile && !cacheUsed && !argv.some((a) => a === '--help' || a === '-h' || a === '--version')) {
    const target = cacheFile;
    process.once('exit', (code) => {
      if (code === 0 || code === 1) writeCodeCache(target, script);
    });
  }
  const mod = new Module(bundle);
  mod.filename = bundle;
  const req = createRequire(bundle);
  req.main = mod;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, req, mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  return { ...(cacheFile ? { cacheFile } : {}), cacheUsed };
}

function writeCodeCache(file: string, script: vm.Script): void {
  try {
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temp, file);
    // earlier builds' caches of this command are dead weight
    const prefix = path.basename(file).split('-').slice(0, 2).join('-') + '-';
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(prefix) && name !== path.basename(file) && name.endsWith('.cache')) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // a read-only or full disk: the next run compiles afresh
  }
}

/** A function whose body is a comment holding the bundle's source inside Module.wrap's header, put in by scripts/build.mjs. */
declare const PROMPTSHIFT_CLI_SOURCE: (() => void) | undefined;

/** The text of the comment that is `holder`'s body, with the comment ends the build escaped ("*", U+0001, "/") put back. */
export function commentedSource(holder: () => void): string {
  const text = holder.toString();
  const body = text.slice(text.indexOf('/*') + 2, text.lastIndexOf('*/'));
  return body.includes('\x01') ? body.split('*\x01/').join('*/') : body;
}

if (require.main === module && typeof PROMPTSHIFT_CLI_SOURCE === 'function') {
  if (flagsAtStart(process.argv.slice(2))) applyV8Flags(CLI_V8_FLAGS);
  startWithCodeCache(commentedSource(PROMPTSHIFT_CLI_SOURCE), __filename, process.argv.slice(2), process.env, 'wrapped');
}
