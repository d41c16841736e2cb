// Standalone HTML export: one self-contained file (inline CSS, no script, a CSP that forbids
// everything else), readable offline and safe to open or print. Model output is untrusted text:
// every string from the report goes through escapeHtml (inert.ts: no live control characters), and evidence is highlighted by slicing the escaped text,
// never by inserting markup from the output.
import type { Behaviour } from '../behaviour/types';
import type { CaseReport, SampleResult, ShiftReport } from './schema';
import { failedGates } from './build';
import { designTables } from './designTables';
import { marker, orderedBehaviours, pFormat, pct, points, reportedP } from './format';
import { inertMarkup } from './inert';
import { cardLines } from './cardText';

export function escapeHtml(text: string): string {
  return inertMarkup(text, (t) => t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string));
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}tr.sig td{background:#fff8c5}
.fail{color:#cf222e;font-weight:600}.pass{color:#1a7f37}
.case{border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:4px 10px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.out{white-space:pre-wrap;font:12px/1.4 ui-monospace,monospace;background:#f6f8fa;padding:6px;border-radius:4px;overflow-wrap:anywhere}
mark{background:#ffd8b5}mark[data-side="b"]{background:#c8e1ff}
.tag{display:inline-block;font-size:11px;border-radius:8px;padding:0 6px;margin:0 2px;background:#eaeef2}
.err{color:#cf222e}
`;

interface Mark {
  start: number;
  end: number;
  behaviour: Behaviour;
  reason?: string | undefined;
}

/** The output, escaped, with each non-overlapping evidence span wrapped in a <mark>. */
export function highlight(output: string, sample: SampleResult, side: 'a' | 'b' | 'aPrime'): string {
  const marks: Mark[] = [];
  for (const [behaviour, spans] of Object.entries(sample.evidence ?? {}) as [Behaviour, { start: number; end: number; reason?: string | undefined }[]][]) {
    for (const sp of spans ?? []) {
      if (sp.start >= 0 && sp.end > sp.start && sp.end <= output.length) marks.push({ start: sp.start, end: sp.end, behaviour, reason: sp.reason });
    }
  }
  marks.sort((x, y) => x.start - y.start || y.end - x.end);
  let html = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping spans: the earlier, longer one is shown
    html += escapeHtml(output.slice(at, m.start));
    const title = `${m.behaviour}${m.reason ? `: ${m.reason}` : ''}`;
    html += `<mark data-behaviour="${escapeHtml(m.behaviour)}" data-side="${side}" title="${escapeHtml(title)}">${escapeHtml(output.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return html + escapeHtml(output.slice(at));
}

function sampleHtml(s: SampleResult, index: number, side: 'a' | 'b'): string {
  const tags = (Object.entries(s.behaviours) as [Behaviour, boolean][])
    .filter(([, on]) => on)
    .map(([b]) => `<span class="tag">${escapeHtml(b)}</span>`)
    .join('');
  const err = s.error !== undefined ? `<div class="err">error: ${escapeHtml(s.error)}</div>` : '';
  return `<div>#${index + 1} ${tags}${err}<div class="out">${highlight(s.output, s, side)}</div></div>`;
}

function caseHtml(c: CaseReport, open: boolean): string {
  const shifts = c.shifts
    .map((s) => `<span class="tag">${escapeHtml(s.behaviour)} ${pct(s.from)} → ${pct(s.to)}${s.flip ? ' (flip)' : ''}</span>`)
    .join('');
  const input = c.input !== undefined ? `<div class="out">${escapeHtml(c.input)}</div>` : '';
  return `<details class="case" data-case-id="${escapeHtml(c.id)}"${open ? ' open' : ''}><summary><b>${escapeHtml(c.id)}</b> ${shifts}</summary>${input}
<div class="sides"><div><h3>A</h3>${c.a.samples.map((s, i) => sampleHtml(s, i, 'a')).join('')}</div><div><h3>B</h3>${c.b.samples.map((s, i) => sampleHtml(s, i, 'b')).join('')}</div></div></details>`;
}

/** The detector cards: how each behaviour is detected and how far that can be trusted. */
function cardsHtml(report: ShiftReport): string {
  const cards = cardLines(report);
  if (!cards.length) return '';
  const items = cards
    .map((c) => `<li data-behaviour="${escapeHtml(c.behaviour)}"><b>${escapeHtml(c.behaviour)}</b> (${escapeHtml(c.head)})<ul><li>held out (never tuned on): ${escapeHtml(c.heldOut)}</li><li>tuned on: ${escapeHtml(c.tuned)}</li>${c.extra.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}${c.blindSpots.length ? `<li>blind spots: ${escapeHtml(c.blindSpots.join(' · '))}</li>` : ''}</ul></li>`)
    .join('\n');
  return `<h2>Detector cards</h2>\n<ul class="cards">\n${items}\n</ul>`;
}

/** A design run's tables (#16): the probe's gaps, the effects, objective stability. */
function designHtml(report: ShiftReport): string {
  return designTables(report)
    .map((t) => {
      const head = t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
      const rows = t.rows.map((r, i) => `<tr${t.significant[i] ? ' class="sig"' : ''}>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
      return `<h2>${escapeHtml(t.title)}</h2>${t.note ? `<p><small>${escapeHtml(t.note)}</small></p>` : ''}<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join('\n');
}

export function toHtml(report: ShiftReport, options: { openCases?: number } = {}): string {
  const s = report.summary;
  const title = `PromptShift: ${report.a.ref} → ${report.b.ref}`;
  const rows = orderedBehaviours(report)
    .map((name) => {
      const b = s.behaviours[name];
      if (!b) return '';
      const noise = b.noiseDelta === null ? '–' : (b.noiseDelta * 100).toFixed(1);
      return `<tr${b.significant ? ' class="sig"' : ''}><td>${escapeHtml(name)}</td><td>${pct(b.a.rate)} <small>[${pct(b.a.ci95[0])}, ${pct(b.a.ci95[1])}]</small></td><td>${pct(b.b.rate)} <small>[${pct(b.b.ci95[0])}, ${pct(b.b.ci95[1])}]</small></td><td>${points(b.delta)}</td><td>${noise}</td><td>${pFormat(reportedP(b))}</td><td>${escapeHtml(marker(b))}</td></tr>`;
    })
    .join('\n');
  const gates = [...(s.gates ?? []), ...(report.design?.gates ?? [])]
    .slice()
    .sort((x, y) => Number(y.failed) - Number(x.failed))
    .map((g) => `<li class="${g.failed ? 'fail' : 'pass'}">${g.failed ? '✗' : '✓'} ${escapeHtml(g.message)}</li>`)
    .join('');
  const failed = failedGates(report).length;
  const meta = [
    `${s.cases} cases × ${s.samples} samples`,
    report.suite ? `suite ${report.suite}` : '',
    report.provider ? `model ${[report.provider.type, report.provider.model].filter(Boolean).join(':')}` : '',
    report.runId ? `run ${report.runId}` : '',
    report.createdAt ?? '',
  ]
    .filter(Boolean)
    .map(escapeHtml)
    .join(' · ');
  const m = s.metrics;
  const metrics = m
    ? `<p>length B/A ${m.lengthRatio === null ? '–' : m.lengthRatio.toFixed(2)}${m.lengthRatioAA != null ? ` (A′/A ${m.lengthRatioAA.toFixed(2)})` : ''} · similarity A↔B ${m.similarityAB === null ? '–' : m.similarityAB.toFixed(2)} vs A↔A′ ${m.similarityAA === null ? '–' : m.similarityAA.toFixed(2)}</p>`
    : '';
  // Cases with the strongest shifts first, the first few expanded.
  const cases = report.cases.slice().sort((x, y) => (y.strength ?? 0) - (x.strength ?? 0));
  const openCases = options.openCases ?? 10;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${meta}</p>
${gates ? `<h2>Gates${failed ? ` <span class="fail">(${failed} failed)</span>` : ''}</h2><ul>${gates}</ul>` : ''}
<h2>Behaviour shifts</h2>
<table><thead><tr><th>behaviour</th><th>A</th><th>B</th><th>Δ pts</th><th>noise pts</th><th>p (Holm)</th><th></th></tr></thead>
<tbody>
${rows}
</tbody></table>
${designHtml(report)}
${metrics}
${cardsHtml(report)}
<h2>Cases</h2>
${cases.map((c, i) => caseHtml(c, i < openCases && c.shifts.length > 0)).join('\n')}
</body></html>
`;
}
