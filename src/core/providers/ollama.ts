// Ollama's native chat endpoint (POST {baseUrl}/api/chat, stream: false). Its /v1 endpoint speaks
// the OpenAI format and can use the openai provider instead.
import * as z from 'zod';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, KEYED_PROVIDERS, type ProviderConfig, type ProviderCredentials } from './config';
import { CALL_ID_HEADER, callId } from './call-id';
import { parseResponse, postJson, requestHeaders, secretsOf } from './http';
import { usage } from './openai';
import type { ChatRequest, ChatResponse, ModelProvider } from './types';

const chatSchema = z.object({
  model: z.string().optional(),
  message: z.object({ content: z.string() }),
  done_reason: z.string().nullish(),
  prompt_eval_count: z.number().optional(),
  eval_count: z.number().optional(),
});

export class OllamaProvider implements ModelProvider {
  readonly type = 'ollama';
  readonly baseUrl: string;

  constructor(private readonly config: ProviderConfig, private readonly credentials: ProviderCredentials = {}) {
    this.baseUrl = (config.baseUrl ?? KEYED_PROVIDERS.ollama.defaultBaseUrl).replace(/\/+$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const own: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    // A local Ollama has no keys; Ollama's cloud and proxies in front of it want a bearer token.
    if (this.credentials.apiKey) own.authorization = `Bearer ${this.credentials.apiKey}`;
    const headers = requestHeaders(own, this.credentials.headers);
    const options: Record<string, number> = {};
    if (request.temperature !== undefined) options.temperature = request.temperature;
    if (request.maxTokens !== undefined) options.num_predict = request.maxTokens;
    if (request.seed !== undefined) options.seed = request.seed;
    const started = performance.now();
    const { json } = await postJson({
      provider: 'ollama', url: `${this.baseUrl}/api/chat`, headers, signal,
      body: { model: request.model, messages: request.messages, stream: false, options },
      timeoutMs: this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: this.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      secrets: secretsOf(this.credentials),
    });
    const parsed = parseResponse(chatSchema, json, 'ollama');
    const response: ChatResponse = { text: parsed.message.content, latencyMs: performance.now() - started };
    if (parsed.model) response.model = parsed.model;
    if (parsed.done_reason) response.finishReason = parsed.done_reason;
    if (parsed.prompt_eval_count !== undefined || parsed.eval_count !== undefined) {
      response.usage = usage(parsed.prompt_eval_count, parsed.eval_count);
    }
    return response;
  }
}
