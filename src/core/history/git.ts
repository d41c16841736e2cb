// A prompt file's versions in git, through the `git` command (execFile, never a shell). Paths
// given to git are relative to the repository's top level, which need not be the workspace root.
import type * as ChildProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export class GitError extends Error {
  override name = 'GitError';
}

export interface GitCommit {
  /** full commit hash */
  rev: string;
  shortRev: string;
  /** author date, ISO 8601 */
  time: string;
  author: string;
  subject: string;
  /** repo-relative path of the file in that commit (differs from today's before a rename) */
  path: string;
}

const MAX_OUTPUT = 64 * 1024 * 1024;

function runGit(cwd: string, args: string[]): Promise<Buffer> {
  // required here, not imported: an `eval` of snapshots never runs git, and loading
  // node:child_process costs ≈ 3 ms of CPU at every start (issue 18)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (above)
  const { execFile } = require('node:child_process') as typeof ChildProcess;
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return reject(new GitError('git is not installed or not on PATH'));
        reject(new GitError(stderr.toString('utf8').trim() || err.message));
      },
    );
  });
}

/** The nearest directory of `p` (itself or an ancestor) that exists: a deleted file's folder may be gone too. */
function existingDir(p: string): string {
  let dir = path.resolve(p);
  while (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dir;
}

/** Top level of the git work tree holding `p`, or undefined if it is in none (or git is missing). */
export async function gitRepoRoot(p: string): Promise<string | undefined> {
  try {
    return (await runGit(existingDir(p), ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** `file` (absolute) relative to the repository top level, with '/' separators. */
function repoRelative(top: string, file: string): string {
  // git reports the top level with symlinks resolved; resolve ours the same way
  const dir = existingDir(path.dirname(file));
  const real = path.join(fs.realpathSync(dir), path.relative(dir, file));
  return path.relative(fs.realpathSync(top), real).split(path.sep).join('/');
}

/**
 * The commits that changed `file` (absolute path), newest first, following renames. Empty when
 * the file is not in a git repository or has no commits.
 */
export async function gitLog(file: string, options: { limit?: number } = {}): Promise<GitCommit[]> {
  const top = await gitRepoRoot(path.dirname(file));
  if (!top) return [];
  const args = ['log', '--follow', '--name-only', '--format=%x1e%H%x1f%h%x1f%aI%x1f%an%x1f%s'];
  if (options.limit !== undefined) args.push(`-n${options.limit}`);
  args.push('--', repoRelative(top, file));
  let out: string;
  try {
    out = (await runGit(top, args)).toString('utf8');
  } catch (err) {
    // a repository without any commit yet has no log
    if (err instanceof GitError && /does not have any commits|bad default revision/.test(err.message)) return [];
    throw err;
  }
  const commits: GitCommit[] = [];
  for (const record of out.split('\x1e')) {
    const lines = record.split('\n');
    const fields = lines[0]?.split('\x1f');
    if (!fields || fields.length < 5) continue;
    const names = lines.slice(1).filter((l) => l.trim() !== '');
    commits.push({
      rev: fields[0]!,
      shortRev: fields[1]!,
      time: fields[2]!,
      author: fields[3]!,
      subject: fields.slice(4).join('\x1f'),
      path: names[names.length - 1] ?? repoRelative(top, file),
    });
  }
  return commits;
}

export interface GitVersion {
  content: Buffer;
  /** full commit hash the revision resolved to */
  rev: string;
  /** author date of that commit */
  time: string;
  /** repo-relative path the content was read from */
  path: string;
}

/**
 * Content of `file` (absolute) at revision `rev` (anything `git rev-parse` takes: HEAD~1, main, a
 * hash). If the file had another name in that revision, the name is found through `gitLog`.
 * Throws GitError saying why: not a git repository, unknown revision, path not in that revision.
 */
export async function gitShow(file: string, rev: string): Promise<GitVersion> {
  const top = await gitRepoRoot(path.dirname(file));
  if (!top) throw new GitError(`${file} is not in a git repository`);
  if (rev.startsWith('-')) throw new GitError(`'${rev}' is not a revision`);
  let commit: string;
  let time: string;
  try {
    const head = (await runGit(top, ['log', '-1', '--format=%H%x1f%aI', `${rev}^{commit}`, '--'])).toString('utf8').trim();
    [commit = '', time = ''] = head.split('\x1f');
  } catch {
    throw new GitError(`unknown revision '${rev}' in ${top}`);
  }
  const rel = repoRelative(top, file);
  const read = async (name: string): Promise<Buffer | undefined> => {
    try {
      // cat-file gives the exact stored bytes (no textconv, no filters)
      return await runGit(top, ['cat-file', 'blob', `${commit}:${name}`]);
    } catch {
      return undefined;
    }
  };
  let content = await read(rel);
  if (content) return { content, rev: commit, time, path: rel };
  const oldName = (await gitLog(file)).find((c) => c.rev === commit)?.path;
  if (oldName && oldName !== rel && (content = await read(oldName))) return { content, rev: commit, time, path: oldName };
  throw new GitError(`${rel} does not exist in revision '${rev}' (${commit.slice(0, 7)})`);
}
