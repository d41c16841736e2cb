// How a finished run ends a command (eval, merge): its summary or report JSON, and its exit code.
import * as path from 'node:path';
import type { PairedEvalResult } from '../core/eval/pairedEval';
import { toTextSummary } from '../core/report/text';
import { CliRunError, EXIT, type CliIO } from './common';

/**
 * Prints a finished run (its text summary, or its report JSON with --json) and gives its exit code:
 * 1 when a gate failed, 3 when its gates could not be judged (no valid output on a side). Reads the
 * run's brief only: a large run's whole report is never held for it.
 * `options.printJson`: prints the report as JSON, when --json asked for it.
 */
export function printOutcome(result: PairedEvalResult, options: { printJson: (() => void) | undefined }, io: CliIO, command: string): number {
  const { run, brief } = result;
  if (options.printJson) options.printJson();
  else io.stdout(toTextSummary(brief.report) + `\nRun record: ${path.relative(io.cwd, result.runDir) || result.runDir}\n`);
  if (run.errors > 0) io.stderr(`promptshift ${command}: ${run.errors} call(s) failed after retries; they are shown as errors in the report\n`);
  // Fail closed: a version with no valid output would pass every gate by default.
  if (brief.ungated) throw new CliRunError(`run ${run.runId}: ${brief.ungated}`);
  return brief.gateFailed ? EXIT.gateFailed : EXIT.ok;
}
