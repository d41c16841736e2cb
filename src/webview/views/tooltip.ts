// The hover card of an evidence span: the behaviour, why it was flagged, and the glossary definition
// of the alignment term it relates to (sent by the host). Shown on hover and on keyboard focus.
import { append, el, type Child } from '../dom';
import type { BehaviourTerms } from '../protocol';
import { behaviourClass, behaviourLabel } from './behaviours';

export class EvidenceTooltip {
  /** placed by the panel inside its main landmark (content outside every landmark is lost to landmark navigation) */
  readonly element = el('div', { className: 'evidence-tooltip', attrs: { role: 'tooltip', id: 'evidence-tooltip', hidden: true } });
  private terms: BehaviourTerms = {};
  private current: HTMLElement | null = null;

  constructor(scope: HTMLElement) {
    followPointerAndFocus(scope, '[data-behaviour][data-side]', this.element, {
      current: () => this.current,
      show: (span) => this.show(span),
      hide: () => this.hide(),
    });
  }

  setTerms(terms: BehaviourTerms): void {
    this.terms = terms;
  }

  private show(span: HTMLElement): void {
    const behaviour = span.dataset['behaviour'];
    if (!behaviour) return;
    // Nested spans: the innermost one under the pointer wins; an outer span shows the first behaviour.
    if (this.current === span) return;
    this.current = span;
    const terms = (this.terms as Record<string, BehaviourTerms[keyof BehaviourTerms]>)[behaviour] ?? [];
    const reason = span.dataset['reason'];
    const parts: Child[] = [
      el('div', { className: `tooltip-title ${behaviourClass(behaviour)}` }, el('span', { className: 'swatch' }), behaviourLabel(behaviour), el('span', { className: 'muted', text: ` · side ${span.dataset['side']?.toUpperCase()}` })),
      el('div', { className: 'tooltip-reason', text: reason ? `Flagged because: ${reason}` : `Flagged as ${behaviourLabel(behaviour).toLowerCase()}.` }),
      el('div', { className: 'tooltip-quote', text: `“${truncate(span.textContent ?? '', 160)}”` }),
      ...terms.map((term) =>
        el('div', { className: 'tooltip-term', dataset: { termId: term.termId } }, el('span', { className: 'term-name', text: term.term }), el('span', { className: 'term-definition', text: ` — ${term.definition}` })),
      ),
    ];
    this.element.replaceChildren();
    append(this.element, ...parts);
    this.element.hidden = false;
    span.setAttribute('aria-describedby', 'evidence-tooltip');
    placeNear(this.element, span);
  }

  hide(): void {
    this.current?.removeAttribute('aria-describedby');
    this.current = null;
    this.element.hidden = true;
  }
}

/**
 * Shows a tooltip for the element matching `selector` under the pointer or with keyboard focus in
 * `scope`, and hides it when both leave (unless they move into the tooltip), on Escape and on scroll.
 */
export function followPointerAndFocus(scope: HTMLElement, selector: string, tooltip: HTMLElement, tip: { current(): HTMLElement | null; show(anchor: HTMLElement): void; hide(): void }): void {
  const show = (e: Event) => {
    const anchor = (e.target as HTMLElement).closest?.<HTMLElement>(selector);
    if (anchor && scope.contains(anchor)) tip.show(anchor);
  };
  const hide = (e: Event) => {
    const to = (e as MouseEvent | FocusEvent).relatedTarget as Node | null;
    const current = tip.current();
    if (current && !(to && (current.contains(to) || tooltip.contains(to)))) tip.hide();
  };
  scope.addEventListener('mouseover', show);
  scope.addEventListener('focusin', show);
  scope.addEventListener('mouseout', hide);
  scope.addEventListener('focusout', hide);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') tip.hide();
  });
  window.addEventListener('scroll', () => tip.hide(), true);
}

/** Puts a shown tooltip below its anchor (above it when there is no room), inside the window. */
export function placeNear(tooltip: HTMLElement, anchor: HTMLElement): void {
  const r = anchor.getBoundingClientRect();
  const t = tooltip.getBoundingClientRect();
  const top = r.bottom + 6 + t.height > window.innerHeight ? Math.max(4, r.top - t.height - 6) : r.bottom + 6;
  const left = Math.max(4, Math.min(r.left, window.innerWidth - t.width - 8));
  tooltip.style.top = `${top}px`;
  tooltip.style.left = `${left}px`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
