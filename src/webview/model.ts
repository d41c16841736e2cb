// The results panel's pure logic (no DOM): which cases to show in which order, which rows of a long
// list are on screen, where the keyboard moves the selection. Unit-tested under Node.
import type { CaseReport, ShiftReport } from '../core/report/schema';
import type { TextRange } from '../core/diff';
import type { CaseFilters, PanelProgress } from './protocol';

/** How strongly a case shifted on one behaviour (or on any): the largest |to − from|. */
export function shiftStrength(c: CaseReport, behaviour: string | null = null): number {
  if (behaviour === null && c.strength !== undefined) return c.strength;
  let best = 0;
  for (const s of c.shifts) if (behaviour === null || s.behaviour === behaviour) best = Math.max(best, Math.abs(s.to - s.from));
  return best;
}

export function hasShift(c: CaseReport, behaviour: string | null = null): boolean {
  return shiftStrength(c, behaviour) > 0;
}

// Lower-cased text of each case (id, input, every output), built once per report for the search box.
const haystacks = new WeakMap<CaseReport, string>();
function haystack(c: CaseReport): string {
  let text = haystacks.get(c);
  if (text === undefined) {
    const parts = [c.id, c.input ?? ''];
    for (const side of [c.a, c.b]) for (const s of side.samples) parts.push(s.output);
    text = parts.join('\n').toLowerCase();
    haystacks.set(c, text);
  }
  return text;
}

// One collator for every comparison: localeCompare with options builds one per call (10× slower).
const ID_ORDER = new Intl.Collator(undefined, { numeric: true });

/** The cases the list shows: filtered by behaviour, "changed only" and search, then sorted. */
export function visibleCases(cases: readonly CaseReport[], filters: CaseFilters): CaseReport[] {
  const needle = filters.search.trim().toLowerCase();
  const kept = cases.filter(
    (c) =>
      (filters.behaviour === null || hasShift(c, filters.behaviour)) &&
      (!filters.changedOnly || hasShift(c)) &&
      (needle === '' || haystack(c).includes(needle)),
  );
  const byId = (x: CaseReport, y: CaseReport) => ID_ORDER.compare(x.id, y.id);
  switch (filters.sort) {
    case 'strength':
      // Strongest shift first (on the filtered behaviour when there is one); ties in id order, so the
      // list is stable while a run is still filling in.
      return kept
        .map((c) => ({ c, s: shiftStrength(c, filters.behaviour) }))
        .sort((x, y) => y.s - x.s || byId(x.c, y.c))
        .map((x) => x.c);
    case 'id':
      return kept.sort(byId);
    case 'input':
      return kept.sort((x, y) => (x.input ?? '').localeCompare(y.input ?? '') || byId(x, y));
  }
}

export interface VirtualWindow {
  /** first row to render */
  first: number;
  /** one past the last row to render */
  end: number;
  /** total height of the scrolled content */
  totalHeight: number;
}

/** The rows of a fixed-row-height list that intersect the viewport, plus `overscan` rows each side. */
export function virtualWindow(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 8): VirtualWindow {
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { first: 0, end: 0, totalHeight };
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, totalHeight - viewportHeight)));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((top + Math.max(viewportHeight, 0)) / rowHeight) + overscan);
  return { first, end, totalHeight };
}

/** The scrollTop that brings row `index` fully into view, or the current one if it already is. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return Math.max(0, top + rowHeight - viewportHeight);
  return scrollTop;
}

/** Where a list key moves the active row; null for keys the list does not handle. */
export function moveActive(index: number, key: string, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return index < 0 ? 0 : clamp(index + 1);
    case 'ArrowUp':
      return index < 0 ? 0 : clamp(index - 1);
    case 'PageDown':
      return clamp(index + Math.max(1, pageSize));
    case 'PageUp':
      return clamp(index - Math.max(1, pageSize));
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** What the live region says when filters change the list (the eye reads the count badge). */
export function countAnnouncement(shown: number, total: number): string {
  const cases = (n: number) => `${n} case${n === 1 ? '' : 's'}`;
  if (shown === total) return `All ${cases(total)} shown.`;
  if (shown === 0) return `No case matches these filters; the run has ${cases(total)}.`;
  return `${shown} of ${cases(total)} shown.`;
}

/**
 * What the live region says about a run's progress on an update, or null to stay quiet: the first
 * update seen while a run goes, each quarter passed, and the end (only when the panel saw it running).
 * Updates come about once a second; saying each would drown everything else.
 */
export function progressAnnouncement(previous: PanelProgress | null, next: PanelProgress | null, significant: readonly string[] = []): string | null {
  if (!next) return null;
  const calls = `${next.done} of ${next.total} calls`;
  if (next.finished) {
    if (!previous || previous.finished) return null;
    const shifts = significant.length ? `significant shift in ${significant.join(', ')}` : 'no significant shift';
    return `Run finished: ${calls}, ${shifts}.`;
  }
  if (!previous || previous.finished) return `Run in progress: ${calls}.`;
  const quarter = (p: PanelProgress) => (p.total > 0 ? Math.floor((4 * p.done) / p.total) : 0);
  return quarter(next) > quarter(previous) ? `Run ${quarter(next) * 25}% done: ${calls}.` : null;
}

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(rate > 0 && rate < 0.1 ? 1 : 0)}%`;
}

export function signedPercent(delta: number): string {
  const p = Math.round(delta * 1000) / 10;
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p)} pp`;
}

export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** Number of samples per side (the largest seen, so a partial report still shows every picker entry). */
export function sampleCount(c: CaseReport): number {
  return Math.max(c.a.samples.length, c.b.samples.length, 1);
}

export function findCase(report: ShiftReport, id: string | null | undefined): CaseReport | undefined {
  return id == null ? undefined : report.cases.find((c) => c.id === id);
}

/**
 * Joins diff ranges that only whitespace separates, so "will escalate this" is one deleted passage
 * (one <del>, heard once as "deletion") rather than three words each announced on its own.
 */
export function joinAcrossSpaces(text: string, ranges: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && /^\s*$/.test(text.slice(prev.end, r.start))) prev.end = Math.max(prev.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** An evidence span to underline in one output. */
export interface Annotation {
  start: number;
  end: number;
  behaviour: string;
  reason?: string;
}

/**
 * Evidence with no text to point at, as a note beside the output: a provider that stopped the answer
 * as a refusal or a safety block gives a zero-width span where the text ends (behaviour/providerStop.ts).
 */
export function notesFor(c: CaseReport, side: 'a' | 'b', sample: number): { behaviour: string; reason: string }[] {
  const evidence = (c[side].samples[sample]?.evidence ?? {}) as Record<string, Array<{ start: number; end: number; reason?: string }>>;
  return Object.entries(evidence).flatMap(([behaviour, spans]) => spans.filter((s) => s.end === s.start && s.reason).map((s) => ({ behaviour, reason: s.reason! })));
}

/**
 * The evidence spans of one sample: those the detectors stored on the sample, plus those the case's
 * shifts cite for it (deduplicated), in output order.
 */
export function annotationsFor(c: CaseReport, side: 'a' | 'b', sample: number): Annotation[] {
  const out: Annotation[] = [];
  const seen = new Set<string>();
  const add = (a: Annotation) => {
    const key = `${a.behaviour}:${a.start}:${a.end}`;
    if (seen.has(key) || a.end <= a.start) return;
    seen.add(key);
    out.push(a);
  };
  const s = c[side].samples[sample];
  for (const [behaviour, spans] of Object.entries(s?.evidence ?? {}) as Array<[string, Array<{ start: number; end: number; reason?: string }>]>) {
    for (const span of spans) add({ start: span.start, end: span.end, behaviour, ...(span.reason ? { reason: span.reason } : {}) });
  }
  for (const shift of c.shifts) {
    for (const e of shift.evidence) {
      if (e.side === side && e.sample === sample) add({ start: e.start, end: e.end, behaviour: shift.behaviour, ...(e.reason ? { reason: e.reason } : {}) });
    }
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
