// One output, rendered as text only: the behaviour evidence spans, with the word diff marks inside
// them, are wrapped around text nodes and never parsed as HTML. Each evidence span carries
// `data-behaviour` and `data-side` (CONTRACTS.md §4); the tooltip reads its reason from `data-reason`.
// Evidence is the outer layer so that one span of evidence stays one element (unless another
// behaviour's evidence overlaps it part-way). Diff marks are <del> on side A and <ins> on side B, so a
// screen reader says "deleted"/"inserted" where the eye sees strike-through and colour.
import { segmentText, type TextRange } from '../../core/diff';
import { keyed } from '../focus';
import type { Annotation } from '../model';
import { behaviourClass } from './behaviours';

export function renderAnnotatedText(text: string, side: 'a' | 'b', diff: readonly TextRange[], annotations: readonly Annotation[]): HTMLElement {
  const out = document.createElement('div');
  out.className = 'output';
  out.dataset['side'] = side;
  const marks = new DiffCursor(diff, side === 'a' ? 'del' : 'ins');
  let spans = 0;
  for (const piece of segmentText(text.length, annotations.map((a) => ({ start: a.start, end: a.end, tag: a })))) {
    let node: Node = marks.fragment(text, piece.start, piece.end);
    // The first annotation given is the innermost; nesting keeps every span's own data attributes.
    for (let i = piece.tags.length - 1; i >= 0; i--) {
      const a = piece.tags[i] as Annotation;
      const span = wrap(node, 'span', `evidence ${behaviourClass(a.behaviour)}`);
      span.dataset['behaviour'] = a.behaviour;
      span.dataset['side'] = side;
      if (a.reason) span.dataset['reason'] = a.reason;
      span.tabIndex = 0;
      node = keyed(span, `case/${side}/evidence/${spans++}`);
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
    private readonly tag: 'del' | 'ins',
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
      f.appendChild(wrap(document.createTextNode(text.slice(from, to)), this.tag, `diff-${this.tag}`));
      at = to;
    }
    if (at < end) f.appendChild(document.createTextNode(text.slice(at, end)));
    return f;
  }
}

function wrap(child: Node, tag: 'span' | 'del' | 'ins', className: string): HTMLElement {
  const span = document.createElement(tag);
  span.className = className;
  span.appendChild(child);
  return span;
}
