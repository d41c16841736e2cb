// Where the command line finds a provider's key: the suite's `apiKeyEnv`, else the provider's usual
// variable (DEFAULT_KEY_ENV); for bedrock also AWS's own variables (AWS_ACCESS_KEY_ID and friends).
import { awsKeyFromEnv } from './bedrock';
import { DEFAULT_KEY_ENV, keyOwnerOf } from './config';

/**
 * The generic http provider's key comes only from this variable, never from a name the suite
 * gives: its URL is the suite's, so a suite must not also pick which secret is sent there.
 */
export const HTTP_KEY_ENV = 'PROMPTSHIFT_HTTP_API_KEY';

export function keyFromEnvironment(provider: { type: string; apiKeyEnv?: string }, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (provider.type === 'http') return env[HTTP_KEY_ENV]?.trim() || undefined;
  const name = provider.apiKeyEnv ?? (DEFAULT_KEY_ENV as Record<string, string | undefined>)[keyOwnerOf(provider.type)];
  const value = name ? env[name]?.trim() : undefined;
  if (value) return value;
  return provider.type === 'bedrock' && provider.apiKeyEnv === undefined ? awsKeyFromEnv(env) : undefined;
}
