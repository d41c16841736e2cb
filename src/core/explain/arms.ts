// The ablation design of an explain run: which cases, which prompt contents ("arms"), which calls.
// For every hunk h: A with h applied (A+h) and B with h reverted (B−h); and B′, fresh draws of B,
// because the cases were chosen on the parent's own B outputs (A′, fresh draws of A, the parent
// run already has). Arms with the same content are one arm (with two hunks A+h1 is B−h2): each
// content is called once per case and sample, and content A is served by the parent's A′.
// The calls never exceed (2 × hunks + 1) × cases × samples.
import { callId } from '../providers/call-id';
import type { CallIdentity, ChatMessage, ChatRequest } from '../providers/types';
import type { PlannedCall } from '../run/plan';
import { seededRng, shuffle } from '../run/rng';
import { sha256 } from '../hash';
import { applyHunks, revertHunks, type Hunk } from './hunks';

export interface ArmContent {
  sha256: string;
  content: string;
  /** the arms this content serves, e.g. ["A+h1a2b3c4d", "B−h5e6f7a8b"] */
  names: string[];
}

export interface AblationDesign {
  /** contents to call (A excluded: the parent's A′ stands for it) */
  planned: ArmContent[];
  /** per hunk (in the order given): the content sha of A+h and of B−h */
  plus: string[];
  minus: string[];
  /** tested pairs "i,j" (hunk indices) whose both arms need no extra call */
  pairs: Map<string, { plus: string; minus: string }>;
  aSha: string;
  bSha: string;
}

/** The most calls an explain run may make. */
export function callBudget(hunks: number, cases: number, samples: number): number {
  return (2 * hunks + 1) * cases * samples;
}

/**
 * The arms for these hunks of A→B. Pairs of hunks (at most 4 hunks) are tested when their arms
 * are already among the single-hunk arms, which they are up to three hunks (A+{h1,h2} = B−h3).
 */
export function ablationDesign(a: string, b: string, all: readonly Hunk[], chosen: readonly Hunk[]): AblationDesign {
  const aSha = sha256(a);
  const bSha = sha256(b);
  const planned = new Map<string, ArmContent>();
  const add = (content: string, name: string): string => {
    const sha = sha256(content);
    if (sha === aSha) return sha; // the parent's A′
    const entry = planned.get(sha) ?? { sha256: sha, content, names: [] };
    entry.names.push(name);
    planned.set(sha, entry);
    return sha;
  };
  add(b, 'B′');
  // Hunks not chosen stay as they are on both sides: A keeps its text, B keeps its own.
  const plus = chosen.map((h) => add(applyHunks(a, [h]), `A+${h.id}`));
  const minus = chosen.map((h) => add(revertHunks(b, [h]), `B−${h.id}`));
  const pairs = new Map<string, { plus: string; minus: string }>();
  if (chosen.length >= 2 && chosen.length <= 4) {
    const known = (content: string) => {
      const sha = sha256(content);
      return sha === aSha || planned.has(sha) ? sha : undefined;
    };
    for (let i = 0; i < chosen.length; i++) {
      for (let j = i + 1; j < chosen.length; j++) {
        const both = [chosen[i]!, chosen[j]!];
        const p = known(applyHunks(a, both));
        const m = known(revertHunks(b, both));
        if (p && m) pairs.set(`${i},${j}`, { plus: p, minus: m });
      }
    }
  }
  void all;
  return { planned: [...planned.values()], plus, minus, pairs, aSha, bSha };
}

export interface ArmCallOptions {
  design: AblationDesign;
  /** each planned content's rendered messages per case */
  rendered: ReadonlyMap<string, ReadonlyMap<string, ChatMessage[]>>;
  caseIds: readonly string[];
  samples: number;
  seed: number;
  params: { model: string; temperature?: number; maxTokens?: number; seed?: number };
}

/**
 * The calls, in a seeded shuffled order. Every call is a fresh draw (draw = samples + sample, as
 * A′ in the parent), so the cache never hands B′ the parent's B answers; content A would get A′'s.
 */
export function planArmCalls(options: ArmCallOptions): PlannedCall[] {
  const { design, samples, params } = options;
  const calls: PlannedCall[] = [];
  for (const arm of design.planned) {
    const messages = options.rendered.get(arm.sha256);
    if (!messages) throw new Error(`arm ${arm.names.join(', ')}: not rendered`);
    for (const caseId of options.caseIds) {
      const rendered = messages.get(caseId);
      if (!rendered) throw new Error(`arm ${arm.names.join(', ')}: case ${caseId} not rendered`);
      for (let sample = 0; sample < samples; sample++) {
        const call: CallIdentity = { caseId, version: arm.sha256 === design.bSha ? 'b' : 'a', sample, promptSha256: arm.sha256, draw: samples + sample };
        const request: ChatRequest = { model: params.model, messages: rendered, call };
        if (params.temperature !== undefined) request.temperature = params.temperature;
        if (params.maxTokens !== undefined) request.maxTokens = params.maxTokens;
        if (params.seed !== undefined) request.seed = params.seed;
        calls.push({ id: callId(call), request });
      }
    }
  }
  return shuffle(calls, seededRng(options.seed));
}
