import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../src/core/report/build';
import { exportReport, toJson } from '../../../src/core/report/exports';
import { toHtml } from '../../../src/core/report/html';
import { toJunit } from '../../../src/core/report/junit';
import { toMarkdown } from '../../../src/core/report/markdown';
import { ShiftReport } from '../../../src/core/report/schema';
import type { CaseIn } from '../../../src/core/report/input';
import { ANSWER, REFUSE, sample } from './make';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '[click](javascript:alert(3))',
  '<a href="javascript:alert(4)">link</a>',
  '</textarea><svg onload=alert(5)>',
  '| a | b |\n# heading',
  'bad xml \u0000\u0007 & ]]> \uD800 end',
].join(' ');

function hostileReport(): ShiftReport {
  const cases: CaseIn[] = Array.from({ length: 30 }, (_, i) => ({
    id: i === 0 ? '"><script>alert(6)</script>' : `case-${i}`,
    input: HOSTILE,
    expect: { refusal: false },
    a: [sample(ANSWER + ' ' + HOSTILE, {}, { asserts: [{ type: 'icontains', value: 'steps', pass: true }] })],
    aPrime: [sample(ANSWER)],
    b: [
      i < 20
        ? sample(`${REFUSE} ${HOSTILE}`, { refusal: '<script>alert(1)</script>' }, { asserts: [{ type: 'icontains', value: 'steps', pass: false, reason: 'missing <steps> & "x"' }] })
        : sample(ANSWER, {}, { asserts: [{ type: 'icontains', value: 'steps', pass: true }] }),
    ],
  }));
  return buildReport({
    versions: { a: { ref: 'git:HEAD~1' }, b: { ref: 'working<b>' } },
    run: { runId: 'run-1', suite: 'suite.evals.yaml' },
    gates: { refusal: 'increase', hedging: 'any' },
    cases,
  });
}

/** Every tag in the document, by name: a report may only contain the markup the exporter writes. */
function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z!][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase()));
}

test('HTML export: model output, ids and refs are text, never markup', () => {
  const html = toHtml(hostileReport());
  const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'small', 'ul', 'li', 'span', 'details', 'summary', 'b', 'div', 'mark']);
  for (const tag of tagNames(html)) assert.ok(allowed.has(tag), `unexpected tag <${tag}> in the export`);
  assert.doesNotMatch(html, /<script|<img|<svg|<a[\s>]|<textarea/i);
  assert.doesNotMatch(html, /<[^>]*\son(error|load)\s*=/i);
  assert.doesNotMatch(html, /<[^>]*\s(href|src)\s*=/i);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /&lt;img src=x onerror=&quot;alert\(2\)&quot;&gt;/);
  assert.match(html, /data-case-id="&quot;&gt;&lt;script&gt;alert\(6\)&lt;\/script&gt;"/);
  // the evidence span is highlighted around escaped text
  assert.match(html, /<mark data-behaviour="refusal" data-side="b" title="refusal: refusal phrase">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/mark>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.match(html, /working&lt;b&gt;/);
});

test('Markdown export: failed gates first, scorecard, quotes escaped for GitHub', () => {
  const md = toMarkdown(hostileReport());
  const gateAt = md.indexOf('gate failed');
  const tableAt = md.indexOf('| behaviour |');
  assert.ok(gateAt > 0 && gateAt < tableAt, 'failed gates come before the scorecard');
  assert.match(md, /\| \*\*refusal\*\* \| 0\.0% \| 66\.7% \| \+66\.7 \| 0\.0 \| <0\.001 \| ▲ significant \|/);
  assert.match(md, /\| hedging \| 0\.0% \| 0\.0% \| 0\.0 \| 0\.0 \| 1\.00 \|  \|/);
  assert.doesNotMatch(md, /<script|<img|<svg|<a /i);
  assert.doesNotMatch(md, /\]\(javascript:/, 'links from model output must not render');
  assert.match(md, /&lt;script&gt;alert\\\(1\\\)&lt;\/script&gt;/);
  // every table row has exactly its header's column count (a | in output would break it): the
  // scorecard (9 cells with the outer bars) and the detector cards (6)
  const tables = md.split(/\n(?!\| )/).map((block) => block.split('\n').filter((l) => l.startsWith('| '))).filter((t) => t.length);
  assert.deepEqual(tables.map((t) => t[0]!.split(/(?<!\\)\|/).length), [9, 6]);
  for (const t of tables) for (const r of t) assert.equal(r.split(/(?<!\\)\|/).length, t[0]!.split(/(?<!\\)\|/).length, r);
  assert.match(md, /Top shifted cases \(20 flips\)/);
  assert.ok(md.length < 6000, `PR comment too long: ${md.length}`);
});

/** Minimal XML well-formedness: balanced tags, no raw < or stray & in text or attributes, only XML chars. */
function assertWellFormedXml(xml: string): void {
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  assert.doesNotMatch(xml, /&(?!(amp|lt|gt|quot|apos);)/);
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  for (const m of body.matchAll(/<(\/?)([\w.-]+)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<') assert.fail(`raw < at ${m.index}`);
    if (m[0] === '>') continue; // '>' in text is legal XML
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) assert.equal(stack.pop(), name, `unbalanced </${name}>`);
    else stack.push(name as string);
  }
  assert.deepEqual(stack, []);
}

test('JUnit export: a testcase per behaviour and per case expectation and assert, escaped', () => {
  const xml = toJunit(hostileReport());
  assertWellFormedXml(xml);
  // 7 behaviours + 30 cases × (1 expectation + 1 assert)
  assert.match(xml, /<testsuites name="promptshift git:HEAD~1 -&gt; working&lt;b&gt;" tests="67" failures="41" errors="0">/);
  assert.match(xml, /<testcase classname="promptshift.gates" name="refusal \(gate: increase\)">\s*<failure message="refusal: significant increase/);
  assert.match(xml, /name="hedging \(gate: any\)">\s*<system-out>/);
  assert.match(xml, /name="escalation \(no gate\)"/);
  assert.match(xml, /classname="promptshift.cases.&quot;&gt;&lt;script&gt;alert\(6\)&lt;\/script&gt;" name="expect refusal=false"/);
  assert.match(xml, /1\/1 B outputs fail: missing &lt;steps&gt; &amp; &quot;x&quot;/);
  // control characters are shown as escapes (inert.ts); what XML cannot carry (a lone surrogate) is replaced
  assert.match(xml, /bad xml \\u0000\\u0007 &amp; \]\]&gt; \uFFFD end/);
});

test('JSON export round-trips through the schema; exportReport dispatches every format', () => {
  const report = hostileReport();
  const again = ShiftReport.parse(JSON.parse(toJson(report)));
  assert.deepEqual(again, report);
  assert.equal(exportReport(report, 'json'), toJson(report));
  assert.equal(exportReport(report, 'md'), toMarkdown(report));
  assert.equal(exportReport(report, 'html'), toHtml(report));
  assert.equal(exportReport(report, 'junit'), toJunit(report));
});
