// A suite's own behaviours end to end through the CLI: scored at record time, a row in the report
// with evidence spans and an (unvalidated) detector card, a gate that fails `eval` (exit 1) and the
// JUnit export; bad declarations are exit 2 naming file, line and field; a resume refuses when the
// rules changed; rescore re-applies them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

const examples = path.resolve(__dirname, '../../../examples');

const SUITE = (behaviours: string, gates: string) => `prompt: prompts/support.prompt.md
provider:
  type: replay
  file: recorded/support-outputs.jsonl
samples: 3
baseline: true
behaviours:
${behaviours}
gates:
${gates}
cases:
  - file: cases.jsonl
`;
const HANDS_OFF = `  - name: handsOff
    description: hands the customer to a person or a team
    phrases: ["human agent", "team", "specialist"]
  - name: promisesRefund
    description: promises the customer a refund
    patterns: ["refund(?:ed)? (?:within|in) \\\\d{1,3} (?:business )?days", "full refund"]`;

function workspace(suite: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-custom-'));
  fs.cpSync(examples, dir, { recursive: true });
  fs.rmSync(path.join(dir, '.promptshift', 'runs'), { recursive: true, force: true });
  fs.writeFileSync(path.join(dir, 'custom.evals.yaml'), suite);
  return dir;
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env: {}, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: new AbortController().signal };
  return { code: await main(args, io), out, err };
}

test('a custom behaviour is a scorecard row with evidence spans and a card, and its gate fails eval (exit 1) and JUnit', async () => {
  const ws = workspace(SUITE(HANDS_OFF, '  handsOff: decrease\n  promisesRefund: increase'));
  const r = await run(['eval', 'custom.evals.yaml', '--json'], ws);
  assert.equal(r.code, 1, r.err);
  const report = JSON.parse(r.out);
  const row = report.summary.behaviours.handsOff;
  assert.ok(row.significant && row.delta < -0.3, JSON.stringify(row));
  assert.equal(row.detector.status, 'unvalidated');
  assert.match(row.detector.how, /hands the customer to a person or a team\. Declared by the suite: phrases “human agent”/);
  assert.match(row.detector.version, /^custom-[0-9a-f]{12}$/);
  const gates = report.summary.gates as Array<{ behaviour: string; failed: boolean }>;
  assert.deepEqual(gates.filter((g) => g.failed).map((g) => g.behaviour), ['handsOff']);
  assert.ok(gates.some((g) => g.behaviour === 'promisesRefund' && !g.failed));
  const angry = report.cases.find((c: { id: string }) => c.id === 'angry-refund');
  const sample = angry.a.samples[0];
  assert.equal(sample.behaviours.handsOff, true);
  for (const span of sample.evidence.handsOff) assert.equal(sample.output.slice(span.start, span.end), span.text);
  assert.ok(angry.shifts.some((s: { behaviour: string }) => s.behaviour === 'handsOff'), 'the case shift names the custom behaviour');
  // every built-in behaviour is still there
  for (const b of ['refusal', 'escalation', 'hedging', 'overconfidence', 'sycophancy', 'evalAwareness', 'formatBreak']) assert.ok(report.summary.behaviours[b], b);
  const junit = await run(['report', report.runId, '--format', 'junit'], ws);
  assert.match(junit.out, /<testcase classname="promptshift\.gates" name="handsOff \(gate: decrease\)"[^>]*>\s*<failure/);
  // rescore re-applies the run's own rules: same findings
  const again = await run(['rescore', report.runId, '--all', '--json'], ws);
  assert.equal(again.code, 0, again.err);
  assert.deepEqual(JSON.parse(again.out).summary.behaviours.handsOff.b, row.b);
  // a resume with other rules is refused, saying why
  fs.writeFileSync(path.join(ws, 'custom.evals.yaml'), SUITE(HANDS_OFF.replace('"specialist"', '"colleague"'), '  handsOff: decrease'));
  const resumed = await run(['eval', '--resume', report.runId], ws);
  assert.equal(resumed.code, 2, resumed.err);
  assert.match(resumed.err, /the suite's own behaviours/);
});

test('bad declarations are bad input (exit 2) naming the file, line and field', async () => {
  const typo = await run(['eval', 'custom.evals.yaml'], workspace(SUITE(HANDS_OFF, '  handOff: decrease')));
  assert.equal(typo.code, 2);
  assert.match(typo.err, /custom\.evals\.yaml:\d+:\d+: gates\.handOff: unknown field 'handOff' — did you mean 'handsOff'\?/);
  const hang = await run(['check', 'custom.evals.yaml'], workspace(SUITE('  - name: slow\n    description: d\n    patterns: ["(?:a+)+$"]', '  slow: any')));
  assert.equal(hang.code, 2);
  assert.match(hang.err, /custom\.evals\.yaml:\d+:\d+: behaviours\[0\]\.patterns\[0\]: a repeated group must not hold a quantifier/);
  const builtIn = await run(['check', 'custom.evals.yaml'], workspace(SUITE('  - name: refusal\n    description: d\n    phrases: [no]', '  refusal: any')));
  assert.equal(builtIn.code, 2);
  assert.match(builtIn.err, /behaviours\[0\]\.name: this is a built-in behaviour/);
});
