// What earlier runs of a suite say about the next one: the noise between A and A′ per behaviour,
// the outputs' length in tokens, the calls' latency, and how the token estimate compares with what
// the provider counted. Each finished run keeps these in a small summary (summary.json, written
// with its report: RunSummaryBuilder); a run without one is read from its records. Nothing is called.
import * as z from 'zod';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { RunStore, SUMMARY_FILE, type CallRecord, type RunFolder } from '../run';
import { RunSpec } from '../eval/runSpec';
import { tryParseJson } from '../problems';
import { estimateMessageTokens, estimateTokens } from './tokens';
import type { NoisePair } from './power';

export interface RunHistory {
  /** the runs read, newest first */
  runIds: string[];
  noise: Record<Behaviour, NoisePair[]>;
  /** mean output tokens of a call the provider answered (cached answers excluded) */
  outputTokensPerCall?: number;
  /** mean latency of a call the provider answered */
  latencyMs?: number;
  /** tokens the provider counted ÷ the estimate from the same messages */
  inputTokenRatio?: number;
}

const RUNS_READ = 5;

const Total = z.object({ total: z.number().nonnegative(), calls: z.number().int().nonnegative() });
const count = z.number().int().nonnegative();

/** A finished run's summary for the planner (summary.json): sums, and the A/A′ counts of its cases. */
export const RunSummary = z.object({
  schemaVersion: z.literal(1),
  /** per behaviour, each distinct [A count, A outputs, A′ count, A′ outputs] of a case with both, and how many cases had it */
  noise: z.record(z.string(), z.array(z.tuple([count, count, count, count, count.min(1)]))),
  /** output tokens and latency of the calls the provider answered (cached answers excluded) */
  outputTokens: Total,
  latencyMs: Total,
  /** input tokens the provider counted, and the estimate from the same messages */
  inputTokens: z.object({ counted: z.number().nonnegative(), estimated: z.number().nonnegative() }),
  /**
   * Which runs the planner may read, as run.json says (since 2026-12-01): the suite's path, how the
   * run ended, and the run it re-ran. With them the planner never parses run.json, whose spec holds
   * every case (~15 MB at 100,000 calls); a summary without them is checked against run.json.
   */
  run: z.object({ suite: z.string(), status: z.string(), rerunOf: z.string().optional() }).optional(),
});
/** What a summary says of its run (RunSummary's `run`). */
export type SummaryRun = NonNullable<RunSummary['run']>;
export type RunSummary = z.infer<typeof RunSummary>;

/** A case's counts: per behaviour, A count, A outputs, A′ count, A′ outputs. */
const ROW = BEHAVIOURS.length * 4;

/**
 * A run's summary from its successful records, one at a time (the report's pass over calls.jsonl
 * feeds it; a run without a summary feeds it from its record). `messagesOf` gives what a call sent.
 */
export class RunSummaryBuilder {
  // each case's counts as a row of one growing Int32Array (rows in the order cases first came),
  // not an Int32Array per case: ~250 bytes a case with its buffer, 8 MB at 100,000 calls (issue 17)
  private readonly rowOf = new Map<string, number>();
  private counts: Int32Array;
  private readonly outputTokens = { total: 0, calls: 0 };
  private readonly latency = { total: 0, calls: 0 };
  private counted = 0;
  private estimated = 0;

  /** inputEstimateOf: the estimated input tokens of the messages a record's call sent (estimateMessageTokens), when known */
  /** `cases`: how many cases the run has, when known (their rows then take exactly the room they need, never grown) */
  constructor(
    private readonly inputEstimateOf: (r: CallRecord) => number | undefined,
    cases = 1024,
  ) {
    this.counts = new Int32Array(ROW * Math.max(1, cases));
  }

  add(r: CallRecord): void {
    if (!r.response) return;
    if (r.version !== 'b') {
      // per behaviour: A count, A outputs, A′ count, A′ outputs
      const at = this.rowStart(r.caseId) + (r.version === 'a' ? 0 : 2);
      const counts = this.counts; // after rowStart, which may have grown it
      BEHAVIOURS.forEach((b, k) => {
        if (r.scores?.found[b] !== undefined) counts[k * 4 + at]!++;
        counts[k * 4 + at + 1]!++;
      });
    }
    if (r.cached) return;
    this.latency.total += r.response.latencyMs;
    this.latency.calls++;
    const usage = r.response.usage;
    // a provider that counts no tokens (a replay): the output's own length
    this.outputTokens.total += usage?.outputTokens ?? estimateTokens(r.response.text);
    this.outputTokens.calls++;
    const estimate = usage?.inputTokens !== undefined ? this.inputEstimateOf(r) : undefined;
    if (usage?.inputTokens !== undefined && estimate !== undefined) {
      this.counted += usage.inputTokens;
      this.estimated += estimate;
    }
  }

  /** Where the case's row starts in `counts` (a new row, zeroed, for a case not seen yet). */
  private rowStart(caseId: string): number {
    let row = this.rowOf.get(caseId);
    if (row === undefined) {
      this.rowOf.set(caseId, (row = this.rowOf.size));
      if ((row + 1) * ROW > this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return row * ROW;
  }

  /** `run`: which run this is, for the planner's choice of runs (written with the summary by the run's last pass) */
  summary(run?: SummaryRun): RunSummary {
    const noise: RunSummary['noise'] = {};
    const counts = this.counts;
    BEHAVIOURS.forEach((b, k) => {
      const pairs = new Map<string, [number, number, number, number, number]>();
      for (let base = 0; base < this.rowOf.size * ROW; base += ROW) {
        const i = base + k * 4;
        const pair = [counts[i]!, counts[i + 1]!, counts[i + 2]!, counts[i + 3]!] as const;
        if (!pair[1] || !pair[3]) continue; // a case with both A and A′
        const key = pair.join(',');
        const seen = pairs.get(key);
        if (seen) seen[4]++;
        else pairs.set(key, [...pair, 1]);
      }
      noise[b] = [...pairs.values()];
    });
    return { schemaVersion: 1, noise, outputTokens: { ...this.outputTokens }, latencyMs: { ...this.latency }, inputTokens: { counted: this.counted, estimated: this.estimated }, ...(run ? { run } : {}) };
  }
}

/** A run's summary.json, when it is there and valid. */
function storedSummary(folder: RunFolder): RunSummary | undefined {
  const text = folder.readSummaryText();
  const parsed = text === undefined ? undefined : tryParseJson(text, folder.file(SUMMARY_FILE), RunSummary);
  return parsed?.ok ? parsed.value : undefined;
}

/** A run's summary made from its record (a run recorded before there were summaries, or rescored since). */
function summaryFromRecord(folder: RunFolder): RunSummary {
  const record = folder.readRecord();
  const messages = new Map(record.plan.map((c) => [c.id, c.request.messages]));
  const builder = new RunSummaryBuilder((r) => {
    const sent = messages.get(r.callId);
    return sent ? estimateMessageTokens(sent) : undefined;
  });
  for (const r of record.results.values()) builder.add(r);
  return builder.summary();
}

/** Whether a run is one the planner reads: a completed run of the suite that re-ran no other run's cases. */
function readable(run: { suite?: unknown; status?: unknown; rerunOf?: unknown }, suitePath: string): boolean {
  return run.status === 'completed' && run.suite === suitePath && run.rerunOf === undefined;
}

/** The newest completed runs (up to five) of the suite at `suitePath`. */
export function readRunHistory(root: string, suitePath: string): RunHistory {
  const history: RunHistory = { runIds: [], noise: Object.fromEntries(BEHAVIOURS.map((b) => [b, []])) as unknown as Record<Behaviour, NoisePair[]> };
  const outputTokens = { total: 0, calls: 0 };
  const latency = { total: 0, calls: 0 };
  let counted = 0;
  let estimated = 0;
  // Newest first, until five are found. A summary that names its run decides without run.json (a
  // large run's spec is megabytes: five of them took 1.5 s before every eval started, issue 18);
  // otherwise run.json's status and suite are read, and the spec is parsed only for a candidate.
  const store = new RunStore(root);
  for (const runId of store.ids()) {
    const folder = store.folder(runId);
    let summary = storedSummary(folder);
    if (summary?.run) {
      if (!readable(summary.run, suitePath)) continue;
    } else {
      const meta = folder.readMeta();
      const spec = meta?.meta as { suite?: unknown; rerunOf?: unknown } | undefined;
      if (!meta || !spec || !readable({ ...spec, status: meta.status }, suitePath) || !RunSpec.safeParse(spec).success) continue;
      summary ??= summaryFromRecord(folder);
    }
    history.runIds.push(runId);
    for (const b of BEHAVIOURS) for (const [ac, an, pc, pn, cases] of summary.noise[b] ?? []) history.noise[b].push({ a: { count: ac, n: an }, aPrime: { count: pc, n: pn }, cases });
    outputTokens.total += summary.outputTokens.total;
    outputTokens.calls += summary.outputTokens.calls;
    latency.total += summary.latencyMs.total;
    latency.calls += summary.latencyMs.calls;
    counted += summary.inputTokens.counted;
    estimated += summary.inputTokens.estimated;
    if (history.runIds.length >= RUNS_READ) break;
  }
  if (outputTokens.calls) history.outputTokensPerCall = outputTokens.total / outputTokens.calls;
  if (latency.calls) history.latencyMs = latency.total / latency.calls;
  if (counted > 0 && estimated > 0) history.inputTokenRatio = counted / estimated;
  return history;
}
