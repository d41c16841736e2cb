// Builds the batch client of a provider configuration: OpenAI's Batch API or Anthropic's Message
// Batches. Other providers have no batch API PromptShift speaks (BatchUnsupportedError).
import type { ProviderConfig, ProviderCredentials } from '../config';
import { AnthropicBatchClient } from './anthropic';
import { OpenAIBatchClient } from './openai';
import type { BatchClient } from './types';

export type { BatchClient, BatchItem, BatchItemResult, BatchStatus, BatchItemError } from './types';

export class BatchUnsupportedError extends Error {
  override name = 'BatchUnsupportedError';
}

export function createBatchClient(config: ProviderConfig, credentials: ProviderCredentials = {}): BatchClient {
  if (config.type === 'openai' && !config.azure) return new OpenAIBatchClient(config, credentials);
  if (config.type === 'anthropic') return new AnthropicBatchClient(config, credentials);
  throw new BatchUnsupportedError(`provider.type: '${config.type}${config.azure ? ' (azure)' : ''}' has no batch API PromptShift can use (batch runs work with openai and anthropic)`);
}
