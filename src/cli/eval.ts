// `promptshift eval <suite> [--a REF] [--b REF] [--samples N] [--concurrency N] [--no-cache]
//  [--no-baseline] [--json] [--out FILE] [--resume RUN-ID]`: a paired eval (CONTRACTS §1).
// Progress goes to stderr, the summary (or report JSON) to stdout. Exit 0 done, 1 a gate failed,
// 2 bad usage or input, 3 the run could not finish.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runPairedEval, resumePairedEval, EvalInputError, type PairedEvalResult } from '../core/eval/pairedEval';
import { findWorkspaceRoot, userStateDir } from '../core/files';
import { KeyPolicyError, readAllowances, resolveCredentials, type KeyAllowances } from '../core/providers/keyPolicy';
import { RunStore, RunStoreError } from '../core/run';
import type { SuiteProvider } from '../core/suite';
import { ungatedReason } from '../core/report';
import { toJson } from '../core/report/exports';
import { toTextSummary } from '../core/report/text';
import { parseProviderOverride } from '../core/suite/providerOverride';
import { commandHelp } from './help';
import { CliInputError, CliRunError, EXIT, writeOutFile, type CliCommand, type CliIO } from './common';

const USAGE = commandHelp('eval')!.split('\n')[0]!;


export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliInputError(`--${name}: expected a whole number ≥ 1, got '${value}'`);
  return n;
}


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
  return (p: { done: number; total: number; etaMs?: number | undefined }) => {
    const now = Date.now();
    if (now - last < 500 && p.done !== p.total) return;
    last = now;
    const eta = p.etaMs !== undefined && p.done < p.total ? `, about ${Math.ceil(p.etaMs / 1000)} s left` : '';
    io.stderr(`promptshift ${command}: ${p.done}/${p.total} calls${eta}\n`);
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
        provider: { type: 'string' },
        cache: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        'no-judge': { type: 'boolean', default: false },
        'no-baseline': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        resume: { type: 'string' },
        seed: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
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
        onStart: ({ runId, total }) => {
          catchSignals();
          io.stderr(`promptshift eval: run ${runId}, ${total} calls\n`);
        },
      });
    }
  } catch (err) {
    if (err instanceof EvalInputError || err instanceof RunStoreError) throw new CliInputError(err.message);
    throw err;
  } finally {
    release?.();
  }
  const { run, report } = result;
  if (values.out) writeOutFile(path.resolve(io.cwd, values.out), toJson(report));
  if (run.status !== 'completed') {
    const how = run.status === 'cancelled' ? `cancelled after ${run.done}/${run.total} calls` : `failed: ${run.message ?? 'unknown error'}`;
    throw new CliRunError(`run ${run.runId} ${how}. Resume it with: promptshift eval --resume ${run.runId}`);
  }
  io.stdout(values.json ? toJson(report) : toTextSummary(report) + `\nRun record: ${path.relative(io.cwd, result.runDir) || result.runDir}\n`);
  if (run.errors > 0) io.stderr(`promptshift eval: ${run.errors} call(s) failed after retries; they are shown as errors in the report\n`);
  // Fail closed: a version with no valid output would pass every gate by default.
  const ungated = ungatedReason(report);
  if (ungated) throw new CliRunError(`run ${run.runId}: ${ungated}`);
  return result.gateFailed ? EXIT.gateFailed : EXIT.ok;
};
