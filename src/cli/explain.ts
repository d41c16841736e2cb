// `promptshift explain <run-id> [--behaviour B]… [--hunks N,M] [--json] [--out FILE] [--resume ID]`
// (CONTRACTS §6): which hunk of the run's A→B prompt edit caused each shift. The cost is stated
// before any call (and asked about at a terminal); exit codes as `eval`: 0 done, 1 a gate of the
// run failed, 2 bad usage or input, 3 the explain run could not finish (resume it with --resume).
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { EvalInputError } from '../core/eval/pairedEval';
import { estimateText, explainRun } from '../core/explain/explainRun';
import { findWorkspaceRoot, userStateDir } from '../core/files';
import { RunStore, RunStoreError } from '../core/run';
import { gatesFailed } from '../core/report';
import { attributionText } from '../core/report/attribution';
import { parseProviderOverride } from '../core/suite/providerOverride';
import { commandHelp } from './help';
import { CliInputError, CliRunError, EXIT, writeOutFile, type CliCommand, type CliIO, positiveInt, usdOption, wholeNumberOption } from './common';
import { allowances, credentialsFromEnv, isCI, progressPrinter } from './eval';

const USAGE = commandHelp('explain')!.split('\n')[0]!;

export const explainCommand: CliCommand = async (args, io: CliIO) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        behaviour: { type: 'string', multiple: true },
        hunks: { type: 'string' },
        control: { type: 'string' },
        budget: { type: 'string' },
        yes: { type: 'boolean', default: false },
        resume: { type: 'string' },
        concurrency: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        provider: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliInputError(`expected one run id\n${USAGE}`);
  const concurrency = positiveInt('concurrency', values.concurrency);
  const control = wholeNumberOption('control', values.control, 0);
  const budget = usdOption('budget', values.budget, 'zero allowed');
  const provider = values.provider === undefined ? undefined : parseProviderOverride(values.provider);
  if (typeof provider === 'string') throw new CliInputError(provider);
  const behaviours = (values.behaviour ?? []).flatMap((b) => b.split(',')).map((b) => b.trim()).filter(Boolean);
  const hunks = values.hunks?.split(',').map((h) => h.trim()).filter(Boolean);
  // As for eval: in CI the (pull request's) cache is never used.
  const noCache = values['no-cache'] || isCI(io.env);

  let release: (() => void) | undefined;
  let result;
  try {
    result = await explainRun({
      workspaceRoot: findWorkspaceRoot(io.cwd),
      runId: positionals[0]!,
      ...(behaviours.length ? { behaviours } : {}),
      ...(hunks?.length ? { hunks } : {}),
      ...(control !== undefined ? { controlCases: control } : {}),
      ...(values.resume ? { resume: values.resume } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(noCache ? { noCache: true } : {}),
      ...(provider ? { provider } : {}),
      cacheSecretDir: userStateDir(io.env),
      credentials: credentialsFromEnv(io, allowances(io, values['allow-host'] ?? [])),
      signal: io.signal,
      onProgress: progressPrinter(io, 'explain'),
      onWarning: (m) => io.stderr(`promptshift explain: warning: ${m}\n`),
      confirm: async (estimate) => {
        io.stderr(`promptshift explain: ${estimateText(estimate)}\n`);
        if (budget !== undefined && (estimate.costUsd === undefined || estimate.costUsd > budget) && estimate.calls > estimate.cachedCalls) {
          throw new CliInputError(`--budget ${budget}: the explain run would cost ${estimate.costUsd === undefined ? 'an unknown amount (no price is known for this model)' : `about $${estimate.costUsd.toFixed(4)}`}; choose fewer behaviours (--behaviour), hunks (--hunks) or control cases (--control)`);
        }
        if (values.yes || !io.confirm) return true;
        return io.confirm('promptshift explain: make these calls?');
      },
      onStart: ({ explainId }) => {
        release ??= io.catchSignals?.();
        io.stderr(`promptshift explain: explain run ${explainId}\n`);
      },
    });
  } catch (err) {
    if (err instanceof EvalInputError || err instanceof RunStoreError) throw new CliInputError(err.message);
    throw err;
  } finally {
    release?.();
  }
  if (result.status === 'declined') {
    io.stderr('promptshift explain: not started\n');
    return EXIT.ok;
  }
  if (result.notRecorded) throw new CliInputError(result.message ?? 'the replay recording lacks the ablated prompts');
  if (result.status !== 'completed' || !result.attribution) {
    const how = result.status === 'cancelled' ? `cancelled after ${result.run?.done ?? 0}/${result.run?.total ?? 0} calls` : `failed: ${result.message ?? 'unknown error'}`;
    throw new CliRunError(`explain run ${result.explainId} ${how}. Resume it with: promptshift explain ${result.runId} --resume ${result.explainId}`);
  }
  const json = JSON.stringify({ runId: result.runId, attribution: result.attribution }, null, 2) + '\n';
  if (values.out) writeOutFile(path.resolve(io.cwd, values.out), json);
  io.stdout(values.json ? json : attributionText(result.attribution) + '\n');
  if ((result.run?.errors ?? 0) > 0) io.stderr(`promptshift explain: ${result.run!.errors} call(s) failed after retries; their cases are left out of the arms they belong to\n`);
  // As eval: the run's gates decide the exit code.
  return gatesFailed(new RunStore(findWorkspaceRoot(io.cwd)).resolve(result.runId).readReportHeader().report) ? EXIT.gateFailed : EXIT.ok;
};
