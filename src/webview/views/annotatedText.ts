// One output, rendered as text only: the behaviour evidence spans, with the word diff marks inside
// them, are wrapped around text nodes and never parsed as HTML. Each evidence span carries
// `data-behaviour` and `data-side` (CONTRACTS.md §4); the tooltip reads its reason from `data-reason`.
// Evidence is the outer layer so that one span of evidence stays one element (unless another
// behaviour's evidence overlaps it part-way).
import { segmentText, type TextRange } from '../../core/diff';
import type { Annotation } from '../model';
import { behaviourClass } from './behaviours';

export function renderAnnotatedText(text: string, side: 'a' | 'b', diff: readonly TextRange[], annotations: readonly Annotation[]): HTMLElement {
  const out = document.createElement('div');
  out.className = 'output';
  out.dataset['side'] = side;
  const marks = new DiffCursor(diff, side === 'a' ? 'diff-del' : 'diff-ins');
  for (const piece of segmentText(text.length, annotations.map((a) => ({ start: a.start, end: a.end, tag: a })))) {
    let node: Node = marks.fragment(text, piece.start, piece.end);
    // The first annotation given is the innermost; nesting keeps every span's own data attributes.
    for (let i = piece.tags.length - 1; i >= 0; i--) {
      const a = piece.tags[i] as Annotation;
      const span = wrap(node, `evidence ${behaviourClass(a.behaviour)}`);
      span.dataset['behaviour'] = a.behaviour;
      span.dataset['side'] = side;
      if (a.reason) span.dataset['reason'] = a.reason;
      span.tabIndex = 0;
      node = span;
    }
    out.appendChild(node);
  }
  return out;
}

/** Walks the sorted diff ranges once while the text is emitted piece by piece. */
class DiffCursor {
  private next = 0;
  constructor(
    private readonly ranges: readonly TextRange[],
    private readonly className: string,
  ) {}

  fragment(text: string, start: number, end: number): DocumentFragment {
    const f = document.createDocumentFragment();
    let at = start;
    while (this.next < this.ranges.length && (this.ranges[this.next] as TextRange).end <= start) this.next++;
    for (let i = this.next; i < this.ranges.length && at < end; i++) {
      const r = this.ranges[i] as TextRange;
      if (r.start >= end) break;
      const from = Math.max(r.start, at);
      const to = Math.min(r.end, end);
      if (from > at) f.appendChild(document.createTextNode(text.slice(at, from)));
      f.appendChild(wrap(document.createTextNode(text.slice(from, to)), this.className));
      at = to;
    }
    if (at < end) f.appendChild(document.createTextNode(text.slice(at, end)));
    return f;
  }
}

function wrap(child: Node, className: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.appendChild(child);
  return span;
}
