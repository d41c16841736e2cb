// Reads a log file as a stream of LogRecords: JSONL (one output a line), gzip JSONL, OTLP JSON
// lines (one ExportTraceServiceRequest a line, as the collector's file exporter writes), or a
// `.json` file holding one OTLP export (read whole, so the 32 MB cap of core/files applies to it).
// A bad line is reported as a Problem (file:line, field) and skipped; the rest of the file is read.
import * as path from 'node:path';
import { readTextFile } from '../files';
import { problemAt, tryParseJson, zodProblems, type Problem } from '../problems';
import { readLogLines, type LineStreamOptions } from './lines';
import { isOtlpTraceRequest, OtlpTraceRequest, recordsOfOtlp } from './otlp';
import { LogLineSchema, type LogRecord } from './record';

export interface LogReadStats {
  lines: number;
  records: number;
  badLines: number;
  /** OTLP spans that are not model calls with an output */
  skippedSpans: number;
}

function newStats(): LogReadStats {
  return { lines: 0, records: 0, badLines: 0, skippedSpans: 0 };
}

export interface LogReadOptions extends LineStreamOptions {
  /** the file's name in messages (default: the path) */
  shownAs?: string;
  onProblem: (problem: Problem) => void;
}

/** Records of one line (a JSONL output or an OTLP export), or the problems of the line. */
export function parseLogLine(text: string, file: string, line: number, stats: LogReadStats = newStats()): { records: LogRecord[]; problems: Problem[] } {
  const parsed = tryParseJson<unknown>(text, file, undefined, line);
  if (!parsed.ok) return { records: [], problems: parsed.problems };
  return recordsOfValue(parsed.value, file, line, stats);
}

function recordsOfValue(value: unknown, file: string, line: number, stats: LogReadStats): { records: LogRecord[]; problems: Problem[] } {
  if (isOtlpTraceRequest(value)) {
    const otlp = OtlpTraceRequest.safeParse(value);
    if (!otlp.success) return { records: [], problems: zodProblems(otlp.error, file, { line }) };
    const { records, skipped } = recordsOfOtlp(otlp.data);
    stats.skippedSpans += skipped;
    return { records, problems: [] };
  }
  const r = LogLineSchema.safeParse(value);
  if (!r.success) return { records: [], problems: zodProblems(r.error, file, { line }) };
  return { records: [r.data], problems: [] };
}

/**
 * Streams the records of `file` to `onRecord`, in file order. Problems of single lines go to
 * `options.onProblem` and the line is skipped; a file that cannot be read as text at all (missing,
 * not a regular file, binary, not UTF-8, bad gzip) throws (TextFileError or the fs error).
 */
export async function readLogRecords(file: string, onRecord: (record: LogRecord, line: number) => void, options: LogReadOptions): Promise<LogReadStats> {
  const shownAs = options.shownAs ?? file;
  const stats = newStats();
  const emit = (line: number, result: { records: LogRecord[]; problems: Problem[] }) => {
    if (result.problems.length) {
      stats.badLines++;
      for (const p of result.problems) options.onProblem(p);
      return;
    }
    for (const r of result.records) {
      stats.records++;
      onRecord(r, line);
    }
  };
  if (path.extname(file).toLowerCase() === '.json') {
    // One OTLP export document, pretty-printed or not: read whole, within the input-file cap.
    const text = await readTextFile(file);
    stats.lines = 1;
    const parsed = tryParseJson<unknown>(text, shownAs);
    if (!parsed.ok) emit(1, { records: [], problems: parsed.problems });
    else if (!isOtlpTraceRequest(parsed.value)) emit(1, { records: [], problems: [problemAt(shownAs, 'a .json log must be an OTLP trace export ({"resourceSpans": […]}); use .jsonl for one output a line', { field: 'resourceSpans' })] });
    else emit(1, recordsOfValue(parsed.value, shownAs, 1, stats));
    return stats;
  }
  const lineOptions: LineStreamOptions = {
    onLongLine: (line, bytes) => {
      stats.badLines++;
      options.onProblem(problemAt(shownAs, `line of ${(bytes / 1024 / 1024).toFixed(1)} MB is longer than the ${((options.maxLineBytes ?? 8 * 1024 * 1024) / 1024 / 1024).toFixed(0)} MB a log line may have; skipped`, { line }));
      options.onLongLine?.(line, bytes);
    },
  };
  if (options.maxLineBytes !== undefined) lineOptions.maxLineBytes = options.maxLineBytes;
  for await (const { line, text } of readLogLines(file, lineOptions)) {
    stats.lines = line;
    emit(line, parseLogLine(text, shownAs, line, stats));
  }
  return stats;
}
