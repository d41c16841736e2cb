// The run store: the only code that knows the layout of `.promptshift/runs/<run-id>/`.
//   run.json     metadata and the run's spec (rewritten atomically)
//   plan.jsonl   every planned call (written once)
//   calls.jsonl  one line per finished call, scored when recorded (appended as it finishes)
//   judge.jsonl  the judge model's verdicts on recorded outputs (appended)
//   batches.jsonl  a batch run's provider batches: ids, status, collected (appended; run/batches.ts)
//   report.json  the report of the finished run (rewritten atomically)
//   summary.json what the planner reads of the finished run (A/A′ noise, output lengths; plan/history.ts)
//   explain/<id>/  explain runs of this run (hunk ablation arms): each a run folder of its own
//                (run.json, plan.jsonl, calls.jsonl) plus attribution.json, its result
// A killed run loses at most the calls in flight; a torn last line is ignored on reading, so the
// record always says which calls are done and resume runs the rest. Everything else (the runner,
// the eval glue, the CLI, the VS Code views and panel) goes through RunStore and RunFolder.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod';
import { appendJsonLine, arrayKeyLine, AtomicFileWriter, emptiedLastArray, FILE_PIECE_BYTES, JsonlAppender, writeFileAtomicInPieces, writeJsonInPieces, makeStateDir, NO_FOLLOW, OutsideWorkspaceError, readRegularFileAround, readRegularFileSync, stateDirOf, TextFileError, writeFileAtomic } from '../files';
import { parseJsonl, problemAt, ProblemError, tryParseJson, type Problem } from '../problems';
import type * as ReportSchema from '../report/schema';
import { inertJson } from '../report/inert';
import { reportJsonText } from '../report/jsonParts';
import type { ChatMessage } from '../providers/types';
import type { PlannedCall } from './plan';
import { batchEventSchema, callRecordSchema, judgeRecordSchema, plannedCallSchema, runMetaSchema, type BatchEvent, type CallRecord, type JudgeRecord, type RunMeta } from './records';

type ShiftReport = ReportSchema.ShiftReport;

export { type CallRecord, type RunMeta, type RunStatus, type JudgeRecord, type Scores } from './records';

export const RUN_FILE = 'run.json';
export const PLAN_FILE = 'plan.jsonl';
export const CALLS_FILE = 'calls.jsonl';
export const JUDGE_FILE = 'judge.jsonl';
export const BATCHES_FILE = 'batches.jsonl';
export const REPORT_FILE = 'report.json';
export const SUMMARY_FILE = 'summary.json';
export const EXPLAIN_DIR = 'explain';
export const ATTRIBUTION_FILE = 'attribution.json';

/** A line of a record file that could not be used, with its place. */
export type RecordWarning = Problem;

/** The runs folder of a workspace: the one place its path is built. */
export function runsDirOf(root: string): string {
  return join(stateDirOf(root), 'runs');
}

/** Sortable by time and unique across processes: 20250101T120000123Z-3fa9c2d1. */
export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;
}

const RUN_ID = /^[\w.-]+$/;

export class RunStoreError extends ProblemError {
  override name = 'RunStoreError';
}

/** run.json's layout: the spec (`meta`) last, its case list last in it, so that a list of runs stops where the cases begin (readMetaHeader). */
function specCasesLast(meta: RunMeta): RunMeta {
  const { meta: spec, ...run } = meta;
  if (spec === undefined) return meta;
  const { cases, ...rest } = spec;
  return { ...run, meta: cases === undefined ? rest : { ...rest, cases } };
}

/** How much of a file's end is read to see that its long array is last (emptiedLastArray). */
const END_BYTES = 64 * 1024;

/**
 * The JSON text of a state file with its long array `key` at `depth` emptied, read from the file's
 * start up to that array and its last 64 KB; undefined when the array may not be last (a file
 * written by 0.1.0, which put other fields after it): the caller reads the whole file.
 */
function readWithoutLastArray(file: string, key: string, depth: number): string | undefined {
  const around = readRegularFileAround(file, arrayKeyLine(key, depth), END_BYTES, { noFollow: true });
  return around.start === undefined ? undefined : emptiedLastArray(around.start, around.end, key, depth);
}

/** Record files are ours and may be large: no size cap, but only regular files, never through a link. */
function readRecordFile(file: string): string {
  return readRegularFileSync(file, Number.MAX_SAFE_INTEGER, { noFollow: true }).toString('utf8');
}

/** A record file's text, or undefined when there is none. */
function readOptionalRecordFile(file: string): string | undefined {
  try {
    return readRecordFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads a JSONL record file of `schema` lines; bad or torn lines become warnings, never failures. */
function readJsonlRecords<T>(file: string, schema: z.ZodType<T>, warnings: RecordWarning[]): T[] {
  let text: string;
  try {
    text = readRecordFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    // e.g. a symlink to a device planted in a cloned repository: reading it would never end
    if (error instanceof TextFileError || error instanceof OutsideWorkspaceError) {
      warnings.push(problemAt(file, `${error instanceof TextFileError ? error.reason : 'is a symbolic link'}; ignored`, { severity: 'warning' }));
      return [];
    }
    throw error;
  }
  const { lines, problems } = parseJsonl(schema, text, file, { appended: true, severity: 'warning' });
  warnings.push(...problems.map((p) => ({ ...p, message: p.message.endsWith('ignored') ? p.message : `${p.message}; ignored` })));
  return lines.map((l) => l.value);
}

/** Where one record's line lies in calls.jsonl: its first byte and its length (line end included). */
export interface CallAt {
  offset: number;
  length: number;
}

export interface RunRecord {
  meta: RunMeta | undefined;
  plan: PlannedCall[];
  /** the result of each call: a success wins over errors; among errors the latest */
  results: Map<string, CallRecord>;
  warnings: RecordWarning[];
}

/** One run's folder. */
export class RunFolder {
  readonly runId: string;

  constructor(readonly dir: string) {
    this.runId = dir.split(/[\\/]/).filter(Boolean).pop() ?? dir;
  }

  file(name: typeof RUN_FILE | typeof PLAN_FILE | typeof CALLS_FILE | typeof JUDGE_FILE | typeof BATCHES_FILE | typeof REPORT_FILE | typeof SUMMARY_FILE | typeof ATTRIBUTION_FILE): string {
    return join(this.dir, name);
  }

  get reportPath(): string {
    return this.file(REPORT_FILE);
  }

  // ── metadata ──
  writeMeta(meta: RunMeta): void {
    // in pieces: run.json holds every case of the spec (~15 MB at 100,000 calls; issue 17)
    writeFileAtomicInPieces(this.file(RUN_FILE), (out) => {
      writeJsonInPieces((text) => out.write(text), specCasesLast(meta));
      out.write('\n');
    });
  }

  /** Only run.json (status, times, counts, spec): cheap, for listing runs without reading their calls. */
  readMeta(warnings: RecordWarning[] = []): RunMeta | undefined {
    const text = this.metaText(() => readRecordFile(this.file(RUN_FILE)), warnings);
    return text === undefined ? undefined : this.parseMeta(text, warnings);
  }

  /**
   * run.json without the spec's cases (`meta.cases: []`): what a list of runs shows (status, times,
   * versions), read from the file's start up to the cases and its last 64 KB (a 100,000-call run's
   * run.json is ~16 MB); a run.json written by 0.1.0 (the cases not last) is read whole.
   */
  readMetaHeader(warnings: RecordWarning[] = []): RunMeta | undefined {
    const file = this.file(RUN_FILE);
    let whole = false;
    const text = this.metaText(() => readWithoutLastArray(file, 'cases', 2) ?? ((whole = true), readRecordFile(file)), warnings);
    const meta = text === undefined ? undefined : this.parseMeta(text, warnings);
    return whole && meta?.meta?.cases !== undefined ? { ...meta, meta: { ...meta.meta, cases: [] } } : meta;
  }

  /** run.json's text from `read`; undefined, with a warning unless there is no such file, when it cannot be read. */
  private metaText(read: () => string, warnings: RecordWarning[]): string | undefined {
    try {
      return read();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(problemAt(this.file(RUN_FILE), `unreadable: ${(error as Error).message}`, { severity: 'warning' }));
      return undefined;
    }
  }

  private parseMeta(text: string, warnings: RecordWarning[]): RunMeta | undefined {
    const parsed = tryParseJson(text, this.file(RUN_FILE), runMetaSchema);
    if (parsed.ok) return parsed.value;
    warnings.push(...parsed.problems.map((p) => ({ ...p, severity: 'warning' as const })));
    return undefined;
  }

  /** Adds `rerunId` to the runs whose outputs replace some of this run's cases. */
  addRerun(rerunId: string): RunMeta {
    const meta = this.readMeta();
    if (!meta) throw new RunStoreError([problemAt(this.file(RUN_FILE), 'missing or unreadable: cannot record a re-run')]);
    const updated: RunMeta = { ...meta, reruns: [...(meta.reruns ?? []).filter((r) => r !== rerunId), rerunId], updatedAt: new Date().toISOString() };
    this.writeMeta(updated);
    return updated;
  }

  // ── plan and calls ──
  writePlan(calls: Iterable<PlannedCall>): void {
    // line by line through a writer: a 100,000-call plan is never one string (issue 17)
    writeFileAtomicInPieces(this.file(PLAN_FILE), (plan) => {
      for (const c of calls) plan.write(JSON.stringify(c) + '\n');
    });
  }

  /**
   * calls.jsonl held open for a run's execution: each append is one write of the calls that
   * finished within one turn (the runner's recorder). Close it when the execution ends.
   */
  openCalls(): { append(records: readonly CallRecord[]): void; close(): void } {
    return new JsonlAppender(this.file(CALLS_FILE));
  }

  /** Replaces the call records whole (rescoring a finished run: same calls, new scores). */
  rewriteCalls(records: Iterable<CallRecord>): void {
    let text = '';
    for (const r of records) text += JSON.stringify(r) + '\n';
    writeFileAtomic(this.file(CALLS_FILE), text);
    // the planner's summary was made from the records replaced: it is made again from these when read
    fs.rmSync(this.file(SUMMARY_FILE), { force: true });
  }

  readRecord(): RunRecord {
    const warnings: RecordWarning[] = [];
    const meta = this.readMeta(warnings);
    const plan = this.readPlan(warnings);
    const results = new Map<string, CallRecord>();
    for (const record of readJsonlRecords(this.file(CALLS_FILE), callRecordSchema, warnings)) {
      const previous = results.get(record.callId);
      if (!previous?.response) results.set(record.callId, record);
    }
    return { meta, plan, results, warnings };
  }

  /** plan.jsonl: the planned calls in plan order; bad lines become warnings. */
  readPlan(warnings: RecordWarning[] = []): PlannedCall[] {
    return readJsonlRecords(this.file(PLAN_FILE), plannedCallSchema, warnings) as PlannedCall[];
  }

  /**
   * The calls answered so far, by call id, and whether from the cache (the first success of each),
   * streamed from calls.jsonl: what a resumed execution needs of the records, not the records
   * themselves (issue 17: a resumed 100,000-call run held every record and every request twice).
   */
  answeredCalls(warnings: RecordWarning[] = []): Map<string, boolean> {
    const answered = new Map<string, boolean>();
    for (const r of this.streamCalls(warnings)) if (r.response && !answered.has(r.callId)) answered.set(r.callId, r.cached);
    return answered;
  }

  /**
   * calls.jsonl record by record, read in 1 MB pieces: a large run's report is built from it
   * without the file or all its records in memory at once. Every line as written (a call may have
   * an error line and later a success); bad or torn lines become warnings, as in readRecord.
   */
  *streamCalls(warnings: RecordWarning[] = []): Generator<CallRecord> {
    for (const { record } of this.streamCallsAt(warnings)) yield record;
  }

  /** streamCalls with where each record's line lies in calls.jsonl, to read it again later (readCallAt). */
  *streamCallsAt(warnings: RecordWarning[] = []): Generator<{ record: CallRecord; at: CallAt }> {
    const file = this.file(CALLS_FILE);
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      warnings.push(problemAt(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; a link is never followed); ignored`, { severity: 'warning' }));
      return;
    }
    try {
      if (!fs.fstatSync(fd).isFile()) {
        warnings.push(problemAt(file, 'is not a regular file; ignored', { severity: 'warning' }));
        return;
      }
      // a small piece at a time (FILE_PIECE_BYTES says why); a longer line is carried over whole
      const piece = Buffer.alloc(FILE_PIECE_BYTES);
      let carry = Buffer.alloc(0);
      let base = 0; // the file offset of carry's first byte
      let lineBase = 0;
      // whole lines (cut at '\n' bytes, so never inside a UTF-8 character) parsed in one go, each with its offset
      const parse = function* (bytes: Buffer, appended: boolean): Generator<{ record: CallRecord; at: CallAt }> {
        const starts = [0];
        for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1);
        const { lines, problems } = parseJsonl(callRecordSchema, bytes.toString('utf8'), file, { appended, severity: 'warning' });
        for (const p of problems) warnings.push({ ...p, line: p.line + lineBase, message: p.message.endsWith('ignored') ? p.message : `${p.message}; ignored` });
        for (const l of lines) {
          const from = starts[l.line - 1] as number;
          const to = starts[l.line] ?? bytes.length;
          yield { record: l.value, at: { offset: base + from, length: to - from } };
        }
        lineBase += starts.length - 1;
      };
      for (;;) {
        const n = fs.readSync(fd, piece, 0, piece.length, null);
        if (n === 0) {
          if (carry.length) yield* parse(carry, true);
          return;
        }
        const bytes = carry.length ? Buffer.concat([carry, piece.subarray(0, n)]) : piece.subarray(0, n);
        const cut = bytes.lastIndexOf(0x0a);
        if (cut < 0) {
          carry = Buffer.from(bytes);
          continue;
        }
        carry = Buffer.from(bytes.subarray(cut + 1));
        yield* parse(bytes.subarray(0, cut + 1), false);
        base += cut + 1;
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Reads records again where streamCallsAt placed them (calls.jsonl is append-only: they are still
   * there), on one open descriptor; close() when done.
   */
  callsReader(): { read(at: CallAt): CallRecord; close(): void } {
    const file = this.file(CALLS_FILE);
    let fd: number | undefined; // opened at the first read: a run with no calls may have no file
    let bytes = Buffer.alloc(64 * 1024); // one buffer for every read, grown for a longer line
    return {
      read: (at) => {
        fd ??= fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW);
        if (bytes.length < at.length) bytes = Buffer.alloc(at.length * 2);
        fs.readSync(fd, bytes, 0, at.length, at.offset);
        const parsed = tryParseJson(bytes.toString('utf8', 0, at.length), file, callRecordSchema);
        if (!parsed.ok) throw new RunStoreError(parsed.problems.map((p) => ({ ...p, message: `changed while it was read (byte ${at.offset}): ${p.message}` })));
        return parsed.value;
      },
      close: () => {
        if (fd !== undefined) fs.closeSync(fd);
        fd = undefined;
      },
    };
  }

  /** The chat messages a case was rendered to for one version, as planned (and sent). */
  caseMessages(caseId: string, version: 'a' | 'aPrime' | 'b'): ChatMessage[] {
    const { plan } = this.readRecord();
    const call = plan.find((c) => c.request.call.caseId === caseId && c.request.call.version === version);
    if (!call) throw new RunStoreError([problemAt(this.file(PLAN_FILE), `no rendered messages for case '${caseId}' (version ${version})`)]);
    return call.request.messages;
  }

  // ── provider batches (a batch run's ledger) ──
  appendBatchEvent(event: BatchEvent): void {
    appendJsonLine(this.file(BATCHES_FILE), event);
  }

  /** The ledger in the order written; torn or bad lines become warnings. */
  readBatchEvents(warnings: RecordWarning[] = []): BatchEvent[] {
    return readJsonlRecords(this.file(BATCHES_FILE), batchEventSchema, warnings);
  }

  // ── judge verdicts ──
  appendJudge(record: JudgeRecord): void {
    appendJsonLine(this.file(JUDGE_FILE), record);
  }

  /** The latest verdict per call. */
  readJudge(warnings: RecordWarning[] = []): Map<string, JudgeRecord> {
    const out = new Map<string, JudgeRecord>();
    for (const r of readJsonlRecords(this.file(JUDGE_FILE), judgeRecordSchema, warnings)) out.set(r.callId, r);
    return out;
  }

  // ── report ──
  hasReport(): boolean {
    return fs.existsSync(this.reportPath);
  }

  writeReport(report: ShiftReport): string {
    // Spelled so that nothing in it acts on a terminal or a CI log (report/inert.ts), the cases last (report/jsonParts.ts).
    writeFileAtomic(this.reportPath, reportJsonText(report));
    return this.reportPath;
  }

  /**
   * report.json written case by case (a large run's report, never whole in memory): `append` adds to
   * the case list, which waits in a temp file of the run folder; `commit` writes the text before it
   * (known only once every case is in) and after it, and puts the file in place atomically.
   */
  reportWriter(): { append(text: string): void; commit(head: string, tail: string): string; abort(): void } {
    const cases = new AtomicFileWriter(join(this.dir, `${REPORT_FILE}.cases`));
    return {
      append: (text) => cases.write(text),
      commit: (head, tail) => {
        try {
          cases.flush();
          return writeFileAtomicInPieces(this.reportPath, (report) => {
            report.write(head);
            report.appendFile(cases.temp);
            report.write(tail);
          });
        } finally {
          cases.abort();
        }
      },
      abort: () => cases.abort(),
    };
  }

  /** The validated report; a bad file is a RunStoreError naming file, line:column and field. */
  readReport(): ShiftReport {
    return readReportFile(this.reportPath, this.runId);
  }

  /**
   * The report without its outputs (`cases: []`): what a list of runs shows (versions, summary,
   * gates, design). Read from the file's start up to the case list and its last 64 KB, so a
   * 100,000-call report (64 MB) costs a few KB; a report whose cases may not be last (written by
   * 0.1.0) is read whole. Validated like readReport. `json` is the JSON it was read from, for
   * optional sections the report schema does not (yet) know, which its parse drops (each reader
   * checks those with its own schema); it is parsed on first use, so a reader that only wants the
   * report (the Runs view) parses the text once.
   */
  readReportHeader(): { report: ShiftReport; readonly json: unknown } {
    let header: string | undefined;
    try {
      header = readWithoutLastArray(this.reportPath, 'cases', 1);
    } catch (err) {
      throw reportReadError(this.reportPath, err, this.runId);
    }
    const text = header ?? readReportText(this.reportPath, this.runId);
    const report = parseReportText(text, this.reportPath);
    let json: unknown;
    return {
      report: header === undefined ? { ...report, cases: [] } : report,
      get json() {
        return (json ??= header === undefined ? { ...(JSON.parse(text) as object), cases: [] } : (JSON.parse(text) as unknown));
      },
    };
  }

  // ── the planner's summary of the run (its schema is plan/history.ts's) ──
  writeSummary(value: unknown): void {
    writeFileAtomic(this.file(SUMMARY_FILE), JSON.stringify(value) + '\n');
  }

  /** summary.json's text, or undefined when the run has none. */
  readSummaryText(): string | undefined {
    return readOptionalRecordFile(this.file(SUMMARY_FILE));
  }

  // ── explain runs (hunk ablations of this run), each in explain/<id>/ ──
  /** Creates explain/<new id>/ (never shared between processes, as RunStore.create). */
  createExplain(): RunFolder {
    const dir = join(this.dir, EXPLAIN_DIR);
    makeStateDir(dir);
    for (;;) {
      const id = newRunId();
      try {
        fs.mkdirSync(join(dir, id));
        return new RunFolder(join(dir, id));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  /** An explain run of this run, by id or unambiguous prefix. */
  explainFolder(idOrPrefix: string): RunFolder {
    const ids = this.explainIds();
    const matches = ids.includes(idOrPrefix) ? [idOrPrefix] : ids.filter((id) => id.startsWith(idOrPrefix));
    if (matches.length === 1) return new RunFolder(join(this.dir, EXPLAIN_DIR, matches[0]!));
    const where = join(this.dir, EXPLAIN_DIR);
    if (matches.length > 1) throw new RunStoreError([problemAt(where, `${idOrPrefix}: matches ${matches.length} explain runs; give more of the id`)]);
    throw new RunStoreError([problemAt(where, `${idOrPrefix}: no explain run with that id for run ${this.runId}`)]);
  }

  /** This run's explain runs, newest first. */
  explainIds(): string[] {
    try {
      return fs
        .readdirSync(join(this.dir, EXPLAIN_DIR), { withFileTypes: true })
        .filter((d) => d.isDirectory() && RUN_ID.test(d.name))
        .map((d) => d.name)
        .sort()
        .reverse();
    } catch {
      return [];
    }
  }

  /** An explain run's result (its schema is the caller's: the store knows where, not what). */
  writeAttribution(value: unknown): string {
    const file = this.file(ATTRIBUTION_FILE);
    writeFileAtomic(file, inertJson(value, 2) + '\n');
    return file;
  }

  readAttributionText(): string | undefined {
    return readOptionalRecordFile(this.file(ATTRIBUTION_FILE));
  }
}

/**
 * The one reader of report.json (a run's, or any file a user names): validated against the report
 * schema, errors at file:line:column with the field.
 */
export function readReportFile(file: string, runId?: string): ShiftReport {
  return parseReportText(readReportText(file, runId), file);
}

function readReportText(file: string, runId?: string): string {
  try {
    // a run's report is state: never read through a link (a file a user names may be one)
    return readRegularFileSync(file, Number.MAX_SAFE_INTEGER, { noFollow: runId !== undefined }).toString('utf8');
  } catch (err) {
    throw reportReadError(file, err, runId);
  }
}

/** Why report.json could not be read, naming the file. */
function reportReadError(file: string, err: unknown, runId?: string): RunStoreError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? `no such file${runId ? ` (run ${runId} has no report yet)` : ''}` : err instanceof TextFileError ? err.reason : `cannot read (${code ?? (err as Error).message})`;
  return new RunStoreError([problemAt(file, why)]);
}

/**
 * The report schema, required when the first report is read: every `eval` loads this module (it
 * writes a run) but never reads a report, and building the schema costs ≈ 16 ms of CPU at start-up
 * (issue 18). A plain require (bundled by esbuild): Node 20 runs dist/cli.js without import().
 */
function shiftReportSchema(): typeof ReportSchema.ShiftReport {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (above)
  return (require('../report/schema') as typeof ReportSchema).ShiftReport;
}

export function parseReportText(text: string, file: string): ShiftReport {
  const parsed = tryParseJson(text, file, shiftReportSchema());
  if (parsed.ok) return parsed.value;
  throw new RunStoreError(parsed.problems.slice(0, 5).map((p) => (p.message.startsWith('not valid JSON') || p.message.startsWith('nested') ? p : { ...p, message: `not a PromptShift report: ${p.message}` })));
}

export interface RunListing {
  runId: string;
  folder: RunFolder;
  /** run.json without the spec's cases (readMetaHeader) */
  meta: RunMeta | undefined;
}

/** The runs of one workspace. */
export class RunStore {
  readonly runsDir: string;

  constructor(readonly root: string) {
    this.runsDir = runsDirOf(root);
  }

  /** The folder of a run id (checked: an id is one path segment, never `..`). */
  folder(runId: string): RunFolder {
    if (!RUN_ID.test(runId) || runId === '.' || runId === '..') throw new RunStoreError([problemAt(this.runsDir, `not a run id: ${JSON.stringify(runId)}`)]);
    return new RunFolder(join(this.runsDir, runId));
  }

  /** Creates runs/<new id>/; mkdir fails if the folder exists, so two processes never share one. */
  create(): RunFolder {
    makeStateDir(this.runsDir);
    for (;;) {
      const runId = newRunId();
      const dir = join(this.runsDir, runId);
      try {
        fs.mkdirSync(dir);
        return new RunFolder(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  /** Run ids, newest first. */
  ids(): string[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.runsDir, { withFileTypes: true }).filter((d) => d.isDirectory() && RUN_ID.test(d.name)).map((d) => d.name);
    } catch {
      return [];
    }
    return names.sort().reverse();
  }

  /** Every run with its run.json, without the spec's cases, newest first. (The planner reads its runs' summaries instead: plan/history.ts.) */
  list(): RunListing[] {
    return this.ids().map((runId) => {
      const folder = new RunFolder(join(this.runsDir, runId));
      return { runId, folder, meta: folder.readMetaHeader() };
    });
  }

  /** A run id, or an unambiguous prefix of one. */
  resolve(idOrPrefix: string): RunFolder {
    const ids = this.ids();
    if (ids.includes(idOrPrefix)) return this.folder(idOrPrefix);
    const matches = ids.filter((id) => id.startsWith(idOrPrefix));
    if (matches.length === 1) return this.folder(matches[0]!);
    if (matches.length > 1) throw new RunStoreError([problemAt(this.runsDir, `${idOrPrefix}: matches ${matches.length} runs (${matches.slice(0, 5).join(', ')}); give more of the id`)]);
    throw new RunStoreError([problemAt(this.runsDir, `${idOrPrefix}: no run with that id`)]);
  }
}

/** A run folder's record, for code that holds only the folder's path (tests, resume by path). */
export function readRunRecord(runDir: string): RunRecord {
  return new RunFolder(runDir).readRecord();
}
