// promptfoo `prompts:` → PromptShift prompt refs, read as promptfoo reads them: a string is a prompt
// or a file path (file://, or a path that exists), a glob expands to its files in order; a `.txt`
// file holding several prompts separated by `---` lines is several prompts (an A/B pair, what
// PromptShift is for); a `.jsonl` file is one prompt per line; `.json`, `.yaml`, `.yml`, `.md`,
// `.j2`, `.prompty` and other text files are one prompt each. Prompts that are code (`.js`, `.py`,
// `exec:`) or live in a prompt hub are named, never dropped: each is an error at its line.
import { basename } from 'node:path';
import { globFiles, isGlob } from './glob';
import { resolveFrom } from './cases';
import type { DocumentLocator, FieldPath, SuiteIssue } from './issues';
import type { PromptRef, ResolvedAccess } from './loaded';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Entry {
  raw: string;
  label?: string;
  path: FieldPath;
  /** `{raw: …}`: text, never a path */
  inline: boolean;
  /** `{messages: [...]}`: promptfoo's chat prompt object */
  messages?: boolean;
}

/** promptfoo's own test of "is this string a file path?" (prompts/utils.ts maybeFilePath). */
function maybeFilePath(s: string): boolean {
  if (/\n|portkey:\/\/|langfuse:\/\/|helicone:\/\//.test(s)) return false;
  return s.startsWith('file://') || /\.[A-Za-z0-9]{2,4}(:\w+)?$/.test(s) || s.includes('*') || s.includes('/') || s.includes('\\');
}

const CODE = /\.(js|cjs|mjs|ts|tsx|py|sh|bash|rb|pl|exe|bat|cmd|ps1)(:[\w.]+)?$/i;

function entriesOf(value: unknown): Entry[] {
  if (typeof value === 'string') return [{ raw: value, path: ['prompts'], inline: false }];
  if (Array.isArray(value)) {
    return value.flatMap((e, i): Entry[] => {
      const path: FieldPath = ['prompts', i];
      if (typeof e === 'string') return [{ raw: e, path, inline: false }];
      if (isObject(e)) {
        const label = typeof e.label === 'string' ? e.label : undefined;
        if (typeof e.raw === 'string') return [{ raw: e.raw, path, inline: true, ...(label !== undefined && { label }) }];
        if (typeof e.id === 'string') return [{ raw: e.id, path: [...path, 'id'], inline: false, ...(label !== undefined && { label }) }];
        if (Array.isArray(e.messages)) return [{ raw: '', path: [...path, 'messages'], inline: true, messages: true }];
      }
      return [{ raw: '', path, inline: true }];
    });
  }
  // the legacy map form: { "prompts.txt": "label" }
  if (isObject(value)) return Object.entries(value).map(([raw, label]) => ({ raw, path: ['prompts', raw], inline: false, ...(typeof label === 'string' && { label }) }));
  return [];
}

export async function readPromptfooPrompts(value: unknown, file: string, locator: DocumentLocator, access: ResolvedAccess, issues: SuiteIssue[]): Promise<PromptRef[]> {
  const entries = entriesOf(value);
  if (entries.length === 0) {
    issues.push(locator.issue(['prompts'], "missing required field 'prompts': PromptShift needs the prompt to compare"));
    return [];
  }
  const refs: PromptRef[] = [];
  for (const entry of entries) {
    const problem = (message: string) => issues.push(locator.issue(entry.path, message));
    if (entry.messages) {
      problem('prompt objects with messages: (each message content a file) are not supported by PromptShift: write the chat as a JSON or YAML prompt file');
      continue;
    }
    if (entry.raw.trim() === '') {
      problem('a prompt must be text, file://<path>, or {id: file://<path>, label} / {raw, label}');
      continue;
    }
    const inline = (text: string): PromptRef => ({ path: file, text, bodyRole: 'user', dialect: 'promptfoo-inline', ...(entry.label !== undefined && { label: entry.label }) });
    if (entry.inline) {
      refs.push(inline(entry.raw));
      continue;
    }
    if (entry.raw.startsWith('exec:')) {
      problem(`prompt '${entry.raw}' is produced by running a program: PromptShift does not run a repository's code; write the prompt to a file`);
      continue;
    }
    if (/^(portkey|langfuse|helicone):\/\//.test(entry.raw)) {
      problem(`prompt '${entry.raw}' lives in a prompt hub (${entry.raw.split(':')[0]}), which PromptShift does not reach; export it to a file`);
      continue;
    }
    if (!maybeFilePath(entry.raw)) {
      refs.push(inline(entry.raw));
      continue;
    }
    const relative = entry.raw.replace(/^file:\/\//, '');
    if (CODE.test(relative)) {
      problem(`prompt '${entry.raw}' is a prompt function (code): PromptShift does not run a repository's code; write the prompt it returns to a file`);
      continue;
    }
    const paths = isGlob(relative) ? globFiles(relative, resolveFrom(file, '.')) : [resolveFrom(file, relative)];
    const outside = paths.map((p) => access.outside(p, 'prompt file')).find((why) => why !== undefined);
    if (outside) {
      problem(outside);
      continue;
    }
    const existing: string[] = [];
    for (const p of paths) if (await access.fileExists(p)) existing.push(p);
    if (existing.length === 0) {
      // promptfoo falls back to the text itself when no file matches a plain string
      if (!entry.raw.startsWith('file://')) refs.push(inline(entry.raw));
      else problem(`prompt file not found: ${paths[0] ?? relative}`);
      continue;
    }
    for (const path of existing) {
      if (CODE.test(path)) {
        problem(`prompt '${basename(path)}' is a prompt function (code): PromptShift does not run a repository's code`);
        continue;
      }
      if (/\.csv$/i.test(path)) {
        problem(`prompts from a CSV file (${basename(path)}) are not supported: write them to a .txt file separated by --- lines`);
        continue;
      }
      refs.push(...(await promptsOfFile(path, entry.label, access, locator, entry.path, issues)));
    }
  }
  return refs;
}

/** One file's prompts: several for a `.txt` with `---` lines or a `.jsonl`, else the file itself. */
async function promptsOfFile(path: string, label: string | undefined, access: ResolvedAccess, locator: DocumentLocator, at: FieldPath, issues: SuiteIssue[]): Promise<PromptRef[]> {
  const labelled = (l: string | undefined) => (l !== undefined ? { label: l } : {});
  const whole: PromptRef = { path, bodyRole: 'user', dialect: 'promptfoo', ...labelled(label) };
  if (!/\.(txt|jsonl)$/i.test(path)) return [whole];
  let text: string;
  try {
    text = await access.readFile(path);
  } catch (err) {
    issues.push(locator.issue(at, `cannot read prompt file ${path}: ${(err as Error).message}`));
    return [];
  }
  const parts = /\.jsonl$/i.test(path) ? text.split(/\r?\n/).filter((l) => l.length > 0) : splitPromptText(text);
  if (parts.length === 0) {
    issues.push(locator.issue(at, `prompt file ${path} holds no prompt`));
    return [];
  }
  if (parts.length === 1 && !/^[ \t]*---[ \t]*$/m.test(text)) return [whole];
  return parts.map((part, i) => ({ path, text: part, bodyRole: 'user' as const, dialect: 'promptfoo' as const, ...labelled(`${label ?? basename(path)} #${i + 1}`) }));
}

/** promptfoo's text prompt files: prompts separated by lines that are `---` alone, each trimmed. */
export function splitPromptText(text: string): string[] {
  const parts: string[] = [];
  let buffer: string[] = [];
  const flush = () => {
    const raw = buffer.join('\n').trim();
    if (raw) parts.push(raw);
    buffer = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '---') flush();
    else buffer.push(line);
  }
  flush();
  return parts;
}
