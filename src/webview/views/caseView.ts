// One case: its input and expected behaviours, then A and B side by side for the chosen sample,
// with the word diff and the evidence spans, per-sample behaviours, assert results, and actions.
import type { Behaviour } from '../../core/behaviour/types';
import type { CaseReport, SampleResult, ShiftReport } from '../../core/report/schema';
import { diffText } from '../../core/diff';
import { el, icon } from '../dom';
import { keyed } from '../focus';
import { button, dropdown } from '../components/toolkit';
import { annotationsFor, joinAcrossSpaces, notesFor, sampleCount } from '../model';
import type { OutputSide } from '../protocol';
import { renderAnnotatedText } from './annotatedText';
import { BEHAVIOUR_LABELS, behaviourClass, behaviourLabel } from './behaviours';
import { chip } from './caseList';
import { renderOutputLabels, type LabelActions } from './outputLabels';

export interface CaseActions {
  /** a design run: the two outputs shown side by side, any two arms of the case (`<case id>:a|b`) */
  arms?: { left: string; right: string } | undefined;
  pickArms?(arms: { left: string; right: string }): void;
  rerunCase(caseId: string): void;
  openCaseMessages(caseId: string, side: OutputSide): void;
  copyOutput(caseId: string, side: OutputSide, sample: number): void;
  pickSample(sample: number): void;
  labels: LabelActions;
}

/** One output column: which case (a design run's cell) and which version's outputs. */
interface Arm {
  key: string;
  c: CaseReport;
  which: 'a' | 'b';
  label: string;
}

/**
 * The arms a design case can show: its version A and B in every cell (condition, model) of the
 * same suite case. A plain run's case has its own A and B only.
 */
export function armsOf(report: ShiftReport, c: CaseReport): Arm[] {
  const cells = c.baseId === undefined ? [c] : report.cases.filter((x) => x.baseId === c.baseId);
  const manyModels = report.design?.arms.some((arm) => arm.model !== c.model) ?? false;
  return cells.flatMap((cell) =>
    (['a', 'b'] as const)
      .filter((which) => cell[which].samples.length > 0)
      .map((which) => ({
        key: `${cell.id}:${which}`,
        c: cell,
        which,
        label: [which.toUpperCase(), cell.condition, manyModels ? cell.model : undefined].filter(Boolean).join(' · '),
      })),
  );
}

export function renderCaseView(report: ShiftReport, c: CaseReport, sample: number, actions: CaseActions): HTMLElement {
  const arms = armsOf(report, c);
  const pairable = c.baseId !== undefined && arms.length > 2 && actions.pickArms !== undefined;
  const chosen = (key: string | undefined, fallback: Arm | undefined) => arms.find((a) => a.key === key) ?? fallback;
  const left = chosen(pairable ? actions.arms?.left : undefined, arms.find((a) => a.c === c && a.which === 'a')) ?? { key: `${c.id}:a`, c, which: 'a' as const, label: 'A' };
  const right = chosen(pairable ? actions.arms?.right : undefined, arms.find((a) => a.c === c && a.which === 'b')) ?? { key: `${c.id}:b`, c, which: 'b' as const, label: 'B' };
  const n = Math.max(1, Math.min(sampleCount(left.c), sampleCount(right.c)));
  const pick = Math.min(sample, n - 1);
  const aSample = left.c[left.which].samples[pick];
  const bSample = right.c[right.which].samples[pick];
  const started = performance.now();
  const aText = aSample?.output ?? '';
  const bText = bSample?.output ?? '';
  const words = diffText(aText, bText);
  const diff = { a: joinAcrossSpaces(aText, words.a), b: joinAcrossSpaces(bText, words.b) };
  const diffMs = performance.now() - started;
  const shifts = c.shifts.filter((s) => s.to !== s.from);
  // tabindex -1: where focus goes back to when the control that had it is gone after a re-render.
  const view = el(
    'section',
    { className: 'case-view', attrs: { 'aria-label': `Case ${c.id}`, tabindex: -1 }, dataset: { caseId: c.id, focusKey: 'case' } },
    el(
      'div',
      { className: 'case-title' },
      el('h2', { text: c.id }),
      el('span', { className: 'chips' }, ...shifts.map((s) => chip(s.behaviour, s.from, s.to))),
      el('span', { className: 'spacer' }),
      n > 1
        ? keyed(
            dropdown(
              'Sample',
              Array.from({ length: n }, (_, i) => ({ value: String(i), label: `Sample ${i + 1} of ${n}` })),
              String(pick),
              (v) => actions.pickSample(Number(v)),
            ),
            'case/sample',
          )
        : null,
      button({ label: 'Re-run case', icon: 'refresh', onClick: () => actions.rerunCase(c.id), dataset: { focusKey: 'case/rerun' } }),
    ),
    // A design run: any two arms of the case side by side (a version under two conditions, two models…).
    pairable
      ? el(
          'div',
          { className: 'arm-picker', attrs: { role: 'group', 'aria-label': 'Outputs compared' } },
          keyed(dropdown('Left', arms.map((a) => ({ value: a.key, label: a.label })), left.key, (v) => actions.pickArms!({ left: v, right: right.key })), 'case/arm-left'),
          el('span', { className: 'muted', text: 'against' }),
          keyed(dropdown('Right', arms.map((a) => ({ value: a.key, label: a.label })), right.key, (v) => actions.pickArms!({ left: left.key, right: v })), 'case/arm-right'),
        )
      : null,
    c.input !== undefined ? el('div', { className: 'case-input-block' }, el('div', { className: 'label', text: 'Input' }), el('div', { className: 'input-text', text: c.input })) : null,
    c.expect && Object.keys(c.expect).length ? expectLine(c.expect) : null,
    el(
      'div',
      { className: 'sides' },
      side(report, left, 'a', pick, n, aSample, diff.a, actions),
      side(report, right, 'b', pick, n, bSample, diff.b, actions),
    ),
  );
  view.dataset['diffMs'] = diffMs.toFixed(2);
  return view;
}

/** One column: `position` is where it stands (left a, right b: the diff's deletions and insertions), `arm` what it shows. */
function side(
  report: ShiftReport,
  arm: Arm,
  position: 'a' | 'b',
  pick: number,
  samples: number,
  s: SampleResult | undefined,
  marks: Parameters<typeof renderAnnotatedText>[2],
  actions: CaseActions,
): HTMLElement {
  const { c, which } = arm;
  const v = report[which];
  const label = which.toUpperCase();
  return el(
    'div',
    { className: `side side-${position}`, dataset: { side: position, arm: arm.key } },
    el(
      'div',
      { className: 'side-header' },
      // The heading says which sample is shown, so a screen reader hears it with each side's output.
      el(
        'h3',
        { className: 'side-title', attrs: { 'aria-label': `${label} ${v.label ?? v.ref}, sample ${pick + 1} of ${samples}` } },
        el('span', { className: 'side-tag', text: label }),
        el('span', { className: 'version-label', text: v.label ?? v.ref }),
        // a design run: the condition (and model) this output was produced under
        c.condition !== undefined ? conditionLabel(c) : null,
        c.model !== undefined && (report.design?.arms.some((arm) => arm.model !== c.model) ?? false) ? el('span', { className: 'model-label muted', text: c.model }) : null,
      ),
      el('span', { className: 'spacer' }),
      button({ label: `Open ${label}'s rendered messages`, icon: 'go-to-file', appearance: 'icon', onClick: () => actions.openCaseMessages(c.id, which), dataset: { focusKey: `case/${which}/messages` } }),
      button({ label: `Copy ${label}'s output`, icon: 'copy', appearance: 'icon', onClick: () => actions.copyOutput(c.id, which, pick), dataset: { focusKey: `case/${which}/copy` } }),
    ),
    s ? sampleInfo(c, s) : null,
    s?.error ? el('div', { className: 'sample-error' }, icon('error'), ` ${s.error}`) : null,
    ...(s ? notesFor(c, which, pick) : []).map((n) => el('div', { className: 'sample-note', dataset: { behaviour: n.behaviour } }, icon('shield'), ` ${behaviourLabel(n.behaviour)}: ${n.reason}`)),
    s ? renderAnnotatedText(s.output, position, marks, annotationsFor(c, which, pick)) : el('div', { className: 'output pending', text: 'No output yet.' }),
    s && s.error === undefined ? renderOutputLabels(c.id, which, pick, s, actions.labels) : null,
  );
}

/** Which behaviours this sample shows (with a mark where it contradicts the case's expectation), and its asserts. */
function sampleInfo(c: CaseReport, s: SampleResult): HTMLElement {
  const present = Object.keys(s.behaviours).filter((b) => s.behaviours[b]);
  const expected = c.expect ?? {};
  const mismatched = (Object.entries(expected) as Array<[Behaviour, boolean]>).filter(([b, want]) => Boolean(s.behaviours[b]) !== want);
  return el(
    'div',
    { className: 'sample-info' },
    el(
      'div',
      { className: 'sample-behaviours' },
      present.length ? null : el('span', { className: 'muted', text: 'No behaviour detected' }),
      ...present.map((b) => el('span', { className: `tag ${behaviourClass(b)}` }, el('span', { className: 'swatch' }), behaviourLabel(b))),
      ...mismatched.map(([b, want]) =>
        el('span', { className: 'expect-miss', attrs: { title: 'The case expects otherwise' } }, icon('warning'), ` expected ${want ? '' : 'no '}${BEHAVIOUR_LABELS[b].toLowerCase()}`),
      ),
    ),
    s.asserts?.length
      ? el(
          'ul',
          { className: 'asserts', attrs: { 'aria-label': 'Assert results' } },
          ...s.asserts.map((a) =>
            el(
              'li',
              { className: a.pass ? 'pass' : 'fail' },
              icon(a.pass ? 'pass' : 'error', a.pass ? 'passed' : 'failed'),
              ` ${a.type}${a.value !== undefined ? ` ${JSON.stringify(a.value)}` : ''}`,
              a.reason && !a.pass ? el('span', { className: 'muted', text: ` — ${a.reason}` }) : null,
            ),
          ),
        )
      : null,
  );
}

function expectLine(expect: Partial<Record<Behaviour, boolean>>): HTMLElement {
  return el(
    'div',
    { className: 'expect-line' },
    el('span', { className: 'label', text: 'Expected' }),
    ...(Object.entries(expect) as Array<[Behaviour, boolean]>).map(([b, want]) => el('span', { className: `tag ${behaviourClass(b)}` }, el('span', { className: 'swatch' }), `${want ? '' : 'no '}${BEHAVIOUR_LABELS[b].toLowerCase()}`)),
  );
}

/** The condition an output was produced under; a paraphrase by a model names it, with its words in the tooltip. */
function conditionLabel(c: CaseReport): HTMLElement {
  const p = c.paraphrase;
  return el('span', {
    className: 'condition-label',
    text: p ? `${c.condition} · by ${p.by}` : c.condition!,
    attrs: { title: p ? `condition ${c.condition}: the user's message as ${p.by} reworded it:\n${p.text}` : 'condition' },
    dataset: { condition: c.condition!, ...(p ? { paraphrasedBy: p.by } : {}) },
  });
}
