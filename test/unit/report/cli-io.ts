// A CliIO that captures what a command prints, for calling `main` from src/cli.ts in-process.
import type { CliIO } from '../../../src/cli/common';

export interface CapturedIO extends CliIO {
  out: string[];
  err: string[];
}

export function captureIO(cwd: string): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t), signal: new AbortController().signal, out, err };
}
