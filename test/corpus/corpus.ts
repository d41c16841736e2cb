// The corpus of real public prompt files and promptfoo configs (test/fixtures/corpus/README.md),
// each rendered by PromptShift and compared with what its own tool sends:
// - promptfoo configs: with the renderings promptfoo itself recorded (expected.promptfoo.json,
//   made by record-promptfoo.sh with promptfoo's echo provider);
// - VS Code prompt, instruction, chat mode and agent files: with the rendering VS Code's
//   documentation describes (vscodeOracle below: the body after the front matter, the ten
//   documented `${…}` variables substituted, nothing else touched);
// - Prompty: Prompty's own conformance vectors (parse and render) and its sample files rendered
//   with their own defaults and examples.
// Split: each item is "dev" or "held-out" by the first hex digit of sha256(its corpus path),
// fixed before any figure was taken (README); figures are reported for both parts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePromptFile, PROMPTY_ROLE_LINE, splitSections } from '../../src/core/prompt/parse';
import { chatFromText, expandThreads, promptVariables, renderMessages } from '../../src/core/prompt/render';
import { renderTemplateAsPrompty, TemplateError } from '../../src/core/prompt/nunjucks';
import { loadSuite } from '../../src/core/suite/load';
import { parseSuitePrompt, renderSuiteCases } from '../../src/core/suite/render';
import type { ChatMessage } from '../../src/core/providers/types';

export const CORPUS = join(__dirname, '../fixtures/corpus');

export type Split = 'dev' | 'held-out';
export const splitOf = (corpusPath: string): Split => (parseInt(createHash('sha256').update(corpusPath).digest('hex')[0]!, 16) < 8 ? 'dev' : 'held-out');

export interface ItemResult {
  kind: 'promptfoo' | 'vscode' | 'prompty-file' | 'prompty-vector';
  name: string;
  split: Split;
  /** rendered as its own tool renders it */
  right: boolean;
  /** refused: with the messages PromptShift gave (each must name the feature and file:line) */
  refusals: string[];
  /** for promptfoo: the config needs custom code to render (JS filters, prompt functions, generators) */
  customCode?: boolean;
  /** for promptfoo: promptfoo itself could not render the config offline (its error) */
  promptfooError?: string;
  detail?: string;
}

// ---------------------------------------------------------------- promptfoo

/** Hand-classified from reading each config, before any figure was taken (the first 14 configs). */
export const PROMPTFOO_CUSTOM_CODE = new Set(['nunjucks-custom-filters']);

const CODE_FILE = /\.(js|cjs|mjs|ts|tsx|py)(:[\w.]+)?$/i;
/** Keys whose values do not take part in rendering a prompt (graders, providers, output transforms). */
const NOT_RENDERING = new Set(['assert', 'providers', 'provider', 'transform', 'redteam', 'metadata', 'description', 'derivedMetrics', 'env', 'outputPath', 'options']);

/**
 * Custom code, decided by a rule fixed before any figure on the larger corpus was taken: code that
 * takes part in rendering — custom nunjucks filters, extension hooks, `transformVars`, and any
 * prompt, test file or var that is a `.js`/`.ts`/`.py` file or an `exec:` command. Code graders
 * (asserts), custom providers and output transforms do not change what is rendered and do not count.
 */
export function promptfooUsesCustomCode(config: unknown): boolean {
  if (!config || typeof config !== 'object') return false;
  const top = config as Record<string, unknown>;
  if (top.nunjucksFilters !== undefined || top.extensions !== undefined) return true;
  // a prompt (or test file) path needs no file:// prefix; a var value is a file only with one
  const code = (v: unknown, bare: boolean): boolean => {
    if (typeof v === 'string') return v.startsWith('exec:') || ((v.startsWith('file://') || (bare && !/\s/.test(v))) && CODE_FILE.test(v));
    if (Array.isArray(v)) return v.some((x) => code(x, bare));
    if (v && typeof v === 'object') {
      return Object.entries(v as Record<string, unknown>).some(([k, x]) => k === 'transformVars' || (k === 'options' && x !== null && typeof x === 'object' && 'transformVars' in x) || (!NOT_RENDERING.has(k) && code(x, bare && k !== 'vars')));
    }
    return false;
  };
  return code(top.prompts, true) || code(top.tests, true) || code(top.defaultTest, false) || code(top.scenarios, false);
}

const sameMessages = (a: ChatMessage[], b: ChatMessage[]) => JSON.stringify(a) === JSON.stringify(b);

/** Every promptfoo config of the corpus: its name (the folder, or the path of a config with another name) and its expected renderings. */
export function promptfooConfigs(): { name: string; config: string; expected: string }[] {
  const root = join(CORPUS, 'promptfoo');
  const out: { name: string; config: string; expected: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^promptfooconfig.*\.yaml$/.test(entry.name)) {
        const rel = relative(root, full).split(sep).join('/');
        out.push({ name: rel.replace(/\/promptfooconfig\.yaml$/, ''), config: full, expected: join(dir, `${entry.name.replace(/^promptfooconfig/, 'expected.promptfoo').replace(/\.yaml$/, '')}.json`) });
      }
    }
  };
  walk(root);
  return out.filter((c) => existsSync(c.expected));
}

export async function promptfooResults(): Promise<ItemResult[]> {
  const out: ItemResult[] = [];
  for (const { name, config, expected: expectedFile } of promptfooConfigs()) {
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { prompts?: (string | null)[][]; error?: string };
    let data: unknown;
    try {
      data = parseYaml(readFileSync(config, 'utf8'));
    } catch {
      data = undefined;
    }
    const base = {
      kind: 'promptfoo' as const, name, split: splitOf(`promptfoo/${name}`),
      customCode: PROMPTFOO_CUSTOM_CODE.has(name) || promptfooUsesCustomCode(data),
      ...(expected.error !== undefined && { promptfooError: expected.error }),
    };
    const { suite, errors } = await loadSuite(config);
    const refusals = errors.filter((e) => e.severity === 'error').map((e) => `${e.file}:${e.line}:${e.column}: ${e.field}: ${e.message}`);
    if (!suite) {
      out.push({ ...base, right: false, refusals });
      continue;
    }
    let right = expected.prompts !== undefined && expected.prompts.length > 0;
    let detail: string | undefined;
    const refs = [suite.prompt, suite.alternatePrompt].slice(0, expected.prompts?.length ?? 0);
    refs.forEach((ref, p) => {
      if (!right || !ref) return;
      let rendered: ReturnType<typeof renderSuiteCases>;
      try {
        const parsed = parseSuitePrompt(ref, ref.text ?? readFileSync(ref.path, 'utf8'));
        rendered = renderSuiteCases(suite, parsed);
      } catch (err) {
        right = false;
        refusals.push((err as Error).message);
        return;
      }
      refusals.push(...rendered.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.field}: ${e.message}`));
      const want = expected.prompts![p] ?? [];
      if (rendered.cases.length !== want.length) {
        right = false;
        detail = `prompt ${p}: ${rendered.cases.length} cases, promptfoo ${want.length}`;
        return;
      }
      rendered.cases.forEach((c, i) => {
        if (!right) return;
        const text = want[i] ?? '';
        let expectedMessages: ChatMessage[];
        try {
          expectedMessages = chatFromText(text, 'expected');
        } catch {
          expectedMessages = [{ role: 'user', content: text }];
        }
        if (!sameMessages(c.messages, expectedMessages)) {
          right = false;
          detail = `prompt ${p} case ${c.id}: ${JSON.stringify(c.messages).slice(0, 200)} ≠ ${JSON.stringify(expectedMessages).slice(0, 200)}`;
        }
      });
    });
    if (refusals.length) right = false;
    out.push({ ...base, right, refusals, ...(detail && { detail }) });
  }
  return out;
}

// ---------------------------------------------------------------- VS Code prompt files

const DOCUMENTED = ['selection', 'selectedText', 'file', 'fileBasename', 'fileDirname', 'fileBasenameNoExtension', 'workspaceFolder', 'workspaceFolderBasename'];

/**
 * What VS Code's documentation says a prompt file sends: the Markdown body after the optional
 * YAML header (between `---` lines at the top), with `${input:name}`, `${input:name:placeholder}`
 * and the eight context variables replaced by their values; all other text as written.
 */
export function vscodeOracle(text: string, values: Record<string, string>): string {
  let body = text.replace(/^\uFEFF/, '');
  const header = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(body);
  if (header) body = body.slice(header[0].length);
  body = body.replace(/\$\{input:([A-Za-z_][\w-]*)(?::[^}]*)?\}/g, (m, name: string) => values[name] ?? m);
  body = body.replace(new RegExp(`\\$\\{(${DOCUMENTED.join('|')})\\}`, 'g'), (m, name: string) => values[name] ?? m);
  return body.trim();
}

export function vscodeResults(): ItemResult[] {
  const root = join(CORPUS, 'vscode');
  return readdirSync(root).sort().filter((n) => n.endsWith('.md')).map((name) => {
    const text = readFileSync(join(root, name), 'utf8');
    const base = { kind: 'vscode' as const, name, split: splitOf(`vscode/${name}`) };
    try {
      const parsed = parsePromptFile(text, join(root, name));
      const names = new Set<string>();
      for (const m of text.matchAll(/\$\{input:([A-Za-z_][\w-]*)/g)) names.add(m[1]!);
      for (const m of text.matchAll(new RegExp(`\\$\\{(${DOCUMENTED.join('|')})\\}`, 'g'))) names.add(m[1]!);
      const values = Object.fromEntries([...names].map((n) => [n, `«${n}»`]));
      // as a suite's prompt would be rendered: the case sets exactly the VS Code variables
      const messages = renderMessages(parsed, '', values, { knownVariables: new Set(names) });
      const got = messages.map((m) => m.content).join('\n\n');
      const want = vscodeOracle(text, values);
      return { ...base, right: got === want, refusals: [], ...(got !== want && { detail: firstDifference(got, want) }) };
    } catch (err) {
      return { ...base, right: false, refusals: [(err as Error).message] };
    }
  });
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(i, i + 60))} ≠ ${JSON.stringify(b.slice(i, i + 60))}`;
}

// ---------------------------------------------------------------- Prompty

type VectorMessage = { role: string; content: { kind: string; value: string }[] };
interface Vector {
  name: string;
  operation?: string;
  input?: { rendered?: string; template?: string; engine?: string; inputs?: Record<string, unknown>; thread_inputs?: Record<string, VectorMessage[]> };
  expected?: { messages?: VectorMessage[]; rendered?: string; nonce_pattern?: string };
  template?: string;
  inputs?: Record<string, unknown>;
  rendered?: string;
}
const textOf = (m: VectorMessage) => ({ role: m.role === 'developer' ? 'system' : m.role, content: m.content.filter((c) => c.kind === 'text').map((c) => c.value).join('') });

/** Prompty's own vectors: the parse vectors (rendered text → messages) and the Jinja render vectors. */
export function promptyVectorResults(): ItemResult[] {
  const spec = JSON.parse(readFileSync(join(CORPUS, 'prompty/spec-vectors.json'), 'utf8')) as Vector[];
  const golden = JSON.parse(readFileSync(join(CORPUS, 'prompty/jinja-subset-render-golden.json'), 'utf8')) as Vector[];
  const out: ItemResult[] = [];
  for (const v of spec) {
    const name = `${v.operation}:${v.name}`;
    const base = { kind: 'prompty-vector' as const, name, split: splitOf(`prompty/vector/${name}`) };
    if (v.operation === 'parse') {
      const rendered = v.input?.rendered ?? '';
      const want = (v.expected?.messages ?? []).map(textOf);
      const threads = new Map(Object.entries(v.input?.thread_inputs ?? {}).map(([name, list]) => [`__PROMPTY_THREAD_abcd1234_${name}__`, list.map(textOf) as ChatMessage[]]));
      const got = expandThreads(splitSections(rendered, 1, PROMPTY_ROLE_LINE, 'system').filter((s) => s.content !== '').map((s) => ({ role: s.role, content: s.content })), threads);
      out.push({ ...base, right: JSON.stringify(got) === JSON.stringify(want), refusals: [], detail: `${JSON.stringify(got).slice(0, 150)} vs ${JSON.stringify(want).slice(0, 150)}` });
    } else if (v.input?.engine === 'mustache') {
      // Prompty's mustache mode: PromptShift's plain {{name}} substitution (no sections)
      const parsed = parsePromptFile(`---\ntemplate: mustache\n---\n${v.input.template ?? ''}`, 'vector.prompty');
      const got = renderMessages(parsed, '', v.input.inputs ?? {}, { missing: 'keep' }).map((m) => m.content).join('\n');
      out.push({ ...base, right: got === v.expected?.rendered, refusals: [], detail: `${JSON.stringify(got)} ≠ ${JSON.stringify(v.expected?.rendered)}` });
    } else if (v.expected?.nonce_pattern) {
      // a thread input renders as Prompty's thread marker (any nonce)
      const inputs = Object.fromEntries(Object.entries(v.input?.inputs ?? {}).map(([k, x]) => [k, (x as { _kind?: string })?._kind === 'thread' ? `__PROMPTY_THREAD_7f3a9c1e_${k}__` : x]));
      const got = renderTemplateAsPrompty(v.input?.template ?? '', inputs);
      out.push({ ...base, right: new RegExp(v.expected.nonce_pattern).test(got), refusals: [], detail: got });
    } else out.push(renderVector(base, v.input?.template ?? '', v.input?.inputs ?? {}, v.expected?.rendered));
  }
  for (const v of golden) out.push(renderVector({ kind: 'prompty-vector', name: `golden:${v.name}`, split: splitOf(`prompty/vector/golden:${v.name}`) }, v.template ?? '', v.inputs ?? {}, v.rendered));
  return out;
}

/** A Jinja vector of Prompty's, rendered as a Prompty file's body is (an unset variable renders empty). */
function renderVector(base: Omit<ItemResult, 'right' | 'refusals'>, template: string, inputs: Record<string, unknown>, expected: string | undefined): ItemResult {
  try {
    const got = renderTemplateAsPrompty(template, inputs);
    return { ...base, right: got === expected, refusals: [], ...(got !== expected && { detail: `${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}` }) };
  } catch (err) {
    const e = err as TemplateError;
    return { ...base, right: false, refusals: [`${e.message} (line ${e.line}, column ${e.column})`] };
  }
}

/** Prompty sample files, rendered with their own input defaults and examples. */
export function promptyFileResults(): ItemResult[] {
  const root = join(CORPUS, 'prompty');
  return readdirSync(root).sort().filter((n) => n.endsWith('.prompty')).map((name) => {
    const file = join(root, name);
    const base = { kind: 'prompty-file' as const, name, split: splitOf(`prompty/${name}`) };
    try {
      const parsed = parsePromptFile(readFileSync(file, 'utf8'), file);
      // its own defaults and examples; an input with neither gets a value, as a case would give one
      const values: Record<string, unknown> = { ...parsed.sample };
      for (const name of promptVariables(parsed)) if (values[name] === undefined && parsed.defaults[name] === undefined && !parsed.threads?.includes(name)) values[name] = `«${name}»`;
      const messages = renderMessages(parsed, '', values);
      const ok = messages.length > 0 && messages.every((m) => !/^\s*#?\s*(system|user|assistant|developer)(\[[^\]]*\])?\s*:\s*$/im.test(m.content));
      return { ...base, right: ok, refusals: [], ...(!ok && { detail: JSON.stringify(messages).slice(0, 200) }) };
    } catch (err) {
      return { ...base, right: false, refusals: [(err as Error).message] };
    }
  });
}

export function share(items: ItemResult[]): { right: number; total: number; percent: number } {
  const right = items.filter((i) => i.right).length;
  return { right, total: items.length, percent: items.length ? Math.round((1000 * right) / items.length) / 10 : 0 };
}

export const fileExists = existsSync;
