// Builds the provider a configuration names. The key comes separately (SecretStorage or an
// environment variable, chosen by the caller) so it never sits in configuration.
import { readTextFile } from '../files';
import type { ProviderConfig } from './config';
import { formatProblem } from '../problems';
import { AnthropicProvider } from './anthropic';
import { OllamaProvider } from './ollama';
import { OpenAIProvider } from './openai';
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
        `provider.type: "${config.type}" is not a provider the core can build (openai, anthropic, ollama, replay; vscode-lm runs inside VS Code)`,
      );
  }
}
