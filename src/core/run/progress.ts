// Progress of a run: calls done, tokens, cost where the model's list price is known, ETA.
import type { TokenUsage } from '../providers/types';

export interface RunProgress {
  done: number;
  total: number;
  errors: number;
  cached: number;
  inputTokens: number;
  outputTokens: number;
  /** USD at list prices; undefined when the model is not in the table */
  costUsd: number | undefined;
  elapsedMs: number;
  /** undefined until a call has been made */
  etaMs: number | undefined;
  /** calls allowed in flight right now (drops when the server throttles) */
  concurrency: number;
}

/**
 * USD per million input / output tokens, list prices (2025) of a few common models, matched by
 * the longest prefix of the model id. A guide, not a bill: unknown models get no cost.
 */
const PRICES: [prefix: string, input: number, output: number][] = [
  ['gpt-4o-mini', 0.15, 0.6],
  ['gpt-4o', 2.5, 10],
  ['gpt-4.1-nano', 0.1, 0.4],
  ['gpt-4.1-mini', 0.4, 1.6],
  ['gpt-4.1', 2, 8],
  ['gpt-3.5-turbo', 0.5, 1.5],
  ['claude-3-haiku', 0.25, 1.25],
  ['claude-3-5-haiku', 0.8, 4],
  ['claude-haiku-4', 1, 5],
  ['claude-3-5-sonnet', 3, 15],
  ['claude-3-7-sonnet', 3, 15],
  ['claude-sonnet-4', 3, 15],
  ['claude-opus-4', 15, 75],
];

export function priceOf(model: string): { input: number; output: number } | undefined {
  let best: (typeof PRICES)[number] | undefined;
  for (const entry of PRICES) if (model.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best && { input: best[1], output: best[2] };
}

export function costOf(model: string, usage: TokenUsage | undefined): number | undefined {
  const price = priceOf(model);
  if (!price) return undefined;
  return ((usage?.inputTokens ?? 0) * price.input + (usage?.outputTokens ?? 0) * price.output) / 1e6;
}
