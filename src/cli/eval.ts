// `promptshift eval <suite> [--a REF] [--b REF] [--samples N] [--concurrency N] [--no-cache]
//  [--no-baseline] [--json] [--out FILE] [--resume RUN-ID]`: a paired eval (CONTRACTS §1).
// Progress goes to stderr, the summary (or report JSON) to stdout. Exit 0 done, 1 a gate failed,
// 2 bad usage or input, 3 the run could not finish.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runPairedEval, resumePairedEval, runsDirOf, EvalInputError, type PairedEvalResult } from '../core/eval/pairedEval';
import { findWorkspaceRoot } from '../core/files';
import { keyFromEnvironment } from '../core/providers/env-keys';
import type { SuiteProvider } from '../core/suite';
import { toJson } from '../core/report/exports';
import { toTextSummary } from '../core/report/text';
import { parseProviderOverride } from '../core/suite/providerOverride';
import { CliInputError, CliRunError, EXIT, writeOutFile, type CliCommand, type CliIO } from './common';
import { commandHelp } from './help';

const USAGE = commandHelp('eval')!.split('\n')[0]!;


function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliInputError(`--${name}: expected a whole number ≥ 1, got '${value}'`);
  return n;
}

/** The CLI reads keys from the environment only: the suite's apiKeyEnv, else the provider's usual variable. */
function keyFromEnv(io: CliIO) {
  return async (p: SuiteProvider): Promise<string | undefined> => keyFromEnvironment(p, io.env);
}

function progressPrinter(io: CliIO) {
  let last = 0;
  return (p: { done: number; total: number; etaMs?: number | undefined }) => {
    const now = Date.now();
    if (now - last < 500 && p.done !== p.total) return;
    last = now;
    const eta = p.etaMs !== undefined && p.done < p.total ? `, about ${Math.ceil(p.etaMs / 1000)} s left` : '';
    io.stderr(`promptshift eval: ${p.done}/${p.total} calls${eta}\n`);
  };
}

export const evalCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        a: { type: 'string' },
        b: { type: 'string' },
        samples: { type: 'string' },
        concurrency: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'no-judge': { type: 'boolean', default: false },
        'no-baseline': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        resume: { type: 'string' },
        seed: { type: 'string' },
        provider: { type: 'string' },
      },
    });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 && !values.resume) throw new CliInputError(USAGE);
  const concurrency = positiveInt('concurrency', values.concurrency);
  const provider = values.provider === undefined ? undefined : parseProviderOverride(values.provider);
  if (typeof provider === 'string') throw new CliInputError(provider);
  const common = {
    ...(values['no-cache'] ? { noCache: true } : {}),
    ...(values['no-judge'] ? { noJudge: true } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    apiKey: keyFromEnv(io),
    signal: io.signal,
    onProgress: progressPrinter(io),
    onWarning: (m: string) => io.stderr(`promptshift eval: warning: ${m}\n`),
  };
  let result: PairedEvalResult;
  try {
    if (values.resume) {
      const root = findWorkspaceRoot(positionals[0] ? path.dirname(path.resolve(io.cwd, positionals[0])) : io.cwd);
      const runDir = fs.existsSync(path.resolve(io.cwd, values.resume)) ? path.resolve(io.cwd, values.resume) : path.join(runsDirOf(root), values.resume);
      io.stderr(`promptshift eval: resuming ${runDir}\n`);
      result = await resumePairedEval(runDir, common);
    } else {
      const samples = positiveInt('samples', values.samples);
      const seed = values.seed === undefined ? undefined : Number(values.seed);
      result = await runPairedEval({
        ...common,
        suitePath: path.resolve(io.cwd, positionals[0]!),
        ...(values.a ? { a: values.a } : {}),
        ...(values.b ? { b: values.b } : {}),
        ...(provider ? { provider } : {}),
        ...(samples !== undefined ? { samples } : {}),
        ...(values['no-baseline'] ? { baseline: false } : {}),
        ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
        onStart: ({ runId, total }) => io.stderr(`promptshift eval: run ${runId}, ${total} calls\n`),
      });
    }
  } catch (err) {
    if (err instanceof EvalInputError) throw new CliInputError(err.message);
    throw err;
  }
  const { run, report } = result;
  if (values.out) writeOutFile(path.resolve(io.cwd, values.out), toJson(report));
  if (run.status !== 'completed') {
    const how = run.status === 'cancelled' ? `cancelled after ${run.done}/${run.total} calls` : `failed: ${run.message ?? 'unknown error'}`;
    throw new CliRunError(`run ${run.runId} ${how}. Resume it with: promptshift eval --resume ${run.runId}`);
  }
  io.stdout(values.json ? toJson(report) : toTextSummary(report) + `\nRun record: ${path.relative(io.cwd, result.runDir) || result.runDir}\n`);
  if (run.errors > 0) io.stderr(`promptshift eval: ${run.errors} call(s) failed after retries; they are shown as errors in the report\n`);
  return result.gateFailed ? EXIT.gateFailed : EXIT.ok;
};
