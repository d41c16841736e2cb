// The `promptshift` command line: the same core as the extension, no VS Code needed.
import * as fs from 'node:fs';
import * as tty from 'node:tty';
import { CliInputError, CliRunError, EXIT, type CliCommand, type CliIO } from './cli/common';
import { OutsideWorkspaceError } from './core/files/inside';
import { inertWriter } from './core/report/inert';
// only its type here: dist/cli.js runs this bundle through vm.Script (cliStart.ts), where Node 20
// allows no dynamic import(), so terminalConfirm requires it when it asks
import type * as Readline from 'node:readline/promises';

import { commandHelp, topLevelHelp } from './cli/help';

const USAGE = topLevelHelp();

// Each command is loaded only when used, so `promptshift check` does not pay for the runner.
const commands: Record<string, () => Promise<CliCommand>> = {
  eval: async () => (await import('./cli/eval')).evalCommand,
  plan: async () => (await import('./cli/plan')).planCommand,
  merge: async () => (await import('./cli/merge')).mergeCommand,
  compare: async () => (await import('./cli/compare')).compareCommand,
  monitor: async () => (await import('./cli/monitor')).monitorCommand,
  history: async () => (await import('./cli/history')).historyCommand,
  snapshot: async () => (await import('./cli/history')).snapshotCommand,
  report: async () => (await import('./cli/report')).reportCommand,
  check: async () => (await import('./cli/check')).checkCommand,
  rescore: async () => (await import('./cli/rescore')).rescoreCommand,
  explain: async () => (await import('./cli/explain')).explainCommand,
  labels: async () => (await import('./cli/labels')).labelsCommand,
  runs: async () => (await import('./cli/runs')).runsCommand,
  completion: async () => (await import('./cli/completion')).completionCommand,
};

export async function main(argv: string[], raw: CliIO): Promise<number> {
  // Everything printed is inert: model text, case ids and server messages cannot drive the
  // terminal or the CI log (core/report/inert.ts).
  const io: CliIO = { ...raw, stdout: inertWriter(raw.stdout), stderr: inertWriter(raw.stderr) };
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
    // A link or path leading outside the workspace is the repository's content: bad input.
    if (err instanceof CliInputError || err instanceof OutsideWorkspaceError) {
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

/**
 * SIGINT and SIGTERM end the process at once (the default), except inside a section that asked to
 * catch them (a run making model calls: the first signal cancels it, so it records what it has and
 * says how to resume; a second one ends the process). A handler installed for the whole life of
 * the process would run only when the event loop is free: a busy stage (reading a large suite)
 * would ignore the signal until it finished. Everything on disk is written whole, so an immediate
 * end loses at most what was in flight.
 */
function signalScope(controller: AbortController): () => () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const onSignal = () => {
    for (const sig of signals) process.off(sig, onSignal);
    controller.abort();
  };
  return () => {
    for (const sig of signals) process.on(sig, onSignal);
    return () => {
      for (const sig of signals) process.off(sig, onSignal);
    };
  };
}

/** A yes/no question on the terminal; only when both ends are one (never in CI or a pipe). */
function terminalConfirm(): CliIO['confirm'] {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return undefined;
  return async (question) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a question is asked (issue 18: start-up)
    const { createInterface } = require('node:readline/promises') as typeof Readline;
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
    } finally {
      rl.close();
    }
  };
}

/**
 * Writes text to standard output. When that is a file (`eval --json > report.json`, or /dev/null),
 * Node's stream for it turns each string into a new Buffer and then writes it synchronously: a
 * 100,000-call report printed 64 KB at a time left ~15 MB of those buffers for the next collections,
 * the last rise of the run's peak memory (issue 17). fs.writeSync writes the same bytes just as
 * synchronously, without them. A terminal or a pipe keeps Node's stream (it may queue writes).
 */
function stdoutWriter(): (text: string) => void {
  let file = false;
  try {
    const stat = fs.fstatSync(1);
    file = stat.isFile() || (stat.isCharacterDevice() && !tty.isatty(1));
  } catch {
    // no usable descriptor 1: Node's stream decides what to do
  }
  return file
    ? (text) => {
        fs.writeSync(1, text);
      }
    : (text) => process.stdout.write(text);
}

if (require.main === module) {
  const controller = new AbortController();
  const confirm = terminalConfirm();
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: stdoutWriter(),
    stderr: (t) => process.stderr.write(t),
    signal: controller.signal,
    catchSignals: signalScope(controller),
    ...(confirm ? { confirm } : {}),
  }).then((code) => {
    process.exitCode = code;
  });
}
