// What every `promptshift` subcommand shares: its I/O and the exit codes of CONTRACTS.md §1.
export const EXIT = { ok: 0, gateFailed: 1, badInput: 2, runFailed: 3 } as const;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** results */
  stdout: (text: string) => void;
  /** progress and messages */
  stderr: (text: string) => void;
  /** aborted on SIGINT/SIGTERM */
  signal: AbortSignal;
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
