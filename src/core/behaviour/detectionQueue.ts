// Outputs read one by one (a log) but scored many at a time: each is queued with what its reader needs
// afterwards, and every DETECT_MANY_CHUNK outputs (and at flush) the queue is scored with detectMany and
// handed back in the order queued, so a reader's tallies and seeded samples come out as if each output
// had been scored when it was read.
import { DETECT_MANY_CHUNK, detectMany } from './index';
import { withProviderRefusal } from './providerStop';
import type { Behaviour, Detection, DetectionContext } from './types';

/** Every detector on one output (detectAll's shape), as a caller may give them instead (e.g. a test's). */
export type DetectOne = (output: string, context: DetectionContext) => Record<Behaviour, Detection>;

export class DetectionQueue<T> {
  private queued: { output: string; context: DetectionContext; item: T; finishReason: string | undefined }[] = [];

  /** `detect`: score each output with it as it is pushed and hand it back at once (one at a time, in order: the
   *  reading as it was before outputs were queued), instead of the English detectors many at a time. */
  constructor(
    private readonly onDetected: (item: T, detections: Record<Behaviour, Detection>) => void,
    private readonly detect?: DetectOne,
  ) {}

  /** `finishReason`: why the provider says the answer ended, where the log gives it (a refusal stop is a refusal: providerStop.ts). */
  push(output: string, context: DetectionContext, item: T, finishReason?: string): void {
    if (this.detect) return this.onDetected(item, withProviderRefusal(this.detect(output, context), finishReason, output.length));
    this.queued.push({ output, context, item, finishReason });
    if (this.queued.length >= DETECT_MANY_CHUNK) this.flush();
  }

  /** Scores what is queued and hands it back in order; call it when the reading ends. */
  flush(): void {
    const batch = this.queued;
    if (batch.length === 0) return;
    this.queued = [];
    const found = detectMany(batch);
    batch.forEach((q, k) => this.onDetected(q.item, withProviderRefusal(found[k]!, q.finishReason, q.output.length)));
  }
}
