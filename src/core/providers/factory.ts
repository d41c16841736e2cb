// Builds the provider a configuration names. The key comes separately (SecretStorage or an
// environment variable, chosen by the caller) so it never sits in configuration.
import { readTextFile } from '../files';
import type { ProviderConfig } from './config';
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

export interface ProviderDeps {
  apiKey?: string;
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
      return new OpenAIProvider(config, deps.apiKey);
    case 'anthropic':
      return new AnthropicProvider(config, deps.apiKey);
    case 'ollama':
      return new OllamaProvider(config, deps.apiKey);
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
      return new HttpEndpointProvider(config, deps.apiKey);
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
      const { byCase, errors } = parseReplayFile(text, config.file);
      if (errors.length > 0) throw new ProviderConfigError(errors.map((e) => e.message).join('\n'));
      return new ReplayProvider(byCase, config.file);
    }
    default:
      throw new ProviderConfigError(
        `provider.type: "${config.type}" is not a provider the core can build (openai, openai-responses, azure, anthropic, google, mistral, bedrock, ollama, http, replay; vscode-lm runs inside VS Code)`,
      );
  }
}
