// `promptshift rescore <run-id> [--all] [--json]`: re-applies the current detectors to a run's
// recorded outputs (no model is called) and rebuilds its report.
import { parseArgs } from 'node:util';
import { EvalInputError } from '../core/eval/pairedEval';
import { rescoreRun } from '../core/eval/rescore';
import { findWorkspaceRoot } from '../core/files';
import { RunStore, RunStoreError } from '../core/run';
import { toJson } from '../core/report/exports';
import { toTextSummary } from '../core/report/text';
import { CliInputError, EXIT, type CliCommand } from './common';

const USAGE = 'usage: promptshift rescore <run-id> [--all] [--json]';

export const rescoreCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { all: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) {
    io.stdout(`${USAGE}\n\nRe-applies the current detectors to the run's recorded outputs (outputs scored by an older\ndetector version, or every output with --all) and rebuilds its report.json. No model is called.\n`);
    return EXIT.ok;
  }
  const [ref, ...extra] = parsed.positionals;
  if (!ref || extra.length) throw new CliInputError(`expected one run id\n${USAGE}`);
  try {
    const store = new RunStore(findWorkspaceRoot(io.cwd));
    const result = rescoreRun(store, store.resolve(ref).runId, { all: parsed.values.all });
    io.stderr(`promptshift rescore: run ${result.runId}: ${result.rescored} output(s) rescored with detectors ${result.detector}, ${result.current} already current\n`);
    io.stdout(parsed.values.json ? toJson(result.report) : toTextSummary(result.report) + '\n');
    return EXIT.ok;
  } catch (err) {
    if (err instanceof EvalInputError || err instanceof RunStoreError) throw new CliInputError(err.message);
    throw err;
  }
};
