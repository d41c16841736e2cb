// The one key lookup, for the CLI and VS Code alike: which environment variable holds a provider's
// key, and its value. VS Code asks its SecretStorage first and falls back on this.
import { DEFAULT_KEY_ENV, type ProviderSettings } from './config';

/** The variable a provider's key is read from: the suite's `apiKeyEnv`, else the provider's usual one. */
export function keyEnvName(provider: Pick<ProviderSettings, 'type' | 'apiKeyEnv'>): string | undefined {
  return provider.apiKeyEnv ?? (DEFAULT_KEY_ENV as Record<string, string | undefined>)[provider.type];
}

/** The key from the environment, trimmed; undefined when unset or blank. */
export function keyFromEnv(provider: Pick<ProviderSettings, 'type' | 'apiKeyEnv'>, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const name = keyEnvName(provider);
  const value = name ? env[name] : undefined;
  return value && value.trim() ? value.trim() : undefined;
}
