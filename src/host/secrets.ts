// API keys live only in VS Code's SecretStorage, one entry per provider (DESIGN.md rule 4), with
// the provider's usual environment variable as a fallback. Never in settings, logs or records.
import * as vscode from 'vscode';
import { argObject } from './commands';

export const KEYED_PROVIDERS = ['openai', 'anthropic', 'ollama'] as const;
export type KeyedProvider = (typeof KEYED_PROVIDERS)[number];

const ENV_NAMES: Record<KeyedProvider, string> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  ollama: 'OLLAMA_API_KEY',
};

export function secretKey(provider: KeyedProvider): string {
  return `promptshift.apiKey.${provider}`;
}

export class ApiKeys {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(provider: string, envName?: string): Promise<string | undefined> {
    if (!isKeyed(provider)) return undefined;
    const stored = await this.secrets.get(secretKey(provider));
    if (stored) return stored;
    const env = process.env[envName ?? ENV_NAMES[provider]];
    return env && env.trim() ? env.trim() : undefined;
  }

  /** `promptshift.setApiKey {provider?, key?}`: with both, stores without asking. Never returns the key. */
  async setCommand(arg?: unknown): Promise<{ provider: KeyedProvider; stored: boolean } | undefined> {
    const args = argObject(arg);
    let provider = typeof args['provider'] === 'string' ? args['provider'] : undefined;
    if (!provider) {
      provider = (await vscode.window.showQuickPick(
        KEYED_PROVIDERS.map((p) => ({ label: p, description: `also read from $${ENV_NAMES[p]}` })),
        { placeHolder: 'Which provider is the key for?' },
      ))?.label;
      if (!provider) return undefined;
    }
    if (!isKeyed(provider)) throw new Error(`Unknown provider '${provider}': expected one of ${KEYED_PROVIDERS.join(', ')}.`);
    let key = typeof args['key'] === 'string' ? args['key'] : undefined;
    if (key === undefined) {
      key = await vscode.window.showInputBox({
        prompt: `API key for ${provider} (stored in VS Code's secret storage; leave empty to delete it)`,
        password: true,
        ignoreFocusOut: true,
      });
      if (key === undefined) return undefined;
    }
    if (key.trim() === '') {
      await this.secrets.delete(secretKey(provider));
      return { provider, stored: false };
    }
    await this.secrets.store(secretKey(provider), key.trim());
    return { provider, stored: true };
  }
}

function isKeyed(p: string): p is KeyedProvider {
  return (KEYED_PROVIDERS as readonly string[]).includes(p);
}
