// "Check the detectors" under one output: for each behaviour, what the detector said and two toggle
// buttons, Right and Wrong, that record the user's verdict (a `labelOutput` request; the host appends
// it to .promptshift/labels.jsonl). A native <details> and <button>s, so mouse and keyboard both work.
import type { SampleResult } from '../../core/report/schema';
import { el } from '../dom';
import type { OutputMark } from '../protocol';
import { behaviourClass, behaviourLabel } from './behaviours';

export interface LabelActions {
  /** this run's marks (latest per output place) */
  marks(): readonly OutputMark[];
  mark(mark: OutputMark): void;
}

export function renderOutputLabels(caseId: string, side: 'a' | 'b', sample: number, s: SampleResult, actions: LabelActions): HTMLElement {
  // the built-in seven, then the suite's own behaviours (the order of the report)
  const rows = Object.keys(s.behaviours).map((b) => markRow(caseId, side, sample, b, Boolean(s.behaviours[b]), actions));
  return el(
    'details',
    { className: 'output-labels', dataset: { side } },
    el('summary', { text: 'Check the detectors on this output', dataset: { focusKey: `case/${side}/labels` } }),
    el('ul', { attrs: { 'aria-label': `Detector verdicts on ${side.toUpperCase()}'s output` } }, ...rows),
  );
}

function markRow(caseId: string, side: 'a' | 'b', sample: number, b: string, detected: boolean, actions: LabelActions): HTMLElement {
  const current = actions.marks().find((m) => m.caseId === caseId && m.side === side && m.sample === sample && m.behaviour === b);
  const verdict = `${behaviourLabel(b)}: ${detected ? 'detected' : 'not detected'}`;
  const toggle = (correct: boolean) => {
    const pressed = current?.correct === correct;
    const btn = el('button', {
      className: `mark-button ${correct ? 'mark-right' : 'mark-wrong'}`,
      text: correct ? 'Right' : 'Wrong',
      attrs: { type: 'button', 'aria-pressed': pressed, 'aria-label': `${verdict}: the detector is ${correct ? 'right' : 'wrong'}` },
      dataset: { mark: correct ? 'right' : 'wrong', focusKey: `case/${side}/mark/${b}/${correct ? 'right' : 'wrong'}` },
    });
    btn.addEventListener('click', () => actions.mark({ caseId, side, sample, behaviour: b, correct }));
    return btn;
  };
  return el(
    'li',
    { className: `mark-row ${behaviourClass(b)}`, dataset: { markBehaviour: b, detected: String(detected) } },
    el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'mark-verdict', text: verdict }),
    toggle(true),
    toggle(false),
  );
}

/** After a mark was recorded: the pressed states of the rows shown, without a re-render (focus stays). */
export function showMarks(scope: HTMLElement, marks: readonly OutputMark[], caseId: string, sample: number): void {
  for (const details of scope.querySelectorAll<HTMLElement>('details.output-labels[data-side]')) {
    const side = details.dataset['side'];
    for (const row of details.querySelectorAll<HTMLElement>('li[data-mark-behaviour]')) {
      const m = marks.find((x) => x.caseId === caseId && x.side === side && x.sample === sample && x.behaviour === row.dataset['markBehaviour']);
      for (const btn of row.querySelectorAll<HTMLElement>('button[data-mark]')) btn.setAttribute('aria-pressed', String(m !== undefined && (btn.dataset['mark'] === 'right') === m.correct));
    }
  }
}
