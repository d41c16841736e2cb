// One monitor window's sampled outputs beside its baseline's, as a `compare` shift report, so the
// results panel shows them side by side with the word diff and the evidence spans. The sampled
// outputs are paired in order (production outputs have no shared cases), so per-case shifts only
// describe the two outputs shown; the scorecard's rates are the monitor's own: every output of the
// window against every output of the baseline, with the per-window z test the CUSUM accumulates,
// and "significant" where the monitor raised an alarm at this window.
import { BEHAVIOURS, type Behaviour, type Detection } from '../behaviour/types';
import { buildReport } from '../report/build';
import type { CaseIn, SampleIn } from '../report/input';
import type { BehaviourSummary, SampledOutput, ShiftReport } from '../report/schema';
import { wilsonInterval } from '../shift';
import { normalUpperTail } from '../shift/signFlip';
import { standardised, type Counts } from './cusum';
import type { MonitorGroup, MonitorReport, MonitorWindow } from './schema';

/** The test named in the scorecard for each behaviour. */
export const WINDOW_TEST = 'window-vs-baseline-z';

function detectionsOf(s: SampledOutput): SampleIn['detections'] {
  const out = {} as Record<Behaviour, Detection>;
  for (const b of BEHAVIOURS) {
    const spans = (s.evidence[b] ?? []).map((sp) => ({ start: sp.start, end: sp.end, text: sp.text, reason: sp.reason ?? '' }));
    out[b] = { present: s.behaviours.includes(b), spans };
  }
  return out;
}

function sampleIn(s: SampledOutput): SampleIn {
  return { output: s.output, detections: detectionsOf(s) };
}

/** The baseline a window was measured against: its counts per behaviour, its sampled outputs, its name. */
interface WindowBaseline {
  label: string;
  /** per behaviour (a fixed baseline's are in the report for the behaviours watched only) */
  counts: Partial<Record<Behaviour, Counts>>;
  samples: SampledOutput[];
}

/** Up to `count` samples of the windows before `index`, the nearest first, one window at a time. */
function earlierSamples(windows: readonly MonitorWindow[], index: number, count: number): SampledOutput[] {
  const out: SampledOutput[] = [];
  for (let round = 0; out.length < count; round++) {
    let any = false;
    for (let w = index - 1; w >= 0 && out.length < count; w--) {
      const s = windows[w]?.samples[round];
      if (s) {
        out.push(s);
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}

function baselineOf(report: MonitorReport, group: MonitorGroup, w: MonitorWindow): WindowBaseline {
  const count = Math.max(1, w.samples.length);
  if (report.baseline.kind === 'window') {
    const before = group.windows.slice(0, w.index);
    const n = before.reduce((s, x) => s + x.n, 0);
    const counts: WindowBaseline['counts'] = n ? Object.fromEntries(BEHAVIOURS.map((b) => [b, { count: before.reduce((s, x) => s + x.rates[b].count, 0), n }])) : {};
    return { label: before.length ? `the ${before.length} window${before.length === 1 ? '' : 's'} before (${n.toLocaleString('en-US')} outputs)` : 'none (the first window)', counts, samples: earlierSamples(group.windows, w.index, count) };
  }
  const fixed: Partial<Record<Behaviour, Counts>> = {};
  for (const b of BEHAVIOURS) {
    const base = group.drift[b]?.baseline;
    if (base) fixed[b] = { count: base.count, n: base.n };
  }
  return { label: `${report.baseline.kind} ${report.baseline.source ?? ''}`.trim(), counts: fixed, samples: (report.baseline.samples ?? []).slice(0, Math.max(count, 1)) };
}

/** The scorecard figures: the whole window against the whole baseline. */
function windowSummary(b: Behaviour, w: MonitorWindow, base: Counts | undefined, alarmed: boolean): BehaviourSummary {
  const x = w.rates[b].count;
  const bRate = { rate: w.n ? x / w.n : 0, ci95: wilsonInterval(x, w.n), count: x, n: w.n };
  const aRate = base ? { rate: base.n ? base.count / base.n : 0, ci95: wilsonInterval(base.count, base.n), count: base.count, n: base.n } : { rate: 0, ci95: [0, 1] as [number, number], count: 0, n: 0 };
  const z = base && base.n > 0 && w.n > 0 ? standardised(x, w.n, base.count, base.n) : 0;
  const delta = base ? bRate.rate - aRate.rate : 0;
  return {
    a: aRate,
    b: bRate,
    aPrime: null,
    delta,
    noiseDelta: null,
    pValue: Math.min(1, 2 * normalUpperTail(Math.abs(z))),
    significant: alarmed,
    test: WINDOW_TEST,
    direction: Math.abs(delta) < 1e-12 ? 'none' : delta > 0 ? 'increase' : 'decrease',
  };
}

/** The shift report of window `index` of `groupKey` (undefined when there is no such window). */
export function windowSamplesReport(report: MonitorReport, groupKey: string, index: number): ShiftReport | undefined {
  const group = report.groups.find((g) => g.key === groupKey);
  const w = group?.windows[index];
  if (!group || !w) return undefined;
  const base = baselineOf(report, group, w);
  const cases: CaseIn[] = [];
  const used = new Set<string>();
  const pairs = Math.max(w.samples.length, base.samples.length);
  for (let i = 0; i < pairs; i++) {
    const mine = w.samples[i];
    const theirs = base.samples[i];
    let id = mine?.id ?? (mine ? `sample-${i + 1}` : `baseline-${i + 1}`);
    while (used.has(id)) id = `${id}′`;
    used.add(id);
    const c: CaseIn = { id, a: theirs ? [sampleIn(theirs)] : [], b: mine ? [sampleIn(mine)] : [] };
    const input = mine?.input ?? theirs?.input;
    if (input !== undefined) c.input = input;
    cases.push(c);
  }
  const where = `${w.label}${group.key === 'all' ? '' : ` (${report.groupBy ?? 'group'} ${group.key})`}`;
  const shift = buildReport({
    kind: 'compare',
    versions: {
      a: { ref: 'baseline', label: `Baseline: ${base.label}` },
      b: { ref: `window ${w.label}`, label: `${where}: ${w.samples.length} of ${w.n.toLocaleString('en-US')} outputs sampled`, ...(w.start ? { time: w.start } : {}) },
    },
    run: report.createdAt ? { createdAt: report.createdAt } : {},
    cases,
  });
  const alarmed = new Set(report.alarms.filter((a) => a.group === group.key && a.window === index).map((a) => a.behaviour));
  for (const b of BEHAVIOURS) {
    const detector = shift.summary.behaviours[b]?.detector;
    shift.summary.behaviours[b] = { ...windowSummary(b, w, base.counts[b], alarmed.has(b)), ...(detector ? { detector } : {}) };
  }
  // pairs of unrelated outputs flip nothing: the case list's shift chips describe the two shown
  shift.summary.flips = [];
  return shift;
}
