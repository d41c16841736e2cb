// A batch run's ledger of provider batches (batches.jsonl in the run folder, through RunFolder):
// which batches were submitted with which calls, which are still open (submitted, results not yet
// collected), and how often each call was submitted. A batch's id is written the moment the
// provider answers it, so a run left while it waits can be picked up by another process
// (`eval --resume`); once its results are in calls.jsonl it is marked collected and never
// downloaded or submitted again.
import type { BatchStatus } from '../providers/batch';
import type { RecordWarning, RunFolder } from './store';

export interface OpenBatch {
  batchId: string;
  callIds: string[];
  /** the last status seen (by any process) */
  last?: Pick<BatchStatus, 'providerStatus' | 'counts'>;
}

export class BatchLedger {
  /** submitted and not yet collected, in submission order */
  readonly open = new Map<string, OpenBatch>();
  /** how many batches each call went out in (its attempts) */
  readonly submissions = new Map<string, number>();
  readonly collected = new Set<string>();

  constructor(private readonly folder: RunFolder, warnings: RecordWarning[] = []) {
    for (const event of folder.readBatchEvents(warnings)) {
      if (event.event === 'submitted') {
        if (this.collected.has(event.batchId)) continue;
        this.open.set(event.batchId, { batchId: event.batchId, callIds: event.callIds });
        for (const id of event.callIds) this.submissions.set(id, (this.submissions.get(id) ?? 0) + 1);
      } else if (event.event === 'status') {
        const open = this.open.get(event.batchId);
        if (open) open.last = { providerStatus: event.providerStatus, counts: event.counts };
      } else {
        this.open.delete(event.batchId);
        this.collected.add(event.batchId);
      }
    }
  }

  /** Calls waiting in an open batch. */
  waiting(): Set<string> {
    const out = new Set<string>();
    for (const batch of this.open.values()) for (const id of batch.callIds) out.add(id);
    return out;
  }

  submitted(batchId: string, provider: string, callIds: string[]): OpenBatch {
    this.folder.appendBatchEvent({ event: 'submitted', batchId, provider, callIds, at: new Date().toISOString() });
    const batch: OpenBatch = { batchId, callIds };
    this.open.set(batchId, batch);
    for (const id of callIds) this.submissions.set(id, (this.submissions.get(id) ?? 0) + 1);
    return batch;
  }

  /** Records a status when it changed (another process following the run sees the counts). */
  status(status: BatchStatus): void {
    const batch = this.open.get(status.id);
    if (!batch) return;
    const last = batch.last;
    if (last && last.providerStatus === status.providerStatus && last.counts.succeeded === status.counts.succeeded && last.counts.failed === status.counts.failed) return;
    batch.last = { providerStatus: status.providerStatus, counts: status.counts };
    this.folder.appendBatchEvent({ event: 'status', batchId: status.id, providerStatus: status.providerStatus, counts: status.counts, at: new Date().toISOString() });
  }

  /** Every result of the batch is in calls.jsonl: it is done with. */
  markCollected(batchId: string, outcome: string, succeeded: number, failed: number): void {
    this.folder.appendBatchEvent({ event: 'collected', batchId, outcome, succeeded, failed, at: new Date().toISOString() });
    this.open.delete(batchId);
    this.collected.add(batchId);
  }
}
