// Paraphrase by a configured model (suite `paraphraser:`): each case's user message is reworded
// once per (case, condition) by the named model, at temperature 0, with an instruction of ours.
// The reworded texts are kept in the design (run.json), so a resumed or rebuilt run sends and
// shows the same words and asks the model nothing again; they are also cached on this machine
// (the response cache, sealed), so a new run of the same suite repeats no paraphrase call either.
// A reworded text is an input we send, never a model output we score.
import { sha256 } from '../hash';
import { ProviderError, type ChatRequest, type ModelProvider, type ChatResponse } from '../providers/types';
import { isRetryable, sleep } from '../run/retry';

/** Bumped when the instruction changes, so cached paraphrases of the old wording are not reused. */
export const PARAPHRASE_PROMPT_VERSION = 1;

export const PARAPHRASE_INSTRUCTION =
  "You reword messages for a robustness test. Rewrite the user's message so that it keeps exactly the same meaning, request, facts, names, numbers, language and tone, with different wording. Do not answer it, do not add or leave out anything. Reply with the reworded message only.";

/** One text to reword: a suite case's user message under a condition. */
export interface ParaphraseItem {
  /** the suite's case id */
  case: string;
  condition: string;
  /** the user's message before rewording (after the condition's word replacements) */
  source: string;
}

/** One reworded text, as the design keeps it. */
export interface Paraphrase {
  case: string;
  condition: string;
  /** sha256 of the source text: a resume applies it only to the same words */
  source: string;
  text: string;
}

export class ParaphraseError extends Error {
  override name = 'ParaphraseError';
}

export interface ParaphraseCache {
  get(key: string): Promise<ChatResponse | undefined>;
  put(key: string, response: ChatResponse): Promise<void>;
}

export interface ParaphraseOptions {
  provider: ModelProvider;
  model: string;
  /** the response cache and its key function (cacheKey of the paraphraser's provider) */
  cache?: { store: ParaphraseCache; key: (request: ChatRequest) => string };
  concurrency: number;
  signal?: AbortSignal;
  /** tries per text (default 4) */
  maxAttempts?: number;
}

/** The request that rewords `item` (its identity names it, so a server log can tell it from an eval call). */
export function paraphraseRequest(item: ParaphraseItem, model: string): ChatRequest {
  return {
    model,
    temperature: 0,
    maxTokens: Math.min(4096, 64 + Math.ceil(item.source.length / 2)),
    messages: [
      { role: 'system', content: PARAPHRASE_INSTRUCTION },
      { role: 'user', content: item.source },
    ],
    call: { caseId: `paraphrase:${item.case}@${item.condition}`, version: 'a', sample: 0, promptSha256: `paraphrase-v${PARAPHRASE_PROMPT_VERSION}` },
  };
}

/** The reworded text, or why it cannot be used: empty, or far longer than the message it rewords. */
export function checkParaphrase(answer: string, source: string): string | { problem: string } {
  const text = answer.trim();
  if (!text) return { problem: 'the answer was empty' };
  if (text.length > 4 * source.length + 200) return { problem: `the answer (${text.length} characters) is far longer than the message it rewords (${source.length})` };
  return text;
}

/** Rewords every item (cache first), a few at a time; throws ParaphraseError when one cannot be had. */
export async function paraphraseByModel(items: readonly ParaphraseItem[], options: ParaphraseOptions): Promise<Paraphrase[]> {
  const out: Paraphrase[] = new Array(items.length);
  // the first text that cannot be had stops the others: no call is left running after this returns
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const attempts = options.maxAttempts ?? 4;
  const one = async (item: ParaphraseItem): Promise<string> => {
    const request = paraphraseRequest(item, options.model);
    const key = options.cache?.key(request);
    const hit = key !== undefined ? await options.cache!.store.get(key) : undefined;
    if (hit) {
      const cached = checkParaphrase(hit.text, item.source);
      if (typeof cached === 'string') return cached;
    }
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let response: ChatResponse;
      try {
        response = await options.provider.complete(request, signal);
      } catch (err) {
        if (signal.aborted) throw err;
        last = err instanceof Error ? err.message : String(err);
        if (!isRetryable(err) || (err instanceof ProviderError && err.kind === 'auth')) break;
        await sleep(250 * 2 ** (attempt - 1), signal);
        continue;
      }
      const checked = checkParaphrase(response.text, item.source);
      if (typeof checked === 'string') {
        if (key !== undefined) await options.cache!.store.put(key, response).catch(() => undefined);
        return checked;
      }
      last = checked.problem;
    }
    throw new ParaphraseError(`paraphrase of case '${item.case}' (condition ${item.condition}) by ${options.provider.type} ${options.model} failed: ${last}`);
  };
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < items.length && !signal.aborted) {
      const i = next++;
      const item = items[i]!;
      try {
        out[i] = { case: item.case, condition: item.condition, source: sha256(item.source), text: await one(item) };
      } catch (err) {
        failure ??= err;
        stop.abort(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, items.length)) }, worker));
  if (failure !== undefined) throw failure;
  if (options.signal?.aborted) throw options.signal.reason;
  return out;
}
