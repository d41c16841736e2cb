// Number and text formatting shared by the Markdown, HTML and JUnit exports.
import { reportBehaviours } from './parts';
import type { BehaviourSummary, CaseReport, ShiftReport } from './schema';

export function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** A rate difference in percentage points, signed. */
export function points(delta: number): string {
  const v = (delta * 100).toFixed(1);
  return delta > 0 ? `+${v}` : delta < 0 ? v : '0.0';
}

export function pFormat(p: number): string {
  if (p < 0.001) return '<0.001';
  return p >= 0.1 ? p.toFixed(2) : p.toFixed(3);
}

/** The p-value a reader should look at: Holm-corrected when the report has it. */
export function reportedP(s: BehaviourSummary): number {
  return s.pAdjusted ?? s.pValue;
}

export function marker(s: BehaviourSummary): string {
  if (!s.significant) return '';
  return s.delta > 0 ? '▲ significant' : '▼ significant';
}

/** One line of untrusted text, whitespace collapsed, cut to `max` characters. */
export function shortQuote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Behaviours in a stable, readable order: significant shifts first, then by |Δ|. */
export function orderedBehaviours(report: ShiftReport): string[] {
  const b = report.summary.behaviours;
  return reportBehaviours(report).sort((x, y) => {
    const sx = b[x];
    const sy = b[y];
    if (!sx || !sy) return 0;
    if (sx.significant !== sy.significant) return sx.significant ? -1 : 1;
    return Math.abs(sy.delta) - Math.abs(sx.delta);
  });
}

export interface ShiftQuote {
  caseId: string;
  behaviour: string;
  from: number;
  to: number;
  /** what A said (the evidence when A shows the behaviour, else the start of its output) */
  a: string;
  b: string;
}

function sideQuote(c: CaseReport, side: 'a' | 'b', behaviour: string, max: number): string {
  const shift = c.shifts.find((s) => s.behaviour === behaviour);
  const span = shift?.evidence.find((e) => e.side === side);
  const output = span ? c[side].samples[span.sample]?.output : undefined;
  // evidence with no text to point at (a provider's refusal stop, behaviour/providerStop.ts): its reason, after the text's end
  if (span && span.end === span.start && span.reason) {
    const tail = output ? shortQuote(output.slice(-max), max) : '';
    return `${tail ? `${tail} ` : ''}[${span.reason}]`;
  }
  if (span && output !== undefined) {
    // the evidence with a little of what precedes it, so the quote reads as a sentence
    const from = Math.max(0, span.start - 30);
    const quote = shortQuote(output.slice(from, from + max + 1), max);
    return from > 0 ? `…${quote}` : quote;
  }
  if (span) return shortQuote(span.text, max);
  const sample = c[side].samples.find((s) => s.error === undefined) ?? c[side].samples[0];
  return sample ? shortQuote(sample.output, max) : '';
}

/** The strongest flipped cases with a short quote from each side. */
export function topShifts(report: ShiftReport, limit: number, quoteMax = 90): ShiftQuote[] {
  const byId = new Map(report.cases.map((c) => [c.id, c]));
  const out: ShiftQuote[] = [];
  for (const f of report.summary.flips ?? []) {
    if (out.length >= limit) break;
    const c = byId.get(f.id);
    if (!c) continue;
    out.push({ caseId: f.id, behaviour: f.behaviour, from: f.from, to: f.to, a: sideQuote(c, 'a', f.behaviour, quoteMax), b: sideQuote(c, 'b', f.behaviour, quoteMax) });
  }
  return out;
}

/** "12 of 48 outputs came from the response cache", or undefined when none did (or the report does not say). */
/** Where a run with --stop-early stopped and why, in one sentence; undefined for other runs. */
export function stopEarlyNote(report: ShiftReport): string | undefined {
  const o = report.stopEarly;
  if (!o) return undefined;
  const decided = Object.entries(o.decisions)
    .map(([b, d]) => `${b}: ${d.decision === 'shift' ? 'shift' : d.decision === 'no-shift' ? `no shift of ${Math.round(o.minShift * 100)} pts or more` : 'undecided'}${d.afterCases !== undefined ? ` after ${d.afterCases} cases` : ''}`)
    .join('; ');
  const calls = report.usage?.calls;
  return o.stopped
    ? `Stopped early after ${o.analysedCases.length} of ${o.plannedCases} cases${calls !== undefined ? ` (${calls} of ${o.callsPlanned} planned calls made)` : ''}: ${decided}`
    : `Ran every case: not every gated behaviour was decided before the end (${decided})`;
}

export function cachedNote(report: ShiftReport): string | undefined {
  const u = report.usage;
  if (!u?.cachedCalls) return undefined;
  return `${u.cachedCalls} of ${u.calls} outputs came from the response cache, not from new model calls`;
}
