// Markdown export, sized for a pull-request comment: failed gates, the scorecard, metrics and the
// strongest shifted cases. Model output, case ids and model names are untrusted: GitHub renders
// inline HTML and Markdown, mentions people and a CI log acts on workflow commands, so every
// quoted text is made inert (inert.ts) and so is the whole document.
import type { ShiftReport } from './schema';
import { failedGates } from './build';
import { escapeMarkdown, fitsCodeSpan, inertMarkdownDocument } from './inert';

export { escapeMarkdown };
import { cardLines } from './cardText';
import { cachedNote, stopEarlyNote, marker, orderedBehaviours, pFormat, pct, points, reportedP, topShifts } from './format';
import { effectLine, hunkBehind, hunkQuote, linesText } from './attribution';
import { isBuiltInBehaviour } from '../behaviour/types';
import { designTables } from './designTables';

function code(text: string): string {
  // Code spans show ids and refs verbatim; text a code span cannot hold safely (backticks, line
  // ends of any kind, markup, control characters, commands) is escaped as plain text instead.
  return fitsCodeSpan(text) ? `\`${text.replace(/\|/g, '\\|')}\`` : escapeMarkdown(text);
}

export function toMarkdown(report: ShiftReport, options: { topCases?: number } = {}): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`## PromptShift: ${code(report.a.ref)} → ${code(report.b.ref)}`);
  const facts = [`${s.cases} cases × ${s.samples} sample${s.samples === 1 ? '' : 's'}`];
  if (report.suite) facts.push(`suite ${code(report.suite)}`);
  if (report.provider) facts.push(`model ${code([report.provider.type, report.provider.model].filter(Boolean).join(':'))}`);
  if (report.runId) facts.push(`run ${code(report.runId)}`);
  lines.push('', facts.join(' · '));
  const cached = cachedNote(report);
  if (cached) lines.push('', `_${cached}._`);
  const stopped = stopEarlyNote(report);
  if (stopped) lines.push('', `_${escapeMarkdown(stopped)}._`);

  const failed = failedGates(report);
  if (failed.length) {
    lines.push('', `**❌ ${failed.length} gate${failed.length === 1 ? '' : 's'} failed**`, '');
    for (const g of failed) {
      lines.push(`- ${escapeMarkdown(g.message)}`);
      // Once the run was explained: the edit behind the failed gate, quoted from the prompt.
      const behind = report.attribution && isBuiltInBehaviour(g.behaviour) ? hunkBehind(report.attribution, g.behaviour) : undefined;
      if (behind) {
        const q = hunkQuote(behind.hunk);
        lines.push(`  - caused by hunk ${behind.hunk.n} (${linesText(q.lines)} of ${q.side.toUpperCase()}): ${escapeMarkdown(effectLine(g.behaviour, behind.effect))}`);
        for (const l of q.text.replace(/\n$/, '').split('\n').slice(0, 12)) lines.push(`    > ${escapeMarkdown(l)}`);
      }
    }
  } else if (s.gates?.length) {
    lines.push('', `**✅ all ${s.gates.length} gates passed**`);
  }

  const hasNoise = Object.values(s.behaviours).some((b) => b.noiseDelta !== null);
  lines.push('', '| behaviour | A | B | Δ pts | noise pts | p (Holm) | |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const name of orderedBehaviours(report)) {
    const b = s.behaviours[name];
    if (!b) continue;
    const noise = b.noiseDelta === null ? '–' : (b.noiseDelta * 100).toFixed(1);
    const label = b.significant ? `**${name}**` : name;
    lines.push(`| ${label} | ${pct(b.a.rate)} | ${pct(b.b.rate)} | ${points(b.delta)} | ${noise} | ${pFormat(reportedP(b))} | ${marker(b)} |`);
  }
  if (!hasNoise) lines.push('', '_No A′ baseline: shifts are not checked against run-to-run noise._');

  // a design run (#16): the probe's gaps, the design's effects, objective stability
  for (const t of designTables(report)) {
    lines.push('', `### ${t.title}`, '');
    if (t.note) lines.push(`_${escapeMarkdown(t.note)}_`, '');
    lines.push(`| ${t.header.map(escapeMarkdown).join(' | ')} |`, `| ${t.header.map(() => '---').join(' | ')} |`);
    for (const row of t.rows) lines.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
  }

  const m = s.metrics;
  if (m) {
    const parts: string[] = [];
    if (m.lengthRatio !== null) parts.push(`length B/A ${m.lengthRatio.toFixed(2)}${m.lengthRatioAA != null ? ` (A′/A ${m.lengthRatioAA.toFixed(2)})` : ''}`);
    if (m.similarityAB !== null) parts.push(`similarity A↔B ${m.similarityAB.toFixed(2)}${m.similarityAA !== null ? ` vs A↔A′ ${m.similarityAA.toFixed(2)}` : ''}`);
    if (s.asserts && (s.asserts.a !== null || s.asserts.b !== null)) {
      parts.push(`asserts passed A ${s.asserts.a === null ? '–' : pct(s.asserts.a)} → B ${s.asserts.b === null ? '–' : pct(s.asserts.b)}`);
    }
    if (parts.length) lines.push('', parts.join(' · '));
  }

  const top = topShifts(report, options.topCases ?? 8, 80);
  if (top.length) {
    lines.push('', `<details><summary>Top shifted cases (${(s.flips ?? []).length} flips)</summary>`, '');
    for (const t of top) {
      lines.push(`- ${code(t.caseId)} **${t.behaviour}** ${pct(t.from)} → ${pct(t.to)}`);
      lines.push(`  - A: “${escapeMarkdown(t.a)}”`);
      lines.push(`  - B: “${escapeMarkdown(t.b)}”`);
    }
    lines.push('', '</details>');
  }
  // Compact, for a PR comment's size: held-out figures only; the HTML export and report.json also
  // give the tuned-on figures and the blind spots.
  const cards = cardLines(report);
  if (cards.length) {
    lines.push('', '<details><summary>Detector cards: how far each detector can be trusted</summary>', '');
    lines.push('| behaviour | detector | held out (never tuned on): P / R (n) | your labels · judge |', '| --- | --- | --- | --- |');
    for (const c of cards) lines.push(`| ${c.behaviour} | ${escapeMarkdown(c.head)} | ${escapeMarkdown(c.heldOutShort)} | ${escapeMarkdown(c.extra.join(' · '))} |`);
    lines.push('', '_Tuned-on figures and known blind spots: the HTML export and `report.json` (`summary.behaviours.<b>.detector`)._', '', '</details>');
  }
  return inertMarkdownDocument(lines.join('\n') + '\n');
}
