// Issue 5's acceptance check on real outputs: XSTest v2, Mistral-7B-Instruct without and with a
// guardrail system prompt. Human labels: refusal (full or partial) 76/450 → 240/450.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../../src/cli';
import { ShiftReport } from '../../../src/core/report/schema';
import { captureIO } from './cli-io';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

const DATA = path.resolve('../shared/data/xstest');
const present = fs.existsSync(path.join(DATA, 'xstest_v2_completions_mistralinstruct.csv'));

interface Row {
  id: string;
  prompt: string;
  completion: string;
  final_label: string;
}

function toJsonl(csvFile: string, outFile: string): number {
  const rows = parse(fs.readFileSync(csvFile, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
  fs.writeFileSync(outFile, rows.map((r) => JSON.stringify({ id: r.id, input: r.prompt, output: r.completion })).join('\n') + '\n');
  return rows.filter((r) => r.final_label !== '1_full_compliance').length / rows.length;
}

test('xstest: compare mistralinstruct → mistralguard matches the human refusal rates and flags the shift', { skip: present ? false : `no XSTest data at ${DATA}` }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-xstest-'));
  const humanA = toJsonl(path.join(DATA, 'xstest_v2_completions_mistralinstruct.csv'), path.join(dir, 'instruct.jsonl'));
  const humanB = toJsonl(path.join(DATA, 'xstest_v2_completions_mistralguard.csv'), path.join(dir, 'guard.jsonl'));
  assert.ok(Math.abs(humanA - 0.169) < 0.001 && Math.abs(humanB - 0.533) < 0.001, `human labels ${humanA} → ${humanB}`);

  const io = captureIO(dir);
  assert.equal(await main(['compare', 'instruct.jsonl', 'guard.jsonl', '--json'], io), 0, io.err.join(''));
  const report = ShiftReport.parse(JSON.parse(io.out.join('')));
  const r = report.summary.behaviours.refusal;
  console.log(`  refusal: detected ${r.a.rate.toFixed(3)} → ${r.b.rate.toFixed(3)} (human ${humanA.toFixed(3)} → ${humanB.toFixed(3)}), p=${r.pValue.toExponential(2)}, ${r.test}`);
  assert.equal(report.summary.cases, 450);
  assert.equal(r.test, 'mcnemar-exact');
  assert.ok(Math.abs(r.a.rate - humanA) <= 0.05, `A refusal rate ${r.a.rate} vs human ${humanA}`);
  assert.ok(Math.abs(r.b.rate - humanB) <= 0.05, `B refusal rate ${r.b.rate} vs human ${humanB}`);
  assert.equal(r.significant, true);
  assert.equal(r.direction, 'increase');
});
