// ParsedPrompt + a case → chat messages (CONTRACTS §2 "Rendering"), in the template syntax of the
// prompt's own tool (docs/TEMPLATES.md):
// - `mustache` (PromptShift's own, plain text/markdown/Dotprompt/JSON chat): `{{name}}` /
//   `{{ name }}` replaced from the case's vars; anything else in braces is left as written.
// - `nunjucks` (promptfoo prompts, Prompty's Jinja2 body): a real template engine (nunjucks.ts).
//   A Prompty body is rendered first and split into role sections after, as Prompty does, so a
//   loop can write turns; `inputs` defaults fill unset variables.
// - `vscode` (VS Code prompt files): `${input:name}`, `${selection}`… from vars; `{{name}}` only
//   where a case of the suite sets `name` (knownVariables), else it is text, as VS Code sends it.
// The prompt body is the system message and the case input (rendered as `mustache`) the user
// message. A section that uses `{{input}}`, `{{question}}` or `{{query}}` (and vars do not set it)
// receives the case input, which is then not sent a second time.
// A missing variable is an error (PromptRenderError), never an empty string: a silently blank
// customer name would change the behaviour being measured. Prompty files are the exception: Prompty
// renders an unset variable empty, so PromptShift sends what Prompty would and reports each one
// (`onUnset`), which `check` and `eval` show as a warning at the case.
import type { ChatMessage } from '../providers/types';
import { parse as parseYaml } from 'yaml';
import type { ParsedPrompt, PromptSection, Role } from './parse';
import { parsePromptFile, PROMPTY_ROLE_LINE, splitSections } from './parse';
import { hasTemplateMarkup, renderTemplate, renderTemplateAsPrompty, renderTemplateLeniently, templateVariables, TemplateError } from './nunjucks';
import { substituteVscodeVariables, vscodeVariableUses } from './vscodeVariables';

/** Template names that stand for the case input when vars do not define them. */
export const INPUT_VARIABLES = ['input', 'question', 'query'] as const;

// `{{name}}`, `{{ name }}`, `{{{name}}}`, dotted paths. Anything else inside braces (helpers,
// filters, `{{#if}}`) is not ours and is left as written.
const VARIABLE = /\{\{\{?\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*\}?\}\}/g;

export type Vars = Record<string, unknown>;

export interface RenderOptions {
  caseId?: string;
  /** `error` (default) throws PromptRenderError; `keep` leaves variables as written (previews). */
  missing?: 'error' | 'keep';
  /**
   * Names some case of the suite sets. In a VS Code prompt file `{{name}}` is a variable only
   * when it is one of these; otherwise it is text (an Ansible `{{ vault_password }}`).
   */
  knownVariables?: ReadonlySet<string>;
  /** A Prompty variable with no value, rendered empty as Prompty does (where it is used). */
  onUnset?: (unset: { variable: string; role: Role; line: number }) => void;
}

export class PromptRenderError extends Error {
  override name = 'PromptRenderError';
  constructor(
    readonly variable: string,
    readonly caseId: string | undefined,
    /** where the variable is used: a role of the prompt, or `input` for the case input */
    readonly usedIn: Role | 'input',
    readonly fileName: string,
    readonly line: number | undefined,
    /** another template problem than a missing variable (nunjucks: a filter failed, …) */
    readonly problem?: string,
  ) {
    const where =
      usedIn === 'input'
        ? 'the case input'
        : `the ${usedIn} message of ${fileName}${line === undefined ? '' : ` line ${line}`}`;
    const what = problem ?? `variable '${variable}' is not set in vars`;
    super(`${caseId === undefined ? '' : `case '${caseId}': `}${what} (used in ${where})`);
  }
}

/** Every variable the prompt's sections use, in order of first use. */
export function promptVariables(parsed: ParsedPrompt): string[] {
  const names = new Set<string>();
  if (parsed.syntax === 'nunjucks') {
    for (const template of templatesOf(parsed)) for (const v of templateVariables(template)) names.add(v.name);
    return [...names];
  }
  for (const s of parsed.sections) {
    if (parsed.syntax === 'vscode') for (const use of vscodeVariableUses(s.content)) names.add(use.name);
    // in a VS Code prompt file these are variables when a suite's case sets them
    for (const m of s.content.matchAll(VARIABLE)) names.add(m[1]!);
  }
  return [...names];
}

export function renderMessages(parsed: ParsedPrompt, caseInput: string, vars: Vars, options: RenderOptions = {}): ChatMessage[] {
  const missing = options.missing ?? 'error';
  const fail = (name: string, usedIn: Role | 'input', written: string, line?: number): string => {
    if (missing === 'keep') return written;
    throw new PromptRenderError(name, options.caseId, usedIn, parsed.fileName, line);
  };
  const input = substitute(caseInput, (name, _offset, written) => lookup(vars, name) ?? fail(name, 'input', written));
  if (parsed.syntax === 'nunjucks') return renderWithEngine(parsed, input, vars, options);

  const messages: ChatMessage[] = [];
  let inputPlaced = false;
  for (const s of parsed.sections) {
    let content = s.content;
    if (parsed.syntax === 'vscode') {
      content = substituteVscodeVariables(content, (use) => lookup(vars, use.name) ?? fail(use.name, s.role, use.written, lineAt(s, use.offset)));
    }
    content = substitute(content, (name, offset, written) => {
      const value = lookup(vars, name);
      if (value !== undefined) return value;
      // VS Code sends `{{…}}` as written: only a name the suite's cases use is ours.
      if (parsed.syntax === 'vscode' && !options.knownVariables?.has(name)) return written;
      if ((INPUT_VARIABLES as readonly string[]).includes(name)) {
        if (missing === 'keep' && input === '') return written; // a preview has no case input
        if (s.role === 'user') inputPlaced = true;
        return input;
      }
      // Prompty's mustache mode renders an unset variable empty, as its Jinja mode does.
      if (parsed.format === 'prompty' && missing === 'error') {
        options.onUnset?.({ variable: name, role: s.role, line: lineAt(s, offset) });
        return '';
      }
      return fail(name, s.role, written, lineAt(s, offset));
    });
    if (content.trim() !== '') messages.push({ role: s.role, content });
  }
  if (!inputPlaced && input !== '') messages.push({ role: 'user', content: input });
  return messages;
}

/** The template texts of a nunjucks prompt: its body, or each string of a promptfoo JSON structure. */
function templatesOf(parsed: ParsedPrompt): string[] {
  const structure = promptfooStructure(parsed);
  if (structure === undefined) return [parsed.body];
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(structure);
  return out;
}

/** promptfoo renders a prompt that is valid JSON string by string, keeping its structure. */
function promptfooStructure(parsed: ParsedPrompt): unknown {
  if (parsed.format !== 'promptfoo') return undefined;
  try {
    return JSON.parse(parsed.body);
  } catch {
    return undefined;
  }
}

function renderWithEngine(parsed: ParsedPrompt, input: string, vars: Vars, options: RenderOptions): ChatMessage[] {
  const context: Vars = { ...parsed.defaults, ...vars };
  const variables = templatesOf(parsed).flatMap((t) => templateVariables(t));
  const used = new Set(variables.map((v) => v.name));
  // The case input goes where the template asks for it, else after the prompt as the user's turn.
  const alias = input === '' ? undefined : INPUT_VARIABLES.find((n) => used.has(n) && context[n] === undefined);
  if (alias) context[alias] = input;
  if (options.missing === 'keep') {
    // A preview renders what it can: with every variable set, the real thing; else the template.
    const unset = variables.filter((v) => v.required && context[v.name] === undefined);
    if (unset.length > 0) return withInput(templateMessages(parsed), alias ? '' : input);
  }
  // Prompty thread inputs render as a marker that is replaced by the conversation's messages.
  const threads = new Map<string, ChatMessage[]>();
  for (const name of parsed.threads ?? []) {
    const marker = `__PROMPTY_THREAD_${THREAD_NONCE}_${name}__`;
    threads.set(marker, threadMessages(context[name]));
    context[name] = marker;
  }
  const fail = (err: TemplateError, line: number, role: Role): never => {
    const problem = err.variable !== undefined && /is not set$/.test(err.message) ? undefined : err.message;
    throw new PromptRenderError(err.variable ?? '', options.caseId, role, parsed.fileName, line, problem);
  };
  let messages: ChatMessage[];
  if (parsed.format === 'promptfoo') messages = renderPromptfoo(parsed, context, fail);
  else {
    let text: string;
    try {
      text =
        parsed.format === 'prompty'
          ? renderTemplateAsPrompty(parsed.body, context, (v) => {
              const line = parsed.bodyLine + v.line - 1;
              options.onUnset?.({ variable: v.path, role: sectionAt(parsed, line), line });
            })
          : renderTemplate(parsed.body, context);
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      return fail(err, parsed.bodyLine + err.line - 1, sectionAt(parsed, parsed.bodyLine + err.line - 1));
    }
    // Prompty splits the rendered text at its role lines (a loop may have written some).
    const sections = parsed.format === 'prompty' ? splitSections(text, 1, PROMPTY_ROLE_LINE, parsed.bodyRole) : [{ role: parsed.bodyRole, content: text.trim(), line: 1 }];
    messages = expandThreads(sections.filter((s) => s.content !== '').map((s) => ({ role: s.role, content: s.content })), threads);
  }
  return withInput(messages, alias ? '' : input);
}

/** A fixed nonce: the marker only has to be text no prompt contains. */
const THREAD_NONCE = '7f3a9c1e';

/** A Prompty thread value: a list of {role, content} (content text, or Prompty's [{kind: text, value}]). */
function threadMessages(value: unknown): ChatMessage[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { messages?: unknown }).messages) ? (value as { messages: unknown[] }).messages : [];
  return list.flatMap((m: unknown) => {
    const msg = m as { role?: unknown; content?: unknown };
    const role = typeof msg?.role === 'string' ? ROLES[msg.role] : undefined;
    if (!role) return [];
    const content = typeof msg.content === 'string' ? msg.content : Array.isArray(msg.content) ? msg.content.map((c: { value?: unknown; text?: unknown }) => String(c?.value ?? c?.text ?? '')).join('') : '';
    return [{ role, content }];
  });
}

/** Replaces thread markers in messages by the threads' messages, at their place. */
export function expandThreads(messages: ChatMessage[], threads: ReadonlyMap<string, ChatMessage[]>): ChatMessage[] {
  if (threads.size === 0) return messages;
  const out: ChatMessage[] = [];
  for (const m of messages) {
    const parts = m.content.split(/(__PROMPTY_THREAD_[0-9a-f]{8}_\w+__)/);
    for (const part of parts) {
      const thread = threads.get(part);
      if (thread) out.push(...thread);
      else if (part.trim() !== '') out.push({ role: m.role, content: part.trim() });
    }
  }
  return out;
}

function withInput(messages: ChatMessage[], input: string): ChatMessage[] {
  return input === '' ? messages : [...messages, { role: 'user', content: input }];
}

/** The role of the section holding a line of the file (for error messages). */
function sectionAt(parsed: ParsedPrompt, line: number): Role {
  return [...parsed.sections].reverse().find((s) => s.line <= line)?.role ?? parsed.bodyRole;
}

/** The prompt as written, for a preview: role sections of the template, or a promptfoo chat structure. */
function templateMessages(parsed: ParsedPrompt): ChatMessage[] {
  if (parsed.format === 'promptfoo') {
    try {
      return chatFromText(parsed.body, parsed.fileName);
    } catch {
      return [{ role: 'user', content: parsed.body }];
    }
  }
  return parsed.sections.map((s) => ({ role: s.role, content: s.content }));
}

/**
 * promptfoo: a prompt that is valid JSON has each of its strings rendered; any other prompt is
 * rendered as a whole and then once more (promptfoo renders its output a second time, leniently).
 * The result is read as promptfoo's chat providers read it (chatFromText).
 */
function renderPromptfoo(parsed: ParsedPrompt, context: Vars, fail: (err: TemplateError, line: number, role: Role) => never): ChatMessage[] {
  const structure = promptfooStructure(parsed);
  let text: string;
  try {
    if (structure !== undefined) {
      const render = (v: unknown): unknown =>
        typeof v === 'string' ? renderTemplate(v, context) : Array.isArray(v) ? v.map(render) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, render(x)])) : v;
      text = JSON.stringify(render(structure), null, 2);
    } else {
      text = renderTemplate(parsed.body, context);
      if (hasTemplateMarkup(text)) text = renderTemplateLeniently(text, context);
    }
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return fail(err, structure === undefined ? err.line : 1, 'user');
  }
  try {
    return chatFromText(text, parsed.fileName);
  } catch (err) {
    return fail(new TemplateError((err as Error).message, 1, 1), 1, 'user');
  }
}

const ROLES: Record<string, Role> = { system: 'system', developer: 'system', user: 'user', assistant: 'assistant' };

/**
 * A rendered promptfoo prompt as its chat providers read it: YAML when it starts with `- role:`,
 * else JSON when it parses as a list of messages, else the text as one user message. Text that
 * looks like JSON but does not parse is an error there too.
 */
export function chatFromText(text: string, fileName: string): ChatMessage[] {
  const trimmed = text.trim();
  let data: unknown;
  if (trimmed.startsWith('- role:')) data = parseYaml(text);
  else {
    try {
      data = JSON.parse(text);
    } catch (err) {
      if (looksLikeJson(trimmed)) throw new Error(`the rendered prompt of ${fileName} looks like JSON but is not valid JSON (${(err as Error).message})`);
      return [{ role: 'user', content: text }];
    }
  }
  if (!Array.isArray(data)) return [{ role: 'user', content: text }];
  return data.map((m: unknown, i) => {
    const msg = m as { role?: unknown; content?: unknown };
    const role = typeof msg?.role === 'string' ? ROLES[msg.role] : undefined;
    if (!role) throw new Error(`message [${i}] of the rendered prompt has role ${JSON.stringify(msg?.role)}: PromptShift sends system, developer, user and assistant messages`);
    return { role, content: contentText(msg.content, i) };
  });
}

/** A message's content: text, or OpenAI-style parts of which only text parts are supported. */
function contentText(content: unknown, index: number): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content) && content.every((p) => p && typeof p === 'object' && (p as { type?: unknown }).type === 'text')) {
    return content.map((p) => String((p as { text?: unknown }).text ?? '')).join('');
  }
  throw new Error(`message [${index}] has content that is not text (images, audio and files are not supported)`);
}

function looksLikeJson(trimmed: string): boolean {
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) return true;
  if (!(trimmed.startsWith('[') && trimmed.endsWith(']'))) return false;
  const after = trimmed.slice(1).trimStart();
  return after === '' || /^["{[\d-]|^(true|false|null)/.test(after);
}

export interface PromptPreview {
  variables: string[];
  /** the system message(s) with known vars filled in and unknown ones left as written */
  system: string;
  messages: ChatMessage[];
  sha256: string;
  /** the vars the preview used when the file carries its own example (Prompty `sample`) */
  sample?: Vars;
}

/** For `check` and hovers: what a prompt file says, without a case (Prompty: with its sample). */
export function renderPromptPreview(text: string, fileName: string, vars: Vars = {}): PromptPreview {
  const parsed = parsePromptFile(text, fileName);
  const withSample = parsed.sample ? { ...parsed.sample, ...vars } : vars;
  const messages = renderMessages(parsed, '', withSample, { missing: 'keep' });
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  return { variables: promptVariables(parsed), system, messages, sha256: parsed.sha256, ...(parsed.sample && { sample: parsed.sample }) };
}

function substitute(template: string, valueOf: (name: string, offset: number, written: string) => string): string {
  return template.replace(VARIABLE, (written: string, name: string, offset: number) => valueOf(name, offset, written));
}

/** A var by exact name first (`customer.name` as a key), then as a path into nested objects. */
function lookup(vars: Vars, name: string): string | undefined {
  let value: unknown = Object.hasOwn(vars, name) ? vars[name] : undefined;
  if (value === undefined && name.includes('.')) {
    value = name.split('.').reduce<unknown>((obj, key) => {
      return obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key) ? (obj as Vars)[key] : undefined;
    }, vars);
  }
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function lineAt(section: PromptSection, offset: number): number {
  return section.line + (section.content.slice(0, offset).match(/\n/g) ?? []).length;
}
