// Prompt files → a ParsedPrompt: front matter (kept as data), and the body split into chat roles.
// Formats: plain text, markdown, VS Code/Copilot `.prompt.md`, Prompty `.prompty` (role lines
// `system:` / `user:` / `assistant:`), Dotprompt `.prompt` (`{{role "user"}}` markers), and a JSON
// chat array (`[{role, content}]`, as promptfoo's `file://prompt.json`).
import { parseDocument, LineCounter, isMap } from 'yaml';
import type { ChatMessage } from '../providers/types';
import { sha256 } from '../hash';

export type PromptFormat = 'text' | 'markdown' | 'prompt-md' | 'prompty' | 'prompt' | 'chat-json';
export type Role = ChatMessage['role'];

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
}

export interface ParsedPrompt {
  fileName: string;
  format: PromptFormat;
  /** the raw front matter map (empty when there is none) */
  frontMatter: Record<string, unknown>;
  settings: PromptSettings;
  /** the text after the front matter, untrimmed */
  body: string;
  /** 1-based line where the body starts */
  bodyLine: number;
  /** the body split into roles; a plain prompt is one section with the body role (system by default) */
  sections: PromptSection[];
  /** sha256 of the raw file text: the version's identity */
  sha256: string;
}

export interface ParsePromptOptions {
  /** role of a body without role markers: `system` (PromptShift suites) or `user` (promptfoo prompts) */
  bodyRole?: Role;
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

export function promptFormatOf(fileName: string): PromptFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.prompt.md')) return 'prompt-md';
  if (lower.endsWith('.prompty')) return 'prompty';
  if (lower.endsWith('.prompt')) return 'prompt';
  if (lower.endsWith('.json')) return 'chat-json';
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  return 'text';
}

export function parsePromptFile(text: string, fileName: string, options: ParsePromptOptions = {}): ParsedPrompt {
  const bodyRole = options.bodyRole ?? 'system';
  const format = promptFormatOf(fileName);
  const hash = sha256(text);
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
  return { fileName, format, frontMatter, settings: settingsOf(frontMatter), body, bodyLine, sections, sha256: hash };
}

// Prompty's role markers are lines holding only the role and a colon, at column 0.
const PROMPTY_ROLE_LINE = /^(system|user|assistant|developer):[ \t]*$/i;
// Dotprompt: `{{role "system"}}` on a line of its own; `model` is its name for the assistant.
const DOTPROMPT_ROLE_LINE = /^[ \t]*\{\{\s*role\s+["'](system|user|assistant|model)["']\s*\}\}[ \t]*$/i;

function splitSections(body: string, bodyLine: number, marker: RegExp, defaultRole: Role): PromptSection[] {
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
  return { fileName, format: 'chat-json', frontMatter: {}, settings: {}, body: text, bodyLine: 1, sections, sha256: hash };
}

/** Reads model settings from the front-matter dialects we know: .prompt.md, Prompty, Dotprompt. */
function settingsOf(fm: Record<string, unknown>): PromptSettings {
  const settings: PromptSettings = {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const model = obj(fm.model); // Prompty: model: {api, configuration: {name | azure_deployment}, parameters}
  const params = { ...obj(fm.config), ...obj(model.parameters) }; // Dotprompt: config: {temperature, maxOutputTokens}
  const configuration = obj(model.configuration);
  const assign = <K extends keyof PromptSettings>(key: K, value: PromptSettings[K] | undefined) => {
    if (value !== undefined) settings[key] = value;
  };
  assign('name', str(fm.name));
  assign('description', str(fm.description));
  assign('model', str(fm.model) ?? str(configuration.name) ?? str(configuration.azure_deployment) ?? str(configuration.model));
  assign('temperature', num(fm.temperature) ?? num(params.temperature));
  assign('maxTokens', num(fm.maxTokens) ?? num(fm.max_tokens) ?? num(params.max_tokens) ?? num(params.maxOutputTokens));
  return settings;
}
