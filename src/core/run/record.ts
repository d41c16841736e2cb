// The run record in .promptshift/runs/<run-id>/: run.json (metadata, rewritten atomically),
// plan.jsonl (every planned call, written once) and calls.jsonl (one line per finished call,
// appended as it finishes). A killed run loses at most the calls in flight; a torn last line is
// ignored on reading, so the record always says which calls are done and resume runs the rest.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { appendJsonLine, makeStateDir, OutsideWorkspaceError, readRegularFileSync, TextFileError, writeFileAtomic } from '../files';
import { chatResponseSchema } from './cache';
import type { PlannedCall } from './plan';

export const RUN_FILE = 'run.json';
export const PLAN_FILE = 'plan.jsonl';
export const CALLS_FILE = 'calls.jsonl';

const version = z.enum(['a', 'aPrime', 'b']);

export const callRecordSchema = z.object({
  callId: z.string(),
  cacheKey: z.string(),
  caseId: z.string(),
  version,
  sample: z.number().int(),
  paramsHash: z.string(),
  /** present when the call succeeded */
  response: chatResponseSchema.optional(),
  /** present when it failed after its retries */
  error: z.object({ message: z.string(), kind: z.string().optional(), status: z.number().optional() }).optional(),
  cached: z.boolean(),
  attempts: z.number().int(),
  finishedAt: z.string(),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

export type RunStatus = 'running' | 'completed' | 'cancelled' | 'failed';

export const runMetaSchema = z.object({
  schemaVersion: z.literal(1),
  runId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['running', 'completed', 'cancelled', 'failed']),
  message: z.string().optional(),
  provider: z.object({ type: z.string(), baseUrl: z.string().optional() }),
  totalCalls: z.number().int(),
  done: z.number().int(),
  errors: z.number().int(),
  /** whatever the caller wants kept with the run: suite path, refs, provider settings (never keys) */
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type RunMeta = z.infer<typeof runMetaSchema>;

const plannedCallSchema = z.object({
  id: z.string(),
  request: z.object({
    model: z.string(),
    messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })),
    temperature: z.number().optional(),
    maxTokens: z.number().optional(),
    seed: z.number().optional(),
    call: z.object({ caseId: z.string(), version, sample: z.number().int(), promptSha256: z.string(), draw: z.number().int().optional() }),
  }),
});

/** Sortable by time and unique across processes: 20250101T120000123Z-3fa9c2d1. */
export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;
}

/** Creates runs/<new id>/; mkdir fails if the folder exists, so two processes never share one. */
export function createRunDir(runsDir: string): { runId: string; runDir: string } {
  makeStateDir(runsDir);
  for (;;) {
    const runId = newRunId();
    const runDir = join(runsDir, runId);
    try {
      mkdirSync(runDir);
      return { runId, runDir };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export function writeRunMeta(runDir: string, meta: RunMeta): void {
  writeFileAtomic(join(runDir, RUN_FILE), JSON.stringify(meta, null, 2) + '\n');
}

export function writePlan(runDir: string, calls: readonly PlannedCall[]): void {
  writeFileAtomic(join(runDir, PLAN_FILE), calls.map((c) => JSON.stringify(c)).join('\n') + '\n');
}

export function appendCallRecord(runDir: string, record: CallRecord): void {
  appendJsonLine(join(runDir, CALLS_FILE), record);
}

/** A line of a record file that could not be used, with its place. */
export interface RecordWarning {
  file: string;
  line: number;
  message: string;
}

/** Reads a JSONL file of `schema` lines; bad or torn lines become warnings, never failures. */
function readJsonl<T>(file: string, schema: z.ZodType<T>, warnings: RecordWarning[]): T[] {
  let text: string;
  try {
    text = readRecordFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    // e.g. a symlink to a device planted in a cloned repository: reading it would never end
    if (error instanceof TextFileError || error instanceof OutsideWorkspaceError) {
      warnings.push({ file, line: 1, message: `${error instanceof TextFileError ? error.reason : 'is a symbolic link'}; ignored` });
      return [];
    }
    throw error;
  }
  const lines = text.split('\n');
  const out: T[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const torn = index === lines.length - 1; // no newline after it: the write was cut short
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      warnings.push({ file, line: index + 1, message: torn ? 'incomplete last line (interrupted write); ignored' : 'not valid JSON; ignored' });
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) out.push(parsed.data);
    else warnings.push({ file, line: index + 1, message: `${parsed.error.issues[0]?.path.join('.') || '(line)'}: ${parsed.error.issues[0]?.message}; ignored` });
  });
  return out;
}

/** Record files are ours and may be large: no size cap, but only regular files, never through a link. */
function readRecordFile(file: string): string {
  return readRegularFileSync(file, Number.MAX_SAFE_INTEGER, { noFollow: true }).toString('utf8');
}

export interface RunRecord {
  meta: RunMeta | undefined;
  plan: PlannedCall[];
  /** the result of each call: a success wins over errors; among errors the latest */
  results: Map<string, CallRecord>;
  warnings: RecordWarning[];
}

/** Only `run.json` (status, times, counts): cheap, for listing runs without reading their calls. */
export function readRunMeta(runDir: string, warnings: RecordWarning[] = []): RunMeta | undefined {
  const runFile = join(runDir, RUN_FILE);
  try {
    const parsed = runMetaSchema.safeParse(JSON.parse(readRecordFile(runFile)));
    if (parsed.success) return parsed.data;
    warnings.push({ file: runFile, line: 1, message: `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push({ file: runFile, line: 1, message: `unreadable: ${(error as Error).message}` });
  }
  return undefined;
}

export function readRunRecord(runDir: string): RunRecord {
  const warnings: RecordWarning[] = [];
  const meta = readRunMeta(runDir, warnings);
  const plan = readJsonl(join(runDir, PLAN_FILE), plannedCallSchema, warnings) as PlannedCall[];
  const results = new Map<string, CallRecord>();
  for (const record of readJsonl(join(runDir, CALLS_FILE), callRecordSchema, warnings)) {
    const previous = results.get(record.callId);
    if (!previous?.response) results.set(record.callId, record);
  }
  return { meta, plan, results, warnings };
}
