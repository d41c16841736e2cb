// `promptshift monitor <logs…> --window 1h|1d|N [--baseline window|FILE|RUN-ID] [--alarm-rate 0.05]
// [--group-by model|prompt] [--json] [--out FILE]`: behaviour rates of production logs per window,
// with drift alarms. Exit 1 on an alarm, so a scheduled CI job fails when behaviour drifts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BEHAVIOURS, type Behaviour } from '../core/behaviour/types';
import { TextFileError } from '../core/files';
import type { Problem } from '../core/problems';
import { baselineOfReport, baselineSamplesOfReport, countBehaviours, MONITOR_DEFAULTS, monitorLogs, parseWindowSpec, type MonitorBaseline } from '../core/monitor/monitor';
import { monitorJson, monitorMarkdown, monitorText } from '../core/monitor/format';
import { CliInputError, EXIT, wholeNumberOption, writeOutFile, type CliCommand, type CliIO } from './common';
import { MAX_REPORTED_PROBLEMS, parseLogArgs, problemPrinter, unreadable } from './logInput';
import { loadReportRef } from './report';

const USAGE =
  'usage: promptshift monitor <logs…> --window 1h|1d|N [--baseline window[:N]|FILE|RUN-ID] [--baseline-version a|b] [--alarm-rate 0.05] [--group-by model|prompt] [--behaviour B]… [--samples N] [--seed N] [--format text|md|json] [--json] [--out FILE]';

function isRunRef(ref: string, cwd: string): boolean {
  const p = path.resolve(cwd, ref);
  if (!fs.existsSync(p)) return true; // not a file: a run id (or prefix)
  return fs.statSync(p).isDirectory() || path.basename(p) === 'report.json';
}

async function resolveBaseline(spec: string | undefined, side: 'a' | 'b', io: CliIO, report: (file: string, p: Problem) => void): Promise<MonitorBaseline> {
  if (spec === undefined || spec === 'window') return { kind: 'window', warmup: MONITOR_DEFAULTS.warmup };
  const windows = /^window:(\d+)$/.exec(spec);
  if (windows) {
    const warmup = Number(windows[1]);
    if (warmup < 1) throw new CliInputError(`--baseline window:N needs N ≥ 1, not ${warmup}`);
    return { kind: 'window', warmup };
  }
  const explicit = /^(run|file):(.+)$/.exec(spec);
  const kind = explicit ? (explicit[1] as 'run' | 'file') : isRunRef(spec, io.cwd) ? 'run' : 'file';
  const ref = explicit ? (explicit[2] as string) : spec;
  if (kind === 'run') {
    const shift = loadReportRef(ref, io.cwd);
    return { kind: 'run', source: `${shift.runId ?? ref} (version ${side.toUpperCase()})`, counts: baselineOfReport(shift, side), samples: baselineSamplesOfReport(shift, side) };
  }
  try {
    return { kind: 'file', source: ref, ...(await countBehaviours(path.resolve(io.cwd, ref), ref, (p) => report(ref, p))) };
  } catch (err) {
    return unreadable(err, ref);
  }
}

export const monitorCommand: CliCommand = async (args, io) => {
  const parsed = parseLogArgs(
    args,
    {
      window: { type: 'string' },
      baseline: { type: 'string' },
      'baseline-version': { type: 'string' },
      'alarm-rate': { type: 'string' },
      'group-by': { type: 'string' },
      behaviour: { type: 'string', multiple: true },
      samples: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
    },
    USAGE,
  );
  const v = parsed.values;
  const files = parsed.positionals;
  if (!files.length) throw new CliInputError(`expected at least one log file\n${USAGE}`);
  if (!v.window) throw new CliInputError(`--window is required (1h, 1d, 30m, or N outputs)\n${USAGE}`);
  const window = parseWindowSpec(v.window);
  if (!window) throw new CliInputError(`--window ${v.window}: expected a duration (30m, 1h, 1d, 7d) or a number of outputs`);
  const alarmRate = v['alarm-rate'] === undefined ? MONITOR_DEFAULTS.alarmRate : Number(v['alarm-rate']);
  if (!(alarmRate > 0 && alarmRate < 1)) throw new CliInputError(`--alarm-rate must be between 0 and 1 (exclusive), not '${v['alarm-rate']}'`);
  const groupBy = v['group-by'];
  if (groupBy !== undefined && groupBy !== 'model' && groupBy !== 'prompt') throw new CliInputError(`--group-by must be model or prompt, not '${groupBy}'`);
  const side = v['baseline-version'] ?? 'b';
  if (side !== 'a' && side !== 'b') throw new CliInputError(`--baseline-version must be a or b, not '${side}'`);
  const behaviours = v.behaviour ?? undefined;
  for (const b of behaviours ?? []) if (!(BEHAVIOURS as readonly string[]).includes(b)) throw new CliInputError(`--behaviour ${b}: not one of ${BEHAVIOURS.join(', ')}`);
  const format = v.json ? 'json' : (v.format ?? 'text');
  if (format !== 'text' && format !== 'md' && format !== 'json') throw new CliInputError(`--format must be text, md or json, not '${format}'`);

  const problems = problemPrinter(io);
  const baseline = await resolveBaseline(v.baseline, side, io, problems.report);
  let report;
  try {
    report = await monitorLogs({
      files: files.map((f) => ({ file: path.resolve(io.cwd, f), shownAs: f })),
      window,
      baseline,
      alarmRate,
      ...(groupBy ? { groupBy } : {}),
      ...(behaviours ? { behaviours: behaviours as Behaviour[] } : {}),
      samplesPerWindow: wholeNumberOption('samples', v.samples, 0) ?? MONITOR_DEFAULTS.samplesPerWindow,
      seed: wholeNumberOption('seed', v.seed, 0) ?? MONITOR_DEFAULTS.seed,
      createdAt: new Date().toISOString(),
      onProblem: (p) => problems.report(p.file, p),
    });
  } catch (err) {
    const where = err instanceof TextFileError ? err.file : (err as NodeJS.ErrnoException).path;
    return unreadable(err, files.find((f) => path.resolve(io.cwd, f) === where) ?? where ?? files[0]!);
  }
  for (const [file, n] of problems.counts) {
    const more = n > MAX_REPORTED_PROBLEMS ? ` (${n - MAX_REPORTED_PROBLEMS} not shown)` : '';
    io.stderr(`${file}: ${n} line${n === 1 ? '' : 's'} skipped${more}\n`);
  }
  if (report.read.outputs === 0) throw new CliInputError(`no output to monitor in ${files.join(', ')}`);

  const text = format === 'json' ? monitorJson(report) : format === 'md' ? monitorMarkdown(report) : monitorText(report);
  if (v.out) {
    // --out FILE: JSON unless the name says Markdown, whatever is printed
    const outFile = path.resolve(io.cwd, v.out);
    writeOutFile(outFile, /\.(md|markdown)$/i.test(v.out) ? monitorMarkdown(report) : monitorJson(report));
    io.stderr(`wrote ${v.out}\n`);
  }
  io.stdout(text);
  return report.alarms.length ? EXIT.gateFailed : EXIT.ok;
};
