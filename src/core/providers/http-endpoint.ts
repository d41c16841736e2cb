// A generic HTTP endpoint (promptfoo's `http` provider): POST a JSON body built from a template to a
// URL, read the output at a path of the JSON answer. For a team's own model gateway or service.
//   url: https://gateway.example/v1/generate
//   headers: { x-team: evals, authorization: "Bearer {{apiKey}}" }  ({{apiKey}}: the key, when one is given)
//   body: { input: "{{prompt}}", history: "{{messages}}", temperature: 0.2 }
//   responsePath: data.output.text                                   (default: the whole answer as text)
// Strings in the body are nunjucks templates with `prompt` (the user's last message), `system`,
// `messages` (the list; a string that is only `{{messages}}` is replaced by the list itself),
// `model`, `temperature`, `maxTokens`. Usage, model and finish reason are read where the answer has
// them in OpenAI's or Anthropic's names. No host is official: a key is never sent unless the
// configuration asks for it in a header.
import { CALL_ID_HEADER, callId } from './call-id';
import type { ProviderConfig, ProviderCredentials } from './config';
import { postJson, requestLimits } from './http';
import { usage } from './openai';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from './types';
import { renderTemplate, TemplateError } from '../prompt/nunjucks';

/** `a.b[0]["c d"]`, optionally starting `json.` as promptfoo's transformResponse does. */
const PATH = /^(?:[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\]|\['[^']*'\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\]|\['[^']*'\])*$/;
const SEGMENT = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]/g;

/** Why an http configuration cannot work, or undefined. */
export function httpConfigProblem(config: ProviderConfig): string | undefined {
  if (!config.url) return "provider.url: the http provider needs the endpoint's URL";
  if (config.responsePath !== undefined && !PATH.test(config.responsePath.replace(/^json\./, ''))) {
    return `provider.responsePath: '${config.responsePath}' is not a path such as choices[0].message.content (JavaScript expressions are not run)`;
  }
  return undefined;
}

export function readPath(value: unknown, path: string): unknown {
  let node = value;
  for (const m of path.replace(/^json\./, '').matchAll(SEGMENT)) {
    const key = m[1] ?? m[3] ?? m[4] ?? Number(m[2]);
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export class HttpEndpointProvider implements ModelProvider {
  readonly type = 'http';
  readonly baseUrl: string;

  private readonly apiKey: string | undefined;

  /** `credentials.headers`: the suite's headers as the key rules passed them (keyPolicy.ts). */
  constructor(private readonly config: ProviderConfig, private readonly credentials: ProviderCredentials = {}) {
    this.apiKey = credentials.apiKey;
    this.baseUrl = config.url ?? '';
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const context = {
      prompt: request.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '',
      system: request.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n'),
      messages: request.messages,
      model: request.model,
      ...(request.temperature !== undefined && { temperature: request.temperature }),
      ...(request.maxTokens !== undefined && { maxTokens: request.maxTokens }),
    };
    const body = this.body(context);
    const headers: Record<string, string> = { [CALL_ID_HEADER]: callId(request.call) };
    for (const [name, value] of Object.entries(this.credentials.headers ?? {})) {
      if (value.includes('{{apiKey}}') && !this.apiKey) continue; // no key: the header is left out
      headers[name.toLowerCase()] = value.split('{{apiKey}}').join(this.apiKey ?? '');
    }
    const started = performance.now();
    const { json } = await postJson({ provider: 'http', url: this.baseUrl, headers, body, signal, ...requestLimits(this.config), secrets: this.apiKey ? [this.apiKey] : [] });
    const output = this.config.responsePath === undefined ? json : readPath(json, this.config.responsePath);
    if (output === undefined || output === null) {
      throw new ProviderError(`http: unexpected response: ${this.config.responsePath ?? '(body)'}: no value there`, false, undefined, undefined, 'bad-response');
    }
    if (typeof output === 'object') {
      throw new ProviderError(`http: unexpected response: ${this.config.responsePath ?? '(body)'}: ${Array.isArray(output) ? 'a list' : 'an object'}, not text (point responsePath at the text)`, false, undefined, undefined, 'bad-response');
    }
    const response: ChatResponse = { text: String(output), latencyMs: performance.now() - started };
    const model = readPath(json, 'model');
    if (typeof model === 'string') response.model = model;
    const finish = readPath(json, 'choices[0].finish_reason') ?? readPath(json, 'stop_reason') ?? readPath(json, 'finish_reason');
    if (typeof finish === 'string') response.finishReason = finish;
    const inTokens = readPath(json, 'usage.prompt_tokens') ?? readPath(json, 'usage.input_tokens');
    const outTokens = readPath(json, 'usage.completion_tokens') ?? readPath(json, 'usage.output_tokens');
    if (typeof inTokens === 'number' || typeof outTokens === 'number') {
      response.usage = usage(typeof inTokens === 'number' ? inTokens : undefined, typeof outTokens === 'number' ? outTokens : undefined);
    }
    return response;
  }

  /** The body template with the call's values; default `{prompt}` alone. */
  private body(context: Record<string, unknown>): unknown {
    const template = this.config.body ?? { prompt: '{{prompt}}' };
    const render = (v: unknown): unknown => {
      if (typeof v === 'string') {
        const only = /^\{\{\s*(\w+)\s*\}\}$/.exec(v);
        if (only && Object.hasOwn(context, only[1]!)) return context[only[1]!];
        try {
          return renderTemplate(v, context);
        } catch (err) {
          if (!(err instanceof TemplateError)) throw err;
          throw new ProviderError(`http: provider.body: ${err.message}`, false, undefined, undefined, 'bad-request');
        }
      }
      if (Array.isArray(v)) return v.map(render);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, render(x)]));
      return v;
    };
    if (typeof template !== 'string') return render(template);
    const text = render(template);
    try {
      return typeof text === 'string' ? JSON.parse(text) : text;
    } catch {
      throw new ProviderError('http: provider.body: the rendered body is not JSON', false, undefined, undefined, 'bad-request');
    }
  }
}
