// The batch side of a paired eval (`eval --batch`, a suite's `batch: true`): the provider's batch
// client, built under the same key rules as its synchronous client (the same credentials, the
// same baseUrl), and the batch runner's options. pairedEval.ts calls these; the runner is
// core/run/batchRun.ts.
import { BatchUnsupportedError, createBatchClient, type BatchClient } from '../providers/batch';
import type { ExecuteBatchRunOptions } from '../run/batchRun';
import { EvalInputError, providerCredentials, type BuildOptions, type PairedEvalOptions, type Prepared } from './pairedEval';

export async function buildBatchClient(prep: Pick<Prepared, 'provider' | 'suite'>, options: BuildOptions): Promise<BatchClient> {
  const credentials = await providerCredentials(prep.provider, 'provider', prep.suite, options);
  try {
    return createBatchClient(prep.provider, credentials);
  } catch (err) {
    if (err instanceof BatchUnsupportedError) throw new EvalInputError(`${prep.suite.file}: --batch: ${err.message}`);
    throw err;
  }
}

export function batchOptions(batch: BatchClient, options: Pick<PairedEvalOptions, 'batchPollMs'>): Pick<ExecuteBatchRunOptions, 'batch' | 'pollMs'> {
  return { batch, ...(options.batchPollMs !== undefined ? { pollMs: options.batchPollMs } : {}) };
}
