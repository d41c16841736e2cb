// How a finished run ends a command (eval, merge): its summary or report JSON, and its exit code.
import * as path from 'node:path';
import type { PairedEvalResult } from '../core/eval/pairedEval';
import { ungatedReason } from '../core/report';
import { toTextSummary } from '../core/report/text';
import { CliRunError, EXIT, type CliIO } from './common';

/**
 * Prints a finished run (its text summary, or its report JSON with --json) and gives its exit code:
 * 1 when a gate failed, 3 when its gates could not be judged (no valid output on a side).
 */
/** `options.json`: the report as JSON, when --json asked for it (serialised once by the caller). */
export function printOutcome(result: PairedEvalResult, options: { json: string | undefined }, io: CliIO, command: string): number {
  const { run, report } = result;
  io.stdout(options.json !== undefined ? options.json : toTextSummary(report) + `\nRun record: ${path.relative(io.cwd, result.runDir) || result.runDir}\n`);
  if (run.errors > 0) io.stderr(`promptshift ${command}: ${run.errors} call(s) failed after retries; they are shown as errors in the report\n`);
  // Fail closed: a version with no valid output would pass every gate by default.
  const ungated = ungatedReason(report);
  if (ungated) throw new CliRunError(`run ${run.runId}: ${ungated}`);
  return result.gateFailed ? EXIT.gateFailed : EXIT.ok;
}
