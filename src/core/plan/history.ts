// What earlier runs of a suite say about the next one: the noise between A and A′ per behaviour,
// the outputs' length in tokens, the calls' latency, and how the token estimate compares with what
// the provider counted. Read from the run records (RunStore); nothing is called.
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { RunStore, type CallRecord } from '../run';
import { RunSpec } from '../eval/runSpec';
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

function mean(xs: readonly number[]): number | undefined {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : undefined;
}

/** The newest completed runs (up to five) of the suite at `suitePath`. */
export function readRunHistory(root: string, suitePath: string): RunHistory {
  const history: RunHistory = { runIds: [], noise: Object.fromEntries(BEHAVIOURS.map((b) => [b, []])) as unknown as Record<Behaviour, NoisePair[]> };
  const outputTokens: number[] = [];
  const latencies: number[] = [];
  let counted = 0;
  let estimated = 0;
  for (const listing of new RunStore(root).list()) {
    if (history.runIds.length >= RUNS_READ) break;
    const spec = RunSpec.safeParse(listing.meta?.meta);
    if (listing.meta?.status !== 'completed' || !spec.success || spec.data.suite !== suitePath || spec.data.rerunOf) continue;
    const record = listing.folder.readRecord();
    history.runIds.push(listing.runId);
    const messages = new Map(record.plan.map((c) => [c.id, c.request.messages]));
    const byCase = new Map<string, { a: CallRecord[]; aPrime: CallRecord[] }>();
    for (const r of record.results.values()) {
      if (!r.response) continue;
      if (r.version !== 'b') {
        const slot = byCase.get(r.caseId) ?? { a: [], aPrime: [] };
        slot[r.version].push(r);
        byCase.set(r.caseId, slot);
      }
      if (r.cached) continue;
      latencies.push(r.response.latencyMs);
      const usage = r.response.usage;
      // a provider that counts no tokens (a replay): the output's own length
      outputTokens.push(usage?.outputTokens ?? estimateTokens(r.response.text));
      const sent = messages.get(r.callId);
      if (usage?.inputTokens !== undefined && sent) {
        counted += usage.inputTokens;
        estimated += estimateMessageTokens(sent);
      }
    }
    for (const { a, aPrime } of byCase.values()) {
      if (!a.length || !aPrime.length) continue;
      for (const b of BEHAVIOURS) {
        const count = (rs: CallRecord[]) => rs.filter((r) => r.scores?.found[b] !== undefined).length;
        history.noise[b].push({ a: { count: count(a), n: a.length }, aPrime: { count: count(aPrime), n: aPrime.length } });
      }
    }
  }
  const out = mean(outputTokens);
  const latency = mean(latencies);
  if (out !== undefined) history.outputTokensPerCall = out;
  if (latency !== undefined) history.latencyMs = latency;
  if (counted > 0 && estimated > 0) history.inputTokenRatio = counted / estimated;
  return history;
}
