// The CI gate as a pipeline runs it: a git repository whose origin/main holds prompt v1, a working
// copy changed to v2 (it drops escalation), the replay provider serving outputs recorded for each
// version's sha256, and `promptshift eval --a git:origin/main --b working` failing the
// `escalation: decrease` gate (exit 1), with a Markdown summary and JUnit XML for the pull request.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, FIXTURES, tempDir } from './helpers';

const CI = path.join(FIXTURES, 'ci');
const V1 = fs.readFileSync(path.join(CI, 'prompt-v1.prompt.md'), 'utf8');
const V2 = fs.readFileSync(path.join(CI, 'prompt-v2.prompt.md'), 'utf8');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const ESCALATES = (name: string) => `I'm sorry about this, ${name}. I've opened a ticket, and I'd like to connect you with a human agent from our support team who can sort it out today.`;
const RESOLVES = (name: string) => `I'm sorry about this, ${name}. I've looked at your account and fixed the problem; you will see the correction on your next bill.`;

let repo: string;

function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
}

before(() => {
  const top = tempDir('ci');
  const origin = path.join(top, 'origin.git');
  git(['init', '--bare', '-q', '-b', 'main', origin], top);
  repo = path.join(top, 'work');
  fs.mkdirSync(path.join(repo, 'prompts'), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  fs.copyFileSync(path.join(CI, 'support.evals.yaml'), path.join(repo, 'support.evals.yaml'));
  fs.copyFileSync(path.join(CI, 'cases.jsonl'), path.join(repo, 'cases.jsonl'));
  fs.writeFileSync(path.join(repo, 'prompts', 'support.prompt.md'), V1);
  // Recorded outputs: v1 escalates on every case, v2 on none.
  const cases = fs.readFileSync(path.join(CI, 'cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; vars: { customer_name: string } });
  const lines = cases.flatMap((c) => [
    { id: c.id, promptSha256: sha(V1), output: ESCALATES(c.vars.customer_name) },
    { id: c.id, promptSha256: sha(V2).slice(0, 12), output: RESOLVES(c.vars.customer_name) },
  ]);
  fs.writeFileSync(path.join(repo, 'recorded.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'prompt v1']);
  git(['remote', 'add', 'origin', origin]);
  git(['push', '-q', '-u', 'origin', 'main']);
});

/** Well-formed XML 1.0 in the shape JUnit readers need: balanced tags, quoted attributes, escaped text. */
function assertWellFormedXml(xml: string): void {
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    if (m[6]) assert.fail(`stray '<' at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    const bareAmp = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;
    if (m[5] !== undefined) {
      assert.doesNotMatch(m[5], bareAmp, 'bare & in text');
      if (stack.length === 0) assert.match(m[5], /^\s*$/, 'text outside the root element');
      continue;
    }
    if (!m[2]) continue;
    assert.doesNotMatch(m[3] ?? '', bareAmp, 'bare & in an attribute');
    if (m[1]) assert.equal(stack.pop(), m[2], `closing </${m[2]}> does not match`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.deepEqual(stack, [], 'unclosed elements');
}

test('CI: working copy drops escalation → exit 1; Markdown names the failed gate; JUnit has a failing testcase', async () => {
  fs.writeFileSync(path.join(repo, 'prompts', 'support.prompt.md'), V2);
  const evalRun = await cli(['eval', 'support.evals.yaml', '--a', 'git:origin/main', '--b', 'working', '--out', 'report.json'], repo);
  assert.equal(evalRun.code, 1, evalRun.io.printed());
  const report = JSON.parse(fs.readFileSync(path.join(repo, 'report.json'), 'utf8'));
  assert.equal(report.a.promptSha256, sha(V1));
  assert.equal(report.b.promptSha256, sha(V2));
  assert.equal(report.summary.behaviours.escalation.a.rate, 1);
  assert.equal(report.summary.behaviours.escalation.b.rate, 0);

  const md = await cli(['report', 'report.json', '--format', 'md'], repo);
  assert.equal(md.code, 0);
  const summary = md.io.out.join('');
  assert.match(summary, /^## PromptShift: `git:origin\/main`/);
  assert.match(summary, /\n\| behaviour \| A \| B \|.*\n\| --- \|/, 'a Markdown table');
  assert.match(summary, /\| \*\*escalation\*\* \| 100\.0% \| 0\.0% \|/);
  assert.match(summary, /\*\*❌ 1 gate failed\*\*\n\n- escalation\b[^\n]*decrease/, 'the failed gate is named under the headline');
  assert.ok(summary.length < 65_536, 'fits a GitHub comment');

  const junit = await cli(['report', 'report.json', '--format', 'junit'], repo);
  assert.equal(junit.code, 0);
  const xml = junit.io.out.join('');
  assertWellFormedXml(xml);
  const gateCase = /<testcase classname="promptshift\.gates" name="escalation \(gate: decrease\)"[^>]*>\s*<failure message="([^"]*)"/.exec(xml);
  assert.ok(gateCase, 'a failing testcase for the escalation gate');
  assert.match(gateCase[1]!, /escalation/);
  assert.equal((xml.match(/<failure /g) ?? []).length, 1, 'only the gate fails');
});

test('CI: working copy equal to origin/main → exit 0', async () => {
  fs.writeFileSync(path.join(repo, 'prompts', 'support.prompt.md'), V1);
  const { code, io } = await cli(['eval', 'support.evals.yaml', '--a', 'git:origin/main', '--b', 'working', '--out', 'report-same.json'], repo);
  assert.equal(code, 0, io.printed());
  const report = JSON.parse(fs.readFileSync(path.join(repo, 'report-same.json'), 'utf8'));
  assert.equal(report.summary.behaviours.escalation.delta, 0);
  const junit = await cli(['report', 'report-same.json', '--format', 'junit'], repo);
  assertWellFormedXml(junit.io.out.join(''));
  assert.doesNotMatch(junit.io.out.join(''), /<failure /);
});

test('the XML check itself rejects broken XML', () => {
  const ok = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="a"><testcase name="x &amp; y"/></testsuite></testsuites>\n';
  assertWellFormedXml(ok);
  assert.throws(() => assertWellFormedXml(ok.replace('&amp;', '&')));
  assert.throws(() => assertWellFormedXml(ok.replace('</testsuite>', '')));
  assert.throws(() => assertWellFormedXml(ok.replace('name="a"', 'name="<a"')));
});
