// What `compare` and `monitor` share about reading logs from the command line: bad lines printed
// as they come (the first few per file) and counted, and a file that cannot be read at all turned
// into bad input naming it.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TextFileError } from '../core/files';
import { formatProblem, type Problem } from '../core/problems';
import { CliInputError, type CliIO } from './common';

/** Bad lines printed per file; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 20;

/** Prints the first bad lines of each file to stderr as they come; counts the rest. */
export function problemPrinter(io: CliIO): { report: (file: string, p: Problem) => void; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  return {
    counts,
    report: (file, p) => {
      const n = (counts.get(file) ?? 0) + 1;
      counts.set(file, n);
      if (n <= MAX_REPORTED_PROBLEMS) io.stderr(`${formatProblem(p)}\n`);
    },
  };
}

/** A file that cannot be read as a log at all: bad input naming it. */
export function unreadable(err: unknown, shownAs: string): never {
  if (err instanceof TextFileError) throw new CliInputError(`${shownAs}: ${err.reason}`);
  const code = (err as NodeJS.ErrnoException).code;
  if (code) throw new CliInputError(`${shownAs}: cannot read (${code})`);
  throw err;
}


/** parseArgs with positionals; an unknown or malformed option is bad usage, with the usage line. */
export function parseLogArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${usage}`);
  }
}
