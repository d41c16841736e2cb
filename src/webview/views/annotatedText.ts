// One output, rendered as text only: the word diff marks and the behaviour evidence spans are
// wrapped around text nodes, never parsed as HTML. Each evidence span carries `data-behaviour`
// and `data-side` (CONTRACTS.md §4); the tooltip reads its reason from `data-reason`.
import { segmentText, type TaggedRange, type TextRange } from '../../core/diff';
import type { Annotation } from '../model';
import { behaviourClass } from './behaviours';

type Tag = { kind: 'diff' } | { kind: 'evidence'; annotation: Annotation };

export function renderAnnotatedText(text: string, side: 'a' | 'b', diff: readonly TextRange[], annotations: readonly Annotation[]): HTMLElement {
  const ranges: TaggedRange<Tag>[] = [
    ...diff.map((r) => ({ start: r.start, end: r.end, tag: { kind: 'diff' } as Tag })),
    ...annotations.map((a) => ({ start: a.start, end: a.end, tag: { kind: 'evidence', annotation: a } as Tag })),
  ];
  const out = document.createElement('div');
  out.className = 'output';
  out.dataset['side'] = side;
  for (const piece of segmentText(text.length, ranges)) {
    let node: Node = document.createTextNode(text.slice(piece.start, piece.end));
    if (piece.tags.some((t) => t.kind === 'diff')) node = wrap(node, side === 'a' ? 'diff-del' : 'diff-ins');
    // The innermost wrapper is the first span given; nesting keeps every span's own data attributes.
    for (let i = piece.tags.length - 1; i >= 0; i--) {
      const tag = piece.tags[i];
      if (tag?.kind !== 'evidence') continue;
      const span = wrap(node, `evidence ${behaviourClass(tag.annotation.behaviour)}`);
      span.dataset['behaviour'] = tag.annotation.behaviour;
      span.dataset['side'] = side;
      if (tag.annotation.reason) span.dataset['reason'] = tag.annotation.reason;
      span.tabIndex = 0;
      node = span;
    }
    out.appendChild(node);
  }
  return out;
}

function wrap(child: Node, className: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.appendChild(child);
  return span;
}
