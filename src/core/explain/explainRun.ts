// `promptshift explain` and VS Code's "Explain this shift": which hunk of the A→B prompt diff
// caused each of a finished run's shifts. It re-prepares the run exactly as a resume would
// (refusing when the suite, versions, provider or cases changed), splits A→B into hunks, runs the
// ablation arms (arms.ts) on the cases that flipped plus a seeded control sample, with the run's
// samples, cache, concurrency, resume and cancel (the same runner), and attributes each shift to
// the hunks (statistics.ts). The explain run is a folder under the run's own folder
// (runs/<id>/explain/<explain-id>/, owned by the RunStore); its result goes to attribution.json
// there and into the run's report.json as `attribution`.
import * as z from 'zod';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { parseSuitePrompt, renderSuiteCases } from '../suite';
import { buildProvider, cacheFor, cacheSeal, EvalInputError, reprepare, scorerFor, type PairedEvalOptions } from '../eval/pairedEval';
import { RunSpec, type SpecCase } from '../eval/runSpec';
import { scoringOf, usageOf } from '../eval/runReport';
import { scoreOutput } from '../eval/scoring';
import type { ChatMessage } from '../providers/types';
import { cacheKey, costOf, executeRun, RunFolder, RunStore, type CallRecord, type PlannedCall, type RunProgress, type RunResult } from '../run';
import { seededRng, shuffle } from '../run/rng';
import type { Attribution, ShiftReport } from '../report/schema';
import type { Tally } from '../shift';
import { ablationDesign, callBudget, planArmCalls, type AblationDesign } from './arms';
import { selectHunks, splitHunks, type Hunk } from './hunks';
import { attributeBehaviour, type BehaviourAttribution, type CaseArms } from './statistics';

/** What an explain run's run.json keeps (`meta`), so that it can be resumed and read back. */
export const ExplainSpec = z.object({
  kind: z.literal('explain'),
  /** the run being explained */
  explainOf: z.string(),
  createdAt: z.string(),
  behaviours: z.array(z.enum(BEHAVIOURS)),
  /** the hunks explained, by id */
  hunks: z.array(z.string()),
  flipped: z.array(z.string()),
  control: z.array(z.string()),
  samples: z.number().int().positive(),
  seed: z.number(),
  /** each called content and the arms it serves */
  arms: z.array(z.object({ sha256: z.string(), names: z.array(z.string()) })),
});
export type ExplainSpec = z.infer<typeof ExplainSpec>;

export interface ExplainEstimate {
  calls: number;
  /** (2 × hunks + 1) × cases × samples */
  budget: number;
  /** of `calls`, answered from the response cache (no cost) */
  cachedCalls: number;
  hunks: number;
  cases: { flipped: number; control: number };
  samples: number;
  behaviours: Behaviour[];
  /** estimates: input from the prompts' length, output from the run's own outputs */
  inputTokens: number;
  outputTokens: number;
  /** when the model's price is known */
  costUsd?: number;
}

/** The estimate in words: calls (cached ones apart), the budget, tokens, cost, cases, behaviours. */
export function estimateText(e: ExplainEstimate): string {
  const cost = e.costUsd !== undefined ? `about $${e.costUsd.toFixed(e.costUsd < 0.01 ? 4 : 2)}` : 'cost unknown (no price for this model)';
  const fresh = e.calls - e.cachedCalls;
  return (
    `${e.calls} calls (${e.cachedCalls} answered from the cache, ${fresh} to make; at most ${e.budget} = (2 × ${e.hunks} hunks + 1) × ${e.cases.flipped + e.cases.control} cases × ${e.samples} samples), ` +
    `about ${e.inputTokens} input and ${e.outputTokens} output tokens, ${cost}; ` +
    `${e.cases.flipped} flipped + ${e.cases.control} control cases, behaviours: ${e.behaviours.join(', ')}`
  );
}

export interface ExplainOptions extends Pick<PairedEvalOptions, 'credentials' | 'cacheSecretDir' | 'providerFactory' | 'detectors' | 'signal' | 'onWarning' | 'provider' | 'noCache' | 'concurrency' | 'defaults'> {
  workspaceRoot: string;
  /** the run to explain (id or prefix) */
  runId: string;
  /** default: every significant shift of the run */
  behaviours?: readonly string[];
  /** hunk numbers or ids (default: all) */
  hunks?: readonly string[];
  /** how many cases that did not flip to add as a control (default: as many as flipped, at most all) */
  controlCases?: number;
  /** finish this explain run (its id or prefix) instead of starting one */
  resume?: string;
  /** told the cost before any call; false stops before anything is written */
  confirm?: (estimate: ExplainEstimate) => boolean | Promise<boolean>;
  onStart?: (info: { explainId: string; dir: string; total: number }) => void;
  onProgress?: (progress: RunProgress) => void;
}

export interface ExplainResult {
  runId: string;
  /** absent when the user declined the cost */
  explainId?: string;
  dir?: string;
  status: 'completed' | 'cancelled' | 'failed' | 'declined';
  message?: string;
  estimate: ExplainEstimate;
  hunks: Hunk[];
  attribution?: Attribution;
  run?: RunResult;
  /** the versions a replay recording lacks (arm names with their prompt sha), when it lacks any */
  notRecorded?: string[];
}

const DEFAULT_SEED = 0x15ea;

interface Parent {
  store: RunStore;
  folder: RunFolder;
  spec: RunSpec & { cases: SpecCase[] };
  report: ShiftReport;
  records: CallRecord[];
}

function openParent(root: string, runId: string): Parent {
  const store = new RunStore(root);
  const folder = store.resolve(runId);
  const meta = folder.readMeta();
  const parsed = RunSpec.safeParse(meta?.meta);
  if (!meta || !parsed.success || !parsed.data.cases) throw new EvalInputError(`${folder.dir}: this run was recorded before PromptShift 0.2 (its run.json lists no cases) and cannot be explained`);
  if (meta.status !== 'completed') throw new EvalInputError(`run ${folder.runId} is ${meta.status}: finish it first (promptshift eval --resume ${folder.runId})`);
  if (parsed.data.design) throw new EvalInputError(`run ${folder.runId} is a design run (conditions or models): explain attributes an A→B shift of a plain run; run the eval without --conditions or --design to explain it`);
  if (!parsed.data.baseline) throw new EvalInputError(`run ${folder.runId} has no A′ baseline (it ran with --no-baseline): explain compares every arm with fresh draws of A; run the eval again with the baseline`);
  if (parsed.data.rerunOf) throw new EvalInputError(`run ${folder.runId} re-ran cases of run ${parsed.data.rerunOf}: explain that run instead`);
  const own = folder.readRecord();
  const reruns = (meta.reruns ?? []).map((id) => [...store.folder(id).readRecord().results.values()]);
  const replaced = new Set(reruns.flat().map((r) => r.caseId));
  const records = [...[...own.results.values()].filter((r) => !replaced.has(r.caseId)), ...reruns.flat()];
  return { store, folder, spec: { ...parsed.data, cases: parsed.data.cases }, report: folder.readReport(), records };
}

function chooseBehaviours(report: ShiftReport, wanted: readonly string[] | undefined): Behaviour[] {
  if (wanted?.length) {
    const bad = wanted.filter((b) => !(BEHAVIOURS as readonly string[]).includes(b));
    if (bad.length) throw new EvalInputError(`--behaviour: unknown behaviour ${bad.map((b) => `'${b}'`).join(', ')} (one of ${BEHAVIOURS.join(', ')})`);
    return [...new Set(wanted)] as Behaviour[];
  }
  const significant = BEHAVIOURS.filter((b) => report.summary.behaviours[b]?.significant);
  if (!significant.length) throw new EvalInputError(`run ${report.runId ?? ''}: no significant shift to explain; name one with --behaviour`);
  return significant;
}

function chooseCases(parent: Parent, behaviours: readonly Behaviour[], control: number | undefined, seed: number): { flipped: string[]; control: string[] } {
  const wanted = new Set<string>(behaviours);
  const flippedSet = new Set(parent.report.cases.filter((c) => c.shifts.some((s) => wanted.has(s.behaviour))).map((c) => c.id));
  const order = parent.spec.cases.map((c) => c.id);
  const flipped = order.filter((id) => flippedSet.has(id));
  if (!flipped.length) throw new EvalInputError(`run ${parent.folder.runId}: no case flipped on ${behaviours.join(', ')}; nothing to explain`);
  const others = shuffle(order.filter((id) => !flippedSet.has(id)), seededRng(seed));
  const k = Math.max(0, Math.min(others.length, control ?? flipped.length));
  const chosen = new Set(others.slice(0, k));
  return { flipped, control: order.filter((id) => chosen.has(id)) };
}

const present = (r: CallRecord | undefined, b: Behaviour, scoreOf: (r: CallRecord) => Record<string, unknown> | undefined): boolean | undefined => {
  if (!r?.response) return undefined;
  const found = r.scores?.found ?? scoreOf(r);
  return found?.[b] !== undefined;
};

/** Tallies of one behaviour per case and content sha, from the parent's A′ and the explain records. */
function tallyArms(
  behaviour: Behaviour,
  caseIds: readonly string[],
  design: AblationDesign,
  parentRecords: readonly CallRecord[],
  explainRecords: readonly CallRecord[],
  shaOfCall: ReadonlyMap<string, string>,
  scoreOf: (r: CallRecord) => Record<string, unknown> | undefined,
): CaseArms[] {
  const tallies = new Map<string, Tally>(); // `${caseId}\0${sha}`
  const add = (caseId: string, sha: string, value: boolean | undefined) => {
    if (value === undefined) return;
    const key = `${caseId}\u0000${sha}`;
    const t = tallies.get(key) ?? { count: 0, n: 0 };
    t.n++;
    if (value) t.count++;
    tallies.set(key, t);
  };
  for (const r of parentRecords) if (r.version === 'aPrime') add(r.caseId, design.aSha, present(r, behaviour, scoreOf));
  for (const r of explainRecords) {
    const sha = shaOfCall.get(r.callId);
    if (sha) add(r.caseId, sha, present(r, behaviour, scoreOf));
  }
  const get = (caseId: string, sha: string): Tally => tallies.get(`${caseId}\u0000${sha}`) ?? { count: 0, n: 0 };
  return caseIds.map((id) => ({
    aPrime: get(id, design.aSha),
    bPrime: get(id, design.bSha),
    plus: design.plus.map((sha) => get(id, sha)),
    minus: design.minus.map((sha) => get(id, sha)),
    pairs: new Map([...design.pairs].map(([key, p]) => [key, { plus: get(id, p.plus), minus: get(id, p.minus) }])),
  }));
}

function attributionOf(
  spec: ExplainSpec,
  explainId: string,
  hunks: readonly Hunk[],
  parentReport: ShiftReport,
  results: ReadonlyMap<Behaviour, BehaviourAttribution>,
  usage: Attribution['usage'],
): Attribution {
  const behaviours: Attribution['behaviours'] = {};
  for (const [behaviour, r] of results) {
    behaviours[behaviour] = {
      shift: parentReport.summary.behaviours[behaviour]?.delta ?? 0,
      measuredShift: r.shift,
      effects: [
        ...r.effects.map((e) => ({
          hunk: hunks[e.hunk]!.id,
          effect: e.effect, ci95: e.ci95, pValue: e.pValue, cases: e.cases,
          fromA: e.fromA, fromB: e.fromB, pAdjusted: e.pAdjusted, significant: e.significant, share: e.share,
        })),
        ...r.pairs.map((p) => ({
          hunks: [hunks[p.hunks[0]]!.id, hunks[p.hunks[1]]!.id] as [string, string],
          effect: p.effect, ci95: p.ci95, pValue: p.pValue, cases: p.cases, pAdjusted: p.pAdjusted, significant: p.significant,
          interaction: p.interaction,
        })),
      ],
      interaction: r.interaction,
      residual: r.residual,
    };
  }
  return {
    explainId,
    createdAt: spec.createdAt,
    samples: spec.samples,
    cases: { flipped: spec.flipped, control: spec.control },
    hunks: hunks.map((h) => ({ id: h.id, n: h.n, label: h.label, a: h.aLines, b: h.bLines, aText: h.aText, bText: h.bText })),
    behaviours,
    usage,
  };
}

const approxTokens = (messages: readonly ChatMessage[]) => Math.ceil(messages.reduce((s, m) => s + m.content.length, 0) / 4);

/** Explains a finished run's shifts (or finishes an interrupted explain run). */
export async function explainRun(options: ExplainOptions): Promise<ExplainResult> {
  const parent = openParent(options.workspaceRoot, options.runId);
  const spec0 = parent.spec;
  let resumed: { folder: RunFolder; spec: ExplainSpec } | undefined;
  if (options.resume) {
    const folder = parent.folder.explainFolder(options.resume);
    const parsed = ExplainSpec.safeParse(folder.readMeta()?.meta);
    if (!parsed.success) throw new EvalInputError(`${folder.dir}: not a resumable explain run (its run.json is missing or unreadable)`);
    resumed = { folder, spec: parsed.data };
  }

  // The run exactly as it was: same suite, versions, provider and rendered cases, or no explain.
  const { onStart: _onStart, onProgress: _onProgress, ...shared } = options;
  const { prep } = await reprepare(spec0, spec0.createdAt ?? '', shared, (changes) => `run ${parent.folder.runId}: cannot explain: ${changes} changed since the run; the arms would not be comparable with its outputs`);
  const a = prep.a.content;
  const b = prep.b.content;

  const all = splitHunks(a, b);
  if (!all.length) throw new EvalInputError(`run ${parent.folder.runId}: versions A and B of the prompt are the same: there is no edit to explain`);
  const names = resumed ? resumed.spec.hunks : options.hunks;
  let hunks = all;
  if (names?.length) {
    const picked = selectHunks(all, names);
    if ('unknown' in picked) throw new EvalInputError(`--hunks: no hunk '${picked.unknown}'; the hunks are ${all.map((h) => `${h.n} (${h.id}: ${h.label})`).join(', ')}`);
    hunks = picked.hunks;
  }
  const seed = resumed?.spec.seed ?? spec0.settings?.seed ?? DEFAULT_SEED;
  const behaviours = resumed ? resumed.spec.behaviours : chooseBehaviours(parent.report, options.behaviours);
  const cases = resumed ? { flipped: resumed.spec.flipped, control: resumed.spec.control } : chooseCases(parent, behaviours, options.controlCases, seed);
  const caseIds = [...cases.flipped, ...cases.control];
  const samples = spec0.samples;

  const design = ablationDesign(a, b, all, hunks);
  const rendered = new Map<string, Map<string, ChatMessage[]>>();
  for (const arm of design.planned) {
    let out;
    try {
      out = renderSuiteCases(prep.suite, parseSuitePrompt(prep.suite.prompt, arm.content));
    } catch (err) {
      throw new EvalInputError(`${prep.suite.promptPath} (${arm.names.join(', ')}): ${err instanceof Error ? err.message : String(err)}`);
    }
    if (out.errors.length) throw new EvalInputError(`${prep.suite.promptPath} (${arm.names.join(', ')}): ${out.errors[0]!.message}`);
    rendered.set(arm.sha256, new Map(out.cases.map((c) => [c.id, c.messages])));
  }
  const p = prep.provider;
  const params = {
    model: p.model ?? p.type,
    ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
    ...(p.maxTokens !== undefined ? { maxTokens: p.maxTokens } : {}),
    ...(p.seed !== undefined ? { seed: p.seed } : {}),
  };
  const calls = planArmCalls({ design, rendered, caseIds, samples, seed, params });
  const budget = callBudget(hunks.length, caseIds.length, samples);
  if (calls.length > budget) throw new Error(`explain planned ${calls.length} calls, over its budget of ${budget}`);

  const provider = await buildProvider(prep.provider, 'provider', prep.suite, options);
  const cache = cacheFor(prep, cacheSeal(prep, options), options);
  const estimate = await estimateOf(calls, parent, { cache, provider, budget, hunks: hunks.length, cases, samples, behaviours, model: params.model });
  if (!resumed && options.confirm && !(await options.confirm(estimate))) {
    return { runId: parent.folder.runId, status: 'declined', estimate, hunks };
  }

  const folder = resumed?.folder ?? parent.folder.createExplain();
  const spec: ExplainSpec = resumed?.spec ?? {
    kind: 'explain',
    explainOf: parent.folder.runId,
    createdAt: new Date().toISOString(),
    behaviours,
    hunks: hunks.map((h) => h.id),
    flipped: cases.flipped,
    control: cases.control,
    samples,
    seed,
    arms: design.planned.map((arm) => ({ sha256: arm.sha256, names: arm.names })),
  };
  options.onStart?.({ explainId: folder.runId, dir: folder.dir, total: calls.length });
  let run: RunResult;
  try {
    run = await executeRun({
      runDir: folder.dir,
      calls,
      provider,
      concurrency: options.concurrency ?? prep.settings.concurrency,
      ...(cache ? { cache } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      score: scorerFor(parent.spec, options.detectors),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
      meta: spec,
    });
  } catch (err) {
    if (resumed && err instanceof Error && /different plan/.test(err.message)) throw new EvalInputError(`${folder.dir}: cannot resume: the explain run's plan no longer matches its run (${err.message})`);
    throw err;
  }
  const result: ExplainResult = { runId: parent.folder.runId, explainId: folder.runId, dir: folder.dir, status: run.status, estimate, hunks, run };
  if (run.message) result.message = run.message;
  if (run.status !== 'completed') return result;

  // A replay recording without the ablated prompts: name them, do not attribute from nothing.
  const armOf = new Map(design.planned.map((arm) => [arm.sha256, arm.names.join(' = ')]));
  const shaOfCall = new Map(calls.map((c) => [c.id, c.request.call.promptSha256]));
  const missing = new Set<string>();
  for (const r of run.records) if (r.error?.kind === 'not-recorded') missing.add(`${armOf.get(shaOfCall.get(r.callId) ?? '') ?? '?'} (prompt ${shaOfCall.get(r.callId)?.slice(0, 12)})`);
  if (missing.size) {
    result.notRecorded = [...missing];
    result.status = 'failed';
    result.message = `the replay recording has no outputs for ${missing.size} ablated version${missing.size > 1 ? 's' : ''} of the prompt: ${[...missing].join('; ')}. Record outputs for these prompts (promptSha256 as given) or explain with a live provider.`;
    return result;
  }

  const byCase = new Map(parent.spec.cases.map((c) => [c.id, c]));
  const scoreOf = (r: CallRecord) => {
    const c = byCase.get(r.caseId);
    return r.response && c ? scoreOutput(r.response, scoringOf(c), ...(options.detectors ? [options.detectors] : [])).found : undefined;
  };
  const results = new Map<Behaviour, BehaviourAttribution>();
  for (const behaviour of behaviours) {
    const arms = tallyArms(behaviour, caseIds, design, parent.records, run.records, shaOfCall, scoreOf);
    results.set(behaviour, attributeBehaviour(arms, hunks.length, { seedKey: behaviour }));
  }
  const u = usageOf(run.records, params.model);
  const usage: Attribution['usage'] = { ...u, inputTokens: u.inputTokens ?? 0, outputTokens: u.outputTokens ?? 0, cachedCalls: u.cachedCalls ?? 0, errors: u.errors ?? 0 };
  const attribution = attributionOf(spec, folder.runId, hunks, parent.report, results, usage);
  folder.writeAttribution(attribution);
  // The run's report carries the newest attribution (CONTRACTS §6).
  parent.folder.writeReport({ ...parent.folder.readReport(), attribution });
  result.attribution = attribution;
  return result;
}

async function estimateOf(
  calls: readonly PlannedCall[],
  parent: Parent,
  o: { cache: ReturnType<typeof cacheFor>; provider: Parameters<typeof cacheKey>[0]; budget: number; hunks: number; cases: { flipped: string[]; control: string[] }; samples: number; behaviours: Behaviour[]; model: string },
): Promise<ExplainEstimate> {
  let cachedCalls = 0;
  let inputTokens = 0;
  const outputs = parent.records.filter((r) => r.response);
  const perCall = outputs.length
    ? outputs.reduce((s, r) => s + (r.response!.usage?.outputTokens ?? Math.ceil(r.response!.text.length / 4)), 0) / outputs.length
    : 0;
  let outputTokens = 0;
  for (const c of calls) {
    if (o.cache && (await o.cache.get(cacheKey(o.provider, c.request)))) {
      cachedCalls++;
      continue;
    }
    inputTokens += approxTokens(c.request.messages);
    outputTokens += perCall;
  }
  outputTokens = Math.round(outputTokens);
  const cost = costOf(o.model, { inputTokens, outputTokens });
  return {
    calls: calls.length,
    budget: o.budget,
    cachedCalls,
    hunks: o.hunks,
    cases: { flipped: o.cases.flipped.length, control: o.cases.control.length },
    samples: o.samples,
    behaviours: o.behaviours,
    inputTokens,
    outputTokens,
    ...(cost !== undefined ? { costUsd: cost } : {}),
  };
}
