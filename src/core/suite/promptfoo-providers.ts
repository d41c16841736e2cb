// promptfoo provider ids and configs → a PromptShift provider, or the reason it cannot be one.
// A config whose provider PromptShift cannot call still loads (`check` renders every case); the
// reason is kept as `providerProblem` and `eval` refuses it unless `--provider` replaces it.
import type { DocumentLocator, FieldPath, SuiteIssue } from './issues';
import type { SuiteProvider } from './schema';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the config's providers give: the provider, or why none can be built (at a position). */
export interface PromptfooProvider {
  provider?: SuiteProvider;
  problem?: SuiteIssue;
}

const NOT_CHAT = ['completion', 'embedding', 'embeddings', 'image', 'realtime', 'assistant', 'transcription', 'moderation', 'video', 'audio'];
const AGENT = /^(openai:(agents|codex-sdk|codex|chatkit)|anthropic:claude-agent-sdk|anthropic:claude-code|bedrock:agents?|google:live|.*:agent\b)/i;
const CUSTOM_CODE = /^(file:\/\/|python:|exec:|golang:|ruby:|javascript:|package:)|\.(js|cjs|mjs|ts|py|rb|go|sh)(:\w+)?$/i;
const HUBS = /^(portkey|langfuse|helicone|huggingface|hf|replicate|openrouter|groq|togetherai|together|fireworks|perplexity|deepseek|xai|cohere|cloudflare-ai|watsonx|ai21|voyage|sagemaker|databricks|webhook|websocket|sequence|simulated-user|promptfoo|echo|manual-input|browser|mcp|llama|localai|llamafile|text-generation-webui|vllm|litellm|jfrog|github|cerebras|hyperbolic|lambdalabs|nscale|alibaba|azureml):/i;

const SPEAKS = 'PromptShift speaks openai, openai:responses, azure, anthropic, google (Gemini API), mistral, bedrock, ollama and http';

/** A provider id → a provider (without config), or the reason it cannot be called. */
export function providerFromId(id: string): SuiteProvider | string {
  if (AGENT.test(id)) return `provider '${id}' is an agent (tools, files, code execution), not a chat model: PromptShift compares what a model says to a prompt; use eval --provider TYPE:MODEL`;
  if (CUSTOM_CODE.test(id)) return `provider '${id}' is custom code (a script or module): PromptShift does not run a repository's code; use eval --provider TYPE:MODEL`;
  if (id === 'http' || id === 'https' || /^https?:\/\//.test(id)) return { type: 'http', ...(id.includes('://') && { url: id }) };
  const [vendor = '', second = '', ...rest] = id.split(':');
  const tail = rest.join(':');
  const model = (kinds: string[]) => (kinds.includes(second) ? tail : [second, ...rest].join(':'));
  const notChat = (kind: string) => NOT_CHAT.includes(second) ? `provider '${id}': only chat models are supported (${vendor}:${kind}:<model>)` : undefined;
  switch (vendor) {
    case 'openai': {
      if (second === 'responses') return tail ? { type: 'openai-responses', model: tail } : `provider '${id}' names no model (write openai:responses:<model>)`;
      const problem = notChat('chat');
      if (problem) return problem;
      const m = model(['chat']);
      return m ? { type: 'openai', model: m } : `provider '${id}' names no model (write openai:chat:<model>)`;
    }
    case 'anthropic': {
      const problem = notChat('messages');
      if (problem) return problem;
      const m = model(['messages']);
      return m ? { type: 'anthropic', model: m } : `provider '${id}' names no model (write anthropic:messages:<model>)`;
    }
    case 'ollama': {
      if (second === 'embeddings' || second === 'embedding') return `provider '${id}': only chat models are supported (ollama:chat:<model>)`;
      const m = model(['chat', 'completion']);
      return m ? { type: 'ollama', model: m } : `provider '${id}' names no model (write ollama:chat:<model>)`;
    }
    case 'azure':
    case 'azureopenai': {
      if (second !== 'chat') return `provider '${id}': only Azure OpenAI chat deployments are supported (azure:chat:<deployment>)`;
      return tail ? { type: 'azure', model: tail } : `provider '${id}' names no deployment (write azure:chat:<deployment>)`;
    }
    case 'google':
    case 'gemini': {
      const m = model(['chat']);
      if (NOT_CHAT.includes(second) || /embedding|imagen|veo/.test(m)) return `provider '${id}': only Gemini chat models are supported (google:<model>)`;
      return m ? { type: 'google', model: m } : `provider '${id}' names no model (write google:<model>)`;
    }
    case 'vertex':
      return `provider '${id}': Vertex AI needs Google Cloud credentials (OAuth), which PromptShift does not handle; the same Gemini models answer through google:<model> with a Gemini API key (eval --provider google:<model>)`;
    case 'mistral': {
      if (second === 'embedding' || second === 'embeddings') return `provider '${id}': only chat models are supported (mistral:<model>)`;
      const m = model(['chat']);
      return m ? { type: 'mistral', model: m } : `provider '${id}' names no model (write mistral:<model>)`;
    }
    case 'bedrock': {
      if (['embedding', 'embeddings', 'kb', 'knowledge-base', 'nova-sonic'].includes(second)) return `provider '${id}': only Bedrock chat models are supported (bedrock:<model-id>)`;
      const m = model(['converse', 'completion']);
      return m ? { type: 'bedrock', model: m } : `provider '${id}' names no model (write bedrock:<model-id>)`;
    }
  }
  if (HUBS.test(id)) return `provider '${id}' is a service PromptShift does not speak (${SPEAKS})`;
  return `provider '${id}' is not supported: ${SPEAKS}`;
}

const CONFIG_KEYS: Record<string, keyof SuiteProvider | 'apiHost' | 'transformResponse' | 'method'> = {
  apiBaseUrl: 'baseUrl',
  baseUrl: 'baseUrl',
  apiHost: 'apiHost',
  temperature: 'temperature',
  max_tokens: 'maxTokens',
  maxTokens: 'maxTokens',
  max_output_tokens: 'maxTokens',
  maxOutputTokens: 'maxTokens',
  max_completion_tokens: 'maxTokens',
  seed: 'seed',
  random_seed: 'seed',
  apiKeyEnvar: 'apiKeyEnv',
  headers: 'headers',
  timeout: 'timeoutMs',
  apiVersion: 'apiVersion',
  api_version: 'apiVersion',
  region: 'region',
  url: 'url',
  body: 'body',
  transformResponse: 'transformResponse',
  method: 'method',
};

/** Reads `providers:`; only the first is used (one model, two prompt versions). */
export function readPromptfooProvider(value: unknown, locator: DocumentLocator, issues: SuiteIssue[], field: 'providers' | 'targets' = 'providers'): PromptfooProvider {
  if (value === undefined) return {};
  const list = Array.isArray(value) ? value : [value];
  const base: FieldPath = Array.isArray(value) ? [field, 0] : [field];
  if (list.length > 1) {
    issues.push(locator.issue([field], `${list.length} providers: PromptShift compares prompt versions on one model and uses only the first (eval --provider picks another)`, 'warning'));
  }
  let entry = list[0];
  let path = base;
  // `{ "openai:chat:gpt-4o": { config: … } }`: the id is the only key.
  if (isObject(entry) && entry.id === undefined && Object.keys(entry).length === 1 && Object.keys(entry)[0]!.includes(':')) {
    const [id, rest] = Object.entries(entry)[0]!;
    path = [...base, id];
    entry = { id, ...(isObject(rest) ? rest : {}) };
  }
  const id = typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined;
  if (typeof id !== 'string') {
    return { problem: locator.issue(path, 'a provider must be an id such as openai:chat:gpt-4o-mini, or {id, config}', 'warning') };
  }
  const provider = providerFromId(id);
  if (typeof provider === 'string') {
    return { problem: locator.issue(typeof entry === 'string' ? path : [...path, 'id'], `${provider}; check renders the cases, eval needs --provider`, 'warning') };
  }
  if (!isObject(entry)) return finish(provider, path, locator);
  for (const key of Object.keys(entry)) {
    if (!['id', 'config', 'label'].includes(key)) issues.push(locator.issue([...path, key], `provider field '${key}' is not supported and is ignored`, 'warning', { key: true }));
  }
  const config = isObject(entry.config) ? entry.config : {};
  for (const [key, v] of Object.entries(config)) {
    const target = CONFIG_KEYS[key];
    const at = [...path, 'config', key];
    if (!target) {
      issues.push(locator.issue(at, `provider config '${key}' is not supported by PromptShift and is ignored`, 'warning', { key: true }));
      continue;
    }
    const problem = applyConfig(provider, target, v, key);
    if (problem) return { problem: locator.issue(at, `${problem}; check renders the cases, eval needs --provider`, 'warning') };
  }
  return finish(provider, path, locator);
}

function finish(provider: SuiteProvider, path: FieldPath, locator: DocumentLocator): PromptfooProvider {
  if (provider.type === 'azure' && !provider.baseUrl) {
    return { problem: locator.issue(path, "an azure provider needs config.apiHost (your resource's endpoint); check renders the cases, eval needs --provider", 'warning') };
  }
  if (provider.type === 'http' && !provider.url) return { problem: locator.issue(path, 'an http provider needs config.url; check renders the cases, eval needs --provider', 'warning') };
  return { provider };
}

/** Sets one config value on the provider; returns why it cannot be honoured. */
function applyConfig(provider: SuiteProvider, target: string, v: unknown, key: string): string | undefined {
  const wrongType = `provider config '${key}' has the wrong type`;
  switch (target) {
    case 'headers':
      if (!isObject(v) || !Object.values(v).every((h) => typeof h === 'string')) return wrongType;
      provider.headers = v as Record<string, string>;
      return undefined;
    case 'body':
      if (typeof v !== 'string' && !isObject(v) && !Array.isArray(v)) return wrongType;
      provider.body = v as SuiteProvider['body'] & object;
      return undefined;
    case 'method':
      return typeof v === 'string' && v.toUpperCase() === 'POST' ? undefined : `provider config 'method: ${String(v)}': the http provider sends POST only`;
    case 'transformResponse': {
      if (typeof v !== 'string') return `provider config 'transformResponse' is a function: PromptShift does not run a repository's code (write a path such as json.output)`;
      const path = v.trim().replace(/^json\./, '');
      if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\])*$/.test(path)) return `provider config 'transformResponse: ${v}' is a JavaScript expression, which PromptShift does not run (write a path such as json.output)`;
      provider.responsePath = path;
      return undefined;
    }
    case 'apiHost':
      if (typeof v !== 'string') return wrongType;
      provider.baseUrl = provider.type === 'azure' ? `https://${v.replace(/^https?:\/\//, '')}` : `https://${v}/v1`;
      return undefined;
    case 'baseUrl':
    case 'apiKeyEnv':
    case 'apiVersion':
    case 'region':
    case 'url':
      if (typeof v !== 'string') return wrongType;
      Object.assign(provider, { [target]: v });
      return undefined;
    default:
      if (typeof v !== 'number') return wrongType;
      Object.assign(provider, { [target]: v });
      return undefined;
  }
}
