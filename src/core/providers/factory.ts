// Builds the provider a configuration names. The key and headers come separately (chosen by
// keyPolicy.ts from SecretStorage or the environment) so they never sit in configuration.
import { readTextFile } from '../files';
import type { ProviderConfig, ProviderCredentials } from './config';
import { formatProblem } from '../problems';
import { AnthropicProvider } from './anthropic';
import { AzureOpenAIProvider } from './azure';
import { BedrockProvider } from './bedrock';
import { GoogleProvider } from './google';
import { httpConfigProblem, HttpEndpointProvider } from './http-endpoint';
import { MistralProvider } from './mistral';
import { OllamaProvider } from './ollama';
import { OpenAIProvider } from './openai';
import { OpenAIResponsesProvider } from './openai-responses';
import { parseReplayFile, ReplayProvider } from './replay';
import type { ModelProvider } from './types';

export interface ProviderDeps extends ProviderCredentials {
  /** reads the replay file; defaults to the disk */
  readFile?: (path: string) => Promise<string>;
}

/** Thrown for a configuration that cannot make a provider (unknown type, bad replay file). */
export class ProviderConfigError extends Error {
  override name = 'ProviderConfigError';
}

export async function createProvider(config: ProviderConfig, deps: ProviderDeps = {}): Promise<ModelProvider> {
  switch (config.type) {
    case 'openai':
      return new OpenAIProvider(config, credentialsOf(deps));
    case 'anthropic':
      return new AnthropicProvider(config, credentialsOf(deps));
    case 'ollama':
      return new OllamaProvider(config, credentialsOf(deps));
    case 'openai-responses':
      return new OpenAIResponsesProvider(config, deps.apiKey);
    case 'azure':
      if (!config.baseUrl) throw new ProviderConfigError("provider.baseUrl: an azure provider needs your resource's endpoint, e.g. https://NAME.openai.azure.com");
      return new AzureOpenAIProvider(config, deps.apiKey);
    case 'google':
      return new GoogleProvider(config, deps.apiKey);
    case 'mistral':
      return new MistralProvider(config, deps.apiKey);
    case 'bedrock':
      return new BedrockProvider(config, deps.apiKey);
    case 'http': {
      const problem = httpConfigProblem(config);
      if (problem) throw new ProviderConfigError(problem);
      return new HttpEndpointProvider(config, credentialsOf(deps));
    }
    case 'replay': {
      if (!config.file) throw new ProviderConfigError('provider.file: the replay provider needs the JSONL file of recorded outputs');
      const read = deps.readFile ?? ((path: string) => readTextFile(path));
      let text: string;
      try {
        text = await read(config.file);
      } catch (error) {
        throw new ProviderConfigError(`provider.file: cannot read ${config.file}: ${(error as Error).message}`);
      }
      const { byCase, problems } = parseReplayFile(text, config.file);
      if (problems.length > 0) throw new ProviderConfigError(problems.map((p) => formatProblem(p)).join('\n'));
      return new ReplayProvider(byCase, config.file);
    }
    default:
      throw new ProviderConfigError(
        `provider.type: "${config.type}" is not a provider the core can build (openai, openai-responses, azure, anthropic, google, mistral, bedrock, ollama, http, replay; vscode-lm runs inside VS Code)`,
      );
  }
}

function credentialsOf(deps: ProviderDeps): ProviderCredentials {
  return { ...(deps.apiKey ? { apiKey: deps.apiKey } : {}), ...(deps.headers ? { headers: deps.headers } : {}) };
}
