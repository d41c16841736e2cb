// `eval --provider TYPE:MODEL`: the model to call instead of the one a suite or config names.
// TYPE is a PromptShift provider type (openai:gpt-4o-mini, google:gemini-2.5-flash,
// bedrock:anthropic.claude-3-haiku-20240307-v1:0, ollama:llama3.2 …) or a promptfoo provider id
// (openai:chat:gpt-4o, anthropic:messages:claude-sonnet-4-5).
import { providerFromId } from './promptfoo-providers';
import { PROVIDER_TYPES, type SuiteProvider, type SuiteProviderType } from './schema';

const CALLABLE = PROVIDER_TYPES.filter((t) => t !== 'replay' && t !== 'http' && t !== 'vscode-lm');

export function parseProviderOverride(text: string): SuiteProvider | string {
  const colon = text.indexOf(':');
  const type = colon < 0 ? text : text.slice(0, colon);
  const model = colon < 0 ? '' : text.slice(colon + 1);
  if ((CALLABLE as readonly string[]).includes(type) && !/^(chat|messages|responses|converse):/.test(model)) {
    if (!model) return `--provider ${text}: name the model too (TYPE:MODEL, e.g. ${type}:${type === 'azure' ? 'my-deployment' : 'model-name'})`;
    return { type: type as SuiteProviderType, model };
  }
  if (type === 'vscode-lm') return { type: 'vscode-lm', ...(model && { model }) };
  const fromId = providerFromId(text);
  if (typeof fromId === 'string') return `--provider ${text}: ${fromId.replace(/; use eval --provider TYPE:MODEL$/, '')} (TYPE is one of ${CALLABLE.join(', ')})`;
  return fromId;
}
