// Azure OpenAI (POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=…):
// OpenAI's Chat Completions body, the deployment in the path (the suite's `model`), the key in
// the `api-key` header.
import { CALL_ID_HEADER, callId } from './call-id';
import type { ProviderConfig } from './config';
import { postJson, requestLimits } from './http';
import { chatCompletion, filteredPrompt } from './openai';
import type { ChatRequest, ChatResponse, ModelProvider } from './types';

/** Azure OpenAI endpoints are per resource: a key is meant only for hosts under these domains. */
export const AZURE_OFFICIAL_HOST_SUFFIXES = ['.openai.azure.com', '.cognitiveservices.azure.com'] as const;
export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

export class AzureOpenAIProvider implements ModelProvider {
  readonly type = 'azure';
  readonly baseUrl: string;

  constructor(private readonly config: ProviderConfig, private readonly apiKey?: string) {
    // the schema requires baseUrl; an empty one fails at the first call with a clear URL error
    this.baseUrl = (config.baseUrl ?? '').replace(/\/+$/, '').replace(/\/openai$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const headers: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    if (this.apiKey) headers['api-key'] = this.apiKey;
    const version = encodeURIComponent(this.config.apiVersion ?? AZURE_DEFAULT_API_VERSION);
    const url = `${this.baseUrl}/openai/deployments/${encodeURIComponent(request.model)}/chat/completions?api-version=${version}`;
    const body: Record<string, unknown> = { messages: request.messages };
    if (request.temperature !== undefined) body.temperature = request.temperature;
    if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
    if (request.seed !== undefined) body.seed = request.seed;
    const started = performance.now();
    try {
      const { json } = await postJson({ provider: 'azure', url, headers, body, signal, ...requestLimits(this.config), secrets: this.apiKey ? [this.apiKey] : [] });
      return chatCompletion(json, 'azure', started);
    } catch (error) {
      return filteredPrompt(error, started);
    }
  }
}
