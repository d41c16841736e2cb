// OpenTelemetry GenAI spans, as exported in OTLP JSON (an ExportTraceServiceRequest:
// resourceSpans → scopeSpans → spans), read into LogRecords. The JSON format only: no SDK.
// Prompt and output are taken from the `gen_ai.*` semantic conventions in any of the shapes
// instrumentations emit:
//  - span attributes `gen_ai.input.messages` / `gen_ai.output.messages` / `gen_ai.system_instructions`
//    (JSON text: [{role, parts: [{type: "text", content}]}]), the current conventions;
//  - span events `gen_ai.content.prompt` / `gen_ai.content.completion` with `gen_ai.prompt` /
//    `gen_ai.completion` (earlier conventions), and `gen_ai.user.message` / `gen_ai.choice` events;
//  - indexed attributes `gen_ai.prompt.N.role|content`, `gen_ai.completion.N.content` (OpenLLMetry).
// Model: `gen_ai.response.model`, else `gen_ai.request.model`. Time: the span's start and end. Finish
// reason: the first of `gen_ai.response.finish_reasons`.
// Case id: `promptshift.case.id` if set, else the sha256 of the user's input (same question, same
// case). Prompt version: `promptshift.prompt.sha256`, else the sha256 of the system instructions.
import * as z from 'zod';
import { sha256 } from '../hash';
import { keptFinishReason, providerRefusal } from '../behaviour/providerStop';
import type { LogRecord } from './record';

const AnyValue: z.ZodType<OtlpValue> = z.lazy(() =>
  z.object({
    stringValue: z.string().optional(),
    intValue: z.union([z.string(), z.number()]).optional(),
    doubleValue: z.number().optional(),
    boolValue: z.boolean().optional(),
    arrayValue: z.object({ values: z.array(AnyValue).optional() }).optional(),
    kvlistValue: z.object({ values: z.array(z.object({ key: z.string(), value: AnyValue.optional() })).optional() }).optional(),
  }),
);
interface OtlpValue {
  stringValue?: string | undefined;
  intValue?: string | number | undefined;
  doubleValue?: number | undefined;
  boolValue?: boolean | undefined;
  arrayValue?: { values?: OtlpValue[] | undefined } | undefined;
  kvlistValue?: { values?: { key: string; value?: OtlpValue | undefined }[] | undefined } | undefined;
}

const Attributes = z.array(z.object({ key: z.string(), value: AnyValue.optional() })).optional();
/** OTLP JSON writes 64-bit times as decimal strings (nanoseconds); some writers use numbers. */
const Nanos = z.union([z.string().regex(/^\d+$/), z.number().nonnegative()]).optional();

const Span = z.object({
  spanId: z.string().optional(),
  name: z.string().optional(),
  startTimeUnixNano: Nanos,
  endTimeUnixNano: Nanos,
  attributes: Attributes,
  events: z.array(z.object({ name: z.string().optional(), timeUnixNano: Nanos, attributes: Attributes })).optional(),
});
type Span = z.infer<typeof Span>;

export const OtlpTraceRequest = z.object({
  resourceSpans: z.array(
    z.object({
      resource: z.object({ attributes: Attributes }).optional(),
      scopeSpans: z.array(z.object({ spans: z.array(Span).optional() })).optional(),
    }),
  ),
});
export type OtlpTraceRequest = z.infer<typeof OtlpTraceRequest>;

/** True when a parsed JSON value looks like an OTLP trace export (it has `resourceSpans`). */
export function isOtlpTraceRequest(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'resourceSpans' in value;
}

function plain(v: OtlpValue | undefined): unknown {
  if (!v) return undefined;
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(plain);
  if (v.kvlistValue) return Object.fromEntries((v.kvlistValue.values ?? []).map((kv) => [kv.key, plain(kv.value)]));
  return undefined;
}

function attributeMap(attributes: Span['attributes']): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const a of attributes ?? []) out.set(a.key, plain(a.value));
  return out;
}

/** Text of a message content in any convention: a string, parts [{type:"text", content}], or {content}. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const texts = value.map(textOf).filter((t): t is string => t !== undefined);
    return texts.length ? texts.join('') : undefined;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type !== undefined && o.type !== 'text') return undefined;
    return textOf(o.content ?? o.parts ?? o.text ?? (o.message as Record<string, unknown> | undefined)?.content);
  }
  return undefined;
}

interface Message {
  role?: string;
  text?: string;
}

/** Messages from a JSON-text (or structured) attribute; plain text counts as one message of `role`. */
function messagesOf(value: unknown, role: string): Message[] {
  let v = value;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.startsWith('[') || t.startsWith('{')) {
      try {
        v = JSON.parse(t);
      } catch {
        return [{ role, text: value as string }];
      }
    } else return [{ role, text: v }];
  }
  const list = Array.isArray(v) ? v : [v];
  return list.map((m): Message => {
    const o = (m && typeof m === 'object' ? m : {}) as Record<string, unknown>;
    const out: Message = {};
    const r = typeof o.role === 'string' ? o.role : role;
    out.role = r;
    const text = textOf(o.parts ?? o.content ?? o.message ?? m);
    if (text !== undefined) out.text = text;
    return out;
  });
}

/** OpenLLMetry's `gen_ai.prompt.0.role` / `gen_ai.prompt.0.content` style, in index order. */
function indexedMessages(attrs: Map<string, unknown>, prefix: string): Message[] {
  const byIndex = new Map<number, Message>();
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.(role|content)$`);
  for (const [key, value] of attrs) {
    const m = re.exec(key);
    if (!m) continue;
    const i = Number(m[1]);
    const msg = byIndex.get(i) ?? {};
    if (m[2] === 'role' && typeof value === 'string') msg.role = value;
    if (m[2] === 'content') {
      const text = textOf(value);
      if (text !== undefined) msg.text = text;
    }
    byIndex.set(i, msg);
  }
  return [...byIndex.entries()].sort((x, y) => x[0] - y[0]).map(([, m]) => m);
}

function nanosToMs(n: string | number | undefined): number | undefined {
  if (n === undefined) return undefined;
  if (typeof n === 'number') return n / 1e6;
  // ms from a decimal ns string without losing the integer part to float rounding
  return n.length > 6 ? Number(n.slice(0, -6)) + Number(n.slice(-6)) / 1e6 : Number(n) / 1e6;
}

/** What a span says in the GenAI conventions, or undefined when it is not a model call with an output. */
export function spanToRecord(span: Span, resource: Map<string, unknown>): LogRecord | undefined {
  const attrs = attributeMap(span.attributes);
  const inputs: Message[] = [];
  const outputs: Message[] = [];
  let system: string | undefined;

  if (attrs.has('gen_ai.system_instructions')) system = messagesOf(attrs.get('gen_ai.system_instructions'), 'system').map((m) => m.text ?? '').join('\n');
  if (attrs.has('gen_ai.input.messages')) inputs.push(...messagesOf(attrs.get('gen_ai.input.messages'), 'user'));
  if (attrs.has('gen_ai.output.messages')) outputs.push(...messagesOf(attrs.get('gen_ai.output.messages'), 'assistant'));
  if (!inputs.length) inputs.push(...indexedMessages(attrs, 'gen_ai.prompt'));
  if (!outputs.length) outputs.push(...indexedMessages(attrs, 'gen_ai.completion'));
  for (const e of span.events ?? []) {
    const ea = attributeMap(e.attributes);
    if (e.name === 'gen_ai.content.prompt' && !inputs.length) inputs.push(...messagesOf(ea.get('gen_ai.prompt'), 'user'));
    else if (e.name === 'gen_ai.content.completion' && !outputs.length) outputs.push(...messagesOf(ea.get('gen_ai.completion'), 'assistant'));
    else if (e.name === 'gen_ai.system.message') inputs.push({ role: 'system', ...optionalText(ea.get('content')) });
    else if (e.name === 'gen_ai.user.message') inputs.push({ role: 'user', ...optionalText(ea.get('content')) });
    else if (e.name === 'gen_ai.choice') {
      const message = ea.get('message');
      outputs.push({ role: 'assistant', ...optionalText(message ?? ea.get('content')) });
    }
  }

  const answer = outputs.filter((m) => m.role !== 'user' && m.role !== 'system' && m.text !== undefined);
  // gen_ai.response.finish_reasons: one per choice; the first is the answer's. A call the provider's
  // filter stopped may log no output at all: it is an empty answer, a refusal (behaviour/providerStop.ts).
  const reasons = attrs.get('gen_ai.response.finish_reasons');
  const finishReason = Array.isArray(reasons) ? reasons.find((r): r is string => typeof r === 'string') : typeof reasons === 'string' ? reasons : undefined;
  if (!answer.length && !providerRefusal(finishReason, 0)) return undefined;
  const record: LogRecord = { output: answer.map((m) => m.text).join('\n') };
  if (finishReason !== undefined) record.finishReason = keptFinishReason(finishReason);
  if (system === undefined) {
    const sys = inputs.filter((m) => m.role === 'system' && m.text !== undefined);
    if (sys.length) system = sys.map((m) => m.text).join('\n');
  }
  const users = inputs.filter((m) => m.role !== 'system' && m.role !== 'assistant' && m.text !== undefined);
  const input = users.length ? (users[users.length - 1] as Message).text : undefined;
  if (input !== undefined) record.input = input;
  if (system !== undefined) record.system = system;

  const caseId = attrs.get('promptshift.case.id');
  if (typeof caseId === 'string' && caseId) record.id = caseId;
  else if (input !== undefined) record.id = `input:${sha256(input).slice(0, 16)}`;
  else if (span.spanId) record.id = `span:${span.spanId}`;

  const model = attrs.get('gen_ai.response.model') ?? attrs.get('gen_ai.request.model') ?? resource.get('gen_ai.request.model');
  if (typeof model === 'string' && model) record.model = model;
  const promptSha = attrs.get('promptshift.prompt.sha256');
  if (typeof promptSha === 'string' && /^[0-9a-f]{8,64}$/i.test(promptSha)) record.promptSha256 = promptSha.toLowerCase();
  else if (system !== undefined) record.promptSha256 = sha256(system);
  const start = nanosToMs(span.startTimeUnixNano);
  const end = nanosToMs(span.endTimeUnixNano);
  if (start !== undefined && start > 0) record.time = start;
  if (end !== undefined && end > 0) record.endTime = end;
  return record;
}

function optionalText(value: unknown): { text?: string } {
  const text = textOf(value);
  return text === undefined ? {} : { text };
}

export interface OtlpRecords {
  records: LogRecord[];
  /** spans that are not model calls with an output (HTTP, database… spans of the same trace) */
  skipped: number;
}

/** Every GenAI span of one export request, in order. */
export function recordsOfOtlp(request: OtlpTraceRequest): OtlpRecords {
  const records: LogRecord[] = [];
  let skipped = 0;
  for (const rs of request.resourceSpans) {
    const resource = attributeMap(rs.resource?.attributes);
    for (const ss of rs.scopeSpans ?? []) {
      for (const span of ss.spans ?? []) {
        const r = spanToRecord(span, resource);
        if (r) records.push(r);
        else skipped++;
      }
    }
  }
  return { records, skipped };
}
