// The text of a monitor window's samples document: what was measured in the window, then each
// sampled output with the behaviours found in it and their evidence. Shown in a read-only editor,
// so model output is plain text there; nothing in it is rendered or run.
import { BEHAVIOURS } from '../../core/behaviour/types';
import type { MonitorGroup, MonitorReport, MonitorWindow } from '../../core/monitor/schema';

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;

export function windowSamplesText(report: MonitorReport, group: MonitorGroup, w: MonitorWindow): string {
  const lines: string[] = [`# ${w.label}${group.key === 'all' ? '' : ` (${report.groupBy ?? 'group'} ${group.key})`}`, ''];
  lines.push(`${w.n} outputs${w.start ? ` from ${w.start}` : ''}${w.end ? ` to ${w.end}` : ''}; ${w.samples.length} sampled at random (seed ${report.detector.seed}).`, '');
  for (const a of report.alarms.filter((x) => x.group === group.key && x.window === w.index)) {
    lines.push(`ALARM: ${a.behaviour} ${a.direction}${a.rateBefore === null ? '' : ` from ${pct(a.rateBefore)}`} to ${pct(a.rateAt)} (CUSUM ${a.statistic.toFixed(1)} > ${a.threshold.toFixed(1)})`, '');
  }
  lines.push('Rates in this window:', '');
  for (const b of BEHAVIOURS) {
    const r = w.rates[b];
    lines.push(`- ${b}: ${pct(r.rate)} (${r.count} of ${w.n}; 95% ${pct(r.ci95[0])}–${pct(r.ci95[1])})`);
  }
  w.samples.forEach((s, i) => {
    lines.push('', `## Sample ${i + 1}${s.id ? ` — ${s.id}` : ''}`, '');
    const meta = [s.time, s.model, s.behaviours.length ? `behaviours: ${s.behaviours.join(', ')}` : 'no behaviour detected'].filter(Boolean);
    lines.push(meta.join(' · '), '');
    if (s.input !== undefined) lines.push('Input:', '', ...s.input.split('\n').map((l) => `    ${l}`), '');
    lines.push('Output:', '', ...s.output.split('\n').map((l) => `    ${l}`));
    if (s.truncated) lines.push('    […cut]');
    for (const [b, spans] of Object.entries(s.evidence)) {
      for (const sp of spans ?? []) lines.push('', `- ${b} evidence (${sp.start}–${sp.end}): "${sp.text}"${sp.reason ? ` — ${sp.reason}` : ''}`);
    }
  });
  return lines.join('\n') + '\n';
}
