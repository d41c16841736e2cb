// Sharded runs for CI: `eval --shard i/n` runs a deterministic share of a suite's cases (every shard
// runs the same versions, arms and samples), and `merge` joins the shards' records into one run
// whose report is the one an unsharded run of the same seed gives. Shares come from a seeded
// shuffle of the case ids dealt round-robin, so they are even and the same on every machine.
import { seededRng, shuffle } from '../run/rng';
import { specFingerprint, type RunSpec, type SpecCase } from './runSpec';
import { cellCaseId } from './design';

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

export class ShardError extends Error {
  override name = 'ShardError';
}

/** `i/n` as a shard, or a message saying what is wrong. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return `--shard: expected i/n such as 2/4, got '${text}'`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: i must be between 1 and n`;
  return { index, count };
}

/** Which shard (1-based) each case id belongs to. */
export function shardOfCases(caseIds: readonly string[], count: number, seed: number): Map<string, number> {
  // sorted first: the share of a case does not depend on where the suite lists it
  const order = shuffle([...caseIds].sort(), seededRng(seed ^ 0x5a4d));
  return new Map(order.map((id, i) => [id, (i % count) + 1]));
}

/**
 * The spec of one shard of a whole run's spec: its cases, and what merging needs to put it back.
 * A design run is shared out by suite case: each shard runs its suite cases in every cell (so each
 * case's arms stay paired in one shard) and keeps the whole design, which the merged run reports.
 */
export function shardSpec(spec: RunSpec & { cases: SpecCase[] }, shard: Shard, seed: number): RunSpec & { cases: SpecCase[] } {
  const all = spec.cases.map((c) => c.id);
  const baseOf = new Map<string, string>();
  if (spec.design) for (const base of spec.design.baseCases) for (const cell of spec.design.cells) baseOf.set(cellCaseId(base, cell), base);
  const unitOf = (id: string) => baseOf.get(id) ?? id;
  const units = [...new Set(all.map(unitOf))];
  if (shard.count > units.length) throw new ShardError(`--shard ${shard.index}/${shard.count}: the suite has only ${units.length} case${units.length === 1 ? '' : 's'}; use at most ${units.length} shards`);
  const owner = shardOfCases(units, shard.count, seed);
  const { fingerprint: whole, ...rest } = spec;
  const mine: RunSpec & { cases: SpecCase[] } = {
    ...rest,
    cases: spec.cases.filter((c) => owner.get(unitOf(c.id)) === shard.index),
    shard: { index: shard.index, count: shard.count, of: whole ?? specFingerprint(rest), caseIds: all },
  };
  mine.fingerprint = specFingerprint(mine);
  return mine;
}

export interface ShardRun {
  runId: string;
  status: string;
  spec: RunSpec;
}

/**
 * The spec of the run merged from `shards`: every case in suite order, no shard, the whole run's
 * fingerprint. Refuses shards of different runs, missing or repeated shards, and unfinished ones.
 */
export function mergedSpec(shards: readonly ShardRun[]): RunSpec & { cases: SpecCase[] } {
  if (!shards.length) throw new ShardError('merge: give the shard runs to merge');
  const first = shards[0]!;
  const whole = first.spec.shard;
  for (const s of shards) {
    if (!s.spec.shard) throw new ShardError(`run ${s.runId} is not a shard (it was not run with --shard)`);
    if (s.spec.shard.of !== whole?.of || s.spec.shard.count !== whole.count) throw new ShardError(`run ${s.runId} is a shard of another run than ${first.runId} (different suite, versions, provider, samples or cases)`);
    if (s.status !== 'completed') throw new ShardError(`shard ${s.spec.shard.index}/${s.spec.shard.count} (run ${s.runId}) is ${s.status}: finish it first (promptshift eval --resume ${s.runId})`);
  }
  const seen = new Map<number, string>();
  for (const s of shards) {
    const i = s.spec.shard!.index;
    if (seen.has(i)) throw new ShardError(`shard ${i}/${whole!.count} is given twice (runs ${seen.get(i)} and ${s.runId})`);
    seen.set(i, s.runId);
  }
  const missing = Array.from({ length: whole!.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new ShardError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${whole!.count}`).join(', ')} missing`);
  const byId = new Map(shards.flatMap((s) => (s.spec.cases ?? []).map((c) => [c.id, c] as const)));
  const cases = whole!.caseIds.map((id) => {
    const c = byId.get(id);
    if (!c) throw new ShardError(`case '${id}' is in no shard`);
    return c;
  });
  const { shard: _shard, fingerprint: _fingerprint, ...rest } = first.spec;
  const createdAt = shards.map((s) => s.spec.createdAt).filter((t): t is string => t !== undefined).sort()[0];
  // a design run's paraphrases: each shard reworded its own cases' inputs
  const paraphrases = shards.flatMap((s) => s.spec.design?.paraphrases ?? []);
  const design = rest.design && paraphrases.length ? { design: { ...rest.design, paraphrases: [...new Map(paraphrases.map((p) => [`${p.case}\u0000${p.condition}\u0000${p.source}`, p])).values()] } } : {};
  return { ...rest, ...design, ...(createdAt ? { createdAt } : {}), cases, fingerprint: whole!.of, mergedFrom: shards.map((s) => s.runId) };
}
