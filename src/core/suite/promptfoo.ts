// promptfoo configs (`promptfooconfig.yaml`) loaded as PromptShift suites, so a team can point
// PromptShift at what it already has. Mapping (also in the report of each import):
//   prompts      → the prompt (A) and, when there are two, `alternatePrompt` (the default B).
//                  A promptfoo prompt is the *user* message (promptfoo sends the rendered
//                  template as one user message, no system message), so PromptRef.bodyRole is
//                  'user'; a JSON chat prompt file keeps its roles. Cases have an empty `input`.
//   providers    → provider: `openai:chat:<model>` / `openai:<model>` / `anthropic:messages:<model>` /
//                  `ollama:chat:<model>` / `ollama:<model>`, or {id, config: {apiBaseUrl, apiHost,
//                  temperature, max_tokens, seed, apiKeyEnvar, headers}}. Only the first is used.
//   tests        → cases: description (→ id, slugged), vars (array values expand into one case
//                  per combination, as promptfoo does), assert (deterministic types only);
//                  `tests: file://x.csv|yaml|json`. defaultTest vars/assert are merged into each.
//   evaluateOptions.repeat → samples; evaluateOptions.maxConcurrency → concurrency.
// Anything else is reported as a warning (ignored) or an error (cannot be honoured), naming the field.
import { readDocument } from './document';
import { checkAssert, type Assert } from './asserts';
import { parseCsvCases, type RawCase } from './case-files';
import { assignIds, resolveFrom } from './cases';
import type { DocumentLocator, FieldPath, SuiteIssue } from './issues';
import { fieldOf, suggest } from './issues';
import { result, type PromptRef, type ResolvedAccess, type SuiteLoadResult } from './loaded';
import type { SuiteProvider } from './schema';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const SUPPORTED_TOP = ['description', 'prompts', 'providers', 'tests', 'defaultTest', 'evaluateOptions'];
const IGNORED_TOP = ['outputPath', 'sharing', 'env', 'tags', 'metadata', 'writeLatestResults', 'nunjucksFilters', 'derivedMetrics', 'extensions', 'scenarios', 'redteam', 'commandLineOptions', 'targets'];

interface Context {
  file: string;
  locator: DocumentLocator;
  access: ResolvedAccess;
  issues: SuiteIssue[];
}

export async function importPromptfoo(data: Json, locator: DocumentLocator, access: ResolvedAccess): Promise<SuiteLoadResult> {
  const ctx: Context = { file: locator.file, locator, access, issues: [] };
  const warn = (path: FieldPath, message: string, key = false) => ctx.issues.push(locator.issue(path, message, 'warning', { key }));
  const error = (path: FieldPath, message: string) => ctx.issues.push(locator.issue(path, message, 'error'));

  for (const key of Object.keys(data)) {
    if (SUPPORTED_TOP.includes(key)) continue;
    if (key === 'targets' || key === 'scenarios' || key === 'redteam') error([key], `promptfoo '${key}' is not supported by PromptShift`);
    else if (IGNORED_TOP.includes(key)) warn([key], `promptfoo '${key}' is not used by PromptShift and is ignored`, true);
    else {
      const hint = suggest(key, [...SUPPORTED_TOP, ...IGNORED_TOP]);
      warn([key], `unknown promptfoo field '${key}' is ignored${hint ? ` — did you mean '${hint}'?` : ''}`, true);
    }
  }

  const prompts = await readPrompts(data.prompts, ctx);
  const provider = readProvider(data.providers, ctx);
  const { samples, concurrency } = readEvaluateOptions(data.evaluateOptions, ctx);
  const defaults = readDefaultTest(data.defaultTest, ctx);
  const raw = await readTests(data.tests, defaults, ctx);
  const { cases, issues: idIssues } = assignIds(raw);
  ctx.issues.push(...idIssues);
  if (cases.length === 0) error(['tests'], 'the config has no tests: PromptShift needs at least one case');

  const [prompt, alternate] = prompts;
  if (!prompt) return { errors: ctx.issues };
  return result(
    {
      file: ctx.file,
      format: 'promptfoo',
      ...(typeof data.description === 'string' && { description: data.description }),
      prompt,
      promptPath: prompt.path,
      ...(alternate && { alternatePrompt: alternate }),
      ...(provider && { provider }),
      ...(samples !== undefined ? { samples } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      gates: {},
      cases,
    },
    ctx.issues,
  );
}

async function readPrompts(value: unknown, ctx: Context): Promise<PromptRef[]> {
  const { locator } = ctx;
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const at = (i: number): FieldPath => (Array.isArray(value) ? ['prompts', i] : ['prompts']);
  if (list.length === 0) {
    ctx.issues.push(locator.issue(['prompts'], "missing required field 'prompts': PromptShift needs the prompt to compare"));
    return [];
  }
  if (list.length > 2) {
    ctx.issues.push(
      locator.issue(['prompts', 2], `${list.length} prompts: PromptShift compares two versions, so it uses prompts[0] as A and prompts[1] as B; the rest are ignored`, 'warning'),
    );
  }
  const refs: PromptRef[] = [];
  for (const [i, entry] of list.slice(0, 2).entries()) {
    const ref = isObject(entry) ? (entry.raw ?? entry.id) : entry;
    const label = isObject(entry) && typeof entry.label === 'string' ? entry.label : undefined;
    if (typeof ref !== 'string' || ref.trim() === '') {
      ctx.issues.push(locator.issue(at(i), 'a prompt must be text, file://<path>, or {id: file://<path>, label} / {raw, label}'));
      continue;
    }
    if (isObject(entry) && typeof entry.raw !== 'string' && typeof entry.id === 'string' && !entry.id.startsWith('file://')) {
      ctx.issues.push(locator.issue([...at(i), 'id'], 'a prompt object needs id: file://<path> or raw: <text>'));
      continue;
    }
    if (!ref.startsWith('file://') || (isObject(entry) && typeof entry.raw === 'string')) {
      refs.push({ path: ctx.file, text: ref, bodyRole: 'user', ...(label !== undefined && { label }) });
      continue;
    }
    const relative = ref.slice('file://'.length);
    if (/[*?]|\.(js|cjs|mjs|ts|py)(:\w+)?$/.test(relative)) {
      ctx.issues.push(locator.issue(at(i), `prompt '${ref}' is a glob or a script: PromptShift needs one prompt file (text, markdown, .prompty or JSON chat)`));
      continue;
    }
    const path = resolveFrom(ctx.file, relative);
    const outside = ctx.access.outside(path, 'prompt file');
    if (outside) {
      ctx.issues.push(locator.issue(at(i), outside));
      continue;
    }
    if (!(await ctx.access.fileExists(path))) {
      ctx.issues.push(locator.issue(at(i), `prompt file not found: ${path}`));
      continue;
    }
    refs.push({ path, bodyRole: 'user', ...(label !== undefined && { label }) });
  }
  return refs;
}

const PROVIDER_CONFIG_KEYS: Record<string, keyof SuiteProvider | 'apiHost'> = {
  apiBaseUrl: 'baseUrl',
  baseUrl: 'baseUrl',
  apiHost: 'apiHost',
  temperature: 'temperature',
  max_tokens: 'maxTokens',
  maxTokens: 'maxTokens',
  seed: 'seed',
  apiKeyEnvar: 'apiKeyEnv',
  headers: 'headers',
  timeout: 'timeoutMs',
};

function readProvider(value: unknown, ctx: Context): SuiteProvider | undefined {
  const { locator } = ctx;
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  const base: FieldPath = Array.isArray(value) ? ['providers', 0] : ['providers'];
  if (list.length > 1) {
    ctx.issues.push(locator.issue(['providers'], `${list.length} providers: PromptShift compares prompt versions on one model and uses only the first`, 'warning'));
  }
  let entry = list[0];
  let path = base;
  // `{ "openai:chat:gpt-4o": { config: … } }`: the id is the only key.
  if (isObject(entry) && entry.id === undefined && Object.keys(entry).length === 1 && Object.keys(entry)[0]!.includes(':')) {
    const [id, rest] = Object.entries(entry)[0]!;
    path = [...base, id];
    entry = { id, ...(isObject(rest) ? rest : {}) };
  }
  const id = typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined;
  if (typeof id !== 'string') {
    ctx.issues.push(locator.issue(path, 'a provider must be an id such as openai:chat:gpt-4o-mini, or {id, config}'));
    return undefined;
  }
  const provider = providerFromId(id);
  if (typeof provider === 'string') {
    ctx.issues.push(locator.issue(typeof entry === 'string' ? path : [...path, 'id'], provider));
    return undefined;
  }
  if (!isObject(entry)) return provider;
  for (const key of Object.keys(entry)) {
    if (!['id', 'config', 'label'].includes(key)) ctx.issues.push(locator.issue([...path, key], `provider field '${key}' is not supported and is ignored`, 'warning', { key: true }));
  }
  const config = isObject(entry.config) ? entry.config : {};
  for (const [key, v] of Object.entries(config)) {
    const target = PROVIDER_CONFIG_KEYS[key];
    const at = [...path, 'config', key];
    if (!target) {
      ctx.issues.push(locator.issue(at, `provider config '${key}' is not supported by PromptShift and is ignored`, 'warning', { key: true }));
      continue;
    }
    const ok = target === 'headers' ? isObject(v) : target === 'baseUrl' || target === 'apiHost' || target === 'apiKeyEnv' ? typeof v === 'string' : typeof v === 'number';
    if (!ok) {
      ctx.issues.push(locator.issue(at, `provider config '${key}' has the wrong type`));
      continue;
    }
    if (target === 'apiHost') provider.baseUrl = `https://${String(v)}/v1`;
    else Object.assign(provider, { [target]: v });
  }
  return provider;
}

/** promptfoo provider ids we can honour, else the reason we cannot. */
function providerFromId(id: string): SuiteProvider | string {
  const [vendor, second, ...rest] = id.split(':');
  const kinds: Record<string, string> = { openai: 'chat', anthropic: 'messages', ollama: 'chat' };
  const kind = vendor ? kinds[vendor] : undefined;
  if (!vendor || !kind) {
    return `provider '${id}' is not supported: PromptShift speaks openai (any OpenAI-compatible server via config.apiBaseUrl), anthropic and ollama`;
  }
  const model = second === kind || (vendor === 'ollama' && second === 'completion') ? rest.join(':') : [second, ...rest].join(':');
  if (['completion', 'embedding', 'embeddings', 'assistant', 'image', 'responses', 'realtime'].includes(second ?? '') && !(vendor === 'ollama' && second === 'completion')) {
    return `provider '${id}': only chat models are supported (${vendor}:${kind}:<model>)`;
  }
  if (!model) return `provider '${id}' names no model (write ${vendor}:${kind}:<model>)`;
  return { type: vendor as 'openai' | 'anthropic' | 'ollama', model };
}

function readEvaluateOptions(value: unknown, ctx: Context): { samples?: number; concurrency?: number } {
  if (!isObject(value)) return {};
  const out: { samples?: number; concurrency?: number } = {};
  for (const [key, v] of Object.entries(value)) {
    const at = ['evaluateOptions', key];
    const positive = typeof v === 'number' && Number.isInteger(v) && v >= 1;
    if (key === 'repeat' || key === 'maxConcurrency') {
      if (!positive) ctx.issues.push(ctx.locator.issue(at, 'must be a whole number ≥ 1'));
      else if (key === 'repeat') out.samples = v;
      else out.concurrency = v;
    } else ctx.issues.push(ctx.locator.issue(at, `evaluateOptions.${key} is not used by PromptShift and is ignored`, 'warning', { key: true }));
  }
  return out;
}

interface TestDefaults {
  vars: Json;
  asserts: Assert[];
}

function readDefaultTest(value: unknown, ctx: Context): TestDefaults {
  if (value === undefined) return { vars: {}, asserts: [] };
  if (!isObject(value)) {
    ctx.issues.push(ctx.locator.issue(['defaultTest'], 'defaultTest must be a map (a file:// reference is not supported)'));
    return { vars: {}, asserts: [] };
  }
  checkTestKeys(value, ['defaultTest'], ctx.locator, ctx);
  return { vars: readVars(value.vars, ['defaultTest', 'vars'], ctx.locator, ctx), asserts: readAsserts(value.assert, ['defaultTest', 'assert'], ctx.locator, ctx) };
}

async function readTests(value: unknown, defaults: TestDefaults, ctx: Context): Promise<RawCase[]> {
  if (value === undefined) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => ({ v, path: ['tests', i] as FieldPath })) : [{ v: value, path: ['tests'] as FieldPath }];
  const cases: RawCase[] = [];
  const taken = new Map<string, number>();
  for (const { v, path } of entries) {
    if (typeof v === 'string') cases.push(...(await readTestFile(v, path, defaults, ctx, taken)));
    else if (isObject(v)) cases.push(...testToCases(v, path, ctx.locator, defaults, ctx, taken));
    else ctx.issues.push(ctx.locator.issue(path, 'a test must be a map with vars/assert, or file://<tests.csv|yaml|json>'));
  }
  return cases;
}

async function readTestFile(ref: string, path: FieldPath, defaults: TestDefaults, ctx: Context, taken: Map<string, number>): Promise<RawCase[]> {
  const relative = ref.replace(/^file:\/\//, '');
  if (!/\.(csv|ya?ml|json)$/i.test(relative)) {
    ctx.issues.push(ctx.locator.issue(path, `tests from '${ref}' are not supported: use a .csv, .yaml or .json file`));
    return [];
  }
  const file = resolveFrom(ctx.file, relative);
  const outside = ctx.access.outside(file, 'test file');
  if (outside) {
    ctx.issues.push(ctx.locator.issue(path, outside));
    return [];
  }
  let text: string;
  try {
    text = await ctx.access.readFile(file);
  } catch {
    ctx.issues.push(ctx.locator.issue(path, `test file not found: ${file}`));
    return [];
  }
  if (/\.csv$/i.test(file)) {
    const parsed = parseCsvCases(text, file, { inputColumn: false });
    ctx.issues.push(...parsed.issues);
    return parsed.cases.map((c) => withDefaults(c, defaults, taken));
  }
  const doc = readDocument(text, file, 'list');
  ctx.issues.push(...doc.issues);
  if (!Array.isArray(doc.data)) return [];
  return doc.data.flatMap((t: unknown, i) => {
    if (isObject(t)) return testToCases(t, [i], doc.locator, defaults, ctx, taken);
    ctx.issues.push(doc.locator.issue([i], 'a test must be a map with vars/assert'));
    return [];
  });
}

const TEST_KEYS = ['description', 'vars', 'assert', 'metadata', 'options', 'threshold', 'provider', 'providerOutput'];

function checkTestKeys(test: Json, path: FieldPath, locator: DocumentLocator, ctx: Context): void {
  for (const key of Object.keys(test)) {
    if (key === 'description' || key === 'vars' || key === 'assert') continue;
    const hint = TEST_KEYS.includes(key) ? undefined : suggest(key, ['description', 'vars', 'assert']);
    const message = TEST_KEYS.includes(key) ? `test field '${key}' is not supported by PromptShift and is ignored` : `unknown test field '${key}' is ignored${hint ? ` — did you mean '${hint}'?` : ''}`;
    ctx.issues.push(locator.issue([...path, key], message, 'warning', { key: true }));
  }
}

function testToCases(test: Json, path: FieldPath, locator: DocumentLocator, defaults: TestDefaults, ctx: Context, taken: Map<string, number>): RawCase[] {
  checkTestKeys(test, path, locator, ctx);
  const vars = { ...defaults.vars, ...readVars(test.vars, [...path, 'vars'], locator, ctx) };
  const asserts = [...defaults.asserts, ...readAsserts(test.assert, [...path, 'assert'], locator, ctx)];
  const at = locator.locate(path);
  const description = typeof test.description === 'string' ? test.description : undefined;
  return expandVars(vars).map((combination) =>
    withDefaults(
      {
        ...(description !== undefined && { description }),
        input: '',
        vars: combination,
        asserts,
        source: { file: locator.file, line: at.line, column: at.column, field: fieldOf(path) },
      },
      { vars: {}, asserts: [] },
      taken,
    ),
  );
}

/** promptfoo runs a test once per combination of its array-valued vars. */
function expandVars(vars: Json): Json[] {
  return Object.entries(vars).reduce<Json[]>(
    (combos, [key, value]) => (Array.isArray(value) ? combos.flatMap((c) => value.map((v: unknown) => ({ ...c, [key]: v }))) : combos.map((c) => ({ ...c, [key]: value }))),
    [{}],
  );
}

function withDefaults(c: RawCase, defaults: TestDefaults, taken: Map<string, number>): RawCase {
  const merged: RawCase = { ...c, vars: { ...defaults.vars, ...c.vars }, asserts: [...defaults.asserts, ...c.asserts] };
  if (c.description !== undefined && c.id === undefined) {
    // A readable, unique id from the description ("Angry refund" → angry-refund, angry-refund-2).
    const slug = c.description.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'test';
    const n = (taken.get(slug) ?? 0) + 1;
    taken.set(slug, n);
    merged.id = n === 1 ? slug : `${slug}-${n}`;
  }
  return merged;
}

function readVars(value: unknown, path: FieldPath, locator: DocumentLocator, ctx: Context): Json {
  if (value === undefined) return {};
  if (!isObject(value)) {
    ctx.issues.push(locator.issue(path, 'vars must be a map of names to values (a file:// reference is not supported)'));
    return {};
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === null) ctx.issues.push(locator.issue([...path, key], 'empty value: write "" for an empty string'));
    else if (typeof v === 'string' && v.startsWith('file://')) {
      ctx.issues.push(locator.issue([...path, key], 'file:// var values are not loaded by PromptShift; the text is used as written', 'warning'));
    }
  }
  return value;
}

function readAsserts(value: unknown, path: FieldPath, locator: DocumentLocator, ctx: Context): Assert[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.issues.push(locator.issue(path, 'assert must be a list of {type, value}'));
    return [];
  }
  const out: Assert[] = [];
  value.forEach((a: unknown, i) => {
    const at = [...path, i];
    if (!isObject(a) || typeof a.type !== 'string') {
      ctx.issues.push(locator.issue(at, 'an assert must be {type, value}'));
      return;
    }
    if (a.transform !== undefined) {
      ctx.issues.push(locator.issue([...at, 'transform'], 'assert transforms are not supported: this assert is skipped', 'warning', { key: true }));
      return;
    }
    for (const key of Object.keys(a)) {
      if (!['type', 'value', 'transform'].includes(key)) ctx.issues.push(locator.issue([...at, key], `assert field '${key}' is not used by PromptShift and is ignored`, 'warning', { key: true }));
    }
    const checked = checkAssert({ type: a.type, value: a.value });
    if (checked.assert) out.push(checked.assert);
    else if (checked.problems.some((p) => p.field === 'type')) {
      ctx.issues.push(locator.issue([...at, 'type'], `assert type '${a.type}' is not supported by PromptShift (it runs deterministic checks only); this assert is skipped`, 'warning'));
    } else for (const p of checked.problems) ctx.issues.push(locator.issue([...at, p.field], p.message));
  });
  return out;
}
