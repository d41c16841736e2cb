// OpenAI Chat Completions (POST {baseUrl}/chat/completions): OpenAI itself, Azure OpenAI, and the
// many servers that copy its wire format (vLLM, LM Studio, llama.cpp server, Ollama's /v1).

/** Where OpenAI's own API lives: the only host an OpenAI key is meant for (key-destination policy). */
export const OPENAI_OFFICIAL_HOST = 'api.openai.com';
import * as z from 'zod';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, KEYED_PROVIDERS, type ProviderConfig, type ProviderCredentials } from './config';
import { CALL_ID_HEADER, callId } from './call-id';
import { parseResponse, postJson, requestHeaders, secretsOf } from './http';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from './types';

const completionSchema = z.object({
  model: z.string().optional(),
  system_fingerprint: z.string().nullish(),
  choices: z
    .array(
      z.object({
        // absent in a choice the content filter stopped (Azure OpenAI)
        message: z.object({ content: z.string().nullable().optional(), refusal: z.string().nullish() }).optional(),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1, 'no choices in the response'),
  usage: z.object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() }).nullish(),
});

function isAzureHost(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host.endsWith('.openai.azure.com') || host.endsWith('.cognitiveservices.azure.com');
}

export class OpenAIProvider implements ModelProvider {
  readonly type = 'openai';
  readonly baseUrl: string;
  private readonly azure: boolean;

  constructor(private readonly config: ProviderConfig, private readonly credentials: ProviderCredentials = {}) {
    this.baseUrl = (config.baseUrl ?? KEYED_PROVIDERS.openai.defaultBaseUrl).replace(/\/+$/, '');
    this.azure = config.azure ?? isAzureHost(this.baseUrl);
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const own: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    const apiKey = this.credentials.apiKey;
    if (apiKey) {
      if (this.azure) own['api-key'] = apiKey;
      else own.authorization = `Bearer ${apiKey}`;
    }
    const headers = requestHeaders(own, this.credentials.headers);
    const url = `${this.baseUrl}/chat/completions${this.config.apiVersion ? `?api-version=${encodeURIComponent(this.config.apiVersion)}` : ''}`;
    const body = chatCompletionBody(request);
    const started = performance.now();
    try {
      const { json } = await postJson({
        provider: 'openai', url, headers, body, signal,
        timeoutMs: this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: this.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        secrets: secretsOf(this.credentials),
      });
      return chatCompletion(json, 'openai', started);
    } catch (error) {
      return filteredPrompt(error, started);
    }
  }
}

/** A Chat Completions request body (also each line of an OpenAI batch: providers/batch/openai.ts). */
export function chatCompletionBody(request: ChatRequest): Record<string, unknown> {
  const body: Record<string, unknown> = { model: request.model, messages: request.messages };
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (request.seed !== undefined) body.seed = request.seed;
  return body;
}

/**
 * Azure OpenAI refuses a prompt its content filter flags with HTTP 400 (error.code content_filter):
 * that is the provider declining to answer, recorded as an empty answer with the finish reason its
 * filtered answers carry (the refusal behaviour reads it: behaviour/providerStop.ts), not a failed
 * call. Every other error is thrown on.
 */
export function filteredPrompt(error: unknown, started: number): ChatResponse {
  if (error instanceof ProviderError && error.kind === 'content-filter') return { text: '', finishReason: 'content_filter', latencyMs: performance.now() - started };
  throw error;
}

/** Reads a Chat Completions answer (OpenAI, Azure OpenAI, Mistral and the servers that copy them). */
export function chatCompletion(json: unknown, provider: string, started: number): ChatResponse {
  const parsed = parseResponse(completionSchema, json, provider);
  const choice = parsed.choices[0] as (typeof parsed.choices)[number];
  // A refusal from structured outputs arrives in `refusal` with null content: it is the output. An
  // answer the content filter stopped (Azure OpenAI, OpenAI) may come with no content at all: it is an
  // empty answer with its finish reason, which the refusal behaviour reads (behaviour/providerStop.ts),
  // not a malformed reply.
  const text = choice.message?.content ?? choice.message?.refusal ?? (choice.finish_reason === 'content_filter' ? '' : undefined);
  if (typeof text !== 'string') {
    throw new ProviderError(`${provider}: unexpected response: choices[0].message.content: missing`, false, undefined, undefined, 'bad-response');
  }
  const response: ChatResponse = { text, latencyMs: performance.now() - started };
  if (parsed.model) response.model = parsed.model;
  if (parsed.system_fingerprint) response.fingerprint = parsed.system_fingerprint;
  if (choice.finish_reason) response.finishReason = choice.finish_reason;
  if (parsed.usage) response.usage = usage(parsed.usage.prompt_tokens, parsed.usage.completion_tokens);
  return response;
}

export function usage(inputTokens: number | undefined, outputTokens: number | undefined): NonNullable<ChatResponse['usage']> {
  const out: NonNullable<ChatResponse['usage']> = {};
  if (inputTokens !== undefined) out.inputTokens = inputTokens;
  if (outputTokens !== undefined) out.outputTokens = outputTokens;
  return out;
}
