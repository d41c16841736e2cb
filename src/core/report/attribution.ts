// Words for a report's `attribution` (which prompt hunk caused each shift): one line per hunk
// effect, as the CLI, the Markdown export, the results panel and the editor's CodeLens show it,
// e.g. "escalation −47.0 pts (p = 0.003) · explains 90% of the shift".
import type { Behaviour } from '../behaviour/types';
import type { Attribution } from './schema';
import { pFormat, points } from './format';

type BehaviourAttribution = NonNullable<Attribution['behaviours'][Behaviour]>;
type Entry = BehaviourAttribution['effects'][number];
export type HunkEffectEntry = Extract<Entry, { hunk: string }>;
export type PairEffectEntry = Extract<Entry, { hunks: [string, string] }>;
export type AttributedHunk = Attribution['hunks'][number];

export function hunkEffects(b: BehaviourAttribution): HunkEffectEntry[] {
  return b.effects.filter((e): e is HunkEffectEntry => 'hunk' in e);
}

export function pairEffects(b: BehaviourAttribution): PairEffectEntry[] {
  return b.effects.filter((e): e is PairEffectEntry => 'hunks' in e);
}

/** Single-hunk effects, largest first. */
export function rankedEffects(b: BehaviourAttribution): HunkEffectEntry[] {
  return hunkEffects(b).sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect));
}

/** "p = 0.003", "p < 0.001" */
export function pText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${pFormat(p)}`;
}

/** "escalation −47.0 pts (p = 0.003) · explains 90% of the shift" (p is Holm-corrected across the hunks). */
export function effectLine(behaviour: string, e: HunkEffectEntry): string {
  const share = e.share !== null && Number.isFinite(e.share) ? ` · explains ${Math.round(e.share * 100)}% of the shift` : '';
  return `${behaviour} ${points(e.effect)} pts (${pText(e.pAdjusted)})${share}`;
}

export function intervalText(ci: readonly [number, number]): string {
  return `[${points(ci[0])}, ${points(ci[1])}]`;
}

/** The significant hunk that moved this behaviour most in the direction of its shift, if any. */
export function hunkBehind(attribution: Attribution, behaviour: Behaviour): { hunk: AttributedHunk; effect: HunkEffectEntry } | undefined {
  const b = attribution.behaviours[behaviour];
  if (!b) return undefined;
  const direction = Math.sign(b.shift || b.measuredShift.effect);
  const best = rankedEffects(b).find((e) => e.significant && Math.sign(e.effect) === direction);
  const hunk = best && attribution.hunks.find((h) => h.id === best.hunk);
  return best && hunk ? { hunk, effect: best } : undefined;
}

/** The hunk's lines as they read in B (or in A, for a hunk that only removes). */
export function hunkQuote(h: AttributedHunk): { side: 'a' | 'b'; lines: [number, number] | null; text: string } {
  return h.bText.trim() ? { side: 'b', lines: h.b, text: h.bText } : { side: 'a', lines: h.a, text: h.aText };
}

export function linesText(lines: [number, number] | null): string {
  if (!lines) return 'no lines';
  return lines[0] === lines[1] ? `line ${lines[0]}` : `lines ${lines[0]}–${lines[1]}`;
}

/** A plain-text account for the terminal. Hunk labels and texts are the prompt's own words. */
export function attributionText(attribution: Attribution): string {
  const out: string[] = [];
  out.push(`Hunks of the A→B edit (${attribution.hunks.length}):`);
  for (const h of attribution.hunks) {
    const q = hunkQuote(h);
    out.push(`  ${h.n}. ${h.id}  ${linesText(q.lines)} of ${q.side.toUpperCase()}  “${h.label}”`);
  }
  const cases = attribution.cases;
  out.push('', `Measured on ${cases.flipped.length} flipped + ${cases.control.length} control cases × ${attribution.samples} samples; ${attribution.usage.calls} calls (${attribution.usage.cachedCalls} cached).`);
  for (const [behaviour, b] of Object.entries(attribution.behaviours)) {
    if (!b) continue;
    out.push('', `${behaviour}: run shift ${points(b.shift)} pts; on these cases ${points(b.measuredShift.effect)} pts ${intervalText(b.measuredShift.ci95)}`);
    for (const e of rankedEffects(b)) {
      const h = attribution.hunks.find((x) => x.id === e.hunk);
      out.push(
        `  ${e.significant ? '●' : '○'} hunk ${h?.n ?? '?'} ${e.hunk}  ${points(e.effect)} pts ${intervalText(e.ci95)}  from A ${points(e.fromA.effect)}, from B ${points(e.fromB.effect)}  ${pText(e.pAdjusted)}${e.significant ? '  significant' : ''}${e.share !== null ? `  · explains ${Math.round(e.share * 100)}%` : ''}`,
      );
    }
    for (const p of pairEffects(b)) {
      const n = p.hunks.map((id) => attribution.hunks.find((x) => x.id === id)?.n ?? id).join(' + ');
      out.push(`  pair ${n}: together ${points(p.effect)} pts ${intervalText(p.ci95)}; interaction ${points(p.interaction.effect)} pts (${pText(p.interaction.pAdjusted)})${p.interaction.significant ? '  significant' : ''}`);
    }
    out.push(
      b.interaction
        ? `  The effects do not add up: the hunks interact (left over from A ${points(b.residual.fromA.effect)} pts, from B ${points(b.residual.fromB.effect)} pts).`
        : '  The effects add up (no significant interaction).',
    );
  }
  return out.join('\n');
}
