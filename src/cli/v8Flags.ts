// The V8 settings of the CLI's own process, and when they are set. Only Node built-ins here: the
// starter (src/cliStart.ts) and the `eval` command both use this module.
import type * as V8 from 'node:v8';

/**
 * --heap-growing-percent=100: after each full collection the old generation may grow to twice what
 * was live, not the up to 4× V8 picks by itself, which let a 100,000-call run's heap fill with
 * garbage to several hundred MB (issue 17; BENCHMARKS.md "Peak memory lower, still not bounded").
 * Read by V8 at each collection, so setting it after start takes effect from the next one. A flag
 * given on node's own command line wins.
 */
export const CLI_V8_FLAGS: readonly string[] = ['--heap-growing-percent=100'];

/**
 * --interrupt-budget: how much a function runs before V8 weighs optimising it (TurboFan, on a
 * background thread). Node's default (67,584) suits long-lived programs; in a CLI run most warm
 * functions stop running before such a compile pays back, and the compiles take the second core from
 * the model server or a test runner. At 30× the default a 999-call `eval` used ≈ 10 % less CPU
 * (−155 to −185 ms paired; −140 ms at c64 / 10 ms; −155 ms at 2,997 calls) with the same wall time
 * (+1 to +16 ms); the hot paths of a long run are still optimised, a little later (issue 18;
 * BENCHMARKS.md, "Fewer optimising compiles"). Set by a new `eval` run from FEWER_COMPILES_CALLS calls on.
 */
export const RUN_V8_FLAGS: readonly string[] = ['--interrupt-budget=2000000'];

/**
 * Calls from which a new `eval` run sets RUN_V8_FLAGS. A 9-call run saved 30 ms of CPU but took 14 ms
 * longer (30 paired rounds; loading node:v8 alone is ≈ 4 ms): short runs and other commands keep V8's default.
 */
export const FEWER_COMPILES_CALLS = 100;

/**
 * Calls from which a new `eval` run sets CLI_V8_FLAGS. Below, the heap stays small whatever V8
 * picks (≈ 110 MB peak at 999 calls, 135 MB at 2,997, with or without the setting), while the
 * setting costs ≈ 0.06 s of CPU per 999-call run (issue 18); it pays from about 10,000 calls on.
 */
export const LARGE_RUN_CALLS = 10_000;

/**
 * Whether the starter sets CLI_V8_FLAGS before the command runs: every command but a new `eval`
 * run, which sets them itself once its plan says how many calls it makes (flagsForRun). A resumed
 * run learns its size only from its folder: it sets them at start, as before.
 */
export function flagsAtStart(argv: readonly string[]): boolean {
  return !(argv[0] === 'eval' && !argv.some((a) => a === '--resume' || a.startsWith('--resume=')));
}

/** The flags a new `eval` run of `calls` calls sets. */
export function flagsForRun(calls: number): readonly string[] {
  return [...(calls >= FEWER_COMPILES_CALLS ? RUN_V8_FLAGS : []), ...(calls >= LARGE_RUN_CALLS ? CLI_V8_FLAGS : [])];
}

/**
 * The value each flag a run may set after start has in V8 by default (this Node's `--v8-options`; a
 * test holds them to it). V8 takes a code cache only under the flags it was written under, and the
 * starter writes the cache at exit for the next run, which starts under the defaults: the flags a
 * run set after start are put back first (applyRunFlags), or every later run would compile afresh.
 */
export const V8_DEFAULTS: Readonly<Record<string, string>> = { '--interrupt-budget': '67584', '--heap-growing-percent': '0' };

/** The names of the flags applyRunFlags set in this process, put back at exit. */
const setAfterStart = new Set<string>();

/**
 * Sets the flags a new (or resumed) `eval` run of `calls` calls uses that the starter did not set
 * already (flagsAtStart of `argv`, the process's arguments after the script), and puts them back to
 * V8_DEFAULTS at exit, before the starter's exit handler writes the code cache (a listener put first).
 */
export function applyRunFlags(calls: number, argv: readonly string[], execArgv: readonly string[] = process.execArgv): void {
  const atStart = flagsAtStart(argv) ? CLI_V8_FLAGS : [];
  const fresh = flagsForRun(calls).filter((f) => !atStart.includes(f) && !givenToNode(f, execArgv));
  if (fresh.length === 0) return;
  applyV8Flags(fresh, execArgv);
  // one listener however many runs a process makes (tests run many in one process)
  if (setAfterStart.size === 0) process.prependListener('exit', () => applyV8Flags([...setAfterStart].map((name) => `${name}=${V8_DEFAULTS[name]}`), execArgv));
  for (const f of fresh) setAfterStart.add(flagName(f));
}

/** "--interrupt-budget" of "--interrupt-budget=2000000". */
const flagName = (flag: string): string => flag.split('=')[0]!;
/** The flag is on node's own command line (`execArgv`), whatever its value there: that one wins. */
const givenToNode = (flag: string, execArgv: readonly string[]): boolean => execArgv.some((a) => flagName(a) === flagName(flag));

/** Sets each flag not already given on node's own command line (`execArgv`). node:v8 is loaded only
 *  when a flag is set: loading it costs ≈ 4 ms, and a new `eval` of fewer calls sets none. */
export function applyV8Flags(flags: readonly string[], execArgv: readonly string[] = process.execArgv): void {
  for (const flag of flags) {
    if (givenToNode(flag, execArgv)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a flag is set (above)
    (require('node:v8') as typeof V8).setFlagsFromString(flag);
  }
}
