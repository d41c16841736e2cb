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

/**
 * The calls a runner makes, by plan position: an array of planned calls, or a plan that builds each
 * call when it is asked for (planCompact). Arrays satisfy it as they are.
 */
export interface CallList extends Iterable<PlannedCall> {
  readonly length: number;
  at(index: number): PlannedCall | undefined;
}

export function planCalls(options: PlanOptions): PlannedCall[] {
  return [...planCompact(options)];
}

/**
 * The plan of planCalls (the same calls in the same order) held as one number per call: its case
 * and its slot (version and sample). A call's request and id are built when the runner reaches it,
 * so a 100,000-call run holds its plan in ~3.6 MB (a number per call, a small object per case)
 * instead of ~19 MB of request objects (issue 17).
 */
export function planCompact(options: PlanOptions): CompactPlan {
  const { cases, samples, baseline } = options;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`samples must be a whole number ≥ 1, not ${samples}`);
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`case id "${c.id}" appears twice; case ids must be unique`);
    seen.add(c.id);
  }
  const rng = seededRng(options.seed);
  const versionsRun: readonly VersionKey[] = baseline ? ['a', 'aPrime', 'b'] : ['a', 'b'];
  const perCase = samples * versionsRun.length;
  // a call as a number: case × perCase + sample × versions + version
  const code = (caseIndex: number, sample: number, version: number): number => caseIndex * perCase + sample * versionsRun.length + version;
  const blocks: number[][] = [];
  for (let ci = 0; ci < cases.length; ci++) {
    if (options.order === 'byCase') blocks.push(Array.from({ length: samples }, (_, sample) => versionsRun.map((_v, vi) => code(ci, sample, vi))).flat());
    else for (let sample = 0; sample < samples; sample++) blocks.push(versionsRun.map((_v, vi) => code(ci, sample, vi)));
  }
  const order = new Float64Array(cases.length * perCase);
  let n = 0;
  for (const block of shuffle(blocks, rng)) for (const c of shuffle(block, rng)) order[n++] = c;
  return new CompactPlan(options, versionsRun, order);
}

export class CompactPlan implements CallList {
  private readonly perCase: number;

  constructor(
    private readonly options: PlanOptions,
    private readonly versionsRun: readonly VersionKey[],
    private readonly order: Float64Array,
  ) {
    this.perCase = options.samples * versionsRun.length;
  }

  get length(): number {
    return this.order.length;
  }

  /** The call at plan position `index`, built afresh (its id hashed, its request made). */
  at(index: number): PlannedCall | undefined {
    if (!(index >= 0 && index < this.order.length)) return undefined;
    const code = this.order[index]!;
    const caseIndex = Math.floor(code / this.perCase);
    const slot = code - caseIndex * this.perCase;
    const sample = Math.floor(slot / this.versionsRun.length);
    return this.make(this.options.cases[caseIndex]!, this.versionsRun[slot - sample * this.versionsRun.length]!, sample);
  }

  *[Symbol.iterator](): Iterator<PlannedCall> {
    for (let i = 0; i < this.order.length; i++) yield this.at(i)!;
  }

  private make(c: PlanCase, version: VersionKey, sample: number): PlannedCall {
    const { versions, params, samples } = this.options;
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
  }
}
