// The case list: a virtualised listbox (only the rows on screen exist in the DOM, so 1,000 cases
// scroll as fast as 10), keyboard navigable (arrows, Page Up/Down, Home/End, Enter), each row
// carrying `data-case-id` (CONTRACTS.md §4) and its shift badges.
import { BEHAVIOURS } from '../../core/behaviour/types';
import type { CaseReport } from '../../core/report/schema';
import { el, icon, srOnly } from '../dom';
import { keyed } from '../focus';
import { checkbox, dropdown, textField, badge, type Choice } from '../components/toolkit';
import { moveActive, scrollToReveal, virtualWindow } from '../model';
import type { CaseFilters, SortKey } from '../protocol';
import { behaviourClass, behaviourLabel } from './behaviours';

export const ROW_HEIGHT = 30;

const SORTS: readonly Choice<SortKey>[] = [
  { value: 'strength', label: 'Strongest shift first' },
  { value: 'id', label: 'Case id' },
  { value: 'input', label: 'Input' },
];

/**
 * The filter bar. It is not rebuilt by its own changes (that would take focus from the control in use),
 * so each change builds on the bar's latest filters, not on those it was drawn with.
 */
export function renderFilters(filters: CaseFilters, shown: number, total: number, onChange: (f: CaseFilters) => void, names: readonly string[] = BEHAVIOURS): HTMLElement {
  let current = filters;
  const change = (patch: Partial<CaseFilters>) => onChange((current = { ...current, ...patch }));
  const behaviours: Choice<string>[] = [{ value: 'all', label: 'All behaviours' }, ...names.map((b) => ({ value: b, label: behaviourLabel(b) }))];
  return el(
    'div',
    { className: 'filters', attrs: { role: 'search' } },
    keyed(textField('Search cases', filters.search, 'Search id, input, outputs', (search) => change({ search })), 'filters/search'),
    keyed(dropdown('Filter by behaviour', behaviours, filters.behaviour ?? 'all', (b) => change({ behaviour: b === 'all' ? null : b })), 'filters/behaviour'),
    keyed(checkbox('Changed only', filters.changedOnly, (changedOnly) => change({ changedOnly })), 'filters/changed'),
    keyed(dropdown('Sort', SORTS, filters.sort, (sort) => change({ sort })), 'filters/sort'),
    // The eye reads the count here; a screen reader hears it from the live region when it changes.
    badge(countText(shown, total), 'count-badge'),
  );
}

/** The filter bar's count: "12", or "3 / 12" when filters hide some cases. */
export function countText(shown: number, total: number): string {
  return shown === total ? `${total}` : `${shown} / ${total}`;
}

export class CaseList {
  readonly element: HTMLElement;
  private readonly spacer: HTMLElement;
  private cases: CaseReport[] = [];
  private active = -1;
  private openId: string | null = null;
  private frame = 0;

  constructor(
    private readonly onOpen: (id: string) => void,
    private readonly onScroll: (scrollTop: number) => void,
  ) {
    this.spacer = el('div', { className: 'case-list-spacer' });
    this.element = keyed(el('div', { className: 'case-list', attrs: { role: 'listbox', tabindex: 0, 'aria-label': 'Cases' } }, this.spacer), 'list');
    // Arriving on the list names a case at once (the first, when none is open) rather than an empty
    // listbox. The rows are marked in place: a click's own row must not be replaced between its
    // mousedown (which focuses the list) and its mouseup.
    this.element.addEventListener('focus', () => {
      if (this.active < 0 && this.cases.length) {
        this.active = 0;
        this.markActive();
      }
    });
    this.element.addEventListener('scroll', () => {
      this.schedule();
      this.onScroll(this.element.scrollTop);
    });
    this.element.addEventListener('keydown', (e) => this.key(e));
    this.element.addEventListener('click', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('.case-row');
      if (!row) return;
      this.active = Number(row.dataset['index']);
      this.open();
    });
    new ResizeObserver(() => this.schedule()).observe(this.element);
  }

  /** Replaces the rows; keeps the open case active when it is still listed. */
  setCases(cases: CaseReport[], openId: string | null, scrollTop?: number): void {
    this.cases = cases;
    this.openId = openId;
    this.active = openId === null ? -1 : cases.findIndex((c) => c.id === openId);
    this.spacer.style.height = `${cases.length * ROW_HEIGHT}px`;
    if (scrollTop !== undefined) this.element.scrollTop = scrollTop;
    this.render();
  }

  setOpen(id: string | null): void {
    this.openId = id;
    this.render();
  }

  focus(): void {
    this.element.focus();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render(): void {
    const height = this.element.clientHeight || 600;
    const w = virtualWindow(this.element.scrollTop, height, ROW_HEIGHT, this.cases.length);
    const rows: HTMLElement[] = [];
    for (let i = w.first; i < w.end; i++) rows.push(this.row(this.cases[i] as CaseReport, i));
    this.spacer.replaceChildren(...rows);
    this.markActive();
    if (this.cases.length === 0) this.spacer.append(el('div', { className: 'empty', text: 'No case matches these filters.' }));
  }

  /** The active row's class and the listbox's reference to it. */
  private markActive(): void {
    let rendered = false;
    for (const row of this.spacer.querySelectorAll<HTMLElement>('.case-row')) {
      const active = Number(row.dataset['index']) === this.active;
      row.classList.toggle('active', active);
      rendered ||= active;
    }
    // Only a row that exists may be referenced: the id of a row scrolled out of the window is an invalid value.
    if (rendered) this.element.setAttribute('aria-activedescendant', `case-row-${this.active}`);
    else this.element.removeAttribute('aria-activedescendant');
  }

  private row(c: CaseReport, index: number): HTMLElement {
    const shifts = c.shifts.filter((s) => s.to !== s.from);
    const r = el(
      'div',
      {
        className: `case-row${c.id === this.openId ? ' open' : ''}`,
        attrs: { role: 'option', id: `case-row-${index}`, 'aria-selected': c.id === this.openId },
        dataset: { caseId: c.id, index: String(index) },
      },
      el('span', { className: 'case-id', text: c.id }),
      el('span', { className: 'case-input', text: (c.input ?? '').replace(/\s+/g, ' ') }),
      // Strongest two shifts as chips; the rest as a count (the row has one line).
      el(
        'span',
        { className: 'chips' },
        ...shifts
          .sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from))
          .slice(0, 2)
          .map((s) => chip(s.behaviour, s.from, s.to)),
        shifts.length > 2 ? el('span', { className: 'more', text: `+${shifts.length - 2}`, attrs: { title: shifts.slice(2).map((s) => behaviourLabel(s.behaviour)).join(', ') } }) : null,
      ),
    );
    r.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    return r;
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Enter' || e.key === ' ') {
      if (this.active >= 0) {
        e.preventDefault();
        this.open();
      }
      return;
    }
    const height = this.element.clientHeight || 600;
    const next = moveActive(this.active, e.key, this.cases.length, Math.floor(height / ROW_HEIGHT) - 1);
    if (next === null) return;
    e.preventDefault();
    this.active = next;
    this.element.scrollTop = scrollToReveal(next, this.element.scrollTop, height, ROW_HEIGHT);
    this.render();
  }

  private open(): void {
    const c = this.cases[this.active];
    if (!c) return;
    this.openId = c.id;
    this.render();
    this.onOpen(c.id);
  }
}

/** A shift badge: the behaviour in its colour, with an arrow for the direction (in words for screen readers). */
export function chip(b: string, from: number, to: number): HTMLElement {
  const up = to > from;
  const rates = `${Math.round(from * 100)}% → ${Math.round(to * 100)}% of samples`;
  return el(
    'span',
    { className: `chip ${behaviourClass(b)}`, attrs: { title: `${behaviourLabel(b)}: ${rates}` } },
    icon(up ? 'arrow-up' : 'arrow-down'),
    behaviourLabel(b),
    srOnly(` ${up ? 'up' : 'down'} from ${Math.round(from * 100)}% to ${Math.round(to * 100)}%`),
  );
}
