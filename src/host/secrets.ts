// API keys live only in VS Code's SecretStorage, one entry per provider (DESIGN.md rule 4), with
// the provider's default environment variable as a fallback (read by core/providers/keyPolicy.ts,
// which also decides where a key may go). Never in settings, logs or records, and a suite cannot
// make VS Code read any other variable.
import * as vscode from 'vscode';
import { argObject } from './commands';
import { DEFAULT_KEY_ENV, keyOwnerOf } from '../core/providers/config';

export type KeyedProvider = keyof typeof DEFAULT_KEY_ENV;
/** Providers with a key of their own (OpenAI's Responses API uses OpenAI's). */
export const KEYED_PROVIDERS = (Object.keys(DEFAULT_KEY_ENV) as KeyedProvider[]).filter((p) => keyOwnerOf(p) === p);

export function secretKey(provider: KeyedProvider): string {
  return `promptshift.apiKey.${provider}`;
}

export class ApiKeys {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  /** The key stored for a provider, if any (the default variable is the key rules' fallback). */
  async stored(type: string): Promise<string | undefined> {
    const provider = keyOwnerOf(type);
    if (!isKeyed(provider)) return undefined;
    return (await this.secrets.get(secretKey(provider))) || undefined;
  }

  /** Where a provider's key may be read in VS Code: the stored key, else its default variable only. */
  async sources(type: string): Promise<{ storedKey?: string; env: NodeJS.ProcessEnv }> {
    const provider = keyOwnerOf(type);
    if (!isKeyed(provider)) return { env: {} };
    const storedKey = await this.stored(provider);
    const name = DEFAULT_KEY_ENV[provider];
    return { env: { [name]: process.env[name] }, ...(storedKey !== undefined ? { storedKey } : {}) };
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
