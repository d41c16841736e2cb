// `promptshift compare <a> <b> [--json] [--out FILE] …`: shift analysis of two sets of recorded
// outputs (production logs before and after a prompt change), no model involved. Both files are
// streamed (JSONL, gzip JSONL, OTLP JSON GenAI spans): any length, memory bounded by the options.
import * as path from 'node:path';
import { STREAM_DEFAULTS, streamCompare, type Side } from '../core/logs/streamCompare';
import { toJson } from '../core/report/exports';
import { toTextSummary } from '../core/report/text';
import { TextFileError } from '../core/files';
import { CliInputError, EXIT, wholeNumberOption, writeOutFile, type CliCommand } from './common';
import { MAX_REPORTED_PROBLEMS, parseLogArgs, problemPrinter, unreadable } from './logInput';

const USAGE = 'usage: promptshift compare <a.jsonl> <b.jsonl> [--json] [--out FILE] [--keep N] [--evidence N] [--max-cases N] [--seed N] [--strict]';
function listIds(ids: readonly string[], count: number): string {
  const shown = ids.join(', ');
  return count > ids.length ? `${shown}, … (${count} in all)` : shown;
}

export const compareCommand: CliCommand = async (args, io) => {
  const parsed = parseLogArgs(
    args,
    {
      json: { type: 'boolean' },
      out: { type: 'string' },
      keep: { type: 'string' },
      evidence: { type: 'string' },
      'max-cases': { type: 'string' },
      seed: { type: 'string' },
      strict: { type: 'boolean' },
    },
    USAGE,
  );
  const [fileA, fileB, ...extra] = parsed.positionals;
  if (!fileA || !fileB || extra.length) throw new CliInputError(`expected two log files\n${USAGE}`);
  const v = parsed.values;
  const keepOutputs = wholeNumberOption('keep', v.keep, 0) ?? STREAM_DEFAULTS.keepOutputs;
  const evidencePerBehaviour = wholeNumberOption('evidence', v.evidence, 0) ?? STREAM_DEFAULTS.evidencePerBehaviour;
  const maxCases = wholeNumberOption('max-cases', v['max-cases'], 1) ?? STREAM_DEFAULTS.maxCases;
  const seed = wholeNumberOption('seed', v.seed, 0) ?? STREAM_DEFAULTS.seed;

  const problems = problemPrinter(io);
  const names: Record<Side, string> = { a: fileA, b: fileB };
  let result;
  try {
    result = await streamCompare({
      a: { file: path.resolve(io.cwd, fileA), version: { ref: fileA, path: path.resolve(io.cwd, fileA) } },
      b: { file: path.resolve(io.cwd, fileB), version: { ref: fileB, path: path.resolve(io.cwd, fileB) } },
      createdAt: new Date().toISOString(),
      keepOutputs,
      evidencePerBehaviour,
      maxCases,
      seed,
      onProblem: (side, p) => problems.report(names[side], p),
      onProgress: (side, n) => io.stderr(`${names[side]}: ${n.toLocaleString('en-US')} outputs read\n`),
    });
  } catch (err) {
    const where = err instanceof TextFileError ? err.file : (err as NodeJS.ErrnoException).path;
    return unreadable(err, where === path.resolve(io.cwd, fileB) ? fileB : fileA);
  }
  const { report, onlyA, onlyB } = result;
  let bad = 0;
  for (const [file, n] of problems.counts) {
    bad += n;
    const more = n > MAX_REPORTED_PROBLEMS ? ` (${n - MAX_REPORTED_PROBLEMS} not shown)` : '';
    io.stderr(`${file}: ${n} bad line${n === 1 ? '' : 's'} skipped${more}\n`);
  }
  if (bad && v.strict) throw new CliInputError(`${bad} bad line${bad === 1 ? '' : 's'} (--strict)`);
  if (onlyA.count) io.stderr(`warning: ${onlyA.count} id(s) only in ${fileA}, ignored: ${listIds(onlyA.ids, onlyA.count)}\n`);
  if (onlyB.count) io.stderr(`warning: ${onlyB.count} id(s) only in ${fileB}, ignored: ${listIds(onlyB.ids, onlyB.count)}\n`);
  if (report.stream?.ignoredOutputs) io.stderr(`warning: ${report.stream.ignoredOutputs} output(s) of case ids beyond --max-cases ${maxCases} were not counted\n`);
  if (result.pairedCases === 0) throw new CliInputError(`${fileA} and ${fileB} have no case id in common`);
  if (report.stream && !report.stream.keptWhole) {
    io.stderr(`${(report.stream.outputs.a + report.stream.outputs.b).toLocaleString('en-US')} outputs: more than --keep ${keepOutputs}, so the report has the statistics and ${evidencePerBehaviour} sampled outputs per behaviour and side, not every output\n`);
  }

  const json = toJson(report);
  if (v.out) {
    writeOutFile(path.resolve(io.cwd, v.out), json);
    io.stderr(`wrote ${v.out}\n`);
  }
  io.stdout(v.json ? json : toTextSummary(report));
  return EXIT.ok;
};
