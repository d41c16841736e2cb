// Mistral's chat completions (POST {baseUrl}/v1/chat/completions): OpenAI's wire format, except
// that the seed is `random_seed`.
import { CALL_ID_HEADER, callId } from './call-id';
import type { ProviderConfig } from './config';
import { postJson, requestLimits } from './http';
import { chatCompletion } from './openai';
import type { ChatRequest, ChatResponse, ModelProvider } from './types';

/** Where Mistral's API lives: the only host a Mistral key is meant for (key-destination policy). */
export const MISTRAL_OFFICIAL_HOST = 'api.mistral.ai';

export class MistralProvider implements ModelProvider {
  readonly type = 'mistral';
  readonly baseUrl: string;

  constructor(private readonly config: ProviderConfig, private readonly apiKey?: string) {
    this.baseUrl = (config.baseUrl ?? `https://${MISTRAL_OFFICIAL_HOST}`).replace(/\/+$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const headers: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    const body: Record<string, unknown> = { model: request.model, messages: request.messages };
    if (request.temperature !== undefined) body.temperature = request.temperature;
    if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
    if (request.seed !== undefined) body.random_seed = request.seed;
    const started = performance.now();
    const { json } = await postJson({
      provider: 'mistral', url: `${this.baseUrl}/v1/chat/completions`, headers, body, signal, ...requestLimits(this.config),
      secrets: this.apiKey ? [this.apiKey] : [],
    });
    return chatCompletion(json, 'mistral', started);
  }
}
