// A paired eval from start to finish, shared by `promptshift eval` and the VS Code command:
// suite → versions A and B → rendered messages → planned calls → runner → detectors → report.
// Every step that can fail on user input throws EvalInputError (CLI exit 2) naming what and where;
// a run that cannot finish ends with a RunResult whose status says so (CLI exit 3).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSuite, parseSuitePrompt, renderSuiteCases, runAsserts, formatIssue, type LoadedSuite, type SuiteIssue, type SuiteProvider } from '../suite';
import { VersionStore, resolveRef, resolveDefaultA, sha256Hex, type ResolvedVersion } from '../history';
import { createProvider, ProviderConfigError } from '../providers/factory';
import type { ProviderConfig } from '../providers/config';
import type { ChatMessage, ModelProvider } from '../providers/types';
import type { ParsedPrompt } from '../prompt/parse';
import { planCalls, executeRun, resumeRun, ResponseCache, createRunDir, readRunRecord, type RunResult, type CallRecord, type RunProgress } from '../run';
import { analyseOutputs } from '../report/analyse';
import { gatesFailed, type RawCase, type RawSample, type ShiftReport, type VersionInfo } from '../report';
import type { DetectionContext, FormatRequirement } from '../behaviour/types';
import { judgeReport } from './judgeReport';
import { writeFileAtomic, findWorkspaceRoot, ensureStateDir, STATE_DIR } from '../files';

export class EvalInputError extends Error {
  override name = 'EvalInputError';
  constructor(message: string, readonly issues: SuiteIssue[] = []) {
    super(message);
  }
}

export interface PairedEvalOptions {
  suitePath: string;
  /** the folder holding `.promptshift/`; default: nearest ancestor of the suite with one (or .git) */
  workspaceRoot?: string;
  /** version refs (CONTRACTS §1); defaults: A = newest differing snapshot else git:HEAD, B = working */
  a?: string;
  b?: string;
  /** the editor buffer of the prompt (VS Code: unsaved edits included) */
  workingContent?: string;
  samples?: number;
  concurrency?: number;
  baseline?: boolean;
  noCache?: boolean;
  /** run only these cases of the suite */
  caseIds?: readonly string[];
  /** skip the suite's judge model (its second opinion) even when the suite has one */
  noJudge?: boolean;
  /** used when the suite names no provider (VS Code's `promptshift.provider` setting) */
  defaultProvider?: SuiteProvider;
  /**
   * replaces the suite's provider (`eval --provider TYPE:MODEL`); the suite's temperature,
   * maxTokens and seed are kept. Needed for a promptfoo config whose provider cannot be called.
   */
  provider?: SuiteProvider;
  /** finds the key for a provider; never logged or recorded */
  apiKey?: (provider: SuiteProvider) => Promise<string | undefined>;
  /** builds providers the core cannot (VS Code's language models) */
  providerFactory?: (provider: SuiteProvider) => Promise<ModelProvider | undefined>;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  onWarning?: (message: string) => void;
  /** called once the run folder exists, before any call (the panel can show the run live) */
  onStart?: (run: { runId: string; runDir: string; total: number }) => void;
  /** a report of the calls finished so far, at most about once a second while the run goes */
  onPartialReport?: (report: ShiftReport, progress: RunProgress) => void;
  seed?: number;
}

export interface PairedEvalResult {
  runId: string;
  runDir: string;
  reportPath: string;
  report: ShiftReport;
  run: RunResult;
  gateFailed: boolean;
}

interface Prepared {
  root: string;
  suite: LoadedSuite;
  provider: SuiteProvider;
  a: ResolvedVersion;
  b: ResolvedVersion;
  rendered: Map<string, { a: ChatMessage[]; b: ChatMessage[] }>;
}

export function runsDirOf(root: string): string {
  return path.join(root, STATE_DIR, 'runs');
}

async function loadOrThrow(suitePath: string): Promise<LoadedSuite> {
  if (!fs.existsSync(suitePath)) throw new EvalInputError(`${suitePath}: no such suite file`);
  const { suite, errors } = await loadSuite(suitePath);
  if (!suite) throw new EvalInputError(errors.filter((e) => e.severity === 'error').map((e) => formatIssue(e)).join('\n'), errors);
  return suite;
}

async function prepare(options: PairedEvalOptions): Promise<Prepared> {
  const suitePath = path.resolve(options.suitePath);
  const suite = await loadOrThrow(suitePath);
  if (options.caseIds) {
    // Re-running some cases: the rest of the suite stays as it is.
    const wanted = new Set(options.caseIds);
    const unknown = [...wanted].filter((id) => !suite.cases.some((c) => c.id === id));
    if (unknown.length) throw new EvalInputError(`${suitePath}: no case with id ${unknown.map((u) => `'${u}'`).join(', ')}`);
    suite.cases = suite.cases.filter((c) => wanted.has(c.id));
  }
  const root = options.workspaceRoot ?? findWorkspaceRoot(path.dirname(suitePath));
  let provider = chooseProvider(suite, options);
  if (!provider) throw new EvalInputError(`${suitePath}: provider: the suite names no provider and no default is configured`);
  const store = new VersionStore(root);
  const ctx = { store, file: suite.promptPath, ...(options.workingContent !== undefined ? { workingContent: options.workingContent } : {}) };
  let a: ResolvedVersion;
  let b: ResolvedVersion;
  if (suite.prompt.text !== undefined) {
    // A promptfoo config with prompts written inline: its first prompt is A, its second (if any) B.
    if (options.a || options.b) throw new EvalInputError(`${suite.file}: prompts: --a/--b need a prompt file; this config writes its prompts inline`);
    a = inlineVersion(suite.prompt.label ?? 'prompts[0]', suite.prompt.text);
    b = suite.alternatePrompt?.text !== undefined ? inlineVersion(suite.alternatePrompt.label ?? 'prompts[1]', suite.alternatePrompt.text) : a;
  } else {
    try {
      // B first: an unreadable working copy is then named as such, not hidden behind "no default A".
      b = await resolveRef(ctx, options.b ?? 'working');
      a = options.a ? await resolveRef(ctx, options.a) : await resolveDefaultA(ctx);
    } catch (err) {
      throw new EvalInputError(`${suite.promptPath}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const rendered = new Map<string, { a: ChatMessage[]; b: ChatMessage[] }>();
  const problems: SuiteIssue[] = [];
  const sides = { a, b } as const;
  for (const side of ['a', 'b'] as const) {
    let parsed;
    try {
      parsed = parseSuitePrompt(suite.prompt, sides[side].content);
    } catch (err) {
      throw new EvalInputError(`${suite.promptPath} (${sides[side].ref}): ${err instanceof Error ? err.message : String(err)}`);
    }
    const { cases, errors } = renderSuiteCases(suite, parsed);
    problems.push(...errors.map((e) => ({ ...e, message: `version ${side.toUpperCase()} (${sides[side].ref}): ${e.message}` })));
    for (const c of cases) {
      const entry = rendered.get(c.id) ?? { a: [], b: [] };
      entry[side] = c.messages;
      rendered.set(c.id, entry);
    }
  }
  if (problems.length) throw new EvalInputError(problems.map((e) => formatIssue(e)).join('\n'), problems);
  // The prompt file's own model settings (Prompty's model.parameters…, of version B) fill what the
  // suite's provider leaves unset.
  provider = withPromptDefaults(provider, parseSuitePrompt(suite.prompt, b.content));
  return { root, suite, provider, a, b, rendered };
}

/** The override, else the suite's provider (refused when the suite's cannot be called), else the default. */
function chooseProvider(suite: LoadedSuite, options: PairedEvalOptions): SuiteProvider | undefined {
  if (options.provider) {
    // the same kind of provider keeps its endpoint settings; another keeps only the sampling ones
    if (suite.provider?.type === options.provider.type) return { ...suite.provider, ...options.provider };
    const kept = { ...(suite.provider?.temperature !== undefined && { temperature: suite.provider.temperature }), ...(suite.provider?.maxTokens !== undefined && { maxTokens: suite.provider.maxTokens }), ...(suite.provider?.seed !== undefined && { seed: suite.provider.seed }) };
    return { ...kept, ...options.provider };
  }
  if (suite.providerProblem) {
    throw new EvalInputError(`${formatIssue({ ...suite.providerProblem, severity: 'error' }).replace(/; check renders the cases, eval needs --provider$/, '')}\nchoose the model to call with --provider TYPE:MODEL (e.g. --provider openai:gpt-4o-mini)`, [suite.providerProblem]);
  }
  return suite.provider ?? options.defaultProvider;
}

function withPromptDefaults(provider: SuiteProvider, prompt: ParsedPrompt): SuiteProvider {
  const s = prompt.settings;
  const out = { ...provider };
  if (out.temperature === undefined && s.temperature !== undefined) out.temperature = s.temperature;
  if (out.maxTokens === undefined && s.maxTokens !== undefined) out.maxTokens = s.maxTokens;
  if (out.seed === undefined && s.seed !== undefined) out.seed = s.seed;
  // A model name from Prompty's configuration; VS Code prompt files name chat models by display name
  if (out.model === undefined && s.model !== undefined && prompt.format === 'prompty') out.model = s.model;
  return out;
}

/** A prompt written inside the suite: versioned by its content only, never snapshotted. */
function inlineVersion(ref: string, content: string): ResolvedVersion {
  return { ref, kind: 'snapshot', content, sha256: sha256Hex(Buffer.from(content, 'utf8')) };
}

function providerConfig(p: SuiteProvider): ProviderConfig {
  const config: ProviderConfig = { type: p.type };
  for (const key of ['model', 'baseUrl', 'temperature', 'maxTokens', 'seed', 'file', 'azure', 'apiVersion', 'timeoutMs', 'region', 'url', 'body', 'responsePath', 'headers'] as const) {
    const value = p[key];
    if (value !== undefined) (config as unknown as Record<string, unknown>)[key] = value;
  }
  return config;
}

async function buildProvider(p: SuiteProvider, options: Pick<PairedEvalOptions, 'apiKey' | 'providerFactory'>): Promise<ModelProvider> {
  const injected = await options.providerFactory?.(p);
  if (injected) return injected;
  const apiKey = await options.apiKey?.(p);
  try {
    return await createProvider(providerConfig(p), apiKey ? { apiKey } : {});
  } catch (err) {
    if (err instanceof ProviderConfigError) throw new EvalInputError(err.message);
    throw err;
  }
}

function versionInfo(v: ResolvedVersion, promptPath: string, root: string): VersionInfo {
  const info: VersionInfo = { ref: v.ref, promptSha256: v.sha256, path: path.relative(root, promptPath).split(path.sep).join('/') };
  if (v.label !== undefined) info.label = v.label;
  else if (v.number !== undefined) info.label = `v${v.number}`;
  if (v.time !== undefined) info.time = v.time;
  return info;
}

/** What a detector should know about the format a case demands, from its asserts. */
function formatOf(asserts: LoadedSuite['cases'][number]['asserts']): FormatRequirement | undefined {
  const format: FormatRequirement = {};
  for (const a of asserts) {
    if (a.type === 'is-json') format.json = true;
    if (a.type === 'max-length' && typeof a.value === 'number') format.maxLength = a.value;
  }
  return Object.keys(format).length ? format : undefined;
}

/** What detectors (and the judge) know about each case: the rendered user message, the system
 *  prompt of version B, and the format its asserts demand. */
function caseContexts(prep: Pick<Prepared, 'suite' | 'rendered'>): Map<string, DetectionContext> {
  const out = new Map<string, DetectionContext>();
  for (const c of prep.suite.cases) {
    const messages = prep.rendered.get(c.id);
    const input = messages?.b.filter((m) => m.role === 'user').at(-1)?.content ?? c.input;
    const system = messages?.b.find((m) => m.role === 'system')?.content;
    const format = formatOf(c.asserts);
    out.set(c.id, { input, ...(system !== undefined ? { system } : {}), ...(format ? { format } : {}) });
  }
  return out;
}

/** Builds the report from whatever the run record holds (also for partial and resumed runs). */
export function reportFromRecords(prep: Pick<Prepared, 'root' | 'suite' | 'provider' | 'a' | 'b' | 'rendered'>, records: Iterable<CallRecord>, run: { runId: string; createdAt: string; usage?: ShiftReport['usage'] }): ShiftReport {
  // sample slots per case and version, in sample order (records arrive in any order)
  const byCase = new Map<string, { a: RawSample[]; b: RawSample[]; aPrime: RawSample[] }>();
  for (const r of records) {
    const slot = byCase.get(r.caseId) ?? { a: [], b: [], aPrime: [] };
    byCase.set(r.caseId, slot);
    const sample: RawSample = r.response
      ? { output: r.response.text, latencyMs: r.response.latencyMs, cached: r.cached }
      : { output: '', error: r.error?.message ?? 'failed', cached: false };
    slot[r.version][r.sample] = sample;
  }
  const dense = (xs: RawSample[]): RawSample[] => xs.filter((x) => x !== undefined);
  const cases: RawCase[] = [];
  const contexts = caseContexts(prep);
  for (const c of prep.suite.cases) {
    const slot = byCase.get(c.id);
    const context = contexts.get(c.id)!;
    const withAsserts = (xs: RawSample[]): RawSample[] =>
      xs.map((s) => (s.error === undefined && c.asserts.length ? { ...s, asserts: runAsserts(s.output, c.asserts) } : s));
    const raw: RawCase = {
      id: c.id,
      ...(context.input !== undefined ? { input: context.input } : {}),
      vars: c.vars,
      a: withAsserts(dense(slot?.a ?? [])),
      b: withAsserts(dense(slot?.b ?? [])),
      context,
    };
    if (c.expect) raw.expect = definedOnly(c.expect);
    if (prep.suite.baseline) raw.aPrime = withAsserts(dense(slot?.aPrime ?? []));
    cases.push(raw);
  }
  const p = prep.provider;
  return analyseOutputs({
    kind: 'eval',
    versions: { a: versionInfo(prep.a, prep.suite.promptPath, prep.root), b: versionInfo(prep.b, prep.suite.promptPath, prep.root) },
    run: {
      runId: run.runId,
      createdAt: run.createdAt,
      suite: path.relative(prep.root, prep.suite.file).split(path.sep).join('/'),
      provider: { type: p.type, ...(p.model !== undefined ? { model: p.model } : {}), ...(p.temperature !== undefined ? { temperature: p.temperature } : {}), ...(p.maxTokens !== undefined ? { maxTokens: p.maxTokens } : {}), ...(p.seed !== undefined ? { seed: p.seed } : {}) },
      ...(run.usage ? { usage: run.usage } : {}),
    },
    gates: definedOnly(prep.suite.gates),
    cases,
  });
}

/** zod's optional fields may hold undefined; the report types say "absent" instead. */
function definedOnly<T extends string, V>(record: Partial<Record<T, V | undefined>>): Partial<Record<T, V>> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<Record<T, V>>;
}

function usageOf(result: RunResult): ShiftReport['usage'] {
  return {
    calls: result.total,
    inputTokens: result.inputTokens,
    outputTokens: result.outputTokens,
    ...(result.costUsd !== undefined ? { costUsd: result.costUsd } : {}),
    cachedCalls: result.cached,
    errors: result.errors,
  };
}

async function finish(prep: Prepared, result: RunResult, createdAt: string, options: Pick<PairedEvalOptions, 'apiKey' | 'providerFactory' | 'signal' | 'noJudge'>): Promise<PairedEvalResult> {
  const report = reportFromRecords(prep, result.records, { runId: result.runId, createdAt, usage: usageOf(result) });
  const judge = prep.suite.judge;
  if (judge && !options.noJudge && result.status === 'completed') {
    await judgeReport(report, {
      provider: await buildProvider(judge.provider, options),
      model: judge.provider.model!,
      ...(judge.behaviours ? { behaviours: judge.behaviours } : {}),
      cacheDir: path.join(prep.root, STATE_DIR, 'cache', 'judge'),
      contexts: caseContexts(prep),
      concurrency: prep.suite.concurrency,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  const reportPath = path.join(result.runDir, 'report.json');
  writeFileAtomic(reportPath, JSON.stringify(report, null, 2) + '\n');
  return { runId: result.runId, runDir: result.runDir, reportPath, report, run: result, gateFailed: gatesFailed(report) };
}

/** Runs a paired eval and writes `.promptshift/runs/<run-id>/report.json`. */
export async function runPairedEval(options: PairedEvalOptions): Promise<PairedEvalResult> {
  const prep = await prepare(options);
  const suite = prep.suite;
  if (options.samples !== undefined) suite.samples = options.samples;
  if (options.concurrency !== undefined) suite.concurrency = options.concurrency;
  if (options.baseline !== undefined) suite.baseline = options.baseline;
  const provider = await buildProvider(prep.provider, options);
  ensureStateDir(prep.root);
  // Every run points at exact content: the working copy it evaluated becomes a version ('eval').
  const store = new VersionStore(prep.root);
  // Other versions (git revisions) are stored without entering the file's history.
  for (const v of [prep.a, prep.b]) {
    if (v.kind === 'working' && suite.prompt.text === undefined) store.snapshot(suite.promptPath, v.content, { source: 'eval' });
    else store.storeContent(v.content);
  }
  const calls = planCalls({
    cases: suite.cases.filter((c) => prep.rendered.has(c.id)).map((c) => ({ id: c.id, ...prep.rendered.get(c.id)! })),
    versions: { a: { promptSha256: prep.a.sha256 }, b: { promptSha256: prep.b.sha256 } },
    samples: suite.samples,
    baseline: suite.baseline,
    seed: options.seed ?? 1,
    params: {
      model: prep.provider.model ?? prep.provider.type,
      ...(prep.provider.temperature !== undefined ? { temperature: prep.provider.temperature } : {}),
      ...(prep.provider.maxTokens !== undefined ? { maxTokens: prep.provider.maxTokens } : {}),
      ...(prep.provider.seed !== undefined ? { seed: prep.provider.seed } : {}),
    },
  });
  const { runId, runDir } = createRunDir(runsDirOf(prep.root));
  const createdAt = new Date().toISOString();
  options.onStart?.({ runId, runDir, total: calls.length });
  let lastPartial = 0;
  const onProgress = (progress: RunProgress) => {
    options.onProgress?.(progress);
    const now = Date.now();
    if (!options.onPartialReport || now - lastPartial < 1000 || progress.done === progress.total) return;
    lastPartial = now;
    // Read back what the record holds so far: the panel shows the run while it goes.
    const partial = reportFromRecords(prep, readRunRecord(runDir).results.values(), { runId, createdAt });
    options.onPartialReport(partial, progress);
  };
  const result = await executeRun({
    runDir,
    calls,
    provider,
    concurrency: suite.concurrency,
    ...(options.noCache ? {} : { cache: new ResponseCache(path.join(prep.root, STATE_DIR, 'cache'), options.onWarning) }),
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress,
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    meta: {
      suite: suite.file,
      workspaceRoot: prep.root,
      a: { ref: prep.a.ref, sha256: prep.a.sha256 },
      b: { ref: prep.b.ref, sha256: prep.b.sha256 },
      samples: suite.samples,
      baseline: suite.baseline,
      provider: { type: prep.provider.type, model: prep.provider.model, baseUrl: prep.provider.baseUrl },
      createdAt,
    },
  });
  return finish(prep, result, createdAt, options);
}

/** Finishes a run that was killed or cancelled, from its folder: only the missing calls are made. */
export async function resumePairedEval(runDir: string, options: Omit<PairedEvalOptions, 'suitePath' | 'a' | 'b'> = {}): Promise<PairedEvalResult> {
  const record = readRunRecord(runDir);
  const meta = record.meta?.meta as { suite?: string; a?: { sha256: string }; b?: { sha256: string }; workspaceRoot?: string; createdAt?: string } | undefined;
  if (!record.meta || !meta?.suite || !meta.a || !meta.b) throw new EvalInputError(`${runDir}: not a resumable run (run.json is missing or has no suite and versions)`);
  const prep = await prepare({
    ...options,
    suitePath: meta.suite,
    ...(meta.workspaceRoot ? { workspaceRoot: meta.workspaceRoot } : {}),
    a: `snapshot:${meta.a.sha256}`,
    b: `snapshot:${meta.b.sha256}`,
  });
  const provider = await buildProvider(prep.provider, options);
  const result = await resumeRun({
    runDir,
    provider,
    concurrency: options.concurrency ?? prep.suite.concurrency,
    ...(options.noCache ? {} : { cache: new ResponseCache(path.join(prep.root, STATE_DIR, 'cache'), options.onWarning) }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    meta: record.meta.meta ?? {},
  });
  return finish(prep, result, meta.createdAt ?? record.meta.createdAt, options);
}
