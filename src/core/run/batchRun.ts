// Runs a planned set of calls through a provider's batch API instead of one request per call:
// cached answers are taken from the cache, the rest go out in batches (up to the API's size), each
// batch's id goes into the run's ledger the moment it exists (batches.jsonl, batches.ts), the
// batches are polled with a growing interval (progress from the provider's counts), and an ended
// batch's results are scored and written to calls.jsonl like any call's (recorder.ts) before the
// batch is marked collected. Requests that failed retryably, expired or were cancelled go out again
// in a follow-up batch, up to the retry policy's attempts; the others are recorded as errors.
// Stopped while waiting (a cancel, a killed process), the run is resumable: resume polls the open
// batches it finds in the ledger, so nothing is submitted or paid for twice.
import type { BatchClient, BatchItemError, BatchStatus } from '../providers/batch';
import { costOf } from '../providers/prices';
import type { ChatResponse } from '../providers/types';
import { BatchLedger, type OpenBatch } from './batches';
import { endRun, openRunFolder, type ExecuteRunOptions, type RunResult } from './execute';
import { cacheKey, paramsHash } from './keys';
import type { PlannedCall } from './plan';
import { CallRecorder } from './recorder';
import { DEFAULT_RETRY, isRetryable, sleep } from './retry';
import { CALLS_FILE, RunFolder, type CallRecord, type RecordWarning, type RunMeta, type RunStatus } from './store';

export interface ExecuteBatchRunOptions extends Omit<ExecuteRunOptions, 'provider' | 'concurrency'> {
  batch: BatchClient;
  /** the first wait between polls (default 1 s); it grows by half each poll, up to maxPollMs */
  pollMs?: number;
  /** default 60 s */
  maxPollMs?: number;
}

export async function executeBatchRun(options: ExecuteBatchRunOptions): Promise<RunResult> {
  const { runDir, batch } = options;
  // A batch run holds its plan as calls (a provider batch is sent whole, not built call by call)
  // and each call's plan position, for the finished-call flags.
  const calls = Array.isArray(options.calls) ? (options.calls as readonly PlannedCall[]) : [...options.calls];
  const maxAttempts = options.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
  const warn = options.onWarning ?? (() => undefined);
  const started = performance.now();
  const { folder, earlier, finished } = openRunFolder(runDir, calls, warn);
  const ledgerWarnings: RecordWarning[] = [];
  const ledger = new BatchLedger(folder, ledgerWarnings);
  for (const w of ledgerWarnings) warn(`${w.file}:${w.line}: ${w.message}`);
  const byId = new Map(calls.map((c, index) => [c.id, { call: c, index }]));
  const isFinished = (id: string): boolean => finished.has(byId.get(id)!.index);

  const runId = folder.runId;
  const createdAt = earlier.meta?.createdAt ?? new Date().toISOString();
  const counts = { errors: 0, cached: finished.cached, inputTokens: 0, outputTokens: 0 };
  let cost: number | undefined;
  let fatal: string | undefined;
  const metaOf = (status: RunStatus, message?: string): RunMeta => {
    const meta: RunMeta = {
      schemaVersion: 1, runId, createdAt, updatedAt: new Date().toISOString(), status,
      provider: { type: batch.type, baseUrl: batch.baseUrl }, totalCalls: calls.length, done: finished.size, errors: counts.errors,
    };
    if (message) meta.message = message;
    const extra = options.meta ?? earlier.meta?.meta;
    if (extra) meta.meta = extra;
    return meta;
  };
  folder.writeMeta(metaOf('running'));

  const recorder = new CallRecorder({
    folder,
    score: options.score,
    onWritten: (record, index) => {
      finished.add(index, record.cached);
      options.onRecord?.(record);
    },
    onBatch: () => undefined,
    onWriteError: (error) => {
      fatal ??= `cannot write the run record ${folder.file(CALLS_FILE)}: ${error.message}`;
    },
  });
  const record = (call: PlannedCall, fields: Pick<CallRecord, 'cached' | 'attempts'> & { response?: ChatResponse; error?: CallRecord['error'] }): void => {
    const { caseId, version, sample } = call.request.call;
    const r: CallRecord = {
      callId: call.id, cacheKey: cacheKey(batch, call.request), caseId, version, sample, paramsHash: paramsHash(call.request),
      cached: fields.cached, attempts: fields.attempts, finishedAt: new Date().toISOString(),
    };
    if (!fields.cached) r.batch = true;
    if (fields.response) r.response = fields.response;
    if (fields.error) r.error = fields.error;
    const index = byId.get(call.id)!.index;
    recorder.add(fields.response ? { call, index, record: r, response: fields.response } : { call, index, record: r });
  };

  const progress = (open: readonly OpenBatch[] = []): void => {
    if (!options.onProgress) return;
    let inBatches = 0;
    const batchCounts = { total: 0, succeeded: 0, failed: 0 };
    for (const b of open) {
      const c = b.last?.counts;
      if (!c) continue;
      inBatches += c.succeeded + c.failed;
      batchCounts.total += c.total;
      batchCounts.succeeded += c.succeeded;
      batchCounts.failed += c.failed;
    }
    options.onProgress({
      done: Math.min(calls.length, finished.size + inBatches), total: calls.length, errors: counts.errors, cached: counts.cached,
      inputTokens: counts.inputTokens, outputTokens: counts.outputTokens, costUsd: cost, elapsedMs: performance.now() - started,
      etaMs: undefined, concurrency: open.length,
      batch: { open: open.length, statuses: [...new Set(open.map((b) => b.last?.providerStatus ?? 'submitted'))], ...batchCounts },
    });
  };

  const signal = options.signal ?? new AbortController().signal;
  // Calls this execution still has to get an answer for, and how often each went out here.
  const waiting = ledger.waiting();
  let todo = calls.filter((c, index) => !finished.has(index) && !waiting.has(c.id));
  const tries = new Map<string, number>();

  try {
    // The cache first: an answer already bought is not bought again.
    if (options.cache) {
      const fresh: PlannedCall[] = [];
      for (const call of todo) {
        const hit = await options.cache.get(cacheKey(batch, call.request));
        if (hit) {
          counts.cached++;
          record(call, { response: hit, cached: true, attempts: 0 });
        } else fresh.push(call);
      }
      todo = fresh;
      recorder.flush();
    }
    for (;;) {
      if (fatal !== undefined || signal.aborted) break;
      for (let i = 0; i < todo.length; i += batch.maxItems) {
        const chunk = todo.slice(i, i + batch.maxItems);
        const id = await batch.submit(chunk.map((c) => ({ customId: c.id, request: c.request })), signal, `promptshift-${runId}`);
        // Recorded before anything else happens: from here on, the batch is the run's, whatever becomes of this process.
        ledger.submitted(id, batch.type, chunk.map((c) => c.id));
        for (const c of chunk) tries.set(c.id, (tries.get(c.id) ?? 0) + 1);
      }
      todo = [];
      if (ledger.open.size === 0) break;
      const retry = await waitAndCollect();
      todo = retry;
    }
  } catch (error) {
    if (!signal.aborted) {
      fatal ??= error instanceof Error ? error.message : String(error);
    }
  } finally {
    // no scoring thread here: everything is written when close returns
    void recorder.close();
  }
  const stillOpen = [...ledger.open.keys()];
  const left = stillOpen.length ? `; batch${stillOpen.length > 1 ? 'es' : ''} ${stillOpen.join(', ')} still at the provider: resume the run to collect ${stillOpen.length > 1 ? 'their' : 'its'} results` : '';
  return endRun({ folder, runId, runDir, total: calls.length, done: finished.size, counts, cost, started, fatal, recorder, metaOf, missing: 'not recorded', after: left });

  /** Polls the open batches until each has ended and its results are recorded; answers the calls to submit again. */
  async function waitAndCollect(): Promise<PlannedCall[]> {
    const again: PlannedCall[] = [];
    let wait = options.pollMs ?? 1000;
    while (ledger.open.size > 0) {
      for (const open of [...ledger.open.values()]) {
        try {
          const status = await batch.status(open.batchId, signal);
          ledger.status(status);
          if (status.ended) again.push(...(await collect(open, status)));
        } catch (error) {
          // a batch waits for hours: a passing network or server fault is tried again at the next poll
          if (signal.aborted || !isRetryable(error)) throw error;
          warn(`${batch.type} batch ${open.batchId}: ${(error as Error).message}; trying again at the next poll`);
        }
        if (fatal !== undefined) return [];
      }
      progress([...ledger.open.values()]);
      if (ledger.open.size === 0) break;
      await sleep(wait, signal);
      wait = Math.min(options.maxPollMs ?? 60_000, wait * 1.5);
    }
    return again;
  }

  /** An ended batch's results into calls.jsonl, then the batch marked collected. */
  async function collect(open: OpenBatch, status: BatchStatus): Promise<PlannedCall[]> {
    if (status.outcome === 'failed') {
      fatal = `${batch.type} batch ${open.batchId} failed${status.message ? `: ${status.message}` : ''}`;
      ledger.markCollected(open.batchId, 'failed', 0, open.callIds.length);
      return [];
    }
    const items = await batch.results(status, signal);
    const inBatch = new Set(open.callIds);
    const answered = new Set<string>();
    const again: PlannedCall[] = [];
    let succeeded = 0;
    let failed = 0;
    for (const item of items) {
      const call = byId.get(item.customId)?.call;
      // only this batch's calls, each once; an answer already recorded (an earlier collection cut short) is kept
      if (!call || !inBatch.has(item.customId) || answered.has(item.customId)) continue;
      answered.add(item.customId);
      const attempts = ledger.submissions.get(call.id) ?? 1;
      if ('response' in item) {
        succeeded++;
        if (isFinished(call.id)) continue;
        counts.inputTokens += item.response.usage?.inputTokens ?? 0;
        counts.outputTokens += item.response.usage?.outputTokens ?? 0;
        const callCost = costOf(item.response.model ?? call.request.model, item.response.usage, undefined, true);
        if (callCost !== undefined) cost = (cost ?? 0) + callCost;
        if (options.cache) await options.cache.put(cacheKey(batch, call.request), item.response).catch((e: Error) => warn(`cache: ${e.message}`));
        record(call, { response: item.response, cached: false, attempts });
      } else {
        failed++;
        if (item.error.retryable && (tries.get(call.id) ?? 1) < maxAttempts) again.push(call);
        else failCall(call, item.error, attempts);
      }
    }
    // Requests the batch gave no result for (a torn line, a batch that ended early): submitted again.
    for (const id of open.callIds) if (!answered.has(id) && byId.has(id) && !isFinished(id) && (tries.get(id) ?? 1) < maxAttempts) again.push(byId.get(id)!.call);
    recorder.flush();
    if (fatal !== undefined) return [];
    ledger.markCollected(open.batchId, status.outcome ?? status.providerStatus, succeeded, failed);
    return again;
  }

  function failCall(call: PlannedCall, error: BatchItemError, attempts: number): void {
    counts.errors++;
    const recorded: CallRecord['error'] = { message: error.message, kind: error.kind };
    if (error.status !== undefined) recorded.status = error.status;
    record(call, { error: recorded, cached: false, attempts });
  }
}

/** Finishes a batch run from its folder: its plan is read back, open batches are polled, not resubmitted. */
export async function resumeBatchRun(options: Omit<ExecuteBatchRunOptions, 'calls'>): Promise<RunResult> {
  const { plan } = new RunFolder(options.runDir).readRecord();
  if (plan.length === 0) throw new Error(`${options.runDir}: no plan to resume`);
  return executeBatchRun({ ...options, calls: plan });
}
