// A run that stops when its answer is known (`eval --stop-early`): cases run whole in a seeded
// random order (plan order 'byCase'); as each case of that order completes, in order, its per-case
// difference B − A of every gated behaviour goes to that behaviour's sequential test
// (core/plan/sequential.ts). When every gated behaviour is decided the run stops: no new call is
// started, and the report covers the cases analysed.
import type { Behaviour } from '../behaviour/types';
import { SequentialTest } from '../plan/sequential';
import type { StopEarly } from '../report/schema';
import type { CallRecord } from '../run';

/** `stopped`; the cases analysed, in the order they ran (a stopped run's report covers these); per gated behaviour the decision, after how many cases, and the mean difference. */
export type StopEarlySummary = StopEarly;

export class EarlyStop {
  private readonly tests: Map<Behaviour, SequentialTest>;
  private readonly seen = new Map<string, Map<string, CallRecord>>();
  private next = 0;
  private done = false;

  constructor(
    /** case ids in the order the plan runs them */
    private readonly order: readonly string[],
    private readonly callsPerCase: number,
    behaviours: readonly Behaviour[],
    private readonly minShift: number,
    private readonly callsPlanned: number,
    /** called once, when every behaviour is decided */
    private readonly onDecided: () => void,
  ) {
    this.tests = new Map(behaviours.map((b) => [b, new SequentialTest({ behaviours: behaviours.length, minShift })]));
  }

  /** A recorded call (also the records of an interrupted run, when it resumes). */
  onRecord(record: CallRecord): void {
    let calls = this.seen.get(record.caseId);
    if (!calls) this.seen.set(record.caseId, (calls = new Map()));
    if (!calls.get(record.callId)?.response) calls.set(record.callId, record);
    // Cases are analysed in plan order only, so which cases count never depends on their outputs.
    while (!this.done && this.next < this.order.length && (this.seen.get(this.order[this.next]!)?.size ?? 0) >= this.callsPerCase) {
      this.analyse([...this.seen.get(this.order[this.next]!)!.values()]);
      this.next++;
      if ([...this.tests.values()].every((t) => t.decision !== 'undecided')) {
        this.done = true;
        this.onDecided();
      }
    }
  }

  private analyse(records: CallRecord[]): void {
    const answered = records.filter((r) => r.response);
    const a = answered.filter((r) => r.version === 'a');
    const b = answered.filter((r) => r.version === 'b');
    if (!a.length || !b.length) return; // no output on a side: nothing to compare
    for (const [behaviour, test] of this.tests) {
      const rate = (rs: CallRecord[]) => rs.filter((r) => r.scores?.found[behaviour] !== undefined).length / rs.length;
      test.add(rate(b) - rate(a));
    }
  }

  get stopped(): boolean {
    return this.done && this.next < this.order.length;
  }

  summary(): StopEarlySummary {
    return {
      stopped: this.stopped,
      minShift: this.minShift,
      analysedCases: this.order.slice(0, this.next),
      plannedCases: this.order.length,
      callsPlanned: this.callsPlanned,
      decisions: Object.fromEntries([...this.tests].map(([b, t]) => [b, { decision: t.decision, ...(t.decidedAt !== undefined ? { afterCases: t.decidedAt } : {}), meanShift: t.mean }])),
    };
  }
}
