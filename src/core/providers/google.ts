// Google's Gemini API (POST {baseUrl}/v1beta/models/{model}:generateContent): system messages go in
// `systemInstruction`, turns in `contents` with roles `user` and `model`, sampling settings in
// `generationConfig`; the key goes in the `x-goog-api-key` header (never in the URL, where proxies log it).
import * as z from 'zod';
import { CALL_ID_HEADER, callId } from './call-id';
import type { ProviderConfig } from './config';
import { parseResponse, postJson, requestLimits } from './http';
import { usage } from './openai';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from './types';

/** Where the Gemini API lives: the only host a Gemini key is meant for (key-destination policy). */
export const GOOGLE_OFFICIAL_HOST = 'generativelanguage.googleapis.com';

const generateSchema = z.object({
  candidates: z
    .array(
      z.object({
        content: z.object({ parts: z.array(z.object({ text: z.string().optional(), thought: z.boolean().optional() })).optional() }).optional(),
        finishReason: z.string().nullish(),
      }),
    )
    .optional(),
  promptFeedback: z.object({ blockReason: z.string().nullish() }).nullish(),
  usageMetadata: z.object({ promptTokenCount: z.number().optional(), candidatesTokenCount: z.number().optional() }).nullish(),
  modelVersion: z.string().optional(),
});

export class GoogleProvider implements ModelProvider {
  readonly type = 'google';
  readonly baseUrl: string;

  constructor(private readonly config: ProviderConfig, private readonly apiKey?: string) {
    this.baseUrl = (config.baseUrl ?? `https://${GOOGLE_OFFICIAL_HOST}`).replace(/\/+$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const headers: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    if (this.apiKey) headers['x-goog-api-key'] = this.apiKey;
    const system = request.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
    const body: Record<string, unknown> = {
      contents: request.messages.filter((m) => m.role !== 'system').map((m) => ({ role: m.role === 'assistant' ? 'model' : 'user', parts: [{ text: m.content }] })),
    };
    if (system) body.systemInstruction = { parts: [{ text: system }] };
    const generation: Record<string, number> = {};
    if (request.temperature !== undefined) generation.temperature = request.temperature;
    if (request.maxTokens !== undefined) generation.maxOutputTokens = request.maxTokens;
    if (request.seed !== undefined) generation.seed = request.seed;
    if (Object.keys(generation).length > 0) body.generationConfig = generation;
    const model = request.model.replace(/^models\//, '');
    const started = performance.now();
    const { json } = await postJson({
      provider: 'google', url: `${this.baseUrl}/v1beta/models/${encodeURIComponent(model)}:generateContent`, headers, body, signal, ...requestLimits(this.config),
      secrets: this.apiKey ? [this.apiKey] : [],
    });
    const parsed = parseResponse(generateSchema, json, 'google');
    const candidate = parsed.candidates?.[0];
    const blocked = parsed.promptFeedback?.blockReason;
    if (!candidate) {
      if (blocked) return { text: '', finishReason: `blocked: ${blocked}`, latencyMs: performance.now() - started, ...(parsed.modelVersion && { model: parsed.modelVersion }) };
      throw new ProviderError('google: unexpected response: candidates: no candidate in the response', false, undefined, undefined, 'bad-response');
    }
    // thought summaries are not the answer
    const text = (candidate.content?.parts ?? []).filter((p) => !p.thought).map((p) => p.text ?? '').join('');
    const response: ChatResponse = { text, latencyMs: performance.now() - started };
    if (parsed.modelVersion) response.model = parsed.modelVersion;
    if (candidate.finishReason) response.finishReason = candidate.finishReason;
    if (parsed.usageMetadata) response.usage = usage(parsed.usageMetadata.promptTokenCount, parsed.usageMetadata.candidatesTokenCount);
    return response;
  }
}
