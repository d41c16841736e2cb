// A run's scoring on a thread of its own (issue 18): the thread that sends the requests hands each
// batch of answers over and goes on; nothing it does waits behind a detector's compile (30–90 ms for
// the largest rule sets, in one piece) or scan. The thread's code is a bundle of its own
// (scoringWorker.ts → dist/scoring-worker.js), found beside the CLI or the extension; where there is
// none (tests that run the sources, a caller with its own detectors) the runner scores in its thread.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CustomBehaviour } from '../behaviour/custom';
import type { ChatResponse } from '../providers/types';
import type { PlannedCall, Scores } from '../run';
import type { OffThreadScorer } from '../run/recorder';
import type { CaseScoring } from './scoring';

/** The run's own behaviours: the thread's first message. */
export interface ScoringSetup {
  behaviours?: CustomBehaviour[] | undefined;
}

/** One batch to score; `cases`: the scoring of each case the thread has not been sent before. */
export interface ScoringRequest {
  batch: number;
  items: { caseId: string; text: string; finishReason?: string | undefined }[];
  cases: [string, CaseScoring][];
}

export type ScoringReply = { batch: number; scores: Scores[] } | { batch: number; error: string };

/**
 * Runs with fewer calls to make than this score in their own thread, with the stepped warm-up: a
 * thread's start and its detectors' compile at its first batch cost a short run about what they
 * save it (against the fake server at 50 ms and concurrency 16, wall: 99 calls +36 ms, 297 calls
 * −14 ms, 999 calls −124 ms; BENCHMARKS, "Scoring on a thread of its own").
 */
export const SCORING_THREAD_MIN_CALLS = 300;

/** The scoring thread's bundle in `folder` (the built CLI's or extension's dist/), as the option runPairedEval takes; none where the sources run. */
export function scoringWorkerIn(folder: string): { scoringWorker?: string } {
  const file = path.join(folder, 'scoring-worker.js');
  return fs.existsSync(file) ? { scoringWorker: file } : {};
}

export class ScoringThread implements OffThreadScorer {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (scores: Scores[]) => void; reject: (error: Error) => void; size: number }>();
  private readonly casesSent = new Set<string>();
  private nextBatch = 0;
  private failure: Error | undefined;

  /** Throws where no thread can be made at all; a file that does not load fails each batch instead. */
  constructor(file: string, setup: ScoringSetup, private readonly scoringOf: (caseId: string) => CaseScoring) {
    this.worker = new Worker(file);
    // held only while a batch is out: an idle thread must not keep the process alive
    this.worker.unref();
    this.worker.on('message', (reply: ScoringReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the scoring thread exited (code ${code})`)));
    this.worker.postMessage(setup);
  }

  scoreMany(items: ReadonlyArray<{ call: PlannedCall; response: ChatResponse }>): Promise<Scores[]> {
    if (this.failure) return Promise.reject(this.failure);
    const batch = this.nextBatch++;
    const cases: [string, CaseScoring][] = [];
    const request: ScoringRequest = { batch, cases, items: [] };
    for (const { call, response } of items) {
      const caseId = call.request.call.caseId;
      if (!this.casesSent.has(caseId)) {
        this.casesSent.add(caseId);
        cases.push([caseId, this.scoringOf(caseId)]);
      }
      request.items.push({ caseId, text: response.text, finishReason: response.finishReason });
    }
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(batch, { resolve, reject, size: items.length });
      this.worker.postMessage(request);
    });
  }

  close(): void {
    this.failure ??= new Error('the scoring thread is closed');
    void this.worker.terminate();
  }

  private settle(reply: ScoringReply): void {
    const waiting = this.waiting.get(reply.batch);
    if (!waiting) return;
    this.waiting.delete(reply.batch);
    if (this.waiting.size === 0) this.worker.unref();
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else if (reply.scores.length !== waiting.size) waiting.reject(new Error(`the scoring thread gave ${reply.scores.length} scores for ${waiting.size} answers`));
    else waiting.resolve(reply.scores);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
    this.worker.unref();
  }
}
