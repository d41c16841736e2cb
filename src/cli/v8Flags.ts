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
  return calls >= LARGE_RUN_CALLS ? CLI_V8_FLAGS : [];
}

/** Sets each flag not already given on node's own command line (`execArgv`). node:v8 is loaded only
 *  when a flag is set: loading it costs every start ≈ 5 ms, and a new `eval` of fewer calls sets none. */
export function applyV8Flags(flags: readonly string[], execArgv: readonly string[] = process.execArgv): void {
  for (const flag of flags) {
    const name = flag.split('=')[0]!;
    if (execArgv.some((a) => a.split('=')[0] === name)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a flag is set (above)
    (require('node:v8') as typeof V8).setFlagsFromString(flag);
  }
}
