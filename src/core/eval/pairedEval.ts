// A paired eval from start to finish, shared by `promptshift eval` and the VS Code command:
// suite → versions A and B → rendered messages → run spec → planned calls → runner (each output
// scored once as it is recorded) → judge verdicts → report, built from the scored records alone.
// Every step that can fail on user input throws EvalInputError (CLI exit 2) naming what and where;
// a run that cannot finish ends with a RunResult whose status says so (CLI exit 3).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { caseRenderer, loadSuite, parseSuitePrompt, renderSuiteCases, formatRequirementOf, formatIssue, type LoadedSuite, type SuiteIssue, type SuiteProvider } from '../suite';
import type { ParsedPrompt } from '../prompt/parse';
import { VersionStore, type ResolvedVersion } from '../history';
import type { PromptRef } from '../suite/loaded';
import { createProvider, ProviderConfigError } from '../providers/factory';
import { whenRequestsSent } from '../providers/http';
import { KeyPolicyError, NO_ALLOWANCES, resolveCredentials, type ResolvedCredentials } from '../providers/keyPolicy';
import { locateProviderField, type ProviderRole } from '../suite/providerField';
import { CacheSeal } from '../run/seal';
import type { ChatMessage, ModelProvider } from '../providers/types';
import { planCalls, planCompact, executeRun, resumeRun, ResponseCache, RunStore, RunFolder, readReportFile, type RunResult, type CallRecord, type RunProgress, type JudgeRecord, type ResumeRunOptions } from '../run';
// the report's own modules, not its index: the index builds the whole report schema (issue 18)
import { briefOf, type ReportBrief } from '../report/brief';
import { gatesFailed } from '../report/build';
import type { ShiftReport } from '../report/schema';
import type { Behaviour } from '../behaviour/types';
import { findWorkspaceRoot, ensureStateDir, stateDirOf, userStateDir } from '../files';
import { judgeRecords } from './judgeRun';
import { buildRunReport, scoringOf, withReruns, writeRunReport } from './runReport';
import { RunSpec, specFingerprint, type SpecCase, type SpecVersion } from './runSpec';
import { scoreOutput, warmUp, type DetectorSet, type ScoredAnswer } from './scoring';
import { SCORING_THREAD_MIN_CALLS, ScoringThread } from './scoringThread';
import { compileCustom, isJudged } from '../behaviour/custom';
import { resolveSuiteVersions, VersionChoiceError, type SuiteVersions } from './suiteVersions';
import { resolveEvalSettings, type EvalDefaults, type EvalOverrides, type EvalSettings } from './settings';
import { planOf, type RunPlan } from '../plan/planRun';
import { readRunHistory, RunSummaryBuilder } from '../plan/history';
import { estimateMessageTokens } from '../plan/tokens';
import type { Budget } from '../suite/schema';
import { mergedSpec, shardSpec, ShardError, type Shard } from './shard';
import { EarlyStop } from './stopEarly';
import { batchOptions, buildBatchClient } from './batchEval';
import { executeBatchRun, resumeBatchRun } from '../run/batchRun';
import type { PriceOverrides } from '../providers/prices';
import { cellCaseId, cellMessages, cellSpecCases, designCalls, designOf, DesignChoiceError, paraphraseItems, wantsDesign, type DesignRequest, type DesignSpec } from './design';
import { paraphraseByModel, ParaphraseError } from '../conditions';
import { cacheKey } from '../run/keys';
import { cellProviderOf, secondProviderCases, secondProviderOf, secondProviderSettings } from './secondProvider';
import type { CallList, PlanCase, PlanOptions, PlannedCall } from '../run/plan';
import { casesRenderedOnDemand, type CaseMessages } from './renderOnDemand';

export class EvalInputError extends Error {
  override name = 'EvalInputError';
  constructor(message: string, readonly issues: SuiteIssue[] = []) {
    super(message);
  }
}

/** The caller declined the run's plan (onPlan returned false): nothing was called or recorded. */
export class RunNotStarted extends Error {
  override name = 'RunNotStarted';
}

export interface PairedEvalOptions extends EvalOverrides {
  suitePath: string;
  /** the folder holding `.promptshift/`; default: nearest ancestor of the suite with one (or .git) */
  workspaceRoot?: string;
  /** version refs (CONTRACTS §1); defaults: A = newest differing snapshot else git:HEAD, B = working */
  a?: string;
  b?: string;
  /** the editor buffer of the prompt (VS Code: unsaved edits included) */
  workingContent?: string;
  /** resuming: promptfoo's second prompt file that B was read from (suiteVersions.ts) */
  bPath?: string;
  /** run only these cases of the suite */
  caseIds?: readonly string[];
  /** the run whose cases these are fresh outputs for: they replace that run's outputs of those cases */
  rerunOf?: string;
  /** what the suite does not say (VS Code's `promptshift.*` settings) */
  defaults?: EvalDefaults;
  /**
   * The key and headers for a provider's requests, under the key rules (providers/keyPolicy.ts:
   * throw KeyPolicyError to refuse); never logged or recorded. Default: no key, the suite's plain
   * headers only.
   */
  credentials?: (provider: SuiteProvider) => Promise<ResolvedCredentials>;
  /**
   * The user's state folder (outside the workspace) holding the secret that binds cache entries to
   * this machine, so a cache committed to the repository is never served; default: userStateDir.
   */
  cacheSecretDir?: string;
  /** builds providers the core cannot (VS Code's language models) */
  providerFactory?: (provider: SuiteProvider) => Promise<ModelProvider | undefined>;
  /** scores outputs; default: the English detectors */
  detectors?: DetectorSet;
  /** the scoring thread's bundle (dist/scoring-worker.js beside the CLI's or extension's): the English detectors then score there, off the requests' thread */
  scoringWorker?: string;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  onWarning?: (message: string) => void;
  /** every problem found rendering the cases (errors, then thrown as EvalInputError, and warnings),
   *  at its file and line: VS Code puts them in the Problems panel */
  onRenderIssues?: (issues: readonly SuiteIssue[]) => void;
  /** called once the run folder exists, before any call (the panel can show the run live) */
  onStart?: (run: { runId: string; runDir: string; total: number }) => void;
  /** a report of the calls finished so far, at most once per `liveReportMs` while the run goes */
  onPartialReport?: (report: ShiftReport, progress: RunProgress) => void;
  /** default 1000 */
  liveReportMs?: number;
  /** caps that win over the suite's `budget`: a plan above them stops the run before any call (EvalInputError) */
  budget?: Budget;
  /** the user's model prices (the suite's win over them) */
  prices?: PriceOverrides;
  /** run only this shard's share of the cases (`eval --shard i/n`); `merge` joins the shards */
  shard?: Shard;
  /** a batch run (`--batch`): the first wait between status polls of its batches (default 1 s, growing to 60 s) */
  batchPollMs?: number;
  /** sees the plan before any call; returning false stops the run (RunNotStarted) */
  onPlan?: (plan: RunPlan) => boolean | Promise<boolean>;
  /** a design beyond A/A′/B: conditions, a second model, a 2×2 (core/eval/design.ts) */
  design?: DesignRequest;
}

export interface PairedEvalResult {
  runId: string;
  runDir: string;
  reportPath: string;
  /** the whole report (a large run's is read from report.json when first asked for: prefer `brief`) */
  report: ShiftReport;
  /** what a command prints of the report: its summary, the cases it quotes, its gates */
  brief: ReportBrief;
  run: RunResult;
  gateFailed: boolean;
  /** set when this run re-ran cases of another: that run's id (its report now holds these outputs) */
  rerunOf?: string;
}

/** A suite made ready to run: settings resolved, versions A and B found, every case rendered. */
export interface Prepared {
  root: string;
  suite: LoadedSuite;
  settings: EvalSettings;
  provider: SuiteProvider;
  a: ResolvedVersion;
  b: ResolvedVersion;
  /** the prompt B is read as (promptfoo's second prompt, when it is B) */
  bPrompt: PromptRef;
  rendered: Map<string, { a: ChatMessage[]; b: ChatMessage[] }>;
  /** a design run's design, once applied (rendered then holds each case once per cell) */
  design?: DesignSpec;
  /** a design run: each suite case's own rendered messages, before the cells' conditions */
  caseMessages?: Map<string, { a: ChatMessage[]; b: ChatMessage[] }>;
  /** one suite case rendered for A and B, as `rendered` holds it (a plain run renders its cases again as it sends them) */
  renderCase: (c: LoadedSuite['cases'][number]) => CaseMessages;
  /** each case's estimated input tokens for A and B, kept when the rendered messages are let go before the calls */
  inputEstimates?: InputEstimates;
}

async function loadOrThrow(suitePath: string, workspaceRoot: string): Promise<LoadedSuite> {
  if (!fs.existsSync(suitePath)) throw new EvalInputError(`${suitePath}: no such suite file`);
  const { suite, errors } = await loadSuite(suitePath, { workspaceRoot });
  if (!suite) throw new EvalInputError(errors.filter((e) => e.severity === 'error').map((e) => formatIssue(e)).join('\n'), errors);
  return suite;
}

/** Loads the suite, resolves settings and versions and renders every case; calls no model. */
export async function prepare(options: PairedEvalOptions): Promise<Prepared> {
  const suitePath = path.resolve(options.suitePath);
  const root = options.workspaceRoot ?? findWorkspaceRoot(path.dirname(suitePath));
  const suite = await loadOrThrow(suitePath, root);
  if (options.caseIds) {
    // Re-running some cases: the rest of the suite stays as it is.
    const wanted = new Set(options.caseIds);
    const unknown = [...wanted].filter((id) => !suite.cases.some((c) => c.id === id));
    if (unknown.length) throw new EvalInputError(`${suitePath}: no case with id ${unknown.map((u) => `'${u}'`).join(', ')}`);
    suite.cases = suite.cases.filter((c) => wanted.has(c.id));
  }
  if (suite.providerProblem && !options.provider) {
    throw new EvalInputError(`${formatIssue({ ...suite.providerProblem, severity: 'error' }).replace(/; check renders the cases, eval needs --provider$/, '')}\nchoose the model to call with --provider TYPE:MODEL (e.g. --provider openai:gpt-4o-mini)`, [suite.providerProblem]);
  }
  const settings = resolveEvalSettings(suite, options, options.defaults);
  const judged = (suite.behaviours ?? []).filter(isJudged).map((b) => b.name);
  if (judged.length && !settings.judge) throw new EvalInputError(`${suitePath}: behaviours: ${judged.join(', ')} ${judged.length > 1 ? 'are' : 'is'} decided by the judge model, which --no-judge turns off: ${judged.length > 1 ? 'they' : 'it'} would go unscored. Run with the judge, or remove ${judged.length > 1 ? 'them' : 'it'} from the suite.`);
  let provider = settings.provider;
  if (!provider) throw new EvalInputError(`${suitePath}: provider: the suite names no provider and no default is configured`);
  const store = new VersionStore(root);
  let versions: SuiteVersions;
  try {
    versions = await resolveSuiteVersions(suite, store, {
      ...(options.a !== undefined && { a: options.a }),
      ...(options.b !== undefined && { b: options.b }),
      ...(options.workingContent !== undefined && { workingContent: options.workingContent }),
      ...(options.bPath !== undefined && { bPath: options.bPath }),
    });
  } catch (err) {
    if (err instanceof VersionChoiceError) throw new EvalInputError(err.message);
    throw err;
  }
  const { a, b, bPrompt } = versions;
  const rendered = new Map<string, { a: ChatMessage[]; b: ChatMessage[] }>();
  const problems: SuiteIssue[] = [];
  const sides = { a, b } as const;
  const prompts = { a: suite.prompt, b: bPrompt } as const;
  const renderers: Partial<Record<'a' | 'b', ReturnType<typeof caseRenderer>>> = {};
  for (const side of ['a', 'b'] as const) {
    let parsed;
    try {
      parsed = parseSuitePrompt(prompts[side], sides[side].content);
    } catch (err) {
      throw new EvalInputError(`${prompts[side].path} (${sides[side].ref}): ${err instanceof Error ? err.message : String(err)}`);
    }
    const render = (renderers[side] = caseRenderer(suite, parsed));
    const { cases, errors } = renderSuiteCases(suite, parsed, render);
    problems.push(...errors.map((e) => ({ ...e, message: `version ${side.toUpperCase()} (${sides[side].ref}): ${e.message}` })));
    for (const c of cases) {
      const entry = rendered.get(c.id) ?? { a: [], b: [] };
      entry[side] = c.messages;
      rendered.set(c.id, entry);
    }
  }
  for (const entry of rendered.values()) entry.b = sharedWithA(entry.a, entry.b);
  options.onRenderIssues?.(problems);
  const errors = problems.filter((p) => p.severity !== 'warning');
  if (errors.length) throw new EvalInputError(errors.map((e) => formatIssue(e)).join('\n'), errors);
  // (onWarning's receivers say it is a warning: the issue is given without its own "warning:")
  for (const w of problems) if (w.severity === 'warning') options.onWarning?.(formatIssue({ ...w, severity: 'error' }));
  // The prompt file's own model settings (Prompty's model.parameters…, of version B) fill what the
  // provider leaves unset.
  provider = withPromptDefaults(provider, parseSuitePrompt(bPrompt, b.content));
  const renderCase = (c: LoadedSuite['cases'][number]): CaseMessages => {
    const messagesA = renderers.a!(c);
    return { a: messagesA, b: sharedWithA(messagesA, renderers.b!(c)) };
  };
  return { root, suite, settings: { ...settings, provider }, provider, a, b, bPrompt, rendered, renderCase };
}

/**
 * B's rendered messages, reusing A's message objects where they are equal (the case's own user
 * message nearly always; all of them when both versions render alike, then A's very list): a large
 * run holds each case's messages once, not twice, for the whole run (issue 17). Safe because no
 * one changes a rendered message in place (a design's conditions copy them first).
 */
export function sharedWithA(a: ChatMessage[], b: ChatMessage[]): ChatMessage[] {
  const shared = b.map((m, i) => {
    const same = a[i];
    return same !== undefined && same.role === m.role && same.content === m.content ? same : m;
  });
  return shared.length === a.length && shared.every((m, i) => m === a[i]) ? a : shared;
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

/** Without a key source: no key at all, and only headers that carry none. */
const noKeys = async (p: SuiteProvider) => resolveCredentials(p, { allow: NO_ALLOWANCES, env: {}, apiKeyEnv: 'ignore' });

export type BuildOptions = Pick<PairedEvalOptions, 'credentials' | 'providerFactory' | 'onWarning'>;

/** Builds the suite's provider (or its judge's), with the key and headers the key rules allow. */
export async function buildProvider(p: SuiteProvider, role: ProviderRole, suite: LoadedSuite, options: BuildOptions): Promise<ModelProvider> {
  const injected = await options.providerFactory?.(p);
  if (injected) return injected;
  const deps = await providerCredentials(p, role, suite, options);
  try {
    return await createProvider(p, deps);
  } catch (err) {
    if (err instanceof ProviderConfigError) throw new EvalInputError(err.message);
    throw err;
  }
}

/** The key and headers the key rules allow for a provider's requests; a refusal is an EvalInputError at its place in the suite. */
export async function providerCredentials(p: SuiteProvider, role: ProviderRole, suite: LoadedSuite, options: BuildOptions): Promise<Omit<ResolvedCredentials, 'notes'>> {
  let credentials: ResolvedCredentials;
  try {
    credentials = await (options.credentials ?? noKeys)(p);
  } catch (err) {
    if (!(err instanceof KeyPolicyError)) throw err;
    // A provider from the VS Code setting (the suite names none) has no place in the file.
    if (role === 'provider' && !suite.provider) throw new EvalInputError(`promptshift.provider: ${err.message}`);
    // a second provider named on the command line only (--provider-b TYPE:MODEL)
    if (role === 'providerB' && !(suite.providerB && suite.providerB.type === p.type && (suite.providerB.baseUrl ?? '') === (p.baseUrl ?? ''))) throw new EvalInputError(`--provider-b ${p.type}: ${err.message}`);
    const at = await locateProviderField(suite, role, err.field);
    throw new EvalInputError(`${suite.file}:${at.line}:${at.column}: ${at.field}: ${err.reason}`);
  }
  for (const note of credentials.notes) options.onWarning?.(note);
  const { notes: _notes, ...deps } = credentials;
  return deps;
}

/** The judge's provider, built before any call is paid for, so a judge the rules refuse stops the run early. */
async function buildJudge(prep: Prepared, options: BuildOptions): Promise<ModelProvider | undefined> {
  const judge = prep.suite.judge;
  return judge && prep.settings.judge ? buildProvider(judge.provider, 'judge', prep.suite, options) : undefined;
}

/** This machine's cache seal, or undefined (no cache) when the cache is off or its secret cannot be had. */
export function cacheSeal(prep: Prepared, options: Pick<PairedEvalOptions, 'cacheSecretDir' | 'onWarning'>): CacheSeal | undefined {
  if (!prep.settings.cache) return undefined;
  const dir = options.cacheSecretDir ?? userStateDir(process.env);
  try {
    return CacheSeal.forUser(dir);
  } catch (err) {
    options.onWarning?.(`the response cache is off: its secret in ${dir} cannot be used (${(err as Error).message})`);
    return undefined;
  }
}

function specVersion(v: ResolvedVersion, promptPath: string, root: string): SpecVersion {
  const out: SpecVersion = { ref: v.ref, sha256: v.sha256, path: path.relative(root, promptPath).split(path.sep).join('/') };
  if (v.label !== undefined) out.label = v.label;
  else if (v.number !== undefined) out.label = `v${v.number}`;
  if (v.time !== undefined) out.time = v.time;
  return out;
}

/** Every case with what its scorers need: the rendered user message, B's system prompt, the format its asserts demand. */
function specCases(prep: Pick<Prepared, 'suite' | 'rendered'>): SpecCase[] {
  return prep.suite.cases
    .filter((c) => prep.rendered.has(c.id))
    .map((c) => {
      const messages = prep.rendered.get(c.id)!;
      const input = messages.b.filter((m) => m.role === 'user').at(-1)?.content ?? c.input;
      const system = messages.b.find((m) => m.role === 'system')?.content;
      const format = formatRequirementOf(c.asserts);
      const out: SpecCase = {
        id: c.id,
        input,
        vars: c.vars,
        context: { input, ...(system !== undefined ? { system } : {}), ...(Object.keys(format).length ? { format } : {}) },
      };
      if (c.expect) out.expect = Object.fromEntries(Object.entries(c.expect).filter(([, v]) => v !== undefined)) as Record<string, boolean>;
      if (c.asserts.length) out.asserts = c.asserts;
      return out;
    });
}

function specOf(prep: Prepared, createdAt: string, rerunOf: string | undefined): RunSpec & { cases: SpecCase[] } {
  const p = prep.provider;
  const s = prep.settings;
  const spec: RunSpec & { cases: SpecCase[] } = {
    suite: prep.suite.file,
    workspaceRoot: prep.root,
    a: specVersion(prep.a, prep.suite.promptPath, prep.root),
    b: specVersion(prep.b, prep.bPrompt.path, prep.root),
    samples: s.samples,
    baseline: s.baseline,
    provider: {
      type: p.type,
      ...(p.model !== undefined ? { model: p.model } : {}),
      ...(p.baseUrl !== undefined ? { baseUrl: p.baseUrl } : {}),
      ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
      ...(p.maxTokens !== undefined ? { maxTokens: p.maxTokens } : {}),
      ...(p.seed !== undefined ? { seed: p.seed } : {}),
    },
    createdAt,
    settings: { concurrency: s.concurrency, seed: s.seed, cache: s.cache, from: s.from },
    gates: Object.fromEntries(Object.entries(prep.suite.gates).filter(([, v]) => v !== undefined)) as NonNullable<RunSpec['gates']>,
    cases: specCases(prep),
  };
  if (s.stopEarly) spec.stopEarly = { minShift: s.stopEarly.minShift };
  if (s.batch) spec.batch = true;
  const judge = prep.suite.judge;
  if (judge && s.judge) spec.judge = { model: judge.provider.model!, ...(judge.behaviours ? { behaviours: judge.behaviours } : {}) };
  if (prep.suite.behaviours?.length) spec.behaviours = prep.suite.behaviours;
  if (rerunOf) spec.rerunOf = rerunOf;
  spec.fingerprint = specFingerprint(spec);
  return spec;
}

export function cacheFor(prep: Prepared, seal: CacheSeal | undefined, options: Pick<PairedEvalOptions, 'onWarning'>): ResponseCache | undefined {
  return seal ? new ResponseCache(path.join(stateDirOf(prep.root), 'cache'), { seal, ...(options.onWarning ? { onWarning: options.onWarning } : {}) }) : undefined;
}

/**
 * Scores each output once, as the runner records it; `warm` compiles what scoring any answer needs
 * (the runner calls it while the first requests are in flight, and holds the answers that arrive
 * before it calls `ready`: scoring them would compile the rest in one piece); `startThread` moves
 * a long run's scoring to a thread of its own instead (core/eval/scoringThread.ts).
 */
export function scorerFor(spec: RunSpec & { cases: SpecCase[] }, detectors: DetectorSet | undefined, scoringWorker?: string) {
  // the spec's cases, what each is scored with made per answer (a small object that dies young, not one held per case)
  const byId = new Map(spec.cases.map((c) => [c.id, c]));
  const custom = compileCustom(spec.behaviours);
  const scoringOfCase = (c: SpecCase | undefined) => (c ? scoringOf(c) : { context: {} });
  const score = (call: { request: { call: { caseId: string } } }, response: ScoredAnswer) => scoreOutput(response, scoringOfCase(byId.get(call.request.call.caseId)), detectors, custom);
  // after the first requests are written: compiling before would hold them back (a new connection writes only once connected)
  const warm = (ready: () => void = () => {}) => inIdleSteps(warmUp(scoringOfCase(spec.cases[0]), detectors, custom), ready);
  // the English detectors on a thread of their own, where the caller has its bundle and the run is not
  // short (detectors given: scored here)
  const startThread = (pendingCalls: number): ScoringThread | undefined => {
    if (!scoringWorker || detectors || pendingCalls < SCORING_THREAD_MIN_CALLS) return undefined;
    try {
      return new ScoringThread(scoringWorker, { behaviours: spec.behaviours }, (id) => scoringOfCase(byId.get(id)));
    } catch {
      return undefined; // no threads here: scored in the runner's thread, as before
    }
  };
  return Object.assign(score, { warm, startThread });
}

/**
 * Takes the steps of `steps` one per event-loop turn, each once the requests made so far are
 * written, so answers that arrive meanwhile are handled between steps; calls `done` once, when the
 * steps are over or stopped. Answers a function that stops the rest.
 */
function inIdleSteps(steps: Iterator<void>, done: () => void): () => void {
  let over = false;
  let pending: ReturnType<typeof setImmediate> | undefined;
  const end = () => {
    if (over) return;
    over = true;
    if (pending) clearImmediate(pending);
    done();
  };
  const step = () => {
    pending = undefined;
    if (over) return;
    try {
      if (steps.next().done) return end();
    } catch {
      // a detector that throws: the first real answer's scoring reports it, as before
      return end();
    }
    pending = setImmediate(() => whenRequestsSent(step));
  };
  whenRequestsSent(step);
  return end;
}

/** Live reports while the run goes: built from the records as they arrive, at most once a second. */
function liveReporter(spec: RunSpec & { cases: SpecCase[] }, runId: string, options: Pick<PairedEvalOptions, 'onProgress' | 'onPartialReport' | 'liveReportMs'>) {
  const records = new Map<string, CallRecord>();
  let last = 0;
  return {
    onRecord: (record: CallRecord) => {
      // only for live reports: a run without them (the CLI) holds no records while it goes
      if (!options.onPartialReport) return;
      if (record.response || !records.get(record.callId)?.response) records.set(record.callId, record);
    },
    onProgress: (progress: RunProgress) => {
      options.onProgress?.(progress);
      const now = Date.now();
      if (!options.onPartialReport || progress.done === progress.total || (now - last < (options.liveReportMs ?? 1000) && progress.done > 0)) return;
      options.onPartialReport(buildRunReport(spec, records.values(), { runId, createdAt: spec.createdAt ?? '' }), progress);
      // From the end of the build: a large report never takes more than its share of the run's time.
      last = Date.now();
    },
  };
}

/** What the runner needs for this run, starting or resuming: its folder, cache, scorer and live reports. */
function executeOptions(
  prep: Prepared,
  folder: RunFolder,
  spec: RunSpec & { cases: SpecCase[] },
  provider: ModelProvider,
  concurrency: number,
  seal: CacheSeal | undefined,
  options: Pick<PairedEvalOptions, 'signal' | 'detectors' | 'scoringWorker' | 'onWarning' | 'onProgress' | 'onPartialReport' | 'liveReportMs'>,
  early?: EarlyStop,
): ResumeRunOptions {
  const live = liveReporter(spec, folder.runId, options);
  const cache = cacheFor(prep, seal, options);
  return {
    runDir: folder.dir,
    provider,
    concurrency,
    ...(cache ? { cache } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    score: scorerFor(spec, options.detectors, options.scoringWorker),
    onRecord: early
      ? (record) => {
          live.onRecord(record);
          early.onRecord(record);
        }
      : live.onRecord,
    onProgress: live.onProgress,
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    meta: spec,
  };
}

interface Built {
  judgeProvider: ModelProvider | undefined;
  seal: CacheSeal | undefined;
  /** a design whose second model is on its own provider: the provider of each call (else the suite's) */
  providerOf: ((call: PlannedCall) => ModelProvider | undefined) | undefined;
}

/**
 * The second provider of a design run, built (with its own key, under the key rules) before any
 * call, and the lookup that sends each of its cells' calls to it; undefined when there is none.
 */
async function secondProviderRoute(prep: Prepared, spec: RunSpec, options: BuildOptions): Promise<Built['providerOf']> {
  const settings = spec.design ? secondProviderSettings(spec.design, prep.suite.providerB) : undefined;
  if (!settings || !spec.design) return undefined;
  const second = await buildProvider(settings, 'providerB', prep.suite, options);
  const cases = secondProviderCases(spec.design);
  return (call) => (cases.has(call.request.call.caseId) ? second : undefined);
}

async function finish(prep: Prepared, folder: RunFolder, spec: RunSpec & { cases: SpecCase[] }, result: RunResult, built: Built, options: Pick<PairedEvalOptions, 'signal' | 'detectors'>): Promise<PairedEvalResult> {
  let judge: Map<string, JudgeRecord> | undefined;
  const suiteJudge = prep.suite.judge;
  if (suiteJudge && spec.judge && built.judgeProvider && result.status === 'completed') {
    judge = await judgeRecords(folder, spec.cases, result.records, {
      provider: built.judgeProvider,
      model: spec.judge.model,
      ...(suiteJudge.behaviours ? { behaviours: suiteJudge.behaviours as Behaviour[] } : {}),
      custom: (spec.behaviours ?? []).filter(isJudged).map((b) => ({ name: b.name, rubric: b.rubric })),
      ...(built.seal ? { cache: { dir: path.join(stateDirOf(prep.root), 'cache', 'judge'), seal: built.seal } } : {}),
      concurrency: prep.settings.concurrency,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  const createdAt = spec.createdAt ?? new Date().toISOString();
  const inputEstimates = releaseCases(prep);
  // written from calls.jsonl case by case: a large run's records and report are never all in memory;
  // the same pass makes the run's summary for the planner of later runs (plan/history.ts)
  const summary = new RunSummaryBuilder((r) => inputEstimates.of(r.caseId, r.version === 'b' ? 'b' : 'a'), spec.cases.length);
  const written = writeRunReport(spec, folder, { runId: result.runId, createdAt, ...(judge ? { judge } : {}), ...(options.detectors ? { detectors: options.detectors } : {}) }, (r) => summary.add(r));
  folder.writeSummary(summary.summary({ suite: spec.suite, status: result.status, ...(spec.rerunOf ? { rerunOf: spec.rerunOf } : {}) }));
  if (spec.rerunOf && result.status === 'completed') {
    // The fresh outputs go back into the run they came from; this folder keeps their record.
    const store = new RunStore(prep.root);
    const original = store.folder(spec.rerunOf);
    original.addRerun(result.runId);
    const merged = rebuildReport(store, spec.rerunOf, options.detectors);
    return withReportOnDisk({ runId: result.runId, runDir: result.runDir, reportPath: merged.reportPath, brief: merged.brief, run: result, gateFailed: merged.brief.gateFailed, rerunOf: spec.rerunOf });
  }
  return withReportOnDisk({ runId: result.runId, runDir: result.runDir, reportPath: written.reportPath, brief: written.brief, run: result, gateFailed: written.brief.gateFailed });
}

/**
 * Once the calls are made, the report needs only the spec's cases: the suite's cases and their
 * rendered messages (a large run's largest live part, ~30 MB at 100,000 calls) are released before
 * the report is written, its largest phase (issue 17). What is kept of the messages: each case's
 * estimated input tokens for A and for B, for the planner's summary.
 */
function releaseCases(prep: Prepared): InputEstimates {
  const estimates = prep.inputEstimates ?? inputEstimatesOf(prep.rendered);
  prep.rendered = new Map();
  delete prep.inputEstimates;
  delete prep.caseMessages;
  // in place, as applyDesign and onlyCases change them: the suite was loaded for this run alone
  prep.suite.cases = [];
  return estimates;
}

function inputEstimatesOf(rendered: Prepared['rendered']): InputEstimates {
  return new InputEstimates(rendered.size, (add) => {
    for (const [id, m] of rendered) add(id, estimateMessageTokens(m.a), estimateMessageTokens(m.b));
  });
}

/**
 * Each case's estimated input tokens for A and for B: two numbers a case in one Float64Array, by the
 * case's place in a Map of ids, rather than an array a case (~50 bytes more a case, held from the
 * plan to the end of the report; issue 17).
 */
class InputEstimates {
  private readonly at = new Map<string, number>();
  private readonly tokens: Float64Array;

  constructor(cases: number, fill: (add: (id: string, a: number, b: number) => void) => void) {
    this.tokens = new Float64Array(cases * 2);
    fill((id, a, b) => {
      const i = this.at.size;
      this.at.set(id, i);
      this.tokens[2 * i] = a;
      this.tokens[2 * i + 1] = b;
    });
  }

  of(caseId: string, side: 'a' | 'b'): number | undefined {
    const i = this.at.get(caseId);
    return i === undefined ? undefined : this.tokens[2 * i + (side === 'b' ? 1 : 0)];
  }
}

/**
 * A finished run's result whose `report` is read from report.json (validated) when first asked
 * for: a command that prints the brief never holds a large run's whole report.
 */
function withReportOnDisk<T extends { reportPath: string }>(result: T): T & { report: ShiftReport } {
  let report: ShiftReport | undefined;
  return Object.defineProperty(result, 'report', {
    enumerable: true,
    configurable: true,
    get: () => (report ??= readReportFile(result.reportPath)),
  }) as T & { report: ShiftReport };
}

/** A run's spec from its run.json; 0.1 runs (no cases in it) are completed from the suite. */
export function readRunSpec(folder: RunFolder): RunSpec | undefined {
  const meta = folder.readMeta();
  const parsed = RunSpec.safeParse(meta?.meta);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Rebuilds a finished run's report from its records (and its re-runs' records) and writes it:
 * after a re-run, a rescore or a judge pass. Needs a run recorded by 0.2 (its spec lists the cases).
 */
export function rebuildReport(store: RunStore, runId: string, detectors?: DetectorSet): { report: ShiftReport; reportPath: string; brief: ReportBrief } {
  const folder = store.folder(runId);
  const meta = folder.readMeta();
  const spec = RunSpec.safeParse(meta?.meta);
  if (!meta || !spec.success || !spec.data.cases) throw new EvalInputError(`${folder.dir}: this run was recorded before PromptShift 0.2 and cannot be rebuilt from its records`);
  const judge = new Map([folder.readJudge(), ...(meta.reruns ?? []).map((id) => store.folder(id).readJudge())].flatMap((m) => [...m]));
  const options = { runId, createdAt: spec.data.createdAt ?? meta.createdAt, judge, ...(detectors ? { detectors } : {}) };
  const fullSpec = { ...spec.data, cases: spec.data.cases };
  // without re-runs the report is written from calls.jsonl case by case, never whole in memory
  if (!meta.reruns?.length) return withReportOnDisk(writeRunReport(fullSpec, folder, options));
  const reruns = meta.reruns.map((id) => [...store.folder(id).readRecord().results.values()]);
  const report = buildRunReport(fullSpec, withReruns(folder.readRecord().results.values(), reruns), options);
  return { report, reportPath: folder.writeReport(report), brief: briefOf(report) };
}

/**
 * A new run made ready, calling no model: prepared, its spec (a shard's share of the cases), and
 * its design applied (each case once per cell). `eval` runs it; `plan` counts exactly its calls.
 */
export async function prepareRun(options: PairedEvalOptions): Promise<{ prep: Prepared; spec: RunSpec & { cases: SpecCase[] } }> {
  // one prompt under two models: without --a/--b, the working copy is both A and B
  const oneModelPrompt = options.design?.design === 'models' && options.a === undefined && options.b === undefined;
  const prep = await prepare(oneModelPrompt ? { ...options, a: 'working', b: 'working' } : options);
  const whole = specOf(prep, new Date().toISOString(), options.rerunOf);
  // a design is applied to the whole run first: a shard of it is its share of the suite's cases, each in every cell
  if (wantsDesign(options.design)) applyDesign(prep, whole, requestedDesign(prep, whole, options));
  const spec = withShard(whole, options.shard, prep.settings.seed);
  if (options.shard) onlyCases(prep, spec.cases);
  return { prep, spec };
}

/** Runs a paired eval and writes `.promptshift/runs/<run-id>/report.json`. */
export async function runPairedEval(options: PairedEvalOptions): Promise<PairedEvalResult> {
  const { prep, spec } = await prepareRun(options);
  const { suite } = prep;
  if (spec.stopEarly && spec.batch) throw new EvalInputError(`${suite.file}: --batch and --stop-early: choose one (a batch is sent whole, so it cannot stop when the answer is known)`);
  if (spec.stopEarly && !Object.keys(spec.gates ?? {}).length) throw new EvalInputError(`${suite.file}: --stop-early decides on the gated behaviours, and the suite has no gates (gates: { escalation: decrease }, …)`);
  const plan = planOf(prep, readRunHistory(prep.root, suite.file), { ...(options.prices ? { prices: options.prices } : {}), ...(options.budget ? { budget: options.budget } : {}) });
  if (plan.budget?.exceeded) throw new EvalInputError(`${suite.file}: budget: ${plan.budget.exceeded}; nothing was called`);
  if (options.onPlan && !(await options.onPlan(plan))) throw new RunNotStarted('the run was not started');
  const provider = await buildProvider(prep.provider, 'provider', suite, options);
  const batch = spec.batch ? await buildBatchClient(prep, options) : undefined;
  const built: Built = { judgeProvider: await buildJudge(prep, options), seal: cacheSeal(prep, options), providerOf: await secondProviderRoute(prep, spec, options) };
  ensureStateDir(prep.root);
  await paraphraseCells(prep, spec, built.seal, options);
  // Every run points at exact content: the working copy it evaluated becomes a version ('eval').
  const store = new VersionStore(prep.root);
  // Other versions (git revisions) are stored without entering the file's history.
  for (const [v, prompt] of [[prep.a, suite.prompt], [prep.b, prep.bPrompt]] as const) {
    if (v.kind === 'working' && prompt.text === undefined) store.snapshot(prompt.path, v.content, { source: 'eval' });
    else store.storeContent(v.content);
  }
  const { folder, result, early } = await planAndExecute(prep, spec, provider, batch, built, options);
  return finish(prep, folder, spec, early ? concludeEarlyStop(folder, spec, result, early, options.signal) : result, built, options);
}

/**
 * Plans the run's calls and makes them. A function of its own so that the planned calls (a few
 * hundred bytes each, every request in them) can be collected before the report is written, the
 * run's last and largest phase (issue 17).
 */
async function planAndExecute(
  prep: Prepared,
  spec: RunSpec & { cases: SpecCase[] },
  provider: ModelProvider,
  batch: Awaited<ReturnType<typeof buildBatchClient>> | undefined,
  built: Built,
  options: PairedEvalOptions,
): Promise<{ folder: RunFolder; result: RunResult; early: EarlyStop | undefined }> {
  const { settings } = prep;
  const planOptions: PlanOptions = {
    cases: planCases(prep, spec, batch !== undefined),
    versions: { a: { promptSha256: prep.a.sha256 }, b: { promptSha256: prep.b.sha256 } },
    samples: settings.samples,
    baseline: settings.baseline,
    seed: settings.seed,
    ...(spec.stopEarly ? { order: 'byCase' as const } : {}),
    params: {
      model: prep.provider.model ?? prep.provider.type,
      ...(prep.provider.temperature !== undefined ? { temperature: prep.provider.temperature } : {}),
      ...(prep.provider.maxTokens !== undefined ? { maxTokens: prep.provider.maxTokens } : {}),
      ...(prep.provider.seed !== undefined ? { seed: prep.provider.seed } : {}),
    },
  };
  // A plain run's plan is compact, each call built when it is sent (issue 17); a design maps the
  // planned calls onto its cells, so it plans them whole.
  const calls: CallList = spec.design ? designCalls(spec.design, planCalls(planOptions)) : planCompact(planOptions);
  const folder = new RunStore(prep.root).create();
  options.onStart?.({ runId: folder.runId, runDir: folder.dir, total: calls.length });
  const stop = new AbortController();
  const early = spec.stopEarly ? earlyStopOf(spec, calls, () => stop.abort()) : undefined;
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const run = { ...executeOptions(prep, folder, spec, provider, settings.concurrency, built.seal, { ...options, signal }, early), ...(built.providerOf ? { providerOf: built.providerOf } : {}), calls };
  const result = batch ? await executeBatchRun({ ...run, ...batchOptions(batch, options) }) : await executeRun(run);
  return { folder, result, early };
}

/**
 * The cases a run plans, in the spec's order. A plain run (not a design, not a batch: those hold
 * their plan whole) renders each case again when its calls are built and lets go of the messages
 * rendered up front here, keeping only the token estimates the run's summary needs (issue 17).
 */
function planCases(prep: Prepared, spec: RunSpec & { cases: SpecCase[] }, batch: boolean): PlanCase[] {
  if (spec.design || batch) return spec.cases.map((c) => ({ id: c.id, ...prep.rendered.get(c.id)! }));
  const suiteCases = new Map(prep.suite.cases.map((c) => [c.id, c]));
  const cases = casesRenderedOnDemand(spec.cases.map((c) => suiteCases.get(c.id)!), prep.renderCase);
  prep.inputEstimates = inputEstimatesOf(prep.rendered);
  prep.rendered = new Map();
  return cases;
}

/**
 * A design whose conditions paraphrase, with the suite's paraphraser: each case's input reworded
 * by that model (cache first), kept in the design (run.json: a resume and the report use these
 * words, and the fingerprint covers them) and sent in the cells' messages. Before the run folder
 * exists: a paraphrase that cannot be had stops the run with nothing recorded (cached ones stay).
 */
async function paraphraseCells(prep: Prepared, spec: RunSpec & { cases: SpecCase[] }, seal: CacheSeal | undefined, options: PairedEvalOptions): Promise<void> {
  const design = spec.design;
  const settings = prep.suite.paraphraser?.provider;
  if (!design?.paraphraser || design.paraphrases || !settings || !prep.caseMessages) return;
  const provider = await buildProvider(settings, 'paraphraser', prep.suite, options);
  const cache = cacheFor(prep, seal, options);
  const items = paraphraseItems(design, prep.caseMessages);
  try {
    design.paraphrases = await paraphraseByModel(items, {
      provider,
      model: design.paraphraser.model,
      ...(cache ? { cache: { store: cache, key: (request) => cacheKey(provider, request) } } : {}),
      concurrency: prep.settings.concurrency,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (err instanceof ParaphraseError) throw new ParaphraseFailed(`${prep.suite.file}: paraphraser: ${err.message}; nothing was recorded (paraphrases already had are cached)`);
    throw err;
  }
  prep.rendered = cellMessages(design, prep.caseMessages);
  spec.fingerprint = specFingerprint(spec);
}

/** The suite's paraphraser could not reword a case: the run did not start (CLI exit 3). */
export class ParaphraseFailed extends Error {
  override name = 'ParaphraseFailed';
}

/** The design the options ask for, checked against what the run can do (EvalInputError). */
function requestedDesign(prep: Prepared, spec: RunSpec & { cases: SpecCase[] }, options: PairedEvalOptions): DesignSpec {
  const where = prep.suite.file;
  if (spec.stopEarly) throw new EvalInputError(`${where}: --stop-early is not available for a design run (--design, --conditions, --model-b): it decides one A→B shift per gated behaviour, and a design's effects (gaps, model, interaction) are tested together, with Holm's correction, once every case is in. Run it without --stop-early (or shard it: --shard i/n)`);
  if (options.rerunOf) throw new EvalInputError(`${where}: cases of a design run cannot be re-run on their own`);
  if (!spec.baseline) throw new EvalInputError(`${where}: a design run tests every effect against its noise arms: run it with the baseline (drop --no-baseline)`);
  const second = secondProviderOf(options.design!, prep.provider, prep.suite.providerB);
  try {
    return designOf(options.design!, {
      model: prep.provider.model ?? prep.provider.type,
      providerType: prep.provider.type,
      ...(second ? { second: { ...cellProviderOf(second), ...(second.model !== undefined ? { model: second.model } : {}) } } : {}),
      sameVersion: prep.a.sha256 === prep.b.sha256,
      ...(prep.suite.conditions ? { declared: prep.suite.conditions } : {}),
      caseIds: spec.cases.map((c) => c.id),
      ...(prep.suite.evalGapGate ? { evalGapGate: prep.suite.evalGapGate } : {}),
      ...(prep.suite.paraphraser ? { paraphraser: { type: prep.suite.paraphraser.provider.type, model: prep.suite.paraphraser.provider.model!, ...(prep.suite.paraphraser.provider.baseUrl !== undefined ? { baseUrl: prep.suite.paraphraser.provider.baseUrl } : {}) } } : {}),
    });
  } catch (err) {
    if (err instanceof DesignChoiceError) throw new EvalInputError(`${where}: ${err.message}`);
    throw err;
  }
}

/** Turns the prepared run into its design's cells: each case once per cell (conditioned messages, the cell's case id). */
function applyDesign(prep: Prepared, spec: RunSpec & { cases: SpecCase[] }, design: DesignSpec): void {
  // one batch goes to one provider: a second provider's calls cannot join it
  if (spec.batch && design.cells.some((c) => c.provider)) throw new EvalInputError(`${prep.suite.file}: --batch sends every call to one provider's batch API, and this design's second model is on another provider: run it without --batch`);
  prep.design = design;
  prep.caseMessages = prep.rendered;
  prep.rendered = cellMessages(design, prep.rendered);
  prep.suite.cases = prep.suite.cases.flatMap((c) => design.cells.map((cell) => ({ ...c, id: `${c.id}@${cell.id}` })));
  spec.cases = cellSpecCases(design, spec.cases);
  spec.design = design;
  spec.fingerprint = specFingerprint(spec);
}

/** The early stop of a run: its cases in plan order, decided on its gated behaviours. */
function earlyStopOf(spec: RunSpec & { cases: SpecCase[] }, calls: Iterable<{ request: { call: { caseId: string } } }>, onDecided: () => void): EarlyStop {
  const seen = new Set<string>();
  for (const c of calls) seen.add(c.request.call.caseId);
  const order = [...seen];
  const gated = Object.keys(spec.gates ?? {}) as Behaviour[];
  const perCase = spec.samples * (spec.baseline ? 3 : 2);
  return new EarlyStop(order, perCase, gated, spec.stopEarly!.minShift, order.length * perCase, onDecided);
}

/**
 * After the runner: a run cut short because its gated behaviours were decided is completed, not
 * cancelled; either way run.json keeps the early stop's outcome (where it stopped and why).
 */
function concludeEarlyStop(folder: RunFolder, spec: RunSpec & { cases: SpecCase[] }, result: RunResult, early: EarlyStop, userSignal: AbortSignal | undefined): RunResult {
  const outcome = early.summary();
  spec.stopEarly = { minShift: outcome.minShift, outcome };
  const meta = folder.readMeta();
  let done = result;
  if (outcome.stopped && result.status === 'cancelled' && !userSignal?.aborted) {
    const message = `stopped early after ${outcome.analysedCases.length} of ${outcome.plannedCases} cases: every gated behaviour was decided`;
    // assigned in place: a copy would read every record back through RunResult.records' getter
    done = Object.assign(result, { status: 'completed' as const, message });
    if (meta) folder.writeMeta({ ...meta, status: 'completed', message, meta: spec, updatedAt: new Date().toISOString() });
  } else if (meta) folder.writeMeta({ ...meta, meta: spec });
  return done;
}

/** The spec of `shard` of the run (the whole spec without one). */
function withShard(spec: RunSpec & { cases: SpecCase[] }, shard: Shard | undefined, seed: number): RunSpec & { cases: SpecCase[] } {
  if (!shard) return spec;
  try {
    return shardSpec(spec, shard, seed);
  } catch (err) {
    if (err instanceof ShardError) throw new EvalInputError(`${spec.suite}: ${err.message}`);
    throw err;
  }
}

/** Keeps only these cases in the prepared run (a shard's share), so its plan counts only them. */
function onlyCases(prep: Prepared, cases: readonly SpecCase[]): void {
  const ids = new Set(cases.map((c) => c.id));
  prep.suite.cases = prep.suite.cases.filter((c) => ids.has(c.id));
  for (const id of [...prep.rendered.keys()]) if (!ids.has(id)) prep.rendered.delete(id);
  // a design's suite cases of this share only (what a paraphraser rewords)
  const design = prep.design;
  if (design && prep.caseMessages) for (const base of [...prep.caseMessages.keys()]) if (!design.cells.some((cell) => ids.has(cellCaseId(base, cell)))) prep.caseMessages.delete(base);
}

/**
 * Joins the shard runs of one sharded run into a new run of the workspace: every record, one plan,
 * the judge's verdicts, and the report an unsharded run of the same seed would have written.
 */
export function mergeShardRuns(store: RunStore, shards: readonly RunFolder[]): PairedEvalResult {
  const read = shards.map((folder) => {
    const meta = folder.readMeta();
    const spec = RunSpec.safeParse(meta?.meta);
    if (!meta || !spec.success) throw new EvalInputError(`${folder.dir}: not a run folder of PromptShift 0.2 or later (run.json is missing or has no spec)`);
    return { folder, meta, record: folder.readRecord(), shard: { runId: folder.runId, status: meta.status, spec: spec.data } };
  });
  let spec: RunSpec & { cases: SpecCase[] };
  try {
    spec = mergedSpec(read.map((r) => r.shard));
  } catch (err) {
    if (err instanceof ShardError) throw new EvalInputError(err.message);
    throw err;
  }
  const records = read.flatMap((r) => [...r.record.results.values()]);
  const judge = new Map(read.flatMap((r) => [...r.folder.readJudge()]));
  const target = store.create();
  const now = new Date().toISOString();
  const sum = (f: (m: (typeof read)[number]['meta']) => number) => read.reduce((total, r) => total + f(r.meta), 0);
  target.writePlan(read.flatMap((r) => r.record.plan));
  target.rewriteCalls(records);
  for (const verdict of judge.values()) target.appendJudge(verdict);
  const report = buildRunReport(spec, records, { runId: target.runId, createdAt: spec.createdAt ?? now, judge });
  const usage = report.usage;
  const run: RunResult = {
    runId: target.runId, runDir: target.dir, status: 'completed', total: sum((m) => m.totalCalls), done: sum((m) => m.done), errors: sum((m) => m.errors), records,
    cached: usage?.cachedCalls ?? 0, inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0, costUsd: usage?.costUsd, elapsedMs: 0,
  };
  target.writeMeta({ schemaVersion: 1, runId: target.runId, createdAt: now, updatedAt: now, status: 'completed', provider: read[0]!.meta.provider, totalCalls: run.total, done: run.done, errors: run.errors, meta: spec });
  const reportPath = target.writeReport(report);
  return { runId: target.runId, runDir: target.dir, reportPath, report, brief: briefOf(report), run, gateFailed: gatesFailed(report) };
}

/** What differs between two specs, in words, for a resume that must refuse. */
function specChanges(recorded: RunSpec, now: RunSpec): string[] {
  const changes: string[] = [];
  if (recorded.suite !== now.suite) changes.push(`the suite file (${recorded.suite} → ${now.suite})`);
  const rp = recorded.provider;
  const np = now.provider;
  if (rp.type !== np.type) changes.push(`the provider (${rp.type} → ${np.type})`);
  if ((rp.model ?? '') !== (np.model ?? '')) changes.push(`the model (${rp.model ?? 'none'} → ${np.model ?? 'none'})`);
  if ((rp.baseUrl ?? '') !== (np.baseUrl ?? '')) changes.push(`the provider's baseUrl (${rp.baseUrl ?? 'default'} → ${np.baseUrl ?? 'default'})`);
  if (rp.temperature !== np.temperature || rp.maxTokens !== np.maxTokens || rp.seed !== np.seed) changes.push('the model parameters (temperature, maxTokens or seed)');
  if (JSON.stringify(recorded.behaviours ?? []) !== JSON.stringify(now.behaviours ?? [])) changes.push("the suite's own behaviours (their rules score every output)");
  const recordedCases = new Map((recorded.cases ?? []).map((c) => [c.id, JSON.stringify(c.context)]));
  const nowCases = new Map((now.cases ?? []).map((c) => [c.id, JSON.stringify(c.context)]));
  const changed = [...recordedCases].filter(([id, ctx]) => nowCases.has(id) && nowCases.get(id) !== ctx).map(([id]) => id);
  const gone = [...recordedCases.keys()].filter((id) => !nowCases.has(id));
  if (changed.length) changes.push(`the rendered input of case${changed.length > 1 ? 's' : ''} ${changed.slice(0, 5).map((c) => `'${c}'`).join(', ')}`);
  if (gone.length) changes.push(`case${gone.length > 1 ? 's' : ''} ${gone.slice(0, 5).map((c) => `'${c}'`).join(', ')} no longer in the suite`);
  if (!changes.length) changes.push('the suite or its settings');
  return changes;
}

/**
 * A recorded run prepared again from its suite, exactly as it ran (same versions, samples,
 * baseline, cases): for a resume, or for the arms of an explain run, whose outputs must be
 * comparable with the run's. Throws EvalInputError (with `refusal`'s words) when the suite,
 * provider or cases changed since; 0.1 runs have no fingerprint and take the suite as it is.
 */
export async function reprepare(
  spec0: RunSpec,
  createdAt: string,
  options: Omit<PairedEvalOptions, 'suitePath' | 'a' | 'b'>,
  refusal: (changes: string) => string,
): Promise<{ prep: Prepared; current: RunSpec & { cases: SpecCase[] } }> {
  const prep = await prepare({
    ...options,
    suitePath: spec0.suite,
    ...(spec0.workspaceRoot ? { workspaceRoot: spec0.workspaceRoot } : {}),
    a: `snapshot:${spec0.a.sha256}`,
    b: `snapshot:${spec0.b.sha256}`,
    // a promptfoo config whose second prompt file is B: read B from that file again
    ...(spec0.b.path !== undefined && spec0.b.path !== spec0.a.path ? { bPath: spec0.b.path } : {}),
    samples: spec0.samples,
    baseline: spec0.baseline,
    ...(spec0.rerunOf ? { caseIds: (spec0.cases ?? []).map((c) => c.id) } : {}),
  });
  const whole = specOf(prep, createdAt, spec0.rerunOf);
  // a design run is prepared as that design (its recorded models and conditions' wording)
  if (spec0.design) applyDesign(prep, whole, spec0.design);
  // a shard is prepared as that shard: its share of the cases, the same fingerprint
  const current = spec0.shard ? withShard(whole, { index: spec0.shard.index, count: spec0.shard.count }, spec0.settings?.seed ?? prep.settings.seed) : whole;
  if (spec0.shard) onlyCases(prep, current.cases);
  // 0.1 runs have no fingerprint: their cases come from the suite as it is now.
  if (spec0.fingerprint !== undefined && spec0.fingerprint !== current.fingerprint) throw new EvalInputError(refusal(specChanges(spec0, current).join('; ')));
  return { prep, current };
}

/**
 * Finishes a run that was killed or cancelled, from its folder: only the missing calls are made.
 * Refuses (EvalInputError) when the suite, provider, model or cases changed since the run began:
 * finishing it would mix the outputs of two different evals.
 */
export async function resumePairedEval(runDir: string, options: Omit<PairedEvalOptions, 'suitePath' | 'a' | 'b'> = {}): Promise<PairedEvalResult> {
  const folder = new RunFolder(runDir);
  const meta = folder.readMeta();
  const recorded = RunSpec.safeParse(meta?.meta);
  if (!meta || !recorded.success) throw new EvalInputError(`${runDir}: not a resumable run (run.json is missing or has no suite and versions)`);
  const spec0 = recorded.data;
  const { prep, current } = await reprepare(spec0, spec0.createdAt ?? meta.createdAt, options, (changes) => `${runDir}: cannot resume: ${changes} changed since the run began. Start a new run instead.`);
  const spec: RunSpec & { cases: SpecCase[] } = { ...spec0, ...(spec0.settings ? {} : { settings: current.settings }), cases: spec0.cases ?? current.cases };
  const provider = await buildProvider(prep.provider, 'provider', prep.suite, options);
  const batch = spec.batch ? await buildBatchClient(prep, options) : undefined;
  const built: Built = { judgeProvider: await buildJudge(prep, options), seal: cacheSeal(prep, options), providerOf: await secondProviderRoute(prep, spec, options) };
  // An early stop picks up where it was: the recorded calls are its first observations.
  const stop = new AbortController();
  let early: EarlyStop | undefined;
  if (spec.stopEarly) {
    const { plan, results } = folder.readRecord();
    early = earlyStopOf(spec, plan, () => stop.abort());
    for (const record of results.values()) early.onRecord(record);
  }
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const run = { ...executeOptions(prep, folder, spec, provider, options.concurrency ?? prep.settings.concurrency, built.seal, { ...options, signal }, early), ...(built.providerOf ? { providerOf: built.providerOf } : {}) };
  // a batch run picks up its batches where they are (batches.jsonl): none is submitted again
  const result = batch ? await resumeBatchRun({ ...run, ...batchOptions(batch, options) }) : await resumeRun(run);
  return finish(prep, folder, spec, early ? concludeEarlyStop(folder, spec, result, early, options.signal) : result, built, options);
}
