// The plan of a paired run (`promptshift plan`, and the first step of every run): what a paired run will cost and what it can
// detect, before any call. Calls and input tokens come from the rendered prompts; output tokens,
// latency and noise from earlier runs of the same suite where there are some (stated otherwise);
// cost from the price table (plan/../providers/prices.ts) with the suite's and the user's prices.
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import type { PairedEvalOptions, Prepared } from '../eval/pairedEval';
import { costOf, priceOf, PRICES_AS_OF, type PriceMatch, type PriceOverrides } from '../providers/prices';
import type { Budget } from '../suite/schema';
import type { RunHistory } from './history';
import { ASSUMED_NOISE, casesNeeded, detectableShift, minimumCases, noiseFromPairs, type NoiseModel } from './power';
import { estimateMessageTokens } from './tokens';
import { cellCaseId, paraphraseItems } from '../eval/design';

/** Output tokens assumed per call when no earlier run and no maxTokens say otherwise. */
export const ASSUMED_OUTPUT_TOKENS = 300;
/** Seconds a call is assumed to take when no earlier run says otherwise. */
export const ASSUMED_LATENCY_MS = 2000;

export interface BehaviourPlan {
  /** the smallest shift in the rate (0–1) detectable at 80 % power; > 1: none is */
  detectableShift: number;
  noise: NoiseModel;
  /** with `detect`: cases needed at this many samples (and at others, for choosing) */
  casesNeeded?: { samples: number; cases: number }[];
}

export interface RunPlan {
  suite: string;
  a: { ref: string; sha256: string };
  b: { ref: string; sha256: string };
  provider: { type: string; model?: string };
  cases: number;
  samples: number;
  baseline: boolean;
  concurrency: number;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** where each estimate comes from */
  basis: { inputTokens: 'estimate' | 'estimate corrected by earlier runs'; outputTokens: 'earlier runs' | 'maxTokens' | 'assumed'; latency: 'earlier runs' | 'assumed' };
  /** USD; absent when the model has no known price */
  costUsd?: number;
  price?: PriceMatch & { asOf?: string };
  /** the calls go through the provider's batch API: cost at the batch price, results within 24 h */
  batch?: boolean;
  /** expected wall time at the run's concurrency */
  wallMs: number;
  /** cases that must all move the same way before any shift can be significant */
  minimumCases: number;
  behaviours: Record<Behaviour, BehaviourPlan>;
  /** the shift asked about (`--detect`) */
  detect?: number;
  budget?: Budget & { exceeded?: string };
  /**
   * A design run: its suite cases × cells (`cases` counts each suite case once per cell), the arms
   * of a cell (A, A′, B; A and A′ for one prompt under two models), and calls and cost per model
   */
  design?: {
    kind: string;
    baseCases: number;
    cells: number;
    arms: number;
    models: Array<{ provider: string; model: string; calls: number; costUsd?: number }>;
    /** the suite's paraphraser: at most this many rewording calls before the run (fewer when cached), not in `calls` */
    paraphrase?: { provider: string; model: string; calls: number };
  };
  /** earlier runs of this suite the figures used, newest first */
  earlierRuns: string[];
}

export interface PlanOptions extends PairedEvalOptions {
  /** the shift (0–1) the user wants to be able to detect */
  detect?: number;
  /** the user's prices (VS Code's promptshift.prices); the suite's win over them */
  prices?: PriceOverrides;
  /** caps from the command line; win over the suite's `budget` */
  budget?: Budget;
}

const SAMPLE_CHOICES = [1, 2, 3, 5, 10];

/** The plan of a prepared run, given what earlier runs say (pure). */
export function planOf(prep: Prepared, history: RunHistory, options: Pick<PlanOptions, 'detect' | 'prices' | 'budget'> = {}): RunPlan {
  const { settings, provider } = prep;
  const design = prep.design;
  // a design with one prompt under two models makes no B calls: each model's A and A′
  const oneVersion = design?.versions.length === 1;
  const versionsRun = (settings.baseline ? 3 : 2) - (oneVersion ? 1 : 0);
  const prices = { ...options.prices, ...prep.suite.prices };
  // Calls and tokens per model: a design's second model is priced as itself (and on its own provider).
  const cellOf = new Map<string, { model: string; provider: string }>();
  if (design) for (const id of design.baseCases) for (const cell of design.cells) cellOf.set(cellCaseId(id, cell), { model: cell.model, provider: cell.provider?.type ?? provider.type });
  const main = { model: provider.model ?? provider.type, provider: provider.type };
  const groups = new Map<string, { model: string; provider: string; calls: number; estimate: number }>();
  for (const [id, c] of prep.rendered) {
    const arm = cellOf.get(id) ?? main;
    const key = `${arm.provider}\u0000${arm.model}`;
    const g = groups.get(key) ?? { ...arm, calls: 0, estimate: 0 };
    g.calls += settings.samples * versionsRun;
    g.estimate += settings.samples * (oneVersion ? versionsRun * estimateMessageTokens(c.a) : (versionsRun - 1) * estimateMessageTokens(c.a) + estimateMessageTokens(c.b));
    groups.set(key, g);
  }
  const cases = [...prep.rendered.values()];
  const calls = [...groups.values()].reduce((sum, g) => sum + g.calls, 0);
  const ratio = history.inputTokenRatio ?? 1;
  const inputTokens = Math.round([...groups.values()].reduce((sum, g) => sum + g.estimate, 0) * ratio);
  const [perCall, outputBasis] =
    history.outputTokensPerCall !== undefined ? [history.outputTokensPerCall, 'earlier runs' as const] : provider.maxTokens !== undefined ? [provider.maxTokens, 'maxTokens' as const] : [ASSUMED_OUTPUT_TOKENS, 'assumed' as const];
  const outputTokens = Math.round(perCall * calls);
  // A replay answers from its recording: no money and (almost) no time.
  const replay = provider.type === 'replay';
  const latency = history.latencyMs ?? (replay ? 0 : ASSUMED_LATENCY_MS);
  const model = provider.model ?? provider.type;
  const price = replay ? { input: 0, output: 0, model: 'replay', from: 'yours' as const } : priceOf(model, prices);
  const perModel = [...groups.values()].map((g) => {
    const cost = g.provider === 'replay' ? 0 : costOf(g.model, { inputTokens: Math.round(g.estimate * ratio), outputTokens: Math.round(perCall * g.calls) }, prices, settings.batch);
    return { provider: g.provider, model: g.model, calls: g.calls, ...(cost !== undefined ? { costUsd: cost } : {}) };
  });
  // unknown when any model's price is
  const costUsd = perModel.every((m) => m.costUsd !== undefined) ? perModel.reduce((sum, m) => sum + m.costUsd!, 0) : undefined;
  const behaviours = {} as Record<Behaviour, BehaviourPlan>;
  for (const b of BEHAVIOURS) {
    const noise = history.noise[b].length ? noiseFromPairs(history.noise[b]) : ASSUMED_NOISE;
    const entry: BehaviourPlan = { detectableShift: detectableShift(cases.length, settings.samples, noise), noise };
    if (options.detect !== undefined) {
      const detect = options.detect;
      entry.casesNeeded = [...new Set([settings.samples, ...SAMPLE_CHOICES])].sort((x, y) => x - y).map((samples) => ({ samples, cases: casesNeeded(detect, samples, noise) }));
    }
    behaviours[b] = entry;
  }
  const plan: RunPlan = {
    suite: prep.suite.file,
    a: { ref: prep.a.ref, sha256: prep.a.sha256 },
    b: { ref: prep.b.ref, sha256: prep.b.sha256 },
    provider: { type: provider.type, ...(provider.model !== undefined ? { model: provider.model } : {}) },
    cases: cases.length,
    samples: settings.samples,
    baseline: settings.baseline,
    concurrency: settings.concurrency,
    calls,
    inputTokens,
    outputTokens,
    basis: {
      inputTokens: history.inputTokenRatio !== undefined ? 'estimate corrected by earlier runs' : 'estimate',
      outputTokens: outputBasis,
      latency: history.latencyMs !== undefined ? 'earlier runs' : 'assumed',
    },
    ...(costUsd !== undefined ? { costUsd } : {}),
    ...(price ? { price: { ...price, ...(price.from === 'shipped' ? { asOf: PRICES_AS_OF } : {}) } } : {}),
    wallMs: Math.round((calls * latency) / settings.concurrency),
    minimumCases: minimumCases(),
    behaviours,
    ...(options.detect !== undefined ? { detect: options.detect } : {}),
    ...(settings.batch ? { batch: true } : {}),
    ...(design ? { design: { kind: design.kind, baseCases: design.baseCases.length, cells: design.cells.length, arms: versionsRun, models: perModel, ...paraphraseCalls(prep) } } : {}),
    earlierRuns: history.runIds,
  };
  const budget = { ...prep.suite.budget, ...options.budget };
  if (budget.usd !== undefined || budget.calls !== undefined) {
    const exceeded = budgetExceeded(plan, budget);
    plan.budget = { ...budget, ...(exceeded ? { exceeded } : {}) };
  }
  return plan;
}

/** The paraphraser's calls a design run makes before its own (none when its words are already had). */
function paraphraseCalls(prep: Prepared): { paraphrase?: { provider: string; model: string; calls: number } } {
  const p = prep.design?.paraphraser;
  if (!p || prep.design?.paraphrases || !prep.caseMessages) return {};
  return { paraphrase: { provider: p.type, model: p.model, calls: paraphraseItems(prep.design!, prep.caseMessages).length } };
}

/** Why the plan is above the budget, or undefined. An unknown cost is above any money budget. */
export function budgetExceeded(plan: Pick<RunPlan, 'calls' | 'costUsd' | 'provider'>, budget: Budget): string | undefined {
  if (budget.calls !== undefined && plan.calls > budget.calls) return `the run needs ${plan.calls} calls, above the budget of ${budget.calls}`;
  if (budget.usd !== undefined) {
    if (plan.costUsd === undefined) return `the cost of ${plan.provider.model ?? plan.provider.type} is unknown, so a budget of $${budget.usd} cannot be checked: give its price (prices: in the suite, or the promptshift.prices setting)`;
    if (plan.costUsd > budget.usd) return `the run would cost about $${plan.costUsd.toFixed(2)}, above the budget of $${budget.usd}`;
  }
  return undefined;
}
