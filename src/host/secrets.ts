// API keys live only in VS Code's SecretStorage, one entry per provider (DESIGN.md rule 4), with
// the provider's usual environment variable as a fallback. Never in settings, logs or records.
import * as vscode from 'vscode';
import { argObject } from './commands';
import { DEFAULT_KEY_ENV, keyOwnerOf } from '../core/providers/config';
import { keyFromEnvironment } from '../core/providers/env-keys';

export type KeyedProvider = keyof typeof DEFAULT_KEY_ENV;
export const KEYED_PROVIDERS = Object.keys(DEFAULT_KEY_ENV) as KeyedProvider[];

export function secretKey(provider: KeyedProvider): string {
  return `promptshift.apiKey.${provider}`;
}

export class ApiKeys {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(type: string, envName?: string): Promise<string | undefined> {
    const provider = keyOwnerOf(type);
    if (!isKeyed(provider)) return undefined;
    const stored = await this.secrets.get(secretKey(provider));
    if (stored) return stored;
    return keyFromEnvironment({ type: provider, ...(envName !== undefined && { apiKeyEnv: envName }) }, process.env);
  }

  /** `promptshift.setApiKey {provider?, key?}`: with both, stores without asking. Never returns the key. */
  async setCommand(arg?: unknown): Promise<{ provider: KeyedProvider; stored: boolean } | undefined> {
    const args = argObject(arg);
    let provider = typeof args['provider'] === 'string' ? args['provider'] : undefined;
    if (!provider) {
      provider = (await vscode.window.showQuickPick(
        KEYED_PROVIDERS.map((p) => ({ label: p, description: `also read from $${DEFAULT_KEY_ENV[p]}` })),
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
