// `promptshift check <suite or prompt file> [--json]`: validates and renders without calling a
// model. A suite prints each case's messages; a prompt file prints its variables and system
// message. Any error is printed as `file:line:column: field: message` on stderr and exits 2.
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PromptParseError } from '../core/prompt/parse';
import { renderPromptPreview } from '../core/prompt/render';
import { formatIssue, hasErrors, type SuiteIssue } from '../core/suite/issues';
import { parseSuiteText } from '../core/suite/load';
import type { LoadedSuite } from '../core/suite/loaded';
import { parseSuitePrompt, renderSuiteCases, type RenderedCase } from '../core/suite/render';
import { resolveEvalSettings } from '../core/eval/settings';
import type { ChatMessage } from '../core/providers/types';
import { findWorkspaceRoot, OutsideWorkspaceError, resolveInside } from '../core/files';
import { CliInputError, EXIT, type CliCommand, type CliIO } from './common';

const USAGE = 'usage: promptshift check <suite, promptfoo config or prompt file> [--json]';
export const MAX_CHECK_BYTES = 10 * 1024 * 1024;
/** Characters of each message shown in the human-readable listing (--json shows everything). */
const SHOWN_CHARS = 400;

export const checkCommand: CliCommand = async (args, io) => {
  let values: { json?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true }));
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  if (positionals.length !== 1) throw new CliInputError(USAGE);
  const path = resolve(io.cwd, positionals[0]!);
  const display = (file: string) => displayPath(io.cwd, file);
  // The named file and every file it names stay inside its workspace (a link cannot lead out).
  const root = findWorkspaceRoot(dirname(path));
  try {
    resolveInside(root, path, 'file');
  } catch (err) {
    if (err instanceof OutsideWorkspaceError) throw new CliInputError(err.message);
    throw err;
  }
  const text = await readTextFile(path, display(path));
  const json = values.json === true;
  return isSuiteFile(path, text) ? checkSuite(path, text, root, io, json) : checkPrompt(path, text, io, json);
};

async function checkSuite(path: string, text: string, root: string, io: CliIO, json: boolean): Promise<number> {
  const loaded = await parseSuiteText(text, path, { workspaceRoot: root });
  const issues = [...loaded.errors];
  const cases = loaded.suite ? await renderAll(loaded.suite, issues) : [];
  const ok = !hasErrors(issues);
  if (json) {
    io.stdout(JSON.stringify({ ok, errors: issues, cases }, null, 2) + '\n');
  } else {
    for (const issue of issues) io.stderr(formatIssue(issue, displayPath(io.cwd, issue.file)) + '\n');
    if (ok && loaded.suite) io.stdout(describeSuite(loaded.suite, cases, io.cwd));
  }
  return ok ? EXIT.ok : EXIT.badInput;
}

/** Renders every case against the working copy of the suite's prompt; problems go into `issues`. */
async function renderAll(suite: LoadedSuite, issues: SuiteIssue[]): Promise<RenderedCase[]> {
  const at = { file: suite.file, line: 1, column: 1, field: suite.format === 'promptfoo' ? 'prompts' : 'prompt', severity: 'error' as const };
  let promptText = suite.prompt.text;
  if (promptText === undefined) {
    try {
      promptText = await readTextFile(suite.prompt.path, suite.prompt.path);
    } catch (err) {
      issues.push({ ...at, message: (err as Error).message });
      return [];
    }
  }
  try {
    const parsed = parseSuitePrompt(suite.prompt, promptText);
    const rendered = renderSuiteCases(suite, parsed);
    issues.push(...rendered.errors);
    return rendered.cases;
  } catch (err) {
    if (!(err instanceof PromptParseError)) throw err;
    issues.push({ ...at, file: err.fileName, line: err.line, column: err.column, field: '', message: err.message.replace(/^.*?:\d+:\d+: /, '') });
    return [];
  }
}

function describeSuite(suite: LoadedSuite, cases: RenderedCase[], cwd: string): string {
  const p = suite.provider;
  const provider = suite.providerProblem ? 'a provider eval cannot call (eval needs --provider)' : p ? `${p.type}${p.model ? ` ${p.model}` : ''}` : 'the default provider';
  // a suite that does not say gets the default (what eval would run), never "undefined"
  const { samples } = resolveEvalSettings(suite);
  const lines = [
    `${displayPath(cwd, suite.file)}: ${cases.length} case${cases.length === 1 ? '' : 's'}, prompt ${displayPath(cwd, suite.promptPath)}` +
      `${suite.prompt.text !== undefined ? ' (inline)' : ''}, ${provider}, ${samples} sample${samples === 1 ? '' : 's'} per version`,
  ];
  if (suite.alternatePrompt) lines.push(`second prompt (default B): ${displayPath(cwd, suite.alternatePrompt.path)}${suite.alternatePrompt.text !== undefined ? ' (inline)' : ''}`);
  for (const c of cases) lines.push('', `── ${c.id}`, ...c.messages.map((m) => showMessage(m, SHOWN_CHARS)));
  return lines.join('\n') + '\n';
}

async function checkPrompt(path: string, text: string, io: CliIO, json: boolean): Promise<number> {
  let preview: ReturnType<typeof renderPromptPreview>;
  try {
    preview = renderPromptPreview(text, path);
  } catch (err) {
    if (!(err instanceof PromptParseError)) throw err;
    const issue: SuiteIssue = { file: path, line: err.line, column: err.column, field: '', message: err.message.replace(/^.*?:\d+:\d+: /, ''), severity: 'error' };
    if (json) io.stdout(JSON.stringify({ ok: false, errors: [issue] }, null, 2) + '\n');
    else io.stderr(formatIssue(issue, displayPath(io.cwd, path)) + '\n');
    return EXIT.badInput;
  }
  if (json) {
    io.stdout(JSON.stringify({ ok: true, errors: [], ...preview }, null, 2) + '\n');
    return EXIT.ok;
  }
  const lines = [
    `${displayPath(io.cwd, path)}: sha256 ${preview.sha256}`,
    `variables: ${preview.variables.length ? preview.variables.join(', ') : '(none)'}`,
    '',
    ...preview.messages.map((m) => showMessage(m, Infinity)),
  ];
  io.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}

function showMessage(m: ChatMessage, limit: number): string {
  const hidden = m.content.length - limit;
  const shown = hidden > 0 ? `${m.content.slice(0, limit)}… (+${hidden} more characters)` : m.content;
  const indented = shown.split('\n').map((line, i) => (i === 0 ? line : `    ${line}`.trimEnd()));
  return `  ${m.role}: ${indented.join('\n')}`;
}

function isSuiteFile(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return true;
  // A JSON file is a suite unless it is a chat prompt (a list of messages).
  return ext === '.json' && !text.trimStart().startsWith('[');
}

/** Reads a text file the user named, refusing what cannot be a suite or prompt, with a clear reason. */
async function readTextFile(path: string, shown: string): Promise<string> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new CliInputError(`${shown}: is a directory, not a suite or prompt file`);
    // a named pipe or device would block the read forever (or never end)
    if (!s.isFile()) throw new CliInputError(`${shown}: is not a regular file (a device, pipe or socket), not a suite or prompt`);
    size = s.size;
  } catch (err) {
    if (err instanceof CliInputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliInputError(`${shown}: ${code === 'ENOENT' ? 'file not found' : (err as Error).message}`);
  }
  if (size > MAX_CHECK_BYTES) throw new CliInputError(`${shown}: file is ${(size / 1024 / 1024).toFixed(1)} MB; suites and prompts over 10 MB are refused`);
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new CliInputError(`${shown}: looks like a binary file (it contains NUL bytes), not a suite or prompt`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliInputError(`${shown}: is not UTF-8 text`);
  }
}

function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
