// ParsedPrompt + a case → chat messages (CONTRACTS §2 "Rendering"): `{{name}}` / `{{ name }}` are
// replaced from the case's vars; the prompt body is the system message and the case input (also
// rendered) the user message. Prompty / Dotprompt / JSON-chat role sections keep their roles; a
// user section that uses `{{input}}`, `{{question}}` or `{{query}}` (and vars do not set it)
// receives the case input, which is then not sent a second time.
// A missing variable is an error (PromptRenderError), never an empty string: a silently blank
// customer name would change the behaviour being measured.
import type { ChatMessage } from '../providers/types';
import type { ParsedPrompt, PromptSection, Role } from './parse';
import { parsePromptFile } from './parse';

/** Template names that stand for the case input when vars do not define them. */
export const INPUT_VARIABLES = ['input', 'question', 'query'] as const;

// `{{name}}`, `{{ name }}`, `{{{name}}}`, dotted paths. Anything else inside braces (helpers,
// filters, `{{#if}}`) is not ours and is left as written.
const VARIABLE = /\{\{\{?\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*\}?\}\}/g;

export type Vars = Record<string, unknown>;

export interface RenderOptions {
  caseId?: string;
  /** `error` (default) throws PromptRenderError; `keep` leaves `{{name}}` as written (previews). */
  missing?: 'error' | 'keep';
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
  ) {
    const where =
      usedIn === 'input'
        ? 'the case input'
        : `the ${usedIn} message of ${fileName}${line === undefined ? '' : ` line ${line}`}`;
    super(`${caseId === undefined ? '' : `case '${caseId}': `}variable '${variable}' is not set in vars (used in ${where})`);
  }
}

/** Every variable the prompt's sections use, in order of first use. */
export function promptVariables(parsed: ParsedPrompt): string[] {
  const names = new Set<string>();
  for (const s of parsed.sections) for (const m of s.content.matchAll(VARIABLE)) names.add(m[1]!);
  return [...names];
}

export function renderMessages(parsed: ParsedPrompt, caseInput: string, vars: Vars, options: RenderOptions = {}): ChatMessage[] {
  const missing = options.missing ?? 'error';
  const fail = (name: string, usedIn: Role | 'input', line?: number): string => {
    if (missing === 'keep') return `{{${name}}}`;
    throw new PromptRenderError(name, options.caseId, usedIn, parsed.fileName, line);
  };
  const input = substitute(caseInput, (name) => lookup(vars, name) ?? fail(name, 'input'));

  const messages: ChatMessage[] = [];
  let inputPlaced = false;
  for (const s of parsed.sections) {
    const content = substitute(s.content, (name, offset) => {
      const value = lookup(vars, name);
      if (value !== undefined) return value;
      if ((INPUT_VARIABLES as readonly string[]).includes(name)) {
        if (missing === 'keep' && input === '') return `{{${name}}}`; // a preview has no case input
        if (s.role === 'user') inputPlaced = true;
        return input;
      }
      return fail(name, s.role, lineAt(s, offset));
    });
    if (content.trim() !== '') messages.push({ role: s.role, content });
  }
  if (!inputPlaced && input !== '') messages.push({ role: 'user', content: input });
  return messages;
}

export interface PromptPreview {
  variables: string[];
  /** the system message(s) with known vars filled in and unknown ones left as `{{name}}` */
  system: string;
  messages: ChatMessage[];
  sha256: string;
}

/** For `check` and hovers: what a prompt file says, without a case. */
export function renderPromptPreview(text: string, fileName: string, vars: Vars = {}): PromptPreview {
  const parsed = parsePromptFile(text, fileName);
  const messages = renderMessages(parsed, '', vars, { missing: 'keep' });
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  return { variables: promptVariables(parsed), system, messages, sha256: parsed.sha256 };
}

function substitute(template: string, valueOf: (name: string, offset: number) => string): string {
  return template.replace(VARIABLE, (_match, name: string, offset: number) => valueOf(name, offset));
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
