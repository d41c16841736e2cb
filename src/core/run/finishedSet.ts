// Which calls of a run are finished, by plan position: one byte per call (0 not yet, 1 answered,
// 2 answered from the cache) instead of a map of call ids, so a runner's own state stays ~100 KB at
// 100,000 calls (issue 17). A call is finished once its answer is on disk (calls.jsonl).
const ANSWERED = 1;
const CACHED = 2;

export class FinishedCalls {
  private readonly state: Uint8Array;
  /** finished calls */
  size = 0;
  /** of them, answered from the cache */
  cached = 0;

  constructor(readonly total: number) {
    this.state = new Uint8Array(total);
  }

  has(index: number): boolean {
    return this.state[index] !== 0;
  }

  /** Marks the call at `index` finished; a second mark of the same call counts once. */
  add(index: number, cached: boolean): void {
    if (this.state[index] !== 0) return;
    this.state[index] = cached ? CACHED : ANSWERED;
    this.size++;
    if (cached) this.cached++;
  }

  /** The first unfinished position at or after `from`, or `total` when there is none. */
  nextOpen(from: number): number {
    let i = from;
    while (i < this.total && this.state[i] !== 0) i++;
    return i;
  }
}
