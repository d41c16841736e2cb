// OpenAI's Responses API (POST {baseUrl}/responses): messages go in `input` (system messages as
// `developer`), the text is the `output_text` parts of the `message` items of `output`; an
// incomplete answer's reason (max_output_tokens, content_filter) is its finish reason.
import * as z from 'zod';
import { CALL_ID_HEADER, callId } from './call-id';
import type { ProviderConfig } from './config';
import { parseResponse, postJson, requestLimits } from './http';
import { OPENAI_OFFICIAL_HOST, usage } from './openai';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from './types';

export { OPENAI_OFFICIAL_HOST };

const responseSchema = z.object({
  model: z.string().optional(),
  status: z.string().nullish(),
  incomplete_details: z.object({ reason: z.string().nullish() }).nullish(),
  output: z.array(
    z.object({
      type: z.string(),
      content: z.array(z.object({ type: z.string(), text: z.string().optional(), refusal: z.string().optional() })).optional(),
    }),
  ),
  usage: z.object({ input_tokens: z.number().optional(), output_tokens: z.number().optional() }).nullish(),
});

export class OpenAIResponsesProvider implements ModelProvider {
  readonly type = 'openai-responses';
  readonly baseUrl: string;

  constructor(private readonly config: ProviderConfig, private readonly apiKey?: string) {
    this.baseUrl = (config.baseUrl ?? `https://${OPENAI_OFFICIAL_HOST}/v1`).replace(/\/+$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const headers: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    const body: Record<string, unknown> = {
      model: request.model,
      input: request.messages.map((m) => ({ role: m.role === 'system' ? 'developer' : m.role, content: m.content })),
      // PromptShift records every call itself; nothing needs to be kept on OpenAI's side
      store: false,
    };
    if (request.temperature !== undefined) body.temperature = request.temperature;
    if (request.maxTokens !== undefined) body.max_output_tokens = request.maxTokens;
    const started = performance.now();
    const { json } = await postJson({
      provider: 'openai-responses', url: `${this.baseUrl}/responses`, headers, body, signal, ...requestLimits(this.config),
      secrets: this.apiKey ? [this.apiKey] : [],
    });
    const parsed = parseResponse(responseSchema, json, 'openai-responses');
    const parts = parsed.output.filter((item) => item.type === 'message').flatMap((item) => item.content ?? []);
    const texts = parts.flatMap((p) => (p.type === 'output_text' && p.text !== undefined ? [p.text] : p.type === 'refusal' && p.refusal !== undefined ? [p.refusal] : []));
    if (texts.length === 0 && parsed.status !== 'incomplete') {
      throw new ProviderError('openai-responses: unexpected response: output: no message with output_text', false, undefined, undefined, 'bad-response');
    }
    const response: ChatResponse = { text: texts.join(''), latencyMs: performance.now() - started };
    if (parsed.model) response.model = parsed.model;
    const reason = parsed.status === 'incomplete' ? parsed.incomplete_details?.reason : parsed.status;
    if (reason) response.finishReason = reason;
    if (parsed.usage) response.usage = usage(parsed.usage.input_tokens, parsed.usage.output_tokens);
    return response;
  }
}
