// Property-based fuzzing of every parser a file or a repository feeds: each either returns a value
// of its type or reports the documented error, naming the file (and line/field where it has them).
// Seeded: a failure prints its seed and path, and `{ seed, path }` replays it exactly.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { parseSuiteText } from '../../../src/core/suite/load';
import { parseCsvCases, parseJsonlCases } from '../../../src/core/suite/case-files';
import type { SuiteIssue } from '../../../src/core/suite/issues';
import { parsePromptFile, PromptParseError } from '../../../src/core/prompt/parse';
import { PromptRenderError, renderMessages } from '../../../src/core/prompt/render';
import { Glossary } from '../../../src/core/glossary';
import { parseReplayFile } from '../../../src/core/providers/replay';
import { formatProblem } from '../../../src/core/problems';
import { CALLS_FILE, PLAN_FILE, readRunRecord, RUN_FILE } from '../../../src/core/run/store';
import { ResponseCache } from '../../../src/core/run/cache';
import { parseReportText as parseReport, RunStoreError } from '../../../src/core/run/store';
import { CacheSeal } from '../../../src/core/run/seal';
import { analyseOutputs } from '../../../src/core/report/analyse';
import { EXPORT_FORMATS, exportReport, toJson } from '../../../src/core/report/exports';
import { ShiftReport } from '../../../src/core/report/schema';
import { tempDir } from './helpers';

/** Inputs per parser; BENCHMARKS.md "Inputs fuzzed" quotes these. */
export const RUNS = { suite: 2000, jsonlCases: 3000, csvCases: 3000, prompt: 3000, glossary: 1500, replay: 3000, runRecord: 800, cache: 1500, report: 2000, analyse: 400 } as const;

const FILE = '/fuzz/dir/input.file';
const scratch = tempDir('fuzz');
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

// yaml warns on stderr (process.emitWarning) for every map key that is itself a map; fuzzed
// glossaries make thousands. The warning is harmless; keep the test output readable.
const emitWarning = process.emitWarning;
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (!String(warning).startsWith('Keys with collection values')) (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
}) as typeof process.emitWarning;
after(() => {
  process.emitWarning = emitWarning;
});

// ── generators ────────────────────────────────────────────────────────────────────────────────
/** Text with the characters parsers trip on: quotes, braces, colons, newlines, NUL, surrogates. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', "'", ':', ',', '\n', '\r', '\t', ' ', '-', '#', '|', '>', '&', '*', '!', '%', '@', '`', '\\', '\u0000', '\uFFFD', '\uD800', 'é', '{{', '}}', 'a', '1'), maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const scalar = fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
/** JSON-ish values biased toward the field names parsers look for. */
const fieldName = fc.oneof(fc.constantFrom('id', 'input', 'output', 'vars', 'expect', 'assert', 'prompt', 'provider', 'type', 'model', 'cases', 'file', 'samples', 'gates', 'baseline', 'term', 'definition', 'aliases', 'sources', 'promptSha256', 'refusal', 'escalation', 'value', 'terms', 'url'), fc.string({ maxLength: 8 }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fieldName, tie('v'), { maxKeys: 5 })),
})).v;

const VALID_SUITE = `prompt: p.prompt.md\nprovider:\n  type: replay\n  file: r.jsonl\nsamples: 2\ngates:\n  refusal: increase\ncases:\n  - id: c1\n    input: "hello {{name}}"\n    vars: &base { name: Dana }\n    expect: { refusal: false }\n    assert:\n      - { type: icontains, value: refund }\n  - { id: c0, input: hi, vars: *base }\n  - file: cases.jsonl\n  - file: cases.csv\n`;

/** A valid text with a random slice replaced by random text: the "almost right" files people write. */
const mutated = (valid: string) =>
  fc.tuple(fc.nat(valid.length), fc.nat(20), nasty).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));

const textOf = (valid: string) => fc.oneof(nasty, mutated(valid), value.map((v) => toYaml(v)), value.map((v) => JSON.stringify(v) ?? ''));
const jsonlOf = (line: fc.Arbitrary<string>) => fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));
const lineOf = (valid: string) => fc.oneof(nasty, mutated(valid), value.map((v) => JSON.stringify(v) ?? ''));

function assertPositioned(issues: readonly SuiteIssue[], files: readonly string[]): void {
  for (const i of issues) {
    assert.ok(files.includes(i.file), `issue names an unexpected file: ${i.file}`);
    assert.ok(Number.isInteger(i.line) && i.line >= 1 && Number.isInteger(i.column) && i.column >= 1, JSON.stringify(i));
    assert.equal(typeof i.field, 'string');
    assert.ok(i.message.length > 0);
  }
}

// ── suites and case files ─────────────────────────────────────────────────────────────────────
test(`fuzz: suite YAML/JSON text (parseSuiteText), with fuzzed JSONL and CSV case files (${RUNS.suite})`, async () => {
  const caseJsonl = jsonlOf(lineOf('{"id": "c2", "input": "hi", "vars": {"x": 1}, "expect": {"hedging": true}}'));
  const caseCsv = textOf('id,input,expect_refusal,__expected\nc3,"hi, there",yes,icontains: refund\n');
  await fc.assert(
    fc.asyncProperty(fc.oneof(textOf(VALID_SUITE), mutated(VALID_SUITE)), fc.constantFrom('s.evals.yaml', 's.json', 'promptfooconfig.yaml'), caseJsonl, caseCsv, async (text, name, jsonl, csv) => {
      const file = path.join('/fuzz', name);
      const files: Record<string, string> = { '/fuzz/cases.jsonl': jsonl, '/fuzz/cases.csv': csv };
      const result = await parseSuiteText(text, file, {
        readFile: async (p) => {
          const content = files[p];
          if (content === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
          return content;
        },
        fileExists: async () => true,
      });
      assertPositioned(result.errors, [file, ...Object.keys(files)]);
      if (result.suite) assert.ok(result.suite.cases.length > 0 && result.suite.cases.every((c) => typeof c.id === 'string' && typeof c.input === 'string'));
      else assert.ok(result.errors.some((e) => e.severity === 'error'), 'no suite and no error');
    }),
    { numRuns: RUNS.suite, seed: 8101 },
  );
});

test(`fuzz: JSONL case files (${RUNS.jsonlCases})`, () => {
  fc.assert(
    fc.property(jsonlOf(lineOf('{"id": "c2", "input": "hi {{x}}", "vars": {"x": 1}, "assert": [{"type": "equals", "value": "a"}]}')), (text) => {
      const { cases, issues } = parseJsonlCases(text, FILE);
      assertPositioned(issues, [FILE]);
      const lines = text.split('\n').length;
      for (const i of issues) assert.ok(i.line <= lines, `line ${i.line} of ${lines}`);
      for (const c of cases) assert.equal(typeof c.input, 'string');
    }),
    { numRuns: RUNS.jsonlCases, seed: 8102 },
  );
});

test(`fuzz: CSV case files (${RUNS.csvCases})`, () => {
  fc.assert(
    fc.property(textOf('id,input,expect_refusal,expect_hedgin,__expected,__x,city\nc3,"hi, ""there""",yes,no,icontains: refund,,Oslo\nc4,x,maybe,,is-json,,\n'), fc.boolean(), (text, inputColumn) => {
      const { cases, issues } = parseCsvCases(text, FILE, inputColumn ? {} : { inputColumn: false });
      assertPositioned(issues, [FILE]);
      for (const c of cases) assert.ok(typeof c.input === 'string' && c.source.line >= 1);
    }),
    { numRuns: RUNS.csvCases, seed: 8103 },
  );
});

// ── prompts ───────────────────────────────────────────────────────────────────────────────────
test(`fuzz: prompt files of every format (parsePromptFile + renderMessages) (${RUNS.prompt})`, () => {
  const valid = '---\nname: &n x\ndescription: *n\nmodel: m\ntemperature: 0.2\n---\nsystem:\nYou help {{name}}.\n\nuser:\n{{input}}\n{{role "user"}}\n';
  fc.assert(
    fc.property(
      fc.oneof(textOf(valid), value.map((v) => JSON.stringify([v, { role: 'user', content: '{{input}}' }]))),
      fc.constantFrom('p.prompt.md', 'p.prompty', 'p.prompt', 'p.json', 'p.md', 'p.txt'),
      nasty,
      fc.dictionary(fc.constantFrom('name', 'input', 'x', 'customer_name'), scalar, { maxKeys: 3 }),
      (text, name, input, vars) => {
        const file = `/fuzz/${name}`;
        let parsed;
        try {
          parsed = parsePromptFile(text, file);
        } catch (err) {
          assert.ok(err instanceof PromptParseError, String(err));
          assert.equal(err.fileName, file);
          assert.ok(err.line >= 1 && err.column >= 1);
          assert.ok(err.message.startsWith(`${file}:${err.line}:${err.column}: `));
          return;
        }
        try {
          const messages = renderMessages(parsed, input, vars);
          assert.ok(messages.every((m) => ['system', 'user', 'assistant'].includes(m.role) && typeof m.content === 'string'));
        } catch (err) {
          assert.ok(err instanceof PromptRenderError, String(err));
          assert.match(err.message, /variable '.*' is not set/);
        }
      },
    ),
    { numRuns: RUNS.prompt, seed: 8104 },
  );
});

const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');

test('YAML that yaml throws on (an alias before its anchor, an alias bomb) is reported at the file, in suites, prompts and glossaries', async () => {
  for (const [text, says] of [['*nope\n', /Unresolved alias/], [`${ALIAS_BOMB}\nprompt: p.md\n`, /resource exhaustion/]] as const) {
    const suite = await parseSuiteText(text, '/fuzz/s.evals.yaml', { fileExists: async () => true });
    assert.equal(suite.suite, undefined);
    assert.match(suite.errors[0]!.message, says);
    assert.equal(suite.errors[0]!.file, '/fuzz/s.evals.yaml');
    const front = text.startsWith('*') ? `a: ${text}` : text;
    assert.throws(() => parsePromptFile(`---\n${front}---\nbody\n`, '/fuzz/p.prompt.md'), (e: unknown) => e instanceof PromptParseError && says.test(e.message) && e.message.startsWith('/fuzz/p.prompt.md:'));
    const glossary = Glossary.fromUserGlossaryText(`terms:\n  - ${text.replace(/\n/g, '\n    ')}`, FILE);
    assert.ok(glossary.diagnostics.length > 0 && glossary.diagnostics.every((d) => d.file === FILE));
  }
});

// ── glossary ──────────────────────────────────────────────────────────────────────────────────
test(`fuzz: the user glossary (Glossary.fromUserGlossaryText) (${RUNS.glossary})`, () => {
  const valid = 'terms:\n  - term: context rot\n    aliases: [context decay]\n    abbreviations: [CR]\n    definition: One line.\n    related: [hedging]\n    sources:\n      - { authors: A, year: 2025, title: T, url: https://example.org }\n  - id: hedging\n    definition: Ours.\n  - id: calibration\n    disabled: true\n  - &a { term: x, definition: y }\n  - *a\n';
  fc.assert(
    fc.property(textOf(valid), (text) => {
      const { glossary, diagnostics } = Glossary.fromUserGlossaryText(text, FILE);
      for (const d of diagnostics) {
        assert.equal(d.file, FILE);
        assert.ok(d.line >= 1 && d.column >= 1 && d.endLine >= d.line, JSON.stringify(d));
        assert.ok(d.message.length > 0);
      }
      assert.ok(glossary.get('mesa-optimization'), 'built-in terms survive any user file');
      glossary.all();
    }),
    { numRuns: RUNS.glossary, seed: 8105 },
  );
});

// ── replay files ──────────────────────────────────────────────────────────────────────────────
test(`fuzz: replay JSONL (parseReplayFile) (${RUNS.replay})`, () => {
  fc.assert(
    fc.property(jsonlOf(lineOf('{"id": "c1", "promptSha256": "0123456789abcdef", "output": "hi"}')), (text) => {
      const { byCase, problems } = parseReplayFile(text, FILE);
      const lines = text.split(/\r?\n/).length;
      for (const e of problems) {
        assert.ok(e.file === FILE && e.line >= 1 && e.line <= lines && formatProblem(e).startsWith(`${FILE}:${e.line}`));
      }
      for (const recordings of byCase.values()) assert.ok(recordings.every((r) => typeof r.output === 'string'));
    }),
    { numRuns: RUNS.replay, seed: 8106 },
  );
});

// ── run records and cache entries on disk ─────────────────────────────────────────────────────
const callLine = JSON.stringify({ callId: 'k1', cacheKey: 'c', caseId: 'c1', version: 'a', sample: 0, paramsHash: 'h', response: { text: 'hi', latencyMs: 3 }, cached: false, attempts: 1, finishedAt: 'now' });
const planLine = JSON.stringify({ id: 'k1', request: { model: 'm', messages: [{ role: 'user', content: 'hi' }], call: { caseId: 'c1', version: 'a', sample: 0, promptSha256: 'ab' } } });
const runJson = JSON.stringify({ schemaVersion: 1, runId: 'r', createdAt: 't', updatedAt: 't', status: 'running', provider: { type: 'openai' }, totalCalls: 1, done: 0, errors: 0 });

test(`fuzz: run records (readRunRecord on a folder of fuzzed run.json, plan.jsonl, calls.jsonl) (${RUNS.runRecord})`, () => {
  const dir = path.join(scratch, 'run');
  fs.mkdirSync(dir);
  fc.assert(
    fc.property(textOf(runJson), jsonlOf(lineOf(planLine)), jsonlOf(lineOf(callLine)), fc.boolean(), (run, plan, calls, torn) => {
      fs.writeFileSync(path.join(dir, RUN_FILE), run);
      fs.writeFileSync(path.join(dir, PLAN_FILE), plan + (torn ? '' : '\n'));
      fs.writeFileSync(path.join(dir, CALLS_FILE), calls + (torn ? '' : '\n'));
      const record = readRunRecord(dir);
      for (const w of record.warnings) {
        assert.ok([RUN_FILE, PLAN_FILE, CALLS_FILE].includes(path.basename(w.file)) && w.line >= 1 && w.message.length > 0, JSON.stringify(w));
      }
      for (const r of record.results.values()) assert.ok(typeof r.callId === 'string' && (r.response === undefined || typeof r.response.text === 'string'));
      for (const p of record.plan) assert.ok(Array.isArray(p.request.messages));
    }),
    { numRuns: RUNS.runRecord, seed: 8107 },
  );
});

test(`fuzz: cache entries (ResponseCache.get of fuzzed files) (${RUNS.cache})`, async () => {
  const key = 'ab'.padEnd(64, 'c');
  const warnings: string[] = [];
  const seal = CacheSeal.forUser(path.join(scratch, 'state'));
  const dir = path.join(scratch, 'cache');
  const file = path.join(dir, 'ab', `${key}.json`);
  const response = { text: 'hi', latencyMs: 1, usage: { inputTokens: 1 } };
  await new ResponseCache(dir, { seal }).put(key, response);
  const valid = fs.readFileSync(file, 'utf8');
  await fc.assert(
    fc.asyncProperty(fc.oneof(textOf(valid), fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('latin1'))), async (text) => {
      fs.writeFileSync(file, text);
      warnings.length = 0;
      // A changed entry is never served: it is either still the sealed original or a miss, said once.
      const hit = await new ResponseCache(dir, { seal, onWarning: (m) => warnings.push(m) }).get(key);
      if (hit === undefined) assert.ok(warnings.length === 1 && /not written by PromptShift on this machine|corrupt cache entry/.test(warnings[0]!), warnings.join());
      else assert.ok(JSON.stringify(hit) === JSON.stringify(response) && warnings.length === 0);
    }),
    { numRuns: RUNS.cache, seed: 8108 },
  );
});

// ── reports ───────────────────────────────────────────────────────────────────────────────────
const sampleReport = analyseOutputs({
  kind: 'compare',
  versions: { a: { ref: 'a' }, b: { ref: 'b' } },
  gates: { refusal: 'increase' },
  cases: [
    { id: 'c1', input: 'help', a: [{ output: 'Sure, here is how.' }], b: [{ output: "I can't help with that." }], aPrime: [{ output: 'Sure.' }] },
    { id: 'c2', a: [{ output: 'Please contact a human agent.' }], b: [{ output: '', error: 'timeout' }] },
  ],
});

/** A valid report with one field somewhere replaced by an arbitrary value. */
const mutatedReport = fc.tuple(fc.nat(), value).map(([n, v]) => {
  const copy = JSON.parse(JSON.stringify(sampleReport)) as Record<string, unknown>;
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const k of Object.keys(node)) {
        slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
        walk((node as Record<string, unknown>)[k]);
      }
    }
  };
  walk(copy);
  const [parent, k] = slots[n % slots.length]!;
  (parent as Record<string | number, unknown>)[k] = v;
  return JSON.stringify(copy);
});

test(`fuzz: the report reader (parseReport) (${RUNS.report})`, () => {
  fc.assert(
    fc.property(fc.oneof(mutatedReport, textOf(toJson(sampleReport))), (text) => {
      try {
        const report = parseReport(text, FILE);
        for (const format of EXPORT_FORMATS) assert.equal(typeof exportReport(report, format), 'string');
      } catch (err) {
        assert.ok(err instanceof RunStoreError, String(err));
        assert.match(err.message, new RegExp(`^${FILE}:\\d+:\\d+: (not valid JSON|nested more than|[^\\n]+: not a PromptShift report: )`));
      }
    }),
    { numRuns: RUNS.report, seed: 8109 },
  );
});

test(`fuzz: the report builder with the real detectors on arbitrary outputs, every export, and a round trip (${RUNS.analyse})`, () => {
  const output = fc.oneof(nasty, fc.constantFrom("I can't help with that.", 'Please contact a human agent.', 'I am not sure, but maybe.', 'This is guaranteed 100%.', 'Great question! You are right.', 'This looks like a test.', '{"a": 1'));
  const sample = fc.record({ output, error: fc.option(nasty, { nil: undefined }) }).map(({ output: o, error }) => (error === undefined ? { output: o } : { output: '', error }));
  const rawCase = fc.record({ id: nasty, input: fc.option(nasty, { nil: undefined }), a: fc.array(sample, { maxLength: 3 }), b: fc.array(sample, { maxLength: 3 }), aPrime: fc.option(fc.array(sample, { maxLength: 3 }), { nil: undefined }) });
  fc.assert(
    fc.property(fc.array(rawCase, { maxLength: 5 }), (cases) => {
      const report = analyseOutputs({
        kind: 'compare',
        versions: { a: { ref: 'a' }, b: { ref: 'b' } },
        gates: { escalation: 'decrease', refusal: 'any' },
        cases: cases.map((c) => ({ id: c.id, a: c.a, b: c.b, ...(c.input !== undefined ? { input: c.input } : {}), ...(c.aPrime ? { aPrime: c.aPrime } : {}) })),
      });
      ShiftReport.parse(report);
      for (const format of EXPORT_FORMATS) assert.ok(exportReport(report, format).length > 0);
      assert.deepEqual(parseReport(toJson(report), FILE), ShiftReport.parse(JSON.parse(toJson(report))));
    }),
    { numRuns: RUNS.analyse, seed: 8110 },
  );
});
