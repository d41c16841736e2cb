// `promptshift history <prompt-file> [--json]` and
// `promptshift snapshot <prompt-file> [--label L] [--message M] [--from OLD-PATH]`:
// the same version store as the extension's history view (CONTRACTS §1, §5).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliInputError, EXIT, type CliCommand, type CliIO } from './common';
import { findWorkspaceRoot, resolveInside } from '../core/files';
import {
  gitLog,
  GitError,
  HistoryError,
  MAX_PROMPT_BYTES,
  promptContentProblem,
  relativeTime,
  VersionStore,
  type GitCommit,
  type LogWarning,
  type VersionEntry,
} from '../core/history';

function parse<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length !== 1) throw new Error(parsed.positionals.length ? 'expected one prompt file' : 'missing the prompt file');
    return { values: parsed.values, file: parsed.positionals[0]! };
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\nusage: ${usage}`);
  }
}

/** The store of the workspace holding `abs`: the nearest ancestor with `.promptshift/` or `.git`, else the cwd. */
function openStore(abs: string, io: CliIO): VersionStore {
  return new VersionStore(findWorkspaceRoot(path.dirname(abs), io.cwd));
}

/** Turns store errors (bad label, path outside the workspace, unknown version) into exit 2. */
function asInputError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof HistoryError) throw new CliInputError(err.message);
    throw err;
  }
}

function reportWarnings(warnings: LogWarning[], io: CliIO): void {
  for (const w of warnings) io.stderr(`warning: ${w.file}:${w.line}: ${w.message}\n`);
}

export const snapshotCommand: CliCommand = async (args, io) => {
  const usage = 'promptshift snapshot <prompt-file> [--label L] [--message M] [--from OLD-PATH]';
  const { values, file } = parse(args, { label: { type: 'string' }, message: { type: 'string' }, from: { type: 'string' } }, usage);
  const abs = path.resolve(io.cwd, file);
  const store = openStore(abs, io);
  resolveInside(store.root, abs, 'prompt file'); // a link leading out of the workspace is not read
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new CliInputError(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new CliInputError(`${file}: not a file`);
  if (stat.size > MAX_PROMPT_BYTES) throw new CliInputError(`${file} ${promptContentProblem(new Uint8Array(stat.size))}`);
  const bytes = fs.readFileSync(abs);
  const problem = promptContentProblem(bytes);
  if (problem) throw new CliInputError(`${file} ${problem}`);

  const label = values.label;
  const message = values.message;
  const from = values.from;
  return asInputError(() => {
    if (from !== undefined) {
      const moves = store.rename(path.resolve(io.cwd, from), abs);
      if (moves.length === 0) io.stderr(`${from} has no recorded history (or it already follows ${store.relPath(abs)})\n`);
      for (const m of moves) io.stderr(`history of ${m.from} now follows ${m.to}\n`);
    }
    const result = store.snapshot(abs, bytes, {
      source: 'manual',
      ...(label !== undefined ? { label } : {}),
      ...(message !== undefined ? { message } : {}),
    });
    const rel = store.relPath(abs);
    if (result.created) io.stderr(`${rel}: recorded v${result.version}${label ? ` @${label}` : ''}\n`);
    else io.stderr(`${rel}: unchanged, same content as v${result.version}${label ? ` (now labelled @${label})` : ''}\n`);
    io.stdout(result.sha256 + '\n');
    return EXIT.ok;
  });
};

export const historyCommand: CliCommand = async (args, io) => {
  const usage = 'promptshift history <prompt-file> [--json]';
  const { values, file } = parse(args, { json: { type: 'boolean' } }, usage);
  const abs = path.resolve(io.cwd, file);
  const store = openStore(abs, io);
  const history = asInputError(() => store.log(abs));
  const exists = fs.existsSync(abs);
  if (exists && !fs.statSync(abs).isFile()) throw new CliInputError(`${file}: not a file`);
  if (!exists && history.versions.length === 0) throw new CliInputError(`${file}: no such file, and no recorded history`);

  let commits: GitCommit[] = [];
  try {
    commits = await gitLog(abs);
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    io.stderr(`warning: git log failed: ${err.message}\n`);
  }
  const versions = history.versions.map((v) => ({ ...v, ...statsOf(store, abs, v) }));
  reportWarnings(history.warnings, io);

  if (values.json) {
    io.stdout(
      JSON.stringify(
        {
          file: history.path,
          root: store.root,
          exists,
          fileId: history.fileId,
          versions,
          labels: history.labels,
          renames: history.renames,
          git: commits,
          warnings: history.warnings,
        },
        null,
        2,
      ) + '\n',
    );
    return EXIT.ok;
  }

  const now = new Date();
  const lines: string[] = [];
  lines.push(`${history.path}${exists ? '' : ' (deleted)'}: ${versions.length} version${versions.length === 1 ? '' : 's'}, newest first`);
  if (versions.length === 0) lines.push(`  no snapshots yet; record one with: promptshift snapshot ${file}`);
  const rows = versions.map((v) => [
    `v${v.number}`,
    relativeTime(v.time, now),
    v.sha256.slice(0, 8),
    v.source,
    v.labels.map((l) => '@' + l).join(' '),
    v.added === undefined ? '' : `+${v.added} -${v.removed}`,
    [v.message, v.path !== history.path ? `(as ${v.path})` : ''].filter(Boolean).join(' '),
  ]);
  lines.push(...table(rows));
  if (commits.length) {
    lines.push('', `git: ${commits.length} commit${commits.length === 1 ? '' : 's'} (use as git:<rev>)`);
    lines.push(...table(commits.map((c) => [c.shortRev, relativeTime(c.time, now), c.author, c.subject])));
  }
  io.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
};

/** Stored line stats, or computed now; an unreadable object gives none rather than failing the listing. */
function statsOf(store: VersionStore, abs: string, v: VersionEntry): { added?: number; removed?: number } {
  try {
    return store.lineStatsOf(abs, v);
  } catch (err) {
    if (err instanceof HistoryError) return {};
    throw err;
  }
}

function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => '  ' + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}
