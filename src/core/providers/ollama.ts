// Ollama's native chat endpoint (POST {baseUrl}/api/chat, stream: false). Its /v1 endpoint speaks
// the OpenAI format and can use the openai provider instead.
import * as z from 'zod';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, type ProviderConfig } from './config';
import { CALL_ID_HEADER, callId } from './call-id';
import { parseResponse, postJson } from './http';
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

  constructor(private readonly config: ProviderConfig, private readonly apiKey?: string) {
    this.baseUrl = (config.baseUrl ?? 'http://127.0.0.1:11434').replace(/\/+$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const headers: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    // Ollama itself has no keys; proxies in front of it often want a bearer token.
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
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
      secrets: this.apiKey ? [this.apiKey] : [],
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
