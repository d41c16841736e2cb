// `compare` over logs of any length: both files are streamed, each output is scored once as it is
// read (in chunks, scored together: behaviour/detectionQueue.ts), and what stays in memory is
// bounded by settings, not by the input:
//  - per case and side, the count of outputs and of each behaviour (16 integers a case; the paired
//    statistics need nothing more), for at most `maxCases` case ids;
//  - per behaviour and side, a seeded uniform sample of `evidencePerBehaviour` outputs showing it;
//  - the request of the most recently read REQUESTS_CARRIED case ids (at most REQUESTS_CARRIED_CHARS),
//    for their outputs that log none;
//  - the outputs themselves only while there are at most `keepOutputs` of them: a small comparison
//    then gives exactly the report it always gave (every case, sample and evidence span), a large
//    one gives the same summary statistics with the sampled evidence instead of every output.
import { DETECTORS_VERSION } from '../behaviour';
import { DetectionQueue, type DetectOne } from '../behaviour/detectionQueue';
import { BEHAVIOURS, type Behaviour, type Detection, type DetectionContext } from '../behaviour/types';
import type { Problem } from '../problems';
import { buildReport, summaryOf } from '../report/build';
import { detectorCardOf } from '../report/detectorCards';
import type { CaseIn, SampleIn } from '../report/input';
import type { BehaviourSummary, SampledOutput, ShiftReport, StreamSummary, VersionInfo } from '../report/schema';
import { decideShifts, majority, pairedShift, seedFromString, type CaseTallies, type ShiftStatistics } from '../shift';
import { readLogRecords } from './read';
import type { LogRecord } from './record';
import { Reservoir } from './reservoir';
import { sampledOutput } from './sample';

export const STREAM_DEFAULTS = {
  /** outputs (both sides) kept whole for the full report; above this, aggregates and samples only */
  keepOutputs: 5000,
  /** sampled outputs per behaviour and side */
  evidencePerBehaviour: 20,
  /** distinct case ids tracked (16 integers and the id each) */
  maxCases: 1_000_000,
  seed: 1,
} as const;

/**
 * Case ids whose request is remembered for their outputs that log none, once outputs are no longer kept
 * whole (then the kept cases no longer hold it): the most recently read ids, so a log that writes an id's
 * outputs near each other keeps its request throughout, in bounded memory.
 */
const REQUESTS_CARRIED = 10_000;
/** …and at most this many characters of them: requests can be long conversations. */
const REQUESTS_CARRIED_CHARS = 8_000_000;

/** Flips listed in an aggregate report (all are counted in flipsUp/flipsDown). */
const MAX_LISTED_FLIPS = 100;

export type Side = 'a' | 'b';

export interface StreamCompareInput {
  a: { file: string; version: VersionInfo };
  b: { file: string; version: VersionInfo };
  createdAt?: string;
  keepOutputs?: number;
  evidencePerBehaviour?: number;
  maxCases?: number;
  seed?: number;
  detect?: DetectOne;
  onProblem: (side: Side, problem: Problem) => void;
  /** progress: outputs read so far on a side */
  onProgress?: (side: Side, outputs: number) => void;
}

export interface StreamCompareResult {
  report: ShiftReport;
  /** case ids on one side only: the first few, and how many */
  onlyA: { ids: string[]; count: number };
  onlyB: { ids: string[]; count: number };
  pairedCases: number;
}

const NB = BEHAVIOURS.length;
/** per case: side a (count per behaviour, then n), side b (same) */
const STRIDE = 2 * (NB + 1);
const LISTED_UNPAIRED = 10;

/** Per-case behaviour counts in flat typed arrays: ~100 bytes a case with its id, no object per case. */
class CaseTable {
  private readonly index = new Map<string, number>();
  readonly ids: string[] = [];
  counts = new Int32Array(STRIDE * 1024);
  lengths = new Float64Array(2 * 1024);

  get size(): number {
    return this.ids.length;
  }

  indexOf(id: string, create: boolean): number {
    const found = this.index.get(id);
    if (found !== undefined || !create) return found ?? -1;
    const i = this.ids.length;
    this.ids.push(id);
    this.index.set(id, i);
    if ((i + 1) * STRIDE > this.counts.length) {
      const grown = new Int32Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
      const lengths = new Float64Array(this.lengths.length * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    return i;
  }

  add(i: number, side: Side, detections: Record<Behaviour, Detection>, length: number): void {
    const base = i * STRIDE + (side === 'a' ? 0 : NB + 1);
    const c = this.counts;
    for (let k = 0; k < NB; k++) if (detections[BEHAVIOURS[k] as Behaviour].present) c[base + k] = (c[base + k] as number) + 1;
    c[base + NB] = (c[base + NB] as number) + 1;
    const at = 2 * i + (side === 'a' ? 0 : 1);
    this.lengths[at] = (this.lengths[at] as number) + length;
  }

  countOnly(i: number, side: Side): void {
    const at = i * STRIDE + (side === 'a' ? 0 : NB + 1) + NB;
    this.counts[at] = (this.counts[at] as number) + 1;
  }

  n(i: number, side: Side): number {
    return this.counts[i * STRIDE + (side === 'a' ? 0 : NB + 1) + NB] as number;
  }

  count(i: number, side: Side, k: number): number {
    return this.counts[i * STRIDE + (side === 'a' ? 0 : NB + 1) + k] as number;
  }
}

interface KeptCase {
  input?: string;
  a: SampleIn[];
  b: SampleIn[];
}

export async function streamCompare(input: StreamCompareInput): Promise<StreamCompareResult> {
  const keepOutputs = input.keepOutputs ?? STREAM_DEFAULTS.keepOutputs;
  const perBehaviour = input.evidencePerBehaviour ?? STREAM_DEFAULTS.evidencePerBehaviour;
  const maxCases = input.maxCases ?? STREAM_DEFAULTS.maxCases;
  const seed = input.seed ?? STREAM_DEFAULTS.seed;

  const table = new CaseTable();
  let kept: Map<string, KeptCase> | null = new Map();
  // an id's first logged request, for its later outputs that log none (most recent REQUESTS_CARRIED ids)
  const carried = new Map<string, string>();
  let carriedChars = 0;
  let keptOutputs = 0;
  let ignoredOutputs = 0;
  const outputs = { a: 0, b: 0 };
  const badLines = { a: 0, b: 0 };
  const evidence = {} as Record<Behaviour, Record<Side, Reservoir<SampledOutput>>>;
  for (const b of BEHAVIOURS) {
    evidence[b] = { a: new Reservoir(perBehaviour, seedFromString(`${b}:a`, seed)), b: new Reservoir(perBehaviour, seedFromString(`${b}:b`, seed)) };
  }

  const readSide = async (side: Side): Promise<void> => {
    const { file, version } = input[side];
    // Outputs wait here, in order, until a chunk of them is scored together (the same verdicts as one at
    // a time, faster); everything else about a record is settled as it is read.
    const queue = new DetectionQueue<{ record: LogRecord; i: number; keptCase: KeptCase | undefined }>(({ record, i, keptCase }, detections) => {
      outputs[side]++;
      table.add(i, side, detections, record.output.length);
      for (const b of BEHAVIOURS) if (detections[b].present) evidence[b][side].offer(() => sampledOutput(record, detections));
      // once more outputs came than are kept whole, none is (kept went null while these waited)
      if (kept && keptCase) keptCase[side].push({ output: record.output, detections });
      if (input.onProgress && outputs[side] % 100_000 === 0) input.onProgress(side, outputs[side]);
    }, input.detect);
    const onRecord = (record: LogRecord, line: number): void => {
      if (record.id === undefined) {
        badLines[side]++;
        input.onProblem(side, { file: version.ref, line, column: 1, field: 'id', message: 'compare pairs outputs by id: this line has none', severity: 'error' });
        return;
      }
      const id = record.id;
      let i = table.indexOf(id, false);
      if (i < 0) {
        if (table.size >= maxCases) {
          ignoredOutputs++;
          return;
        }
        i = table.indexOf(id, true);
      }
      if (side === 'b' && table.n(i, 'a') === 0) {
        // an id A does not have: counted (to warn about it), never scored, since it is in no rate
        table.countOnly(i, 'b');
        return;
      }
      let keptCase = kept?.get(id);
      const context: DetectionContext = {};
      const remembered = carried.get(id);
      if (remembered !== undefined) {
        // the most recently read ids stay: the map's order is the order of last use
        carried.delete(id);
        carried.set(id, remembered);
      } else if (record.input !== undefined) {
        carried.set(id, record.input);
        carriedChars += record.input.length;
        for (const [oldest, request] of carried) {
          if (carried.size <= REQUESTS_CARRIED && carriedChars <= REQUESTS_CARRIED_CHARS) break;
          carried.delete(oldest);
          carriedChars -= request.length;
        }
      }
      const caseInput = record.input ?? keptCase?.input ?? remembered;
      if (caseInput !== undefined) context.input = caseInput;
      // the kept case and its input are settled now: a later output of this id in the same chunk reads them
      if (kept) {
        if (++keptOutputs > keepOutputs) kept = null;
        else {
          if (!keptCase) kept.set(id, (keptCase = { a: [], b: [] }));
          if (keptCase.input === undefined && record.input !== undefined) keptCase.input = record.input;
        }
      }
      queue.push(record.output, context, { record, i, keptCase: kept ? keptCase : undefined }, record.finishReason);
    };
    const stats = await readLogRecords(file, onRecord, {
      shownAs: version.ref,
      onProblem: (p) => input.onProblem(side, p),
    });
    queue.flush();
    badLines[side] += stats.badLines;
  };
  await readSide('a');
  await readSide('b');

  // Which cases have outputs on both sides (only those count, as in the paired test).
  const paired: number[] = [];
  const onlyA = { ids: [] as string[], count: 0 };
  const onlyB = { ids: [] as string[], count: 0 };
  for (let i = 0; i < table.size; i++) {
    const na = table.n(i, 'a');
    const nb = table.n(i, 'b');
    if (na > 0 && nb > 0) paired.push(i);
    else {
      const only = na > 0 ? onlyA : onlyB;
      if (only.ids.length < LISTED_UNPAIRED) only.ids.push(table.ids[i] as string);
      only.count++;
    }
  }
  const stream: StreamSummary = {
    outputs,
    badLines,
    keptWhole: kept !== null,
    unpaired: { a: onlyA.count, b: onlyB.count },
    ignoredOutputs,
    evidence: { seed, perBehaviour, behaviours: {} },
  };
  for (const b of BEHAVIOURS) {
    const a = evidence[b].a.values();
    const bb = evidence[b].b.values();
    if (a.length || bb.length) stream.evidence.behaviours[b] = { a: [...a], b: [...bb] };
  }

  const versions = { a: input.a.version, b: input.b.version };
  let report: ShiftReport;
  if (kept) {
    const cases: CaseIn[] = [];
    for (const i of paired) {
      const id = table.ids[i] as string;
      const c = kept.get(id) as KeptCase;
      const ci: CaseIn = { id, a: c.a, b: c.b };
      if (c.input !== undefined) ci.input = c.input;
      cases.push(ci);
    }
    report = buildReport({ kind: 'compare', versions, run: input.createdAt ? { createdAt: input.createdAt } : {}, cases });
  } else {
    report = aggregateReport(table, paired, versions, input.createdAt);
  }
  report.stream = stream;
  return { report, onlyA, onlyB, pairedCases: paired.length };
}

/** The report's summary from the per-case counts alone (the same statistics buildReport computes). */
function aggregateReport(table: CaseTable, paired: readonly number[], versions: { a: VersionInfo; b: VersionInfo }, createdAt?: string): ShiftReport {
  const stats = {} as Record<Behaviour, ShiftStatistics>;
  const flips: NonNullable<ShiftReport['summary']['flips']> = [];
  BEHAVIOURS.forEach((behaviour, k) => {
    const tallies: CaseTallies[] = paired.map((i) => ({ a: { count: table.count(i, 'a', k), n: table.n(i, 'a') }, b: { count: table.count(i, 'b', k), n: table.n(i, 'b') } }));
    stats[behaviour] = pairedShift(tallies, behaviour);
    tallies.forEach((t, j) => {
      if (majority(t.a) === majority(t.b)) return;
      const from = t.a.count / t.a.n;
      const to = t.b.count / t.b.n;
      flips.push({ id: table.ids[paired[j] as number] as string, behaviour, from, to, direction: to > from ? 'increase' : 'decrease' });
    });
  });
  const decided = decideShifts(stats);
  const behaviours = {} as Record<Behaviour, BehaviourSummary>;
  // the same detector cards as a report built from the outputs (core/report/build.ts)
  for (const b of BEHAVIOURS) behaviours[b] = { ...summaryOf(decided[b]), detector: detectorCardOf(b, DETECTORS_VERSION) };
  flips.sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from));
  let samples = 0;
  let lengthA = 0;
  let lengthB = 0;
  let nA = 0;
  let nB = 0;
  for (const i of paired) {
    samples = Math.max(samples, table.n(i, 'a'), table.n(i, 'b'));
    lengthA += table.lengths[2 * i] as number;
    lengthB += table.lengths[2 * i + 1] as number;
    nA += table.n(i, 'a');
    nB += table.n(i, 'b');
  }
  const meanA = nA ? lengthA / nA : 0;
  const report: ShiftReport = {
    schemaVersion: 1,
    kind: 'compare',
    a: versions.a,
    b: versions.b,
    summary: {
      cases: paired.length,
      samples,
      behaviours,
      // similarity needs outputs side by side, which a streamed comparison does not keep
      metrics: { lengthRatio: nA && nB && meanA ? lengthB / nB / meanA : null, similarityAB: null, similarityAA: null, lengthRatioAA: null },
      flips: flips.slice(0, MAX_LISTED_FLIPS),
    },
    cases: [],
  };
  if (createdAt) report.createdAt = createdAt;
  return report;
}
