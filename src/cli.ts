// The `promptshift` command line: the same core as the extension, no VS Code needed.
import { CliInputError, CliRunError, EXIT, type CliCommand, type CliIO } from './cli/common';
import { commandHelp, topLevelHelp } from './cli/help';

const USAGE = topLevelHelp();

// Each command is loaded only when used, so `promptshift check` does not pay for the runner.
const commands: Record<string, () => Promise<CliCommand>> = {
  eval: async () => (await import('./cli/eval')).evalCommand,
  compare: async () => (await import('./cli/compare')).compareCommand,
  history: async () => (await import('./cli/history')).historyCommand,
  snapshot: async () => (await import('./cli/history')).snapshotCommand,
  report: async () => (await import('./cli/report')).reportCommand,
  check: async () => (await import('./cli/check')).checkCommand,
  completion: async () => (await import('./cli/completion')).completionCommand,
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(USAGE + '\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  if (name === '--version') {
    io.stdout(`${PROMPTSHIFT_VERSION}\n`);
    return EXIT.ok;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`promptshift: unknown command '${name}'\n\n${USAGE}\n`);
    return EXIT.badInput;
  }
  // `--help` anywhere before a `--` answers for the command, whatever else is on the line
  const ownArgs = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    io.stdout(commandHelp(name) ?? `${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    return await (await load())(rest, io);
  } catch (err) {
    if (err instanceof CliInputError) {
      io.stderr(`promptshift ${name}: ${err.message}\n`);
      return EXIT.badInput;
    }
    if (err instanceof CliRunError) {
      io.stderr(`promptshift ${name}: ${err.message}\n`);
      return EXIT.runFailed;
    }
    // A file system refusal (read-only or full disk, a file where a folder should be) is the
    // user's to fix, not a bug: Node's message names the call and the path; no stack trace.
    if (err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string') {
      io.stderr(`promptshift ${name}: file system error: ${err.message}\n`);
      return EXIT.runFailed;
    }
    io.stderr(`promptshift ${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.runFailed;
  }
}

declare const PROMPTSHIFT_VERSION: string;

if (require.main === module) {
  const controller = new AbortController();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => controller.abort());
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    signal: controller.signal,
  }).then((code) => {
    process.exitCode = code;
  });
}
