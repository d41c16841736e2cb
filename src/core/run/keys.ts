// Cache keys: a response may be reused only for the same provider, server, model, messages,
// parameters and draw (sample index). The API key is not part of it: it changes who pays, not the answer.
import { sha256 } from '../hash';
import type { ChatRequest, ModelProvider } from '../providers/types';

export function cacheKey(provider: Pick<ModelProvider, 'type' | 'baseUrl'>, request: ChatRequest): string {
  return sha256(JSON.stringify({
    provider: provider.type,
    baseUrl: provider.baseUrl ?? null,
    model: request.model,
    messages: request.messages,
    params: paramsOf(request),
    draw: request.call.draw ?? request.call.sample,
  }));
}

function paramsOf(request: ChatRequest) {
  return { temperature: request.temperature ?? null, maxTokens: request.maxTokens ?? null, seed: request.seed ?? null };
}

/** A run's calls share a handful of parameter sets: each is hashed once (bounded, in case of many). */
const paramsHashes = new Map<string, string>();

/** Short hash of the request parameters, stored with every call so a record shows what was asked. */
export function paramsHash(request: ChatRequest): string {
  const text = JSON.stringify({ model: request.model, ...paramsOf(request) });
  let hash = paramsHashes.get(text);
  if (hash === undefined) {
    hash = sha256(text).slice(0, 16);
    if (paramsHashes.size < 256) paramsHashes.set(text, hash);
  }
  return hash;
}
