// OpenTelemetry GenAI spans made by the real SDK (@opentelemetry/sdk-trace-base, in-memory
// exporter) and serialised by the official OTLP JSON serializer (@opentelemetry/otlp-transformer)
// are read by `compare` and `monitor` without losing prompt, output, model or timestamps, in each
// shape the GenAI conventions have taken. The product reads the JSON only; the SDK is a dev
// dependency used here to produce what real services export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { main } from '../../../src/cli';
import { readLogRecords } from '../../../src/core/logs/read';
import type { LogRecord } from '../../../src/core/logs/record';
import { sha256 } from '../../../src/core/hash';
import { MonitorReport } from '../../../src/core/monitor/schema';
import { ShiftReport } from '../../../src/core/report/schema';
import { captureIO } from '../report/cli-io';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

interface Call {
  system: string;
  input: string;
  output: string;
  requestModel: string;
  responseModel: string;
  start: Date;
  end: Date;
  style: 'messages' | 'events' | 'indexed';
}

const SYSTEM = 'You are the support assistant of Example Co. Escalate billing disputes to a human.';

function calls(count: number, startDay: string, escalate: (i: number) => boolean): Call[] {
  const styles: Call['style'][] = ['messages', 'events', 'indexed'];
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.parse(startDay) + i * 3_600_000 + 123);
    return {
      system: SYSTEM,
      input: `Question ${i % 7}: I was charged twice — "why"?\nLine two, ünïcødé ✓`,
      output: escalate(i) ? `I'm sorry. Please contact our billing team so they can reverse charge ${i}.` : `Done: refund ${i} issued.\nIt takes 3–5 days.`,
      requestModel: 'gpt-4o',
      responseModel: i % 2 ? 'gpt-4o-2024-08-06' : 'gpt-4o-2024-11-20',
      start,
      end: new Date(start.getTime() + 1500 + i),
      style: styles[i % 3]!,
    };
  });
}

/** Spans as an instrumented service emits them, exported as OTLP JSON (one export request). */
function exportSpans(list: Call[]): string {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('genai-test');
  for (const c of list) {
    const span = tracer.startSpan(`chat ${c.requestModel}`, {
      startTime: c.start,
      attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': c.requestModel, 'gen_ai.response.model': c.responseModel },
    });
    if (c.style === 'messages') {
      // current conventions: structured messages as JSON text
      span.setAttribute('gen_ai.system_instructions', JSON.stringify([{ type: 'text', content: c.system }]));
      span.setAttribute('gen_ai.input.messages', JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: c.input }] }]));
      span.setAttribute('gen_ai.output.messages', JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: c.output }], finish_reason: 'stop' }]));
    } else if (c.style === 'events') {
      // earlier conventions: prompt and completion as span events
      span.addEvent('gen_ai.content.prompt', { 'gen_ai.prompt': JSON.stringify([{ role: 'system', content: c.system }, { role: 'user', content: c.input }]) }, c.start);
      span.addEvent('gen_ai.content.completion', { 'gen_ai.completion': JSON.stringify([{ role: 'assistant', content: c.output }]) }, c.end);
    } else {
      // OpenLLMetry's indexed attributes
      span.setAttributes({ 'gen_ai.prompt.0.role': 'system', 'gen_ai.prompt.0.content': c.system, 'gen_ai.prompt.1.role': 'user', 'gen_ai.prompt.1.content': c.input, 'gen_ai.completion.0.role': 'assistant', 'gen_ai.completion.0.content': c.output });
    }
    span.end(c.end);
  }
  // a non-GenAI span in the same trace export is skipped, not an error
  tracer.startSpan('GET /healthz').end();
  const bytes = JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans());
  assert.ok(bytes);
  return new TextDecoder().decode(bytes);
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ps-otel-'));

async function read(file: string): Promise<{ records: LogRecord[]; skipped: number }> {
  const records: LogRecord[] = [];
  const stats = await readLogRecords(file, (r) => records.push(r), { onProblem: (p) => assert.fail(`${p.file}:${p.line}: ${p.message}`) });
  return { records, skipped: stats.skippedSpans };
}

test('GenAI spans from the real SDK: prompt, output, model and timestamps read without loss (.json, .jsonl lines, .jsonl.gz)', async () => {
  const dir = tmp();
  const list = calls(12, '2026-03-01T00:00:00Z', (i) => i % 4 === 0);
  const doc = exportSpans(list);
  fs.writeFileSync(path.join(dir, 'traces.json'), JSON.stringify(JSON.parse(doc), null, 2)); // pretty: one document
  // the collector's file exporter: one export request a line
  fs.writeFileSync(path.join(dir, 'traces.jsonl'), `${exportSpans(list.slice(0, 6))}\n${exportSpans(list.slice(6))}\n`);
  fs.writeFileSync(path.join(dir, 'traces.jsonl.gz'), gzipSync(fs.readFileSync(path.join(dir, 'traces.jsonl'))));
  for (const file of ['traces.json', 'traces.jsonl', 'traces.jsonl.gz']) {
    const { records, skipped } = await read(path.join(dir, file));
    assert.equal(records.length, list.length, file);
    assert.equal(skipped, file === 'traces.json' ? 1 : 2, file);
    list.forEach((c, i) => {
      const r = records[i]!;
      assert.equal(r.output, c.output, `${file} #${i} (${c.style}) output`);
      assert.equal(r.input, c.input, `${file} #${i} (${c.style}) input`);
      assert.equal(r.system, c.system, `${file} #${i} (${c.style}) system`);
      assert.equal(r.model, c.responseModel, `${file} #${i} model`);
      assert.equal(r.time, c.start.getTime(), `${file} #${i} start`);
      assert.equal(r.endTime, c.end.getTime(), `${file} #${i} end`);
      assert.equal(r.id, `input:${sha256(c.input).slice(0, 16)}`);
      assert.equal(r.promptSha256, sha256(c.system));
    });
  }
});

test('compare and monitor take OTLP span files: cases paired by input, windows by span time, groups by model', async () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'before.json'), exportSpans(calls(21, '2026-03-01T00:00:00Z', () => false)));
  fs.writeFileSync(path.join(dir, 'after.json'), exportSpans(calls(21, '2026-03-02T00:00:00Z', (i) => i % 3 !== 0)));
  let io = captureIO(dir);
  assert.equal(await main(['compare', 'before.json', 'after.json', '--json'], io), 0, io.err.join(''));
  const report = ShiftReport.parse(JSON.parse(io.out.join('')));
  assert.equal(report.summary.cases, 7, 'seven distinct questions');
  assert.equal(report.summary.samples, 3);
  assert.equal(report.summary.behaviours.escalation.a.rate, 0);
  assert.ok(report.summary.behaviours.escalation.b.rate > 0.6);
  assert.equal(report.cases[0]!.input, calls(1, '2026-03-01T00:00:00Z', () => false)[0]!.input);

  io = captureIO(dir);
  // day two escalates where day one never did: an alarm (exit 1) for escalation, increasing
  assert.equal(await main(['monitor', 'before.json', 'after.json', '--window', '6h', '--group-by', 'model', '--json'], io), 1, io.err.join(''));
  const m = MonitorReport.parse(JSON.parse(io.out.join('')));
  assert.ok(m.alarms.length > 0 && m.alarms.every((a) => a.behaviour === 'escalation' && a.direction === 'increase' && (a.start ?? '') >= '2026-03-02'), JSON.stringify(m.alarms));
  assert.deepEqual(m.groups.map((g) => g.key), ['gpt-4o-2024-08-06', 'gpt-4o-2024-11-20']);
  assert.equal(m.read.outputs, 42);
  const first = m.groups[1]!.windows[0]!;
  assert.equal(first.start, '2026-03-01T00:00:00.000Z');
  assert.equal(first.n, 3); // even hours 0, 2, 4 of day one
  assert.equal(first.samples[0]!.model, 'gpt-4o-2024-11-20');
});

test('a call the provider\'s filter stopped is a refusal in compare and monitor: spans with gen_ai.response.finish_reasons (even with no output), JSONL finish_reason', async () => {
  const dir = tmp();
  const exporter = new InMemorySpanExporter();
  const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('genai-test');
  const input = (i: number) => `How do I reset router ${i}?`;
  for (let i = 0; i < 12; i++) {
    const span = tracer.startSpan('chat gpt-4o', { startTime: new Date(Date.parse('2026-03-02T00:00:00Z') + i * 60_000), attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'gpt-4o', 'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: input(i) }] }]) } });
    // the filter stopped every call: half log no output at all, half an empty one
    span.setAttribute('gen_ai.response.finish_reasons', ['content_filter']);
    if (i % 2) span.setAttribute('gen_ai.output.messages', JSON.stringify([{ role: 'assistant', parts: [], finish_reason: 'content_filter' }]));
    span.end();
  }
  // a span with no output and a plain stop is still not a model answer
  tracer.startSpan('chat gpt-4o', { attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.response.finish_reasons': ['stop'] } }).end();
  fs.writeFileSync(path.join(dir, 'after.json'), new TextDecoder().decode(JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans())!));
  const { records, skipped } = await read(path.join(dir, 'after.json'));
  assert.equal(records.length, 12);
  assert.equal(skipped, 1);
  assert.ok(records.every((r) => r.output === '' && r.finishReason === 'content_filter'));
  const answer = 'Hold the reset button for ten seconds, then wait for the lights to settle.';
  fs.writeFileSync(path.join(dir, 'before.jsonl'), Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `input:${sha256(input(i)).slice(0, 16)}`, input: input(i), output: answer, finish_reason: 'stop', timestamp: '2026-03-01T00:00:00Z' })).join('\n') + '\n');
  let io = captureIO(dir);
  assert.ok([0, 1].includes(await main(['compare', 'before.jsonl', 'after.json', '--json'], io)), io.err.join(''));
  const report = ShiftReport.parse(JSON.parse(io.out.join('')));
  assert.deepEqual([report.summary.behaviours.refusal.a.rate, report.summary.behaviours.refusal.b.rate, report.summary.behaviours.refusal.significant], [0, 1, true]);
  assert.match(report.cases[0]!.b.samples[0]!.evidence!.refusal![0]!.reason ?? '', /finish reason “content_filter”/);
  // JSONL lines give it too (camel case or OpenAI's own name)
  fs.writeFileSync(path.join(dir, 'after.jsonl'), Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `q${i}`, output: '', [i % 2 ? 'finishReason' : 'finish_reason']: 'content_filter', timestamp: '2026-03-02T00:00:00Z' })).join('\n') + '\n');
  io = captureIO(dir);
  assert.equal(await main(['monitor', 'before.jsonl', 'after.jsonl', '--window', '1d', '--json'], io), 1, io.err.join(''));
  const m = MonitorReport.parse(JSON.parse(io.out.join('')));
  assert.ok(m.alarms.some((a) => a.behaviour === 'refusal' && a.direction === 'increase'), JSON.stringify(m.alarms));
});

test('a logged turn with no text that called a tool or failed is no refusal; an empty turn that says nothing is one', async () => {
  const dir = tmp();
  const input = (i: number) => `What's the weather in city ${i}?`;
  const answer = 'It is sunny and 21 degrees, with a light breeze from the west.';
  fs.writeFileSync(path.join(dir, 'before.jsonl'), Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `q${i}`, input: input(i), output: answer })).join('\n') + '\n');
  const call = [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }];
  // OpenAI's tool_calls (either spelling of the field), OpenTelemetry's "tool_call" and "error" finish reasons
  const explained = (i: number) => [{ tool_calls: call }, { toolCalls: call }, { finish_reason: 'tool_call' }, { finishReason: 'error' }][i % 4];
  fs.writeFileSync(path.join(dir, 'tools.jsonl'), Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `q${i}`, input: input(i), output: '', ...explained(i) })).join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'silent.jsonl'), Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `q${i}`, input: input(i), output: '', tool_calls: [] })).join('\n') + '\n');
  const refusal = async (after: string) => {
    const io = captureIO(dir);
    assert.ok([0, 1].includes(await main(['compare', 'before.jsonl', after, '--json'], io)), io.err.join(''));
    return ShiftReport.parse(JSON.parse(io.out.join(''))).summary.behaviours.refusal.b.rate;
  };
  assert.equal(await refusal('tools.jsonl'), 0);
  assert.equal(await refusal('silent.jsonl'), 1); // an empty list of tool calls explains nothing
  const { records } = await read(path.join(dir, 'tools.jsonl'));
  assert.deepEqual(records.slice(0, 4).map((r) => r.finishReason), ['tool_calls', 'tool_calls', 'tool_call', 'error']);
});

test('the product reads the JSON format only: nothing under src/ imports an @opentelemetry package', () => {
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && /from ['"]@opentelemetry\//.test(fs.readFileSync(p, 'utf8'))) offenders.push(p);
    }
  };
  walk(path.resolve('src'));
  assert.deepEqual(offenders, []);
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@opentelemetry/')), []);
});
