// `promptshift merge <run-dir or id>… [--json] [--out FILE]`: joins the shard runs of one sharded
// run (`eval --shard i/n`, e.g. one per CI job) into one run of this workspace, with the report an
// unsharded run of the same seed gives. Exit codes as for `eval`: the merged run's gates decide.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { EvalInputError, mergeShardRuns } from '../core/eval/pairedEval';
import { findWorkspaceRoot } from '../core/files';
import { RunFolder, RunStore, RunStoreError } from '../core/run';
import { toJson } from '../core/report/exports';
import { commandHelp } from './help';
import { CliInputError, writeOutFile, type CliCommand } from './common';
import { printOutcome } from './outcome';

const USAGE = commandHelp('merge')!.split('\n')[0]!;

export const mergeCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, out: { type: 'string' } } });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (!positionals.length) throw new CliInputError(`give the shard runs to merge\n${USAGE}`);
  const store = new RunStore(findWorkspaceRoot(io.cwd));
  try {
    // A path to a run folder (a CI job's artifact) or a run id of this workspace.
    const shards = positionals.map((ref) => {
      const dir = path.resolve(io.cwd, ref);
      return fs.existsSync(path.join(dir, 'run.json')) ? new RunFolder(dir) : store.resolve(ref);
    });
    const result = mergeShardRuns(store, shards);
    io.stderr(`promptshift merge: ${shards.length} shards → run ${result.runId}\n`);
    const json = values.out || values.json ? toJson(result.report) : '';
    if (values.out) writeOutFile(path.resolve(io.cwd, values.out), json);
    return printOutcome(result, { printJson: values.json ? () => io.stdout(json) : undefined }, io, 'merge');
  } catch (err) {
    if (err instanceof EvalInputError || err instanceof RunStoreError) throw new CliInputError(err.message);
    throw err;
  }
};
