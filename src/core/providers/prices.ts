// Model prices: the table PromptShift ships (dated: list prices change), and the user's own prices
// from a suite's `prices:` or the `promptshift.prices` setting, which win. A model matches the
// longest prefix of its id. A guide for planning and reports, not a bill: unknown models get no cost.
import * as z from 'zod';
import type { TokenUsage } from './types';

/** When the shipped table was last checked against the providers' price pages. */
export const PRICES_AS_OF = '2025-06-01';

/**
 * What the providers' batch APIs charge against their synchronous price, for models without a
 * batch price of their own: OpenAI's Batch API and Anthropic's Message Batches both bill 50 % of
 * the list price (input and output), as their price pages said on this date.
 */
export const BATCH_DISCOUNT = 0.5;
export const BATCH_DISCOUNT_AS_OF = '2025-06-01';

/** USD per million tokens; batch prices default to the list price × BATCH_DISCOUNT. */
export const PriceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  batchInput: z.number().nonnegative().optional(),
  batchOutput: z.number().nonnegative().optional(),
});
export type Price = z.infer<typeof PriceSchema>;

/** Model id prefix → price, as written in a suite or the settings. */
export const PriceOverridesSchema = z.record(z.string().min(1), PriceSchema);
export type PriceOverrides = z.infer<typeof PriceOverridesSchema>;

const SHIPPED: [prefix: string, input: number, output: number][] = [
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

/** The shipped table as prefix → price entries, built once: costOf runs for every call of a run. */
const SHIPPED_PRICES: [string, Price][] = SHIPPED.map(([prefix, input, output]) => [prefix, { input, output }]);

export interface PriceMatch extends Price {
  /** the prefix that matched */
  model: string;
  from: 'yours' | 'shipped';
}

function longestPrefix<T>(model: string, entries: Iterable<[string, T]>): [string, T] | undefined {
  let best: [string, T] | undefined;
  for (const entry of entries) if (model.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best;
}

/** The price of `model`: the user's (longest prefix among theirs) before the shipped table's. */
export function priceOf(model: string, overrides: PriceOverrides = {}): PriceMatch | undefined {
  const match = matchPrice(model, overrides);
  return match && { ...match };
}

/** The shipped table's match per model id (null: none). costOf runs twice per call (the runner and
 *  the report), for the same one or two models, and a scan of the table costs 5-10 µs cold. */
const shippedMatches = new Map<string, PriceMatch | null>();

/** priceOf without the copy: the shipped match is shared, so only code here may see it. */
function matchPrice(model: string, overrides: PriceOverrides): PriceMatch | undefined {
  const own = longestPrefix(model, Object.entries(overrides));
  if (own) return { ...own[1], model: own[0], from: 'yours' };
  let shipped = shippedMatches.get(model);
  if (shipped === undefined) {
    const entry = longestPrefix(model, SHIPPED_PRICES);
    shipped = entry ? { ...entry[1], model: entry[0], from: 'shipped' } : null;
    if (shippedMatches.size < 256) shippedMatches.set(model, shipped);
  }
  return shipped ?? undefined;
}

/** USD for `usage` at `model`'s price (its batch price with `batch`); undefined when the price is unknown. */
export function costOf(model: string, usage: TokenUsage | undefined, overrides?: PriceOverrides, batch = false): number | undefined {
  const price = matchPrice(model, overrides ?? {});
  if (!price) return undefined;
  const input = batch ? (price.batchInput ?? price.input * BATCH_DISCOUNT) : price.input;
  const output = batch ? (price.batchOutput ?? price.output * BATCH_DISCOUNT) : price.output;
  return ((usage?.inputTokens ?? 0) * input + (usage?.outputTokens ?? 0) * output) / 1e6;
}
