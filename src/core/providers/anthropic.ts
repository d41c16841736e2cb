// Anthropic Messages API (POST {baseUrl}/v1/messages). System messages go in the top-level
// `system` field; `max_tokens` is required by the API, so it has a default.
import * as z from 'zod';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, KEYED_PROVIDERS, type ProviderConfig, type ProviderCredentials } from './config';
import { CALL_ID_HEADER, callId } from './call-id';
import { parseResponse, postJson, requestHeaders, secretsOf } from './http';
import { usage } from './openai';
import type { ChatRequest, ChatResponse, ModelProvider } from './types';

const DEFAULT_MAX_TOKENS = 1024;

const messageSchema = z.object({
  model: z.string().optional(),
  content: z.array(z.object({ type: z.string(), text: z.string().optional() })),
  stop_reason: z.string().nullish(),
  usage: z.object({ input_tokens: z.number().optional(), output_tokens: z.number().optional() }).nullish(),
});

export class AnthropicProvider implements ModelProvider {
  readonly type = 'anthropic';
  readonly baseUrl: string;

  constructor(private readonly config: ProviderConfig, private readonly credentials: ProviderCredentials = {}) {
    this.baseUrl = (config.baseUrl ?? KEYED_PROVIDERS.anthropic.defaultBaseUrl).replace(/\/+$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const own: Record<string, string> = { 'anthropic-version': '2023-06-01', [CALL_ID_HEADER]: callId(request.call) };
    if (this.credentials.apiKey) own['x-api-key'] = this.credentials.apiKey;
    const headers = requestHeaders(own, this.credentials.headers);
    const body = messagesBody(request);
    const started = performance.now();
    const { json } = await postJson({
      provider: 'anthropic', url: `${this.baseUrl}/v1/messages`, headers, body, signal,
      timeoutMs: this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: this.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      secrets: secretsOf(this.credentials),
    });
    return messageResponse(json, started);
  }
}

/** A Messages request body (also each request's `params` in a Message Batch: providers/batch/anthropic.ts). */
export function messagesBody(request: ChatRequest): Record<string, unknown> {
  const system = request.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  const body: Record<string, unknown> = {
    model: request.model,
    max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
    messages: request.messages.filter((m) => m.role !== 'system'),
  };
  if (system) body.system = system;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  return body;
}

/** Reads a Messages answer (a synchronous call's, or a succeeded Message Batch result's `message`). */
export function messageResponse(json: unknown, started: number): ChatResponse {
  const parsed = parseResponse(messageSchema, json, 'anthropic');
  const response: ChatResponse = {
    text: parsed.content.filter((block) => block.type === 'text').map((block) => block.text ?? '').join(''),
    latencyMs: performance.now() - started,
  };
  if (parsed.model) response.model = parsed.model;
  if (parsed.stop_reason) response.finishReason = parsed.stop_reason;
  if (parsed.usage) response.usage = usage(parsed.usage.input_tokens, parsed.usage.output_tokens);
  return response;
}
