// Runs a planned set of calls: a pool of workers under an adaptive concurrency limit, retries with
// backoff, a disk cache, the run record appended as calls finish (scored and written in one batch
// per event-loop turn, off the request path: recorder.ts), progress events and prompt cancellation.
// Calls already finished in the run folder are skipped, so the same function starts a run and
// resumes a killed one (see resumeRun).
import { setMaxListeners } from 'node:events';
import { makeStateDir } from '../files';
import { ProviderError, type ChatResponse, type ModelProvider } from '../providers/types';
import type { ResponseCache } from './cache';
import { cacheKey, paramsHash } from './keys';
import { AdaptiveLimiter } from './limiter';
import { CallRecorder, type OffThreadScorer } from './recorder';
import { FinishedCalls } from './finishedSet';
import type { CallList, PlannedCall } from './plan';
import { costOf, type RunProgress } from './progress';
import { CALLS_FILE, RunFolder, type CallRecord, type RecordWarning, type RunRecord, type RunMeta, type RunStatus, type Scores } from './store';
import { backoffDelay, DEFAULT_RETRY, isRetryable, sleep, type RetryPolicy } from './retry';
import { seededRng } from './rng';

export interface ExecuteRunOptions {
  /** the run's folder, e.g. from createRunDir(); may already hold a partial record */
  runDir: string;
  /** the plan: an array, or a compact plan that builds each call when it is sent (planCompact) */
  calls: CallList;
  provider: ModelProvider;
  /** a call's own provider when it is not `provider` (a design's second model on another provider); looked up per call */
  providerOf?: (call: PlannedCall) => ModelProvider | undefined;
  concurrency: number;
  /** absent: no cache (--no-cache) */
  cache?: ResponseCache;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  onWarning?: (message: string) => void;
  retry?: Partial<RetryPolicy>;
  /** kept in run.json (suite path, refs, provider settings); never put keys here */
  meta?: Record<string, unknown>;
  /** seeds the retry jitter */
  seed?: number;
  /** scores a successful output once, before it is recorded (detectors, asserts); runs after the turn's requests are sent.
   *  Its `warm`, if any, starts once after the workers have made their first requests, and answers are held unscored until it calls `ready` (see warmWhileWaiting)
   *  and may go on in later turns; what it answers stops it when the run ends. */
  score?: ((call: PlannedCall, response: ChatResponse) => Scores) & {
    warm?: (ready: () => void) => (() => void) | void;
    /** starts a thread to score this many calls on, if the scorer has one for them (then there is no warm-up here) */
    startThread?: (pendingCalls: number) => OffThreadScorer | undefined;
  };
  /** each call as it is recorded (scored), e.g. for a live report */
  onRecord?: (record: CallRecord) => void;
}

export interface RunResult {
  runId: string;
  runDir: string;
  status: Exclude<RunStatus, 'running'>;
  /** why the run failed or was cancelled */
  message?: string;
  total: number;
  /** calls with a result, errors included */
  done: number;
  errors: number;
  cached: number;
  /** one result per finished call, in plan order (calls cut short by a cancel are absent) */
  records: CallRecord[];
  /** tokens and cost of the calls this execution made (cached and earlier ones excluded) */
  inputTokens: number;
  outputTokens: number;
  costUsd: number | undefined;
  elapsedMs: number;
}

/** Errors after retries from an unreachable server, with no success, that end the run. */
const UNREACHABLE_LIMIT = 3;

export async function executeRun(options: ExecuteRunOptions): Promise<RunResult> {
  const { runDir, calls, provider } = options;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const warn = options.onWarning ?? (() => undefined);
  const rng = seededRng(options.seed ?? 0x5eed);
  const limiter = new AdaptiveLimiter(options.concurrency);
  const started = performance.now();
  // Which calls are done (and whether from the cache), by plan position, not their records: a large
  // run's records stay on disk, and RunResult.records reads them back only when asked (issue 17).
  const { folder, earlier, finished } = openRunFolder(runDir, calls, warn);
  // the calls to make are the unfinished plan positions, walked in order (no copy of the plan)
  const pendingCount = calls.length - finished.size;

  const runId = folder.runId;
  const createdAt = earlier.meta?.createdAt ?? new Date().toISOString();
  const counts = { errors: 0, cached: finished.cached, fresh: 0, inputTokens: 0, outputTokens: 0 };
  let cost: number | undefined;
  let fatal: string | undefined;
  let unreachable = 0;
  let anySuccess = finished.size > 0;

  const metaOf = (status: RunStatus, message?: string): RunMeta => {
    const meta: RunMeta = {
      schemaVersion: 1, runId, createdAt, updatedAt: new Date().toISOString(), status,
      provider: provider.baseUrl ? { type: provider.type, baseUrl: provider.baseUrl } : { type: provider.type },
      totalCalls: calls.length, done: finished.size, errors: counts.errors,
    };
    if (message) meta.message = message;
    const extra = options.meta ?? earlier.meta?.meta;
    if (extra) meta.meta = extra;
    return meta;
  };
  folder.writeMeta(metaOf('running'));

  const stop = new AbortController();
  // Each worker listens on it while waiting, sleeping or fetching: a few listeners per worker is normal.
  setMaxListeners(options.concurrency * 4 + 10, stop.signal);
  const onUserAbort = () => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) onUserAbort();
  options.signal?.addEventListener('abort', onUserAbort, { once: true });

  const progress = (): void => {
    if (!options.onProgress) return;
    const elapsedMs = performance.now() - started;
    const remaining = calls.length - finished.size;
    options.onProgress({
      done: finished.size, total: calls.length, errors: counts.errors, cached: counts.cached,
      inputTokens: counts.inputTokens, outputTokens: counts.outputTokens, costUsd: cost, elapsedMs,
      etaMs: counts.fresh > 0 ? (elapsedMs / counts.fresh) * remaining : undefined,
      concurrency: limiter.limit,
    });
  };

  const failRun = (message: string): void => {
    if (fatal === undefined) fatal = message;
    stop.abort(new Error(message));
  };

  // Scoring and the record's write happen after the turn's answers are in, in one batch: a worker
  // never waits behind a detector or a write to send its next request (recorder.ts).
  // scoring on a thread of its own, when there is one: no answer then waits behind a detector's compile or scan
  const offThread = pendingCount > 0 ? options.score?.startThread?.(pendingCount) : undefined;
  const recorder = new CallRecorder({
    folder,
    score: options.score,
    offThread,
    onWritten: (record, index) => {
      finished.add(index, record.cached);
      options.onRecord?.(record);
    },
    onBatch: progress,
    // A full disk or a record that cannot be written: stop, saying where, and keep what is on disk.
    onWriteError: (error) => failRun(`cannot write the run record ${folder.file(CALLS_FILE)}: ${error.message}`),
  });

  const finish = (call: PlannedCall, index: number, key: string, fields: Pick<CallRecord, 'cached' | 'attempts'> & { response?: ChatResponse; error?: CallRecord['error'] }): void => {
    const { caseId, version, sample } = call.request.call;
    const record: CallRecord = {
      callId: call.id, cacheKey: key, caseId, version, sample, paramsHash: paramsHash(call.request),
      cached: fields.cached, attempts: fields.attempts, finishedAt: new Date().toISOString(),
    };
    if (fields.response) record.response = fields.response;
    if (fields.error) record.error = fields.error;
    recorder.add(fields.response ? { call, index, record, response: fields.response } : { call, index, record });
  };

  const runCall = async (call: PlannedCall, index: number): Promise<void> => {
    const signal = stop.signal;
    const target = options.providerOf?.(call) ?? provider;
    const key = cacheKey(target, call.request);
    const hit = options.cache ? await options.cache.get(key) : undefined;
    if (hit) {
      counts.cached++;
      anySuccess = true;
      return finish(call, index, key, { response: hit, cached: true, attempts: 0 });
    }
    for (let attempt = 1; ; attempt++) {
      const ticket = await limiter.acquire(signal);
      let response: ChatResponse | undefined;
      let error: unknown;
      try {
        response = await target.complete(call.request, signal);
      } catch (e) {
        error = e;
      } finally {
        limiter.release();
      }
      if (signal.aborted) return; // cut short: left unrecorded, so resume runs it again
      if (response) {
        limiter.onSuccess();
        anySuccess = true;
        counts.fresh++;
        counts.inputTokens += response.usage?.inputTokens ?? 0;
        counts.outputTokens += response.usage?.outputTokens ?? 0;
        const callCost = costOf(response.model ?? call.request.model, response.usage);
        if (callCost !== undefined) cost = (cost ?? 0) + callCost;
        if (options.cache) await options.cache.put(key, response).catch((e: Error) => warn(`cache: ${e.message}`));
        return finish(call, index, key, { response, cached: false, attempts: attempt });
      }
      const providerError = error instanceof ProviderError ? error : undefined;
      if (providerError?.status === 429 || providerError?.status === 529 || providerError?.status === 503) {
        limiter.onThrottle(ticket, providerError.retryAfterMs);
      }
      if (providerError?.kind === 'auth') return failRun(providerError.message);
      if (isRetryable(error) && attempt < policy.maxAttempts) {
        await sleep(backoffDelay(attempt, error, policy, rng), signal);
        continue;
      }
      counts.errors++;
      const recorded: CallRecord['error'] = { message: error instanceof Error ? error.message : String(error) };
      if (providerError?.kind) recorded.kind = providerError.kind;
      if (providerError?.status !== undefined) recorded.status = providerError.status;
      else if (!providerError) recorded.kind = 'internal';
      finish(call, index, key, { error: recorded, cached: false, attempts: attempt });
      if (providerError?.kind === 'unreachable' && !anySuccess && ++unreachable >= Math.min(UNREACHABLE_LIMIT, pendingCount)) {
        failRun(providerError.message);
      }
      return;
    }
  };

  // the next plan position to look at; positions finished before this execution are skipped
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!stop.signal.aborted) {
      const index = finished.nextOpen(next);
      if (index >= calls.length) return;
      next = index + 1;
      // built (a compact plan) or taken (an array) only now: the request lives while it is in flight
      const call = calls.at(index) as PlannedCall;
      try {
        await runCall(call, index);
      } catch (error) {
        if (!stop.signal.aborted) throw error;
      }
    }
  };
  progress();
  const workers = Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, pendingCount)) }, worker));
  const stopWarming = warmWhileWaiting(offThread ? undefined : options.score?.warm, recorder);
  try {
    await workers;
  } finally {
    stopWarming();
    options.signal?.removeEventListener('abort', onUserAbort);
    // answers already in (a cancel keeps them too): scored and written before the run ends
    await recorder.close();
  }
  return endRun({ folder, runId, runDir, total: calls.length, done: finished.size, counts, cost, started, fatal, recorder, metaOf, missing: 'not made' });
}

/**
 * Starts `warm` (compiling the detectors' rule sets: 0.15–0.3 s of CPU, in steps) once the workers
 * have made their first requests, so it can use the waits for answers. Compiled at the first answer
 * instead, it held up the workers whose answers came in meanwhile (issue 18). The same work either
 * way: the run's CPU does not change, only when it is spent. Answers a function that stops it.
 */
function warmWhileWaiting(warm: ((ready: () => void) => (() => void) | void) | undefined, recorder: CallRecorder): () => void {
  if (!warm) return () => {};
  // answers that come in before the warm-up is over wait for it (recorder.hold); the run's end releases them too
  const release = recorder.hold();
  // setImmediate: after the workers' synchronous start. New connections may not be connected yet,
  // so a warm-up that must not hold back their writes waits for them itself (pairedEval's scorer:
  // whenRequestsSent)
  let stop: (() => void) | void;
  const started = setImmediate(() => (stop = warm(release)));
  return () => {
    clearImmediate(started);
    if (stop) stop();
    release();
  };
}

/** What either runner (one call at a time, or provider batches) knows when its calls have ended. */
export interface RunEnd {
  folder: RunFolder;
  runId: string;
  runDir: string;
  total: number;
  /** calls with a result, errors included */
  done: number;
  counts: { errors: number; cached: number; inputTokens: number; outputTokens: number };
  cost: number | undefined;
  /** performance.now() when the execution started */
  started: number;
  /** why the run failed, if it did */
  fatal: string | undefined;
  recorder: CallRecorder;
  metaOf: (status: RunStatus, message?: string) => RunMeta;
  /** how a call left without a result is described ("not made", "not recorded") */
  missing: string;
  /** said after a failure's or a cancel's message (batches still open at the provider) */
  after?: string;
}

/**
 * Ends a run: its status (failed, cancelled with calls left, or completed) and message written to
 * run.json, and the result. A detector that threw is a bug: the run is marked failed and the error
 * surfaces.
 */
export function endRun(end: RunEnd): RunResult {
  const { folder, total, done, counts, fatal, after = '' } = end;
  if (end.recorder.scoreError !== undefined) {
    folder.writeMeta(end.metaOf('failed', fatal));
    throw end.recorder.scoreError;
  }
  const unfinished = total - done;
  const status: RunResult['status'] = fatal !== undefined ? 'failed' : unfinished > 0 ? 'cancelled' : 'completed';
  const message = status === 'failed' ? `${fatal}${after}` : status === 'cancelled' ? `cancelled with ${unfinished} of ${total} calls ${end.missing}${after}` : undefined;
  folder.writeMeta(end.metaOf(status, message));
  const result = withRecordsOnDisk(folder, {
    runId: end.runId, runDir: end.runDir, status, total, done, errors: counts.errors, cached: counts.cached,
    inputTokens: counts.inputTokens, outputTokens: counts.outputTokens, costUsd: end.cost,
    elapsedMs: performance.now() - end.started,
  });
  if (message) result.message = message;
  return result;
}

/** Plans read back from a run folder's plan.jsonl by resumeRun, and the folder: a resumed run's plan is read once, not twice. */
const plansReadFrom = new WeakMap<CallList, string>();

/**
 * A run folder made ready for an execution (synchronous or batch): its plan written, or checked
 * against `calls` when an earlier execution left one, and which calls that execution answered.
 */
export function openRunFolder(runDir: string, calls: CallList, warn: (message: string) => void): { folder: RunFolder; earlier: Pick<RunRecord, 'meta'>; finished: FinishedCalls } {
  makeStateDir(runDir);
  const folder = new RunFolder(runDir);
  // What an earlier, interrupted execution already finished: its plan's ids and the calls it answered, not its records.
  const warnings: RecordWarning[] = [];
  const earlier = { meta: folder.readMeta(warnings) };
  // a plan resumeRun read from this folder is the plan on disk: not read and compared again
  let planned = plansReadFrom.get(calls) === runDir ? undefined : new Set(folder.readPlan(warnings).map((c) => c.id));
  const answered = folder.answeredCalls(warnings);
  for (const w of warnings) warn(`${w.file}:${w.line}: ${w.message}`);
  if (planned) {
    samePlanOrWrite(folder, calls, planned);
    planned = undefined; // let go before the loop below builds every call again
  }
  // the calls answered, and whether from the cache, by plan position; the records themselves are left to be collected
  const finished = new FinishedCalls(calls.length);
  if (answered.size > 0) {
    for (let i = 0; i < calls.length; i++) {
      const cached = answered.get((calls.at(i) as PlannedCall).id);
      if (cached !== undefined) finished.add(i, cached);
    }
  }
  return { folder, earlier, finished };
}

/** The plan an earlier execution left (its call ids) must be `calls`; with none yet, `calls` is written as the plan. */
function samePlanOrWrite(folder: RunFolder, calls: CallList, planned: ReadonlySet<string>): void {
  if (planned.size === 0) return folder.writePlan(calls);
  let same = planned.size === calls.length;
  // each call's id (a compact plan builds the call to tell it)
  for (let i = 0; same && i < calls.length; i++) same = planned.has((calls.at(i) as PlannedCall).id);
  if (!same) throw new Error(`${folder.dir} already holds a different plan; start a new run folder`);
}

/**
 * A run's result whose `records` are read back from calls.jsonl when first asked for (in plan
 * order, a success before any error of the same call), so an execution never holds them all.
 */
export function withRecordsOnDisk(folder: RunFolder, result: Omit<RunResult, 'records'>): RunResult {
  let records: CallRecord[] | undefined;
  return Object.defineProperty(result, 'records', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!records) {
        const { plan, results } = folder.readRecord();
        records = plan.flatMap((c) => results.get(c.id) ?? []);
      }
      return records;
    },
  }) as RunResult;
}

export type ResumeRunOptions = Omit<ExecuteRunOptions, 'calls'>;

/** Finishes an interrupted run from its folder: the plan is read back, finished calls are skipped. */
export async function resumeRun(options: ResumeRunOptions): Promise<RunResult> {
  // the plan alone: the records are streamed when the folder is opened (openRunFolder)
  const warnings: RecordWarning[] = [];
  const plan = new RunFolder(options.runDir).readPlan(warnings);
  if (plan.length === 0) {
    const why = warnings.find((w) => w.file.endsWith('plan.jsonl'));
    throw new Error(`${options.runDir}: no plan to resume${why ? ` (${why.file}:${why.line}: ${why.message})` : ''}`);
  }
  plansReadFrom.set(plan, options.runDir);
  // its bad lines are told here: openRunFolder does not read this plan again
  for (const w of warnings) options.onWarning?.(`${w.file}:${w.line}: ${w.message}`);
  return executeRun({ ...options, calls: plan });
}
