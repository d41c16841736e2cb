// JUnit XML export for CI: one testcase per behaviour (failing when its gate fails) and one per
// case expectation and assert on version B. Everything from the report is made inert (inert.ts:
// control characters shown as escapes, CI workflow commands broken), XML-escaped, and what XML 1.0
// cannot carry at all (lone surrogates) is replaced.
import { reportBehaviours, type CaseReport, type ShiftReport } from './schema';
import { designTables } from './designTables';
import { pFormat, pct, points, reportedP } from './format';
import { inertMarkup } from './inert';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return inertMarkup(text, (t) =>
    t.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string),
  );
}

interface TestCase {
  classname: string;
  name: string;
  failure?: { message: string; body: string };
  out?: string;
}

function caseTests(c: CaseReport): TestCase[] {
  const tests: TestCase[] = [];
  const classname = `promptshift.cases.${c.id}`;
  const b = c.b.samples;
  for (const [behaviour, expected] of Object.entries(c.expect ?? {})) {
    const judged = b.filter((s) => s.error === undefined);
    const shown = judged.filter((s) => s.behaviours[behaviour as keyof typeof s.behaviours]).length;
    const majority = judged.length > 0 && shown * 2 > judged.length;
    const t: TestCase = { classname, name: `expect ${behaviour}=${expected}` };
    if (judged.length === 0 || majority !== expected) {
      t.failure = {
        message: `${behaviour} expected ${expected}, B shows it in ${shown}/${judged.length} outputs`,
        body: judged.map((s, i) => `#${i + 1}: ${s.output}`).join('\n\n'),
      };
    }
    tests.push(t);
  }
  // Asserts are listed per sample; the n-th assert of every B sample is one check.
  const count = b.reduce((m, s) => Math.max(m, s.asserts?.length ?? 0), 0);
  for (let k = 0; k < count; k++) {
    const results = b.map((s) => s.asserts?.[k]).filter((r) => r !== undefined);
    const first = results[0];
    const label = first ? `${first.type}${first.value !== undefined ? ` ${JSON.stringify(first.value)}` : ''}` : `#${k + 1}`;
    const failing = results.filter((r) => !r.pass);
    const t: TestCase = { classname, name: `assert ${k + 1}: ${label}` };
    if (failing.length) {
      t.failure = {
        message: `${failing.length}/${results.length} B outputs fail: ${failing[0]?.reason ?? label}`,
        body: failing.map((r) => r.reason ?? '').filter(Boolean).join('\n'),
      };
    }
    tests.push(t);
  }
  return tests;
}

function behaviourTests(report: ShiftReport): TestCase[] {
  const gates = new Map((report.summary.gates ?? []).map((g) => [g.behaviour, g]));
  // the built-in seven and the suite's own behaviours: a failed custom gate fails CI the same way
  return reportBehaviours(report).map((behaviour) => {
    const s = report.summary.behaviours[behaviour];
    const gate = gates.get(behaviour);
    const line = s
      ? `${behaviour}: A ${pct(s.a.rate)} → B ${pct(s.b.rate)} (Δ ${points(s.delta)} pts, noise ${s.noiseDelta === null ? '–' : (s.noiseDelta * 100).toFixed(1)} pts, p ${pFormat(reportedP(s))}${s.significant ? ', significant' : ''})`
      : `${behaviour}: not in report`;
    const t: TestCase = { classname: 'promptshift.gates', name: gate ? `${behaviour} (gate: ${gate.rule})` : `${behaviour} (no gate)`, out: line };
    if (gate?.failed) t.failure = { message: gate.message, body: line };
    return t;
  });
}

function suiteXml(name: string, tests: TestCase[]): string {
  const failures = tests.filter((t) => t.failure).length;
  const body = tests
    .map((t) => {
      const open = `    <testcase classname="${escapeXml(t.classname)}" name="${escapeXml(t.name)}"`;
      const inner = [
        t.failure ? `      <failure message="${escapeXml(t.failure.message)}">${escapeXml(t.failure.body)}</failure>` : '',
        t.out ? `      <system-out>${escapeXml(t.out)}</system-out>` : '',
      ].filter(Boolean);
      return inner.length ? `${open}>\n${inner.join('\n')}\n    </testcase>` : `${open}/>`;
    })
    .join('\n');
  return `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="0">\n${body}\n  </testsuite>`;
}

/** A design run's gates (evalGap) and tables, one testcase per row (#16). */
function designTests(report: ShiftReport): TestCase[] {
  const gates: TestCase[] = (report.design?.gates ?? []).map((g) => ({
    classname: 'promptshift.design',
    name: `evalGap ${g.behaviour} (gate)`,
    out: g.message,
    ...(g.failed ? { failure: { message: g.message, body: g.message } } : {}),
  }));
  const rows = designTables(report).flatMap((t) => t.rows.map((r) => ({ classname: 'promptshift.design', name: `${t.title}: ${r.slice(0, 2).filter(Boolean).join(' ')}`, out: t.header.map((h, i) => (h ? `${h} ${r[i] ?? ''}` : r[i] ?? '')).filter((x) => x.trim()).join('; ') })));
  return [...gates, ...rows];
}

export function toJunit(report: ShiftReport): string {
  const gates = [...behaviourTests(report), ...designTests(report)];
  const cases = report.cases.flatMap(caseTests);
  const suites = [suiteXml('promptshift.gates', gates)];
  if (cases.length) suites.push(suiteXml('promptshift.cases', cases));
  const tests = gates.length + cases.length;
  const failures = [...gates, ...cases].filter((t) => t.failure).length;
  const name = `promptshift ${report.a.ref} -> ${report.b.ref}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeXml(name)}" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
