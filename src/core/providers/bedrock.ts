// AWS Bedrock's Converse API (POST https://bedrock-runtime.{region}.amazonaws.com/model/{modelId}/converse):
// system messages in `system`, turns in `messages` with text content blocks, settings in
// `inferenceConfig`. The request is signed with AWS Signature Version 4 (the `aws4` package) from
// the access key id, secret and session token, or carries a Bedrock API key as a bearer token.
// The key PromptShift is given for bedrock is either a Bedrock API key, or
// `ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]` (neither holds a colon of its own);
// awsKeyFromEnv builds it from AWS's usual environment variables.
import aws4 from 'aws4';
import * as z from 'zod';
import { CALL_ID_HEADER, callId } from './call-id';
import type { ProviderConfig } from './config';
import { parseResponse, postJson, requestLimits } from './http';
import { usage } from './openai';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from './types';

export const BEDROCK_DEFAULT_REGION = 'us-east-1';
/** The Bedrock runtime host of a region: the only host AWS credentials are meant for (key-destination policy). */
export const bedrockOfficialHost = (region: string): string => `bedrock-runtime.${region}.amazonaws.com`;

const converseSchema = z.object({
  output: z.object({ message: z.object({ role: z.string().optional(), content: z.array(z.object({ text: z.string().optional() })) }) }),
  stopReason: z.string().nullish(),
  usage: z.object({ inputTokens: z.number().optional(), outputTokens: z.number().optional() }).nullish(),
});

interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** A Bedrock API key, or SigV4 credentials written `ID:SECRET[:TOKEN]`. */
export function bedrockCredentials(key: string): { bearer: string } | SigV4Credentials {
  const parts = key.split(':');
  if (parts.length < 2) return { bearer: key };
  const [accessKeyId = '', secretAccessKey = '', sessionToken] = parts;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/**
 * The bedrock key from the environment as the AWS tools read it: AWS_BEARER_TOKEN_BEDROCK, else
 * AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN).
 */
export function awsKeyFromEnv(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const bearer = env.AWS_BEARER_TOKEN_BEDROCK?.trim();
  if (bearer) return bearer;
  const id = env.AWS_ACCESS_KEY_ID?.trim();
  const secret = env.AWS_SECRET_ACCESS_KEY?.trim();
  if (!id || !secret) return undefined;
  const token = env.AWS_SESSION_TOKEN?.trim();
  return token ? `${id}:${secret}:${token}` : `${id}:${secret}`;
}

export class BedrockProvider implements ModelProvider {
  readonly type = 'bedrock';
  readonly baseUrl: string;
  private readonly region: string;

  constructor(private readonly config: ProviderConfig, private readonly apiKey?: string) {
    this.region = config.region ?? BEDROCK_DEFAULT_REGION;
    this.baseUrl = (config.baseUrl ?? `https://${bedrockOfficialHost(this.region)}`).replace(/\/+$/, '');
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const system = request.messages.filter((m) => m.role === 'system').map((m) => ({ text: m.content }));
    const body: Record<string, unknown> = {
      messages: request.messages.filter((m) => m.role !== 'system').map((m) => ({ role: m.role, content: [{ text: m.content }] })),
    };
    if (system.length > 0) body.system = system;
    const inference: Record<string, number> = {};
    if (request.temperature !== undefined) inference.temperature = request.temperature;
    if (request.maxTokens !== undefined) inference.maxTokens = request.maxTokens;
    if (Object.keys(inference).length > 0) body.inferenceConfig = inference;
    const url = new URL(`${this.baseUrl}/model/${encodeURIComponent(request.model)}/converse`);
    const headers = this.authorise(url, JSON.stringify(body), { 'content-type': 'application/json', [CALL_ID_HEADER]: callId(request.call) });
    const started = performance.now();
    const { json } = await postJson({ provider: 'bedrock', url: url.href, headers, body, signal, ...requestLimits(this.config), secrets: this.secrets() });
    const parsed = parseResponse(converseSchema, json, 'bedrock');
    const texts = parsed.output.message.content.flatMap((c) => (c.text !== undefined ? [c.text] : []));
    if (texts.length === 0) throw new ProviderError('bedrock: unexpected response: output.message.content: no text block', false, undefined, undefined, 'bad-response');
    // Converse does not name the model that answered: the request's model id is recorded
    const response: ChatResponse = { text: texts.join(''), model: request.model, latencyMs: performance.now() - started };
    if (parsed.stopReason) response.finishReason = parsed.stopReason;
    if (parsed.usage) response.usage = usage(parsed.usage.inputTokens, parsed.usage.outputTokens);
    return response;
  }

  /** Headers for the call: signed with SigV4, or with the API key as a bearer token, or none. */
  private authorise(url: URL, payload: string, headers: Record<string, string>): Record<string, string> {
    if (!this.apiKey) return headers;
    const credentials = bedrockCredentials(this.apiKey);
    if ('bearer' in credentials) return { ...headers, authorization: `Bearer ${credentials.bearer}` };
    const signed = aws4.sign(
      { host: url.host, path: url.pathname + url.search, method: 'POST', service: 'bedrock', region: this.region, headers: { ...headers }, body: payload },
      credentials,
    );
    // fetch sets Host and Content-Length itself, to the values that were signed
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(signed.headers ?? {})) {
      if (!/^(host|content-length)$/i.test(name) && value !== undefined) out[name.toLowerCase()] = String(value);
    }
    return out;
  }

  private secrets(): string[] {
    if (!this.apiKey) return [];
    const c = bedrockCredentials(this.apiKey);
    return 'bearer' in c ? [c.bearer] : [this.apiKey, c.secretAccessKey, ...(c.sessionToken ? [c.sessionToken] : [])];
  }
}
