// Records finished calls off the request path. A worker that gets an answer hands it here and goes
// straight on to its next request; the answers that arrive within one turn of the event loop are
// then scored (each exactly once) and appended to calls.jsonl in ONE write, and only after that
// write are they counted as done (results, onRecord, progress). A killed run so loses at most the
// calls answered in its last turn, which count as in flight: they are not in the record, so resume
// makes them again, and nothing recorded is ever requested twice. While the detectors are compiled
// at the start of a run (hold), answers wait here unscored, and count as in flight the same way.
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

export interface CallRecorderOptions {
  folder: RunFolder;
  score?: ((call: PlannedCall, response: ChatResponse) => Scores) | undefined;
  /** each record once it is on disk, in the order written, with its call's plan position */
  onWritten: (record: CallRecord, index: number) => void;
  /** after a batch is written (progress events: one per batch, not per call) */
  onBatch: () => void;
  /** the write failed (full disk, a link where the file should be): the run must stop */
  onWriteError: (error: Error) => void;
  /** a batch is written at once when it grows this large (a provider that never yields, e.g. replay) */
  maxBatch?: number;
}

export class CallRecorder {
  private queue: FinishedCall[] = [];
  private scheduled: ReturnType<typeof setImmediate> | undefined;
  private failed = false;
  private readonly log: ReturnType<RunFolder['openCalls']>;
  /** a scorer that threw: a bug, re-thrown by the runner once its workers have stopped */
  scoreError: unknown;
  private readonly maxBatch: number;
  /** answers are queued, not scored, until the function hold() answered is called */
  private held = false;

  constructor(private readonly options: CallRecorderOptions) {
    this.maxBatch = options.maxBatch ?? 256;
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

  /** setImmediate runs after the I/O of this turn: the answers that arrived together go together. */
  private flushSoon(): void {
    this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Writes what is queued and closes calls.jsonl: the runner's last call. */
  close(): void {
    try {
      this.flush();
    } finally {
      this.log.close();
    }
  }

  /** Scores and writes whatever is queued; called by the timer (or at once when the batch is full). */
  flush(): void {
    if (this.scheduled !== undefined) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    if (this.failed) return;
    const { score } = this.options;
    if (score) {
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
