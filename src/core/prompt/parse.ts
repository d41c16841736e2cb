// Prompt files → a ParsedPrompt: front matter (kept as data), and the body split into chat roles.
// Formats: plain text, markdown, VS Code/Copilot prompt files (`.prompt.md`, `.instructions.md`,
// `.chatmode.md`, `.agent.md`), Prompty `.prompty` (role lines `system:` / `user[name="x"]:`,
// Jinja2 body), Dotprompt `.prompt` (`{{role "user"}}` markers), a JSON chat array
// (`[{role, content}]`), and promptfoo's prompts (the `promptfoo` dialect: nunjucks templates, as
// promptfoo reads its prompt files). Which template syntax each gets: docs/TEMPLATES.md.
import { parseDocument, LineCounter, isMap } from 'yaml';
import type { ChatMessage } from '../providers/types';
import { sha256 } from '../hash';
import { checkTemplate, TemplateError } from './nunjucks';

export type PromptFormat = 'text' | 'markdown' | 'prompt-md' | 'prompty' | 'prompt' | 'chat-json' | 'promptfoo';
export type Role = ChatMessage['role'];
/**
 * How `{{…}}` and `${…}` in a prompt are read:
 * - `mustache`: PromptShift's own `{{name}}` (CONTRACTS §2); a name no var sets is an error.
 * - `nunjucks`: a real nunjucks/Jinja template (promptfoo, Prompty): filters, `{% if %}`, loops.
 * - `vscode`: VS Code prompt files: `${input:name}`, `${selection}`, `${file}`… are variables;
 *   `{{name}}` only where a case of the suite sets `name`; any other text stays text.
 */
export type TemplateSyntax = 'mustache' | 'nunjucks' | 'vscode';

export interface PromptSection {
  role: Role;
  /** the template text of this role, trimmed */
  content: string;
  /** 1-based line of the file where `content` starts (for error messages) */
  line: number;
}

/** Model settings a prompt file may carry in its front matter (best effort across formats). */
export interface PromptSettings {
  name?: string;
  description?: string;
  model?: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
}

export interface ParsedPrompt {
  fileName: string;
  format: PromptFormat;
  syntax: TemplateSyntax;
  /** Prompty `inputs` defaults: used for a variable the case does not set */
  defaults: Record<string, unknown>;
  /** Prompty `sample` (or each input's `sample`/`example`): the file's own example case */
  sample?: Record<string, unknown>;
  /** Prompty inputs of kind `thread`: conversations inserted as messages where the template names them */
  threads?: string[];
  /** the raw front matter map (empty when there is none) */
  frontMatter: Record<string, unknown>;
  settings: PromptSettings;
  /** the text after the front matter, untrimmed */
  body: string;
  /** 1-based line where the body starts */
  bodyLine: number;
  /** the body split into roles; a plain prompt is one section with the body role (system by default) */
  sections: PromptSection[];
  /** the role of body text outside any role marker */
  bodyRole: Role;
  /** sha256 of the raw file text: the version's identity */
  sha256: string;
}

export interface ParsePromptOptions {
  /** role of a body without role markers: `system` (PromptShift suites) or `user` (promptfoo prompts) */
  bodyRole?: Role;
  /**
   * `promptfoo`: read the file as promptfoo reads a prompt (nunjucks; JSON/YAML chat structures);
   * `promptfoo-inline`: a prompt written in a promptfoo config, whatever the config's file type.
   */
  dialect?: 'promptfoo' | 'promptfoo-inline';
}

export class PromptParseError extends Error {
  override name = 'PromptParseError';
  constructor(
    message: string,
    readonly fileName: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${fileName}:${line}:${column}: ${message}`);
  }
}

/** VS Code's prompt, instruction, chat mode and agent files share one variable syntax. */
export const VSCODE_PROMPT_FILE = /\.(prompt|instructions|chatmode|agent)\.md$/i;

export function promptFormatOf(fileName: string): PromptFormat {
  const lower = fileName.toLowerCase();
  if (VSCODE_PROMPT_FILE.test(lower)) return 'prompt-md';
  if (lower.endsWith('.prompty')) return 'prompty';
  if (lower.endsWith('.prompt')) return 'prompt';
  if (lower.endsWith('.json')) return 'chat-json';
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  return 'text';
}

export function parsePromptFile(text: string, fileName: string, options: ParsePromptOptions = {}): ParsedPrompt {
  const bodyRole = options.bodyRole ?? 'system';
  const hash = sha256(text);
  if (options.dialect === 'promptfoo-inline') return parsePromptfooPrompt(text, fileName, hash, false);
  if (options.dialect === 'promptfoo' && !/\.prompty$/i.test(fileName)) return parsePromptfooPrompt(text, fileName, hash, true);
  const format = promptFormatOf(fileName);
  if (format === 'chat-json') return parseChatJson(text, fileName, hash);

  // Plain text has no front matter: a leading `---` there is just a separator line.
  const front = format === 'text' ? undefined : splitFrontMatter(text, fileName);
  const frontMatter = front?.data ?? {};
  const body = front ? front.body : text;
  const bodyLine = front ? front.bodyLine : 1;
  const sections =
    format === 'prompty'
      ? splitSections(body, bodyLine, PROMPTY_ROLE_LINE, bodyRole)
      : format === 'prompt'
        ? splitSections(body, bodyLine, DOTPROMPT_ROLE_LINE, bodyRole)
        : nonEmpty([section(bodyRole, body, bodyLine)]);
  const syntax: TemplateSyntax = format === 'prompt-md' ? 'vscode' : format === 'prompty' && promptyTemplateFormat(frontMatter) !== 'mustache' ? 'nunjucks' : 'mustache';
  if (syntax === 'nunjucks') checkSyntax(body, fileName, bodyLine);
  const inputs = format === 'prompty' ? promptyInputs(frontMatter) : { defaults: {} };
  return { fileName, format, syntax, ...inputs, frontMatter, settings: settingsOf(frontMatter), body, bodyLine, sections, bodyRole, sha256: hash };
}

/** A template syntax error is a parse error at its line of the file. */
function checkSyntax(template: string, fileName: string, firstLine: number): void {
  try {
    checkTemplate(template);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    throw new PromptParseError(`template: ${err.message}`, fileName, firstLine + err.line - 1, err.column);
  }
}

/** Prompty v1 `template: jinja2 | mustache`, v2 `template: {format: jinja2 | mustache}`; default jinja2. */
function promptyTemplateFormat(fm: Record<string, unknown>): string {
  const t = fm.template;
  const format = typeof t === 'string' ? t : t && typeof t === 'object' ? (t as { format?: unknown }).format : undefined;
  return typeof format === 'string' ? format.toLowerCase() : 'jinja2';
}

/**
 * Prompty inputs: v1 a map `{name: {type, default, sample}}` with a top-level `sample` map; v2 a
 * list `[{name, default, example}]`. Defaults fill what a case leaves unset; the samples form the
 * file's own example case.
 */
function promptyInputs(fm: Record<string, unknown>): { defaults: Record<string, unknown>; sample?: Record<string, unknown>; threads?: string[] } {
  const defaults: Record<string, unknown> = {};
  const sample: Record<string, unknown> = {};
  const threads: string[] = [];
  const entries: [string, unknown][] = Array.isArray(fm.inputs)
    ? fm.inputs.flatMap((i: unknown) => (i && typeof i === 'object' && typeof (i as { name?: unknown }).name === 'string' ? [[(i as { name: string }).name, i] as [string, unknown]] : []))
    : fm.inputs && typeof fm.inputs === 'object'
      ? Object.entries(fm.inputs as Record<string, unknown>)
      : [];
  for (const [name, spec] of entries) {
    // Prompty v2: an input written as a plain value is its default
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
      if (spec !== null && spec !== undefined) defaults[name] = spec;
      continue;
    }
    const s = spec as Record<string, unknown>;
    if (s.kind === 'thread' || s.type === 'thread') threads.push(name);
    if (s.default !== undefined && s.default !== null) defaults[name] = s.default;
    const example = s.sample ?? s.example;
    if (example !== undefined && example !== null) sample[name] = example;
  }
  if (fm.sample && typeof fm.sample === 'object' && !Array.isArray(fm.sample)) Object.assign(sample, fm.sample);
  return { defaults, ...(Object.keys(sample).length > 0 && { sample }), ...(threads.length > 0 && { threads }) };
}

// Prompty's role markers (as Prompty's own parser reads them): a line holding only the role, an
// optional `[name="Alice", …]` attribute list and a colon, optionally after `#` and blanks.
export const PROMPTY_ROLE_LINE = /^\s*#?\s*(system|user|assistant|developer)(\[(?:\w+\s*=\s*"?[^"]*"?\s*,?\s*)+\])?\s*:\s*$/i;
// Dotprompt: `{{role "system"}}` on a line of its own; `model` is its name for the assistant.
const DOTPROMPT_ROLE_LINE = /^[ \t]*\{\{\s*role\s+["'](system|user|assistant|model)["']\s*\}\}[ \t]*$/i;

export function splitSections(body: string, bodyLine: number, marker: RegExp, defaultRole: Role): PromptSection[] {
  const lines = body.split(/\r?\n/);
  const sections: PromptSection[] = [];
  let role: Role = defaultRole;
  let start = 0;
  const flush = (end: number) => {
    sections.push(section(role, lines.slice(start, end).join('\n'), bodyLine + start));
  };
  lines.forEach((line, i) => {
    const m = marker.exec(line);
    if (!m) return;
    flush(i);
    role = roleOf(m[1]!);
    start = i + 1;
  });
  flush(lines.length);
  return nonEmpty(sections);
}

function roleOf(name: string): Role {
  const lower = name.toLowerCase();
  if (lower === 'user') return 'user';
  if (lower === 'assistant' || lower === 'model') return 'assistant';
  return 'system'; // `developer` is OpenAI's newer name for the system role
}

/** Trims the section and moves its line to where the first non-blank line is. */
function section(role: Role, raw: string, line: number): PromptSection {
  const leading = /^(?:[ \t]*\r?\n)*/.exec(raw)?.[0] ?? '';
  const skipped = (leading.match(/\n/g) ?? []).length;
  return { role, content: raw.trim(), line: line + skipped };
}

function nonEmpty(sections: PromptSection[]): PromptSection[] {
  return sections.filter((s) => s.content !== '');
}

interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

function splitFrontMatter(text: string, fileName: string): FrontMatter | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) throw new PromptParseError('front matter opened with --- is never closed by a --- line', fileName, 1, 1);
  const yamlText = rest.slice(0, close.index);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    throw new PromptParseError(`front matter: ${firstError.message}`, fileName, pos.line + 1, pos.col);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new PromptParseError('front matter must be a map of fields (key: value)', fileName, 2, 1);
  }
  let data: Record<string, unknown>;
  try {
    data = (doc.toJS({ maxAliasCount: 1000 }) ?? {}) as Record<string, unknown>;
  } catch (err) {
    // an alias before its anchor, or an alias bomb: yaml throws instead of reporting
    throw new PromptParseError(`front matter: ${(err as Error).message}`, fileName, 2, 1);
  }
  const headerLines = (open[0] + yamlText + close[0]).split('\n').length - 1;
  return { data, body: rest.slice(close.index + close[0].length), bodyLine: headerLines + 1 };
}

function parseChatJson(text: string, fileName: string, hash: string): ParsedPrompt {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new PromptParseError(`not valid JSON: ${(err as Error).message}`, fileName, 1, 1);
  }
  if (!Array.isArray(data)) throw new PromptParseError('a JSON prompt must be an array of {role, content} messages', fileName, 1, 1);
  const sections = data.map((m: unknown, i): PromptSection => {
    const msg = m as { role?: unknown; content?: unknown };
    if (typeof msg?.content !== 'string' || !['system', 'user', 'assistant', 'developer'].includes(String(msg.role))) {
      throw new PromptParseError(`message [${i}] must be {"role": "system"|"user"|"assistant", "content": "…"}`, fileName, 1, 1);
    }
    return { role: roleOf(String(msg.role)), content: msg.content, line: 1 };
  });
  return { fileName, format: 'chat-json', syntax: 'mustache', defaults: {}, frontMatter: {}, settings: {}, body: text, bodyLine: 1, sections, bodyRole: 'system', sha256: hash };
}

/**
 * A prompt as promptfoo reads it: a `.json` file's text, a `.yaml`/`.yml` file as JSON (promptfoo
 * turns it into JSON before rendering), anything else as the text itself; a `.txt` file is trimmed.
 * Rendering (render.ts) treats valid JSON as a structure whose strings are each a template, and
 * reads a rendered chat array (`[{role, content}]`, or YAML starting `- role:`) as messages.
 */
function parsePromptfooPrompt(text: string, fileName: string, hash: string, fromFile: boolean): ParsedPrompt {
  let body = text;
  if (fromFile && /\.ya?ml$/i.test(fileName)) {
    const doc = parseDocument(text, { prettyErrors: false });
    const firstError = doc.errors[0];
    if (firstError) {
      const lc = new LineCounter();
      parseDocument(text, { lineCounter: lc });
      const pos = lc.linePos(firstError.pos[0]);
      throw new PromptParseError(`not valid YAML: ${firstError.message}`, fileName, pos.line, pos.col);
    }
    body = JSON.stringify(doc.toJS({ maxAliasCount: 1000 }));
  } else if (fromFile && /\.txt$/i.test(fileName)) body = text.trim();
  let structured = false;
  try {
    JSON.parse(body);
    structured = true;
  } catch { /* a text template */ }
  if (!structured) checkSyntax(body, fileName, 1);
  return {
    fileName, format: 'promptfoo', syntax: 'nunjucks', defaults: {}, frontMatter: {}, settings: {}, body, bodyLine: 1,
    sections: [{ role: 'user', content: body, line: 1 }], bodyRole: 'user', sha256: hash,
  };
}

/** Reads model settings from the front-matter dialects we know: .prompt.md, Prompty, Dotprompt. */
function settingsOf(fm: Record<string, unknown>): PromptSettings {
  const settings: PromptSettings = {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  // Prompty v1: model: {api, configuration: {name | azure_deployment}, parameters: {temperature, max_tokens}};
  // Prompty v2: model: {id, options: {temperature, maxOutputTokens}}; Dotprompt: config: {temperature, maxOutputTokens}
  const model = obj(fm.model);
  const params = { ...obj(fm.config), ...obj(model.parameters), ...obj(model.options) };
  const configuration = obj(model.configuration);
  const assign = <K extends keyof PromptSettings>(key: K, value: PromptSettings[K] | undefined) => {
    if (value !== undefined) settings[key] = value;
  };
  assign('name', str(fm.name));
  assign('description', str(fm.description));
  assign('model', str(fm.model) ?? str(model.id) ?? str(configuration.name) ?? str(configuration.azure_deployment) ?? str(configuration.model));
  assign('temperature', num(fm.temperature) ?? num(params.temperature));
  assign('maxTokens', num(fm.maxTokens) ?? num(fm.max_tokens) ?? num(params.max_tokens) ?? num(params.maxOutputTokens) ?? num(params.max_completion_tokens));
  assign('seed', num(params.seed));
  return settings;
}
