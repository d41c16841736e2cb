// What every `promptshift` subcommand shares: its I/O and the exit codes of CONTRACTS.md §1.
import * as fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { writeFileAtomic, writeFileAtomicInPieces } from '../core/files';

export const EXIT = { ok: 0, gateFailed: 1, badInput: 2, runFailed: 3 } as const;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** results */
  stdout: (text: string) => void;
  /** progress and messages */
  stderr: (text: string) => void;
  /** aborted on SIGINT/SIGTERM while signals are caught (see catchSignals) */
  signal: AbortSignal;
  /**
   * Makes SIGINT/SIGTERM abort `signal` instead of ending the process, until the returned function
   * is called. Only around stages that stop cleanly on `signal` (model calls): elsewhere a signal
   * ends the process at once. Absent when not run as a process (tests).
   */
  catchSignals?: () => () => void;
  /**
   * Asks the person at the terminal a yes/no question (e.g. before paying for model calls).
   * Absent without a terminal (CI, pipes, tests): commands then go ahead without asking.
   */
  confirm?: (question: string) => Promise<boolean>;
}

/** Bad usage or bad input: exit 2. The message names the file, line and field where it can. */
export class CliInputError extends Error {
  override name = 'CliInputError';
}

/** The run could not finish (provider unreachable, auth refused after retries): exit 3. */
export class CliRunError extends Error {
  override name = 'CliRunError';
}

export type CliCommand = (args: string[], io: CliIO) => Promise<number>;

/** Writes an `--out FILE` atomically (temp file + rename); a failure is bad input (exit 2) naming the file. */
export function writeOutFile(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (err) {
    throw new CliInputError(`--out ${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Copies a file of ours (a run's report.json) to an `--out FILE`, 1 MB at a time and atomically, as writeOutFile. */
export function copyOutFile(file: string, source: string): void {
  try {
    writeFileAtomicInPieces(file, (out) => out.appendFile(source));
  } catch (err) {
    throw new CliInputError(`--out ${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/**
 * A file's text (UTF-8) handed to `write` 64 KB at a time: a large report printed without being one
 * string. Pieces this small are young objects that die in the next scavenge; 1 MB pieces (and the
 * copies the writer makes of each) went to V8's large-object space and piled up there until a full
 * collection, ~100 MB of a 100,000-call run's peak RSS (issue 17).
 */
export function writeFileText(file: string, write: (text: string) => void): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    const decoder = new StringDecoder('utf8');
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) write(decoder.write(buffer.subarray(0, n)));
    const rest = decoder.end();
    if (rest) write(rest);
  } finally {
    fs.closeSync(fd);
  }
}

/** A `--NAME N` option that must be a whole number ≥ `min` (undefined when not given). */
export function wholeNumberOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliInputError(`--${name}: expected a whole number ≥ ${min}, got '${value}'`);
  return n;
}

/** A `--NAME N` option that must be a whole number ≥ 1. */
export function positiveInt(name: string, value: string | undefined): number | undefined {
  return wholeNumberOption(name, value, 1);
}

/**
 * A `--NAME USD` option: an amount in US dollars, written `5`, `0.50` or `$5`; above zero unless
 * `zero` is allowed (explain's `--budget 0`: run only if every call is cached).
 */
export function usdOption(name: string, value: string | undefined, zero: 'zero allowed' | 'above zero' = 'above zero'): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value.replace(/^\$/, ''));
  if (!Number.isFinite(x) || x < 0 || (x === 0 && zero === 'above zero')) throw new CliInputError(`--${name}: expected an amount in USD such as 5 or 0.50, got '${value}'`);
  return x;
}

/** `--budget USD` and `--budget-calls N`, as a budget (undefined when neither is given). */
export function budgetOptions(usd: string | undefined, calls: string | undefined): { usd?: number; calls?: number } | undefined {
  if (usd === undefined && calls === undefined) return undefined;
  const budget: { usd?: number; calls?: number } = {};
  const x = usdOption('budget', usd);
  if (x !== undefined) budget.usd = x;
  const n = positiveInt('budget-calls', calls);
  if (n !== undefined) budget.calls = n;
  return budget;
}

/** The options `eval` and `plan` share: which versions, which model, how many samples, how fast. */
export const RUN_OPTIONS = {
  a: { type: 'string' },
  b: { type: 'string' },
  samples: { type: 'string' },
  concurrency: { type: 'string' },
  provider: { type: 'string' },
  'no-baseline': { type: 'boolean', default: false },
  budget: { type: 'string' },
  'budget-calls': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;
