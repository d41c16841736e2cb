// Plain-text summary of a report for a terminal (`compare` and `eval` without --json).
import type { ShiftReport } from './schema';
import { failedGates } from './build';
import { designTables } from './designTables';
import { QUOTED_FLIPS } from './brief';
import { cachedNote, stopEarlyNote, marker, orderedBehaviours, pFormat, pct, points, reportedP, topShifts } from './format';

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function toTextSummary(report: ShiftReport, options: { topCases?: number } = {}): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`${report.a.ref} → ${report.b.ref}: ${s.cases} cases × ${s.samples} sample${s.samples === 1 ? '' : 's'}`);
  const cached = cachedNote(report);
  if (cached) lines.push(cached);
  const stopped = stopEarlyNote(report);
  if (stopped) lines.push(stopped);
  for (const g of failedGates(report)) lines.push(`GATE FAILED  ${g.message}`);
  lines.push('');
  lines.push(`${pad('behaviour', 15)}${pad('A', 8, true)}${pad('B', 8, true)}${pad('Δ pts', 8, true)}${pad('noise', 8, true)}${pad('p(Holm)', 9, true)}`);
  for (const name of orderedBehaviours(report)) {
    const b = s.behaviours[name];
    if (!b) continue;
    const noise = b.noiseDelta === null ? '–' : (b.noiseDelta * 100).toFixed(1);
    lines.push(
      `${pad(name, 15)}${pad(pct(b.a.rate), 8, true)}${pad(pct(b.b.rate), 8, true)}${pad(points(b.delta), 8, true)}${pad(noise, 8, true)}${pad(pFormat(reportedP(b)), 9, true)}  ${marker(b)}`.trimEnd(),
    );
  }
  for (const t of designTables(report)) {
    const widths = t.header.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
    lines.push('', `${t.title}:`);
    for (const row of [t.header, ...t.rows]) lines.push(`  ${row.map((c, i) => pad(c, widths[i]! + 2)).join('')}`.trimEnd());
  }
  const m = s.metrics;
  if (m) {
    const parts: string[] = [];
    if (m.lengthRatio !== null) parts.push(`length B/A ${m.lengthRatio.toFixed(2)}${m.lengthRatioAA != null ? ` (A′/A ${m.lengthRatioAA.toFixed(2)})` : ''}`);
    if (m.similarityAB !== null) parts.push(`similarity A↔B ${m.similarityAB.toFixed(2)}${m.similarityAA !== null ? ` (A↔A′ ${m.similarityAA.toFixed(2)})` : ''}`);
    if (parts.length) lines.push('', parts.join(' · '));
  }
  const top = topShifts(report, options.topCases ?? QUOTED_FLIPS, 70);
  if (top.length) {
    lines.push('', `Top shifted cases (${(s.flips ?? []).length} flips):`);
    for (const t of top) {
      lines.push(`  ${t.caseId}  ${t.behaviour} ${pct(t.from)} → ${pct(t.to)}`);
      lines.push(`    A: ${JSON.stringify(t.a)}`);
      lines.push(`    B: ${JSON.stringify(t.b)}`);
    }
  }
  return lines.join('\n') + '\n';
}
