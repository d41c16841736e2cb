// One line for a run's report in a list of runs (the Runs view, `promptshift runs`, the run's
// notification): its significant shifts, largest first.
import { reportBehaviours, type ShiftReport } from './schema';

/** "escalation ▼50 · overconfidence ▲48": the significant shifts, largest first. */
export function headline(report: ShiftReport): string {
  const shifts = reportBehaviours(report).map((b) => ({ b, s: report.summary.behaviours[b] }))
    .filter((x) => x.s?.significant)
    .sort((x, y) => Math.abs(y.s!.delta) - Math.abs(x.s!.delta))
    .map((x) => `${x.b} ${x.s!.delta < 0 ? '▼' : '▲'}${Math.round(Math.abs(x.s!.delta) * 100)}`);
  const text = shifts.length ? shifts.join(' · ') : 'no significant shift';
  // a design run with conditions: each version's objective stability (#16)
  const stability = (report.design?.stability ?? []).map((s) => `${s.version.toUpperCase()} ${s.score.toFixed(2)}`);
  return stability.length ? `${text} · stability ${stability.join(', ')}` : text;
}
