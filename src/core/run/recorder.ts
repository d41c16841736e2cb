// Records finished calls off the request path. A worker that gets an answer hands it here and goes
// straight on to its next request; the answers that arrive within one turn of the event loop are
// then scored (each exactly once) and appended to calls.jsonl in ONE write, and only after that
// write are they counted as done (results, onRecord, progress). A killed run so loses at most the
// calls answered in its last turn, which count as in flight: they are not in the record, so resume
// makes them again, and nothing recorded is ever requested twice. While the detectors are compiled
// at the start of a run (hold), answers wait here unscored, and count as in flight the same way.
// With a scoring thread (offThread), a batch is scored there while this thread goes on sending
// requests; batches are written in the order they were taken, each once its scores are back, and
// answers are gathered for a few milliseconds before a batch is taken: each batch is a message to the
// thread, a message back and a write, whose fixed costs were ≈ 0.15 ms of CPU per answer when every
// turn's one or two answers made a batch of their own (issue 18).
import type { ChatResponse } from '../providers/types';
import type { PlannedCall } from './plan';
import type { CallRecord, RunFolder, Scores } from './store';

/** What the runner knows of a finished call before it is scored and written. */
export interface FinishedCall {
  call: PlannedCall;
  /** the call's position in the run's plan */
  index: number;
  record: CallRecord;
  response?: ChatResponse;
}

/** Scores batches on another thread (core/eval/scoringThread.ts); a batch it cannot score is scored here. */
export interface OffThreadScorer {
  /** one score per item, in order; rejects when the thread cannot give them (its detectors threw, it died) */
  scoreMany(items: ReadonlyArray<{ call: PlannedCall; response: ChatResponse }>): Promise<Scores[]>;
  /** ends the thread (the run's last call) */
  close(): void;
}

export interface CallRecorderOptions {
  folder: RunFolder;
  score?: ((call: PlannedCall, response: ChatResponse) => Scores) | undefined;
  /** scores batches off this thread; `score` still scores what it cannot (and reports a detector that throws) */
  offThread?: OffThreadScorer | undefined;
  /** each record once it is on disk, in the order written, with its call's plan position */
  onWritten: (record: CallRecord, index: number) => void;
  /** after a batch is written (progress events: one per batch, not per call) */
  onBatch: () => void;
  /** the write failed (full disk, a link where the file should be): the run must stop */
  onWriteError: (error: Error) => void;
  /** a batch is written at once when it grows this large (a provider that never yields, e.g. replay) */
  maxBatch?: number;
  /** with a scoring thread, how long answers are gathered before a batch is taken (ms) */
  gatherMs?: number;
}

/** The default gathering with a scoring thread: longer holds a killed run's last answers longer, shorter sends more messages. */
export const GATHER_MS = 20;

export class CallRecorder {
  private queue: FinishedCall[] = [];
  /** cancels the flush that is due (a timer or an immediate) */
  private scheduled: (() => void) | undefined;
  private failed = false;
  private readonly log: ReturnType<RunFolder['openCalls']>;
  /** a scorer that threw: a bug, re-thrown by the runner once its workers have stopped */
  scoreError: unknown;
  private readonly maxBatch: number;
  private readonly gatherMs: number;
  /** answers are queued, not scored, until the function hold() answered is called */
  private held = false;
  /** the batches taken for the scoring thread, each written after the one before */
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: CallRecorderOptions) {
    this.maxBatch = options.maxBatch ?? 256;
    this.gatherMs = options.offThread ? (options.gatherMs ?? GATHER_MS) : 0;
    this.log = options.folder.openCalls();
  }

  /**
   * Queues answers without scoring or writing them until the function answered is called: while the
   * scorer's warm-up compiles the detectors' rule sets one per turn, scoring an answer would compile
   * the rest in one piece and hold up every answer behind it (issue 18). A full batch still goes.
   */
  hold(): () => void {
    this.held = true;
    return () => {
      if (!this.held) return;
      this.held = false;
      if (this.queue.length) this.flushSoon();
    };
  }

  add(finished: FinishedCall): void {
    this.queue.push(finished);
    if (this.queue.length >= this.maxBatch) this.flush();
    else if (!this.held) this.flushSoon();
  }

  /**
   * setImmediate runs after the I/O of this turn: the answers that arrived together go together. With
   * a scoring thread, the answers of the next few milliseconds go with them.
   */
  private flushSoon(): void {
    if (this.scheduled) return;
    if (this.gatherMs > 0) {
      const timer = setTimeout(() => this.flush(), this.gatherMs);
      this.scheduled = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => this.flush());
      this.scheduled = () => clearImmediate(immediate);
    }
  }

  /**
   * Writes what is queued and closes calls.jsonl: the runner's last call. Without a scoring thread
   * everything is written before it returns; with one, once the promise settles (it rejects only if
   * an onWritten or onBatch listener threw).
   */
  close(): Promise<void> {
    const { offThread } = this.options;
    try {
      this.flush();
    } finally {
      if (!offThread) this.log.close();
    }
    if (!offThread) return Promise.resolve();
    return this.writing.finally(() => {
      offThread.close();
      this.log.close();
    });
  }

  /**
   * Scores and writes whatever is queued; called by the timer (or at once when the batch is full).
   * With a scoring thread the batch is written later, after the batches taken before it.
   */
  flush(): void {
    this.scheduled?.();
    this.scheduled = undefined;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    if (this.failed) return;
    const { offThread } = this.options;
    if (offThread) {
      const answered = batch.filter((f): f is FinishedCall & { response: ChatResponse } => f.response !== undefined);
      // a batch the thread cannot score (it died, or its detectors threw) is scored here, which says why
      const scored = answered.length ? offThread.scoreMany(answered).catch(() => undefined) : Promise.resolve([]);
      this.writing = this.writing.then(async () => {
        const scores = await scored;
        if (scores) answered.forEach((f, i) => (f.record.scores = scores[i]));
        this.write(batch, scores === undefined);
      });
      return;
    }
    this.write(batch, true);
  }

  /** Scores the batch here when asked to, appends it in one write and counts it as done. */
  private write(batch: FinishedCall[], scoreHere: boolean): void {
    if (this.failed) return;
    const { score } = this.options;
    if (score && scoreHere) {
      for (const f of batch) {
        if (!f.response) continue;
        try {
          f.record.scores = score(f.call, f.response);
        } catch (error) {
          this.scoreError ??= error;
          this.failed = true;
          this.options.onWriteError(new Error(`scoring ${f.call.id} failed: ${(error as Error).message}`));
          return;
        }
      }
    }
    try {
      this.log.append(batch.map((f) => f.record));
    } catch (error) {
      this.failed = true;
      this.options.onWriteError(error as Error);
      return;
    }
    for (const f of batch) this.options.onWritten(f.record, f.index);
    this.options.onBatch();
  }
}
