// What the report pass keeps of each call of a run between its two reads of calls.jsonl (issue 17):
// where the call's record lies, what the usage counts of it, which detector version scored it. Held
// as typed arrays indexed by case, version and sample (~33 bytes a call, outside the garbage
// collector's old generation) instead of three small objects a call, which at 100,000 calls were
// tens of MB the heap kept, and grew its garbage limit by, until the report was written.
import type { CallAt, CallRecord } from '../run';
import type { SpecCase } from './runSpec';

/** A case's slots per version, in sample order; a slot holds what a report keeps of its call's record. */
export type CaseSlots<T> = { a: T[]; b: T[]; aPrime: T[] };

/** What usageOf reads of a record (a report keeps only this of each record, not its output twice). */
export type UsageOfRecord = Pick<CallRecord, 'cached' | 'batch'> & { response?: Pick<NonNullable<CallRecord['response']>, 'model' | 'usage'> | undefined };

// the order reportHeaderOf visits a case's versions when it sums the usage (the same order keeps the same floating-point cost)
const VERSIONS = ['a', 'b', 'aPrime'] as const;
const VERSION_INDEX: Record<CallRecord['version'], number> = { a: 0, b: 1, aPrime: 2 };
// flag bits of a slot
const HELD = 1;
const RESPONSE = 2;
const CACHED = 4;
const BATCH = 8;
const USAGE = 16;
// string tables are indexed by a Uint16 (0: none)
const MAX_STRINGS = 0xfffe;

/**
 * The slots of a run whose records fit its spec: each record's case is one of the spec's cases and
 * its sample one the spec plans. `place` answers false for a record that does not fit (a tampered or
 * foreign calls.jsonl): the caller then keeps such a run's slots as objects, as before.
 */
export class CompactSlots {
  private readonly caseIndex: Map<string, number>;
  private readonly perCase: number;
  private readonly flags: Uint8Array;
  private readonly model: Uint16Array;
  private readonly detector: Uint16Array;
  private readonly inputTokens: Float64Array;
  private readonly outputTokens: Float64Array;
  private readonly offset: Float64Array;
  private readonly length: Float64Array;
  private readonly strings = new Map<string, number>();
  private readonly stringList: string[] = [];
  /** cases in the order their first record came (the order a Map keyed by case id would list them) */
  private readonly caseOrder: Int32Array;
  private readonly caseSeen: Uint8Array;
  private casesSeen = 0;

  constructor(
    cases: readonly Pick<SpecCase, 'id'>[],
    private readonly samples: number,
  ) {
    this.caseIndex = new Map(cases.map((c, i) => [c.id, i]));
    this.perCase = VERSIONS.length * samples;
    const n = cases.length * this.perCase;
    this.flags = new Uint8Array(n);
    this.model = new Uint16Array(n);
    this.detector = new Uint16Array(n);
    this.inputTokens = new Float64Array(n);
    this.outputTokens = new Float64Array(n);
    this.offset = new Float64Array(n);
    this.length = new Float64Array(n);
    this.caseOrder = new Int32Array(cases.length);
    this.caseSeen = new Uint8Array(cases.length);
  }

  /**
   * Keeps what the report needs of `r`, found at `at`; false when it does not fit. A call recorded
   * twice (an error, then a success on resume) keeps its success, else its latest record.
   */
  place(r: CallRecord, at: CallAt): boolean {
    const ci = this.caseIndex.get(r.caseId);
    if (ci === undefined || !(r.sample >= 0 && r.sample < this.samples)) return false;
    const model = this.stringIndex(r.response?.model);
    const detector = this.stringIndex(r.scores?.detector);
    if (model < 0 || detector < 0) return false;
    if (!this.caseSeen[ci]) {
      this.caseSeen[ci] = 1;
      this.caseOrder[this.casesSeen++] = ci;
    }
    const i = ci * this.perCase + VERSION_INDEX[r.version] * this.samples + r.sample;
    if (this.flags[i]! & RESPONSE && !r.response) return true;
    const usage = r.response?.usage;
    this.flags[i] = HELD | (r.response ? RESPONSE : 0) | (r.cached ? CACHED : 0) | (r.batch ? BATCH : 0) | (usage ? USAGE : 0);
    this.model[i] = model;
    this.detector[i] = detector;
    this.inputTokens[i] = usage?.inputTokens ?? Number.NaN;
    this.outputTokens[i] = usage?.outputTokens ?? Number.NaN;
    this.offset[i] = at.offset;
    this.length[i] = at.length;
    return true;
  }

  /** What the usage counts of every slot, in the order a map of each case's slots lists them. */
  *usages(): Generator<UsageOfRecord> {
    for (let k = 0; k < this.casesSeen; k++) {
      const base = this.caseOrder[k]! * this.perCase;
      for (let i = base; i < base + this.perCase; i++) if (this.flags[i]! & HELD) yield this.usageAt(i);
    }
  }

  /** The detector versions that scored the records kept. */
  detectorVersions(): Set<string> {
    const versions = new Set<string>();
    for (let i = 0; i < this.flags.length; i++) if (this.flags[i]! & HELD && this.detector[i]) versions.add(this.stringList[this.detector[i]! - 1]!);
    return versions;
  }

  /** Where each record of the case lies, per version and in sample order; undefined when the case has none. */
  caseSlots(caseId: string): CaseSlots<CallAt | undefined> | undefined {
    const ci = this.caseIndex.get(caseId);
    if (ci === undefined || !this.caseSeen[ci]) return undefined;
    const base = ci * this.perCase;
    const list = (v: number): (CallAt | undefined)[] =>
      Array.from({ length: this.samples }, (_, s) => {
        const i = base + v * this.samples + s;
        return this.flags[i]! & HELD ? { offset: this.offset[i]!, length: this.length[i]! } : undefined;
      });
    return { a: list(0), b: list(1), aPrime: list(2) };
  }

  private usageAt(i: number): UsageOfRecord {
    const f = this.flags[i]!;
    const out: UsageOfRecord = { cached: (f & CACHED) !== 0, ...(f & BATCH ? { batch: true } : {}) };
    if (f & RESPONSE) {
      const model = this.model[i] ? this.stringList[this.model[i]! - 1] : undefined;
      const usage = f & USAGE ? { ...(Number.isNaN(this.inputTokens[i]) ? {} : { inputTokens: this.inputTokens[i]! }), ...(Number.isNaN(this.outputTokens[i]) ? {} : { outputTokens: this.outputTokens[i]! }) } : undefined;
      out.response = { ...(model !== undefined ? { model } : {}), ...(usage ? { usage } : {}) };
    }
    return out;
  }

  /** The index + 1 of `s` in the string table, 0 for none, -1 when the table is full. */
  private stringIndex(s: string | undefined): number {
    if (s === undefined) return 0;
    let i = this.strings.get(s);
    if (i === undefined) {
      if (this.stringList.length >= MAX_STRINGS) return -1;
      this.stringList.push(s);
      this.strings.set(s, (i = this.stringList.length));
    }
    return i;
  }
}
