// Where the command line finds a provider's key: the suite's `apiKeyEnv`, else the provider's usual
// variable (DEFAULT_KEY_ENV); for bedrock also AWS's own variables (AWS_ACCESS_KEY_ID and friends).
import { awsKeyFromEnv } from './bedrock';
import { DEFAULT_KEY_ENV } from './config';

export function keyFromEnvironment(provider: { type: string; apiKeyEnv?: string }, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const name = provider.apiKeyEnv ?? (DEFAULT_KEY_ENV as Record<string, string | undefined>)[provider.type];
  const value = name ? env[name]?.trim() : undefined;
  if (value) return value;
  return provider.type === 'bedrock' && provider.apiKeyEnv === undefined ? awsKeyFromEnv(env) : undefined;
}
