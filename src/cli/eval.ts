// `promptshift eval <suite> [--a REF] [--b REF] [--samples N] [--concurrency N] [--no-cache]
//  [--no-baseline] [--json] [--out FILE] [--resume RUN-ID]`: a paired eval (CONTRACTS §1).
// Progress goes to stderr, the summary (or report JSON) to stdout. Exit 0 done, 1 a gate failed,
// 2 bad usage or input, 3 the run could not finish.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runPairedEval, resumePairedEval, EvalInputError, ParaphraseFailed, type PairedEvalResult } from '../core/eval/pairedEval';
import { findWorkspaceRoot, userStateDir } from '../core/files';
import { KeyPolicyError, readAllowances, resolveCredentials, type KeyAllowances } from '../core/providers/keyPolicy';
import { RunStore, RunStoreError, batchProgressText, type RunProgress } from '../core/run';
import type { SuiteProvider } from '../core/suite';
import { parseProviderOverride } from '../core/suite/providerOverride';
import { commandHelp } from './help';
import { CliInputError, CliRunError, EXIT, RUN_OPTIONS, budgetOptions, copyOutFile, positiveInt, writeFileText, type CliCommand, type CliIO } from './common';
import { printOutcome } from './outcome';
import { planHeadline } from '../core/plan/text';
import { parseShard } from '../core/eval/shard';
import { scoringWorkerIn } from '../core/eval/scoringThread';
import { DESIGN_OPTIONS, designRequestOf } from './designFlags';
import { applyRunFlags } from './v8Flags';

const USAGE = commandHelp('eval')!.split('\n')[0]!;




/** The CLI reads keys from its environment, under the key rules: where they may go is decided by
 *  --allow-host and PROMPTSHIFT_ALLOW_* only, never by the suite. */
export function credentialsFromEnv(io: CliIO, allow: KeyAllowances) {
  return async (p: SuiteProvider) => resolveCredentials(p, { allow, env: io.env, apiKeyEnv: 'honour' });
}

export function allowances(io: CliIO, flagHosts: readonly string[]): KeyAllowances {
  try {
    return readAllowances(io.env, flagHosts);
  } catch (err) {
    if (err instanceof KeyPolicyError) throw new CliInputError(`${err.message}\n${USAGE}`);
    throw err;
  }
}

/** The `CI` variable every major CI service sets (GitHub Actions, GitLab, CircleCI, Travis, Buildkite…). */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

export function progressPrinter(io: CliIO, command = 'eval') {
  let last = 0;
  return (p: { done: number; total: number; etaMs?: number | undefined; batch?: RunProgress['batch'] }) => {
    const now = Date.now();
    if (now - last < 500 && p.done !== p.total) return;
    last = now;
    const eta = p.etaMs !== undefined && p.done < p.total ? `, about ${Math.ceil(p.etaMs / 1000)} s left` : '';
    io.stderr(`promptshift ${command}: ${p.done}/${p.total} calls${eta}${p.batch?.open ? `; ${batchProgressText(p.batch)}` : ''}\n`);
  };
}

/** Prints the run's report.json as written, 64 KB at a time: a large run's report is never one string here. */
function printReportJson(result: PairedEvalResult, io: CliIO): void {
  writeFileText(result.reportPath, io.stdout);
}

export const evalCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...RUN_OPTIONS,
        cache: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        'no-judge': { type: 'boolean', default: false },
        out: { type: 'string' },
        resume: { type: 'string' },
        seed: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        shard: { type: 'string' },
        'stop-early': { type: 'boolean', default: false },
        batch: { type: 'boolean', default: false },
        'min-shift': { type: 'string' },
        ...DESIGN_OPTIONS,
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
  if (values.cache && values['no-cache']) throw new CliInputError(`--cache and --no-cache: choose one\n${USAGE}`);
  // A CI job runs a pull request's files: its committed cache is never trusted (entries are bound
  // to the machine that wrote them), and by default nothing is cached there at all.
  const ci = isCI(io.env);
  const noCache = values['no-cache'] || (ci && !values.cache);
  if (ci && !values.cache && !values['no-cache']) io.stderr('promptshift eval: CI is set: the response cache is off (pass --cache to use it)\n');
  const budget = budgetOptions(values.budget, values['budget-calls']);
  const minShift = values['min-shift'] === undefined ? undefined : Number(values['min-shift']);
  if (minShift !== undefined && !(minShift > 0 && minShift <= 1)) throw new CliInputError(`--min-shift: expected a shift between 0 and 1 such as 0.1, got '${values['min-shift']}'`);
  const stopEarly = minShift !== undefined ? { minShift } : values['stop-early'] ? true : undefined;
  const design = designRequestOf(values, USAGE);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string') throw new CliInputError(`${shard}\n${USAGE}`);
  const common = {
    ...(noCache ? { noCache: true } : {}),
    cacheSecretDir: userStateDir(io.env),
    ...(values['no-judge'] ? { noJudge: true } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(provider ? { provider } : {}),
    credentials: credentialsFromEnv(io, allowances(io, values['allow-host'] ?? [])),
    signal: io.signal,
    onProgress: progressPrinter(io),
    onWarning: (m: string) => io.stderr(`promptshift eval: warning: ${m}\n`),
    // the scoring thread's bundle beside this CLI's; absent where the sources run (tests)
    ...scoringWorkerIn(__dirname),
  };
  let result: PairedEvalResult;
  // SIGINT/SIGTERM cancel the run (recorded, resumable) once calls start; before, they end the process at once.
  let release: (() => void) | undefined;
  const catchSignals = () => {
    release ??= io.catchSignals?.();
  };
  try {
    if (values.resume) {
      catchSignals();
      const root = findWorkspaceRoot(positionals[0] ? path.dirname(path.resolve(io.cwd, positionals[0])) : io.cwd);
      const runDir = fs.existsSync(path.resolve(io.cwd, values.resume)) ? path.resolve(io.cwd, values.resume) : new RunStore(root).resolve(values.resume).dir;
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
        ...(samples !== undefined ? { samples } : {}),
        ...(values['no-baseline'] ? { baseline: false } : {}),
        ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
        ...(budget ? { budget } : {}),
        ...(shard ? { shard } : {}),
        ...(stopEarly ? { stopEarly } : {}),
        ...(design ? { design } : {}),
        ...(values.batch ? { batch: true } : {}),
        onPlan: (plan) => {
          io.stderr(`promptshift eval: plan: ${planHeadline(plan)}\n`);
          return true;
        },
        onStart: ({ runId, total }) => {
          catchSignals();
          applyRunFlags(total, process.argv.slice(2)); // what the starter saw (flagsAtStart)
          io.stderr(`promptshift eval: run ${runId}, ${total} calls${shard ? ` (shard ${shard.index}/${shard.count}; join the shards with promptshift merge)` : ''}\n`);
        },
      });
    }
  } catch (err) {
    if (err instanceof EvalInputError || err instanceof RunStoreError) throw new CliInputError(err.message);
    // the paraphrasing model could not be reached or gave no usable answer: the run could not start
    if (err instanceof ParaphraseFailed) throw new CliRunError(err.message);
    throw err;
  } finally {
    release?.();
  }
  const { run } = result;
  // report.json already holds exactly this text (toJson is how the run store writes it): copied
  // and printed from the file rather than serialised again
  if (values.out) copyOutFile(path.resolve(io.cwd, values.out), result.reportPath);
  const printJson = values.json ? () => printReportJson(result, io) : undefined;
  if (run.status !== 'completed') {
    const how = run.status === 'cancelled' ? `cancelled after ${run.done}/${run.total} calls` : `failed: ${run.message ?? 'unknown error'}`;
    throw new CliRunError(`run ${run.runId} ${how}. Resume it with: promptshift eval --resume ${run.runId}`);
  }
  if (shard) {
    if (printJson) printJson();
    else io.stdout(`Shard ${shard.index}/${shard.count} done: run ${run.runId}, ${run.done}/${run.total} calls. Its gates are judged when the shards are merged: promptshift merge <the shards' runs>\n`);
    if (run.errors > 0) io.stderr(`promptshift eval: ${run.errors} call(s) failed after retries; they are shown as errors in the report\n`);
    return EXIT.ok;
  }
  return printOutcome(result, { printJson }, io, 'eval');
};
