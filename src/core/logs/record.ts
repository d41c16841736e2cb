// One logged model output, whatever file it came from: a JSONL line of `compare`/`monitor` input
// (CONTRACTS §1, with optional time, model and prompt fields) or an OpenTelemetry GenAI span.
import * as z from 'zod';
import { keptFinishReason } from '../behaviour/providerStop';

export interface LogRecord {
  /** the case: outputs with one id are samples of one case (compare pairs by it) */
  id?: string;
  output: string;
  /** the user message the output answers (detectors judge a refusal against it) */
  input?: string;
  /** the system prompt, when the log carries it */
  system?: string;
  /** when the output was produced, ms since the epoch (a span's start) */
  time?: number;
  /** a span's end, ms since the epoch */
  endTime?: number;
  /** the model that answered (a span's response model, else its request model) */
  model?: string;
  /** the prompt version, as the sha256 of its text (or a prefix) */
  promptSha256?: string;
  /** why the provider says the answer ended (a content filter's stop is a refusal: behaviour/providerStop.ts) */
  finishReason?: string;
}

/** Epoch numbers below this are seconds (1e11 s is the year 5138; 1e11 ms is 1973). */
const SECONDS_BELOW = 1e11;

/** A timestamp field: ISO 8601 text, or epoch seconds or milliseconds (one message for every wrong kind). */
const Timestamp = z.unknown().transform((value, ctx): number => {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value < SECONDS_BELOW ? value * 1000 : value;
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'not a date and time (use ISO 8601, e.g. 2026-11-30T08:00:00Z, or epoch seconds or milliseconds)' });
    return z.NEVER;
  }
  return ms;
});

/** A JSONL log line: `{"id", "output", "input"?, "timestamp"|"time"?, "model"?, "promptSha256"?, "finishReason"|"finish_reason"?, "tool_calls"|"toolCalls"?}`. */
export const LogLineSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
    output: z.string(),
    input: z.string().optional(),
    system: z.string().optional(),
    timestamp: Timestamp.optional(),
    time: Timestamp.optional(),
    model: z.string().optional(),
    promptSha256: z.string().regex(/^[0-9a-f]{8,64}$/i, 'a sha256 in hex, or a prefix of at least 8 characters').optional(),
    // as the provider gave it: OpenAI's own name, or camel case
    finishReason: z.string().transform(keptFinishReason).optional(),
    finish_reason: z.string().transform(keptFinishReason).optional(),
    // the turn's tool calls, as OpenAI's message holds them: a turn that calls a tool may have no text, and is no refusal
    tool_calls: z.array(z.unknown()).optional(),
    toolCalls: z.array(z.unknown()).optional(),
  })
  .transform((v): LogRecord => {
    const r: LogRecord = { output: v.output };
    if (v.id !== undefined) r.id = v.id;
    if (v.input !== undefined) r.input = v.input;
    if (v.system !== undefined) r.system = v.system;
    const time = v.timestamp ?? v.time;
    if (time !== undefined) r.time = time;
    if (v.model !== undefined) r.model = v.model;
    if (v.promptSha256 !== undefined) r.promptSha256 = v.promptSha256.toLowerCase();
    const finish = v.finishReason ?? v.finish_reason ?? ((v.tool_calls ?? v.toolCalls)?.length ? 'tool_calls' : undefined);
    if (finish !== undefined) r.finishReason = finish;
    return r;
  });
