// What every `promptshift` subcommand shares: its I/O and the exit codes of CONTRACTS.md §1.
import { writeFileAtomic } from '../core/files';

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
