// The plan of a paired run: every case × {A, A′, B} × samples, as ready requests, in an
// interleaved seeded order. Calls are shuffled in blocks of one case and sample (its A, A′ and B
// together, in random order), so drift of the model or the server over the run hits every version
// of a case alike; the same seed always gives the same order.
import { callId } from '../providers/call-id';
import type { CallIdentity, ChatMessage, ChatRequest } from '../providers/types';
import { seededRng, shuffle } from './rng';

export type VersionKey = CallIdentity['version'];

export interface PlannedCall {
  /** callId(request.call): unique within a run, keys the run record */
  id: string;
  request: ChatRequest;
}

/** One case, rendered by the caller for each version. */
export interface PlanCase {
  id: string;
  a: ChatMessage[];
  b: ChatMessage[];
}

export interface PlanOptions {
  cases: readonly PlanCase[];
  /** sha256 of each version's prompt content */
  versions: { a: { promptSha256: string }; b: { promptSha256: string } };
  samples: number;
  /** run A a second time (A′), the noise baseline */
  baseline: boolean;
  /** orders the plan */
  seed: number;
  /**
   * 'interleaved' (default): blocks of one case and sample in random order; 'byCase': every call of
   * a case together, cases in random order (a run that stops early analyses whole cases in order)
   */
  order?: 'interleaved' | 'byCase';
  params: { model: string; temperature?: number; maxTokens?: number; seed?: number };
}

export function planCalls(options: PlanOptions): PlannedCall[] {
  const { cases, versions, samples, baseline, params } = options;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`samples must be a whole number ≥ 1, not ${samples}`);
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`case id "${c.id}" appears twice; case ids must be unique`);
    seen.add(c.id);
  }
  const make = (c: PlanCase, version: VersionKey, sample: number): PlannedCall => {
    const side = version === 'b' ? 'b' : 'a';
    const call: CallIdentity = {
      caseId: c.id, version, sample, promptSha256: versions[side].promptSha256,
      // A′ must be fresh draws: its own cache entries, and the recordings after A's in replay.
      draw: version === 'aPrime' ? samples + sample : sample,
    };
    const request: ChatRequest = { model: params.model, messages: c[side], call };
    if (params.temperature !== undefined) request.temperature = params.temperature;
    if (params.maxTokens !== undefined) request.maxTokens = params.maxTokens;
    if (params.seed !== undefined) request.seed = params.seed;
    return { id: callId(call), request };
  };
  const rng = seededRng(options.seed);
  const versionsRun: VersionKey[] = baseline ? ['a', 'aPrime', 'b'] : ['a', 'b'];
  const blocks: PlannedCall[][] = [];
  for (const c of cases) {
    if (options.order === 'byCase') blocks.push(Array.from({ length: samples }, (_, sample) => versionsRun.map((v) => make(c, v, sample))).flat());
    else for (let sample = 0; sample < samples; sample++) blocks.push(versionsRun.map((v) => make(c, v, sample)));
  }
  return shuffle(blocks, rng).flatMap((block) => shuffle(block, rng));
}
