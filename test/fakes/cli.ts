// Runs the `promptshift` CLI in-process (src/cli.ts `main`), capturing what it prints.
import { main } from '../../src/cli';
import type { CliIO } from '../../src/cli/common';

export interface CliOutcome {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {}): Promise<CliOutcome> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env: options.env ?? {}, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: options.signal ?? new AbortController().signal };
  return { code: await main(args, io), out, err };
}
