// The monitor report as text (the CLI's timeline), Markdown (a CI job's summary or issue) and
// JSON. Group keys (model names, from the log) are untrusted: Markdown escapes them and the whole
// document is made inert, as every export is (core/report/inert.ts).
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { escapeMarkdown, inertJson, inertMarkdownDocument } from '../report/inert';
import { pct } from '../report/format';
import type { DriftAlarm, MonitorGroup, MonitorReport } from './schema';

export function monitorJson(report: MonitorReport): string {
  return inertJson(report, 2) + '\n';
}

/** Behaviours with an alarm first, then those seen at all, then the rest (all are in the JSON). */
function shownBehaviours(report: MonitorReport): Behaviour[] {
  const alarmed = new Set(report.alarms.map((a) => a.behaviour));
  const seen = new Set<Behaviour>();
  for (const g of report.groups) for (const w of g.windows) for (const b of BEHAVIOURS) if (w.rates[b].count > 0) seen.add(b);
  return report.behaviours.filter((b) => alarmed.has(b)).concat(report.behaviours.filter((b) => !alarmed.has(b) && seen.has(b)));
}

/** The label of the window where the level an alarm departs from began, for a later alarm. */
function sinceLabel(report: MonitorReport, a: DriftAlarm): string | undefined {
  if (!a.since) return undefined;
  return report.groups.find((g) => g.key === a.group)?.windows[a.since]?.label;
}

export function alarmSentence(a: DriftAlarm, since?: string): string {
  const before = a.rateBefore === null ? '' : `${pct(a.rateBefore)} ${since ? `since ${since}` : 'before'} → `;
  return `${a.behaviour} ${a.direction} at ${a.label}${a.group === 'all' ? '' : ` (${a.group})`}: ${before}${pct(a.rateAt)} in that window (CUSUM ${a.statistic.toFixed(1)} > ${a.threshold.toFixed(1)})`;
}

function baselineText(report: MonitorReport): string {
  const b = report.baseline;
  if (b.kind === 'window') return `each window against all before it (after ${b.warmup} warm-up window${b.warmup === 1 ? '' : 's'})`;
  return `${b.kind} ${b.source ?? ''}`.trim();
}

function alarmCells(group: MonitorGroup, report: MonitorReport): Map<string, DriftAlarm> {
  const cells = new Map<string, DriftAlarm>();
  for (const a of report.alarms) if (a.group === group.key) cells.set(`${a.window}:${a.behaviour}`, a);
  return cells;
}

export function monitorText(report: MonitorReport): string {
  const lines: string[] = [];
  const shown = shownBehaviours(report);
  lines.push(
    `monitor: ${report.read.outputs.toLocaleString('en-US')} outputs in ${report.files.length} file${report.files.length === 1 ? '' : 's'}, window ${report.window.spec}, baseline: ${baselineText(report)}, false-alarm rate ≤ ${report.alarmRate}`,
  );
  for (const g of report.groups) {
    const cells = alarmCells(g, report);
    lines.push('', `${report.groupBy ? `${report.groupBy} ${g.key}` : 'all outputs'}: ${g.outputs.toLocaleString('en-US')} outputs, ${g.windows.length} windows`);
    const labelWidth = Math.max(6, ...g.windows.map((w) => w.label.length));
    lines.push(`  ${'window'.padEnd(labelWidth)}  ${'n'.padStart(7)}  ${shown.map((b) => b.padStart(Math.max(b.length, 8))).join('  ')}`);
    for (const w of g.windows) {
      const cols = shown.map((b) => {
        const mark = cells.has(`${w.index}:${b}`) ? '!' : ' ';
        return `${pct(w.rates[b].rate)}${mark}`.padStart(Math.max(b.length, 8));
      });
      lines.push(`  ${w.label.padEnd(labelWidth)}  ${String(w.n).padStart(7)}  ${cols.join('  ')}`);
    }
  }
  lines.push('');
  if (report.alarms.length) {
    lines.push(`${report.alarms.length} alarm${report.alarms.length === 1 ? '' : 's'} (! in the table):`);
    for (const a of report.alarms) lines.push(`  ALARM ${alarmSentence(a, sinceLabel(report, a))}`);
  } else lines.push('no drift alarm');
  if (report.read.badLines || report.read.withoutTime) lines.push(`${report.read.badLines} bad line(s) and ${report.read.withoutTime} output(s) without a time were skipped`);
  return lines.join('\n') + '\n';
}

export function monitorMarkdown(report: MonitorReport): string {
  const shown = shownBehaviours(report);
  const lines: string[] = ['## PromptShift monitor', ''];
  lines.push(
    `${report.read.outputs.toLocaleString('en-US')} outputs, window \`${report.window.spec}\`, baseline: ${escapeMarkdown(baselineText(report))}, false-alarm rate ≤ ${report.alarmRate} (${escapeMarkdown(report.detector.method)})`,
    '',
  );
  if (report.alarms.length) {
    lines.push(`### ${report.alarms.length} alarm${report.alarms.length === 1 ? '' : 's'}`, '');
    for (const a of report.alarms) lines.push(`- **${a.behaviour}** ${escapeMarkdown(alarmSentence(a, sinceLabel(report, a)).slice(a.behaviour.length + 1))}`);
    lines.push('');
  } else lines.push('No drift alarm.', '');
  for (const g of report.groups) {
    const cells = alarmCells(g, report);
    lines.push(`### ${report.groupBy ? `${report.groupBy} ${escapeMarkdown(g.key)}` : 'All outputs'} (${g.outputs} outputs)`, '');
    lines.push(`| window | n | ${shown.join(' | ')} |`, `| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`);
    for (const w of g.windows) {
      const cols = shown.map((b) => `${pct(w.rates[b].rate)} (${pct(w.rates[b].ci95[0])}–${pct(w.rates[b].ci95[1])})${cells.has(`${w.index}:${b}`) ? ' ⚠' : ''}`);
      lines.push(`| ${escapeMarkdown(w.label)} | ${w.n} | ${cols.join(' | ')} |`);
    }
    lines.push('');
  }
  return inertMarkdownDocument(lines.join('\n'));
}
