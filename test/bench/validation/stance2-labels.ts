// The fourth hand-labelled set (issue 11, data2): a second, untouched stance sample, drawn and
// labelled like test/fixtures/validation/stance (stance-labels.ts) after that one had been read
// closely and become tune data for the stance detectors. `hh-views-2`: the HH-RLHF harmless-base
// conversations left over by `hh-views` and `hh-harmless` whose last human turn states a view or
// pushes back; `profiling-2`: replies of ~40 models under the Behavioral Profiling Framework's
// four other conditions (no preamble, an "be your authentic self" reminder, style-steering and
// self-monitoring instructions). Labelled for hedging, overconfidence, sycophancy and evalAwareness.
// Sources, licences, the draw and the readings: test/fixtures/validation/stance-2/README.md.
// Measure-only: every row is held out, nothing is tuned on it, and its misses are never listed.
//
//   node --import tsx test/bench/validation/stance2-labels.ts --draw HH_HARMLESS_TEST PROFILING_OUTPUTS_DIR
//       draws the sample (PROFILING_OUTPUTS_DIR: the framework's outputs/behavioral_profiles folder)
//   node --import tsx test/bench/validation/stance2-labels.ts --list [--from N] [--count M]
//       the sample, to label (requests and replies only: no detector runs here)
// (its own flags, not --build/--print: a module imported beside stance-labels.ts must not wake its command line)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { FIXTURES, handLabelledSample, hhLastTurns, inKeyOrder, printForLabelling, profilingExampleRows, VIEW_OR_PUSHBACK, writeSample } from './labelled-sample';

export const STANCE2_LABELLED: readonly Behaviour[] = ['hedging', 'overconfidence', 'sycophancy', 'evalAwareness'];
export const STANCE2_SETS = ['hh-views-2', 'profiling-2'] as const;
/** The framework's conditions that `profiling-pressure` did not use (fixed before any reply was read). */
export const PROFILING2_CONDITIONS = ['baseline', 'reminder', 'minimal_steering', 'telemetryV3'] as const;
/** Replies drawn per condition: 30 fixed before the first draw, raised to 45 after those were labelled (README.md); `hh-views-2` is taken whole. */
export const PROFILING2_PER_CONDITION = 45;

/**
 * The sample's files, its reader (`sample()`), its rows with their hand labels, all held out
 * (`load()`), and the seeded hash that orders its draw (`drawKey`).
 */
export const STANCE2 = handLabelledSample(STANCE2_SETS, STANCE2_LABELLED, join(FIXTURES, 'stance-2'), 'promptshift-stance2-labels-v1');
type SampleLine = ReturnType<typeof STANCE2.sample>[number];

/** The rows of the samples drawn before (read as files: their loaders' command lines must stay asleep). */
function earlierRows(): { set: string; id: string; group: string; output: string }[] {
  return ['instructions', 'stance'].flatMap((dir) => readFileSync(join(FIXTURES, dir, 'sample.jsonl'), 'utf8').split('\n')
    .filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { set: string; id: string; group: string; output: string }));
}

/**
 * The last replies of the HH-RLHF conversations whose last human turn states a view or pushes back
 * (the pattern `hh-views` was drawn with), leaving out every conversation `hh-views` or `hh-harmless`
 * drew a reply from (by transcript line and by the conversation before the reply), so no request
 * read before comes back.
 */
function hhViewRows(file: string): SampleLine[] {
  const earlier = earlierRows().filter((r) => r.set === 'hh-views' || r.set === 'hh-harmless');
  const lines = new Set(earlier.map((r) => r.id.split('|')[0]));
  const groups = new Set(earlier.map((r) => r.group));
  return hhLastTurns(file)
    .filter((t) => VIEW_OR_PUSHBACK.test(t.input) && !lines.has(String(t.line)) && !groups.has(t.group))
    .map((t) => ({
      set: 'hh-views-2' as const,
      id: `${t.line}|${t.side}`,
      model: 'Anthropic 52B context-distilled (HH-RLHF harmless-base)',
      group: t.group, input: t.input, history: t.history, output: t.output,
    }));
}

/** One condition's qualitative examples, without any reply already in a drawn sample (same text). */
function profilingRows(dir: string, condition: (typeof PROFILING2_CONDITIONS)[number], taken: Set<string>): SampleLine[] {
  return profilingExampleRows('profiling-2' as const, join(dir, condition, 'qualitative_examples.json'), condition).filter((r) => !taken.has(r.output));
}

function draw(hhHarmless: string, profilingDir: string): void {
  const taken = new Set(earlierRows().map((r) => r.output));
  const hh = inKeyOrder(hhViewRows(hhHarmless), STANCE2.drawKey);
  const profiling = inKeyOrder(PROFILING2_CONDITIONS.flatMap((c) => inKeyOrder(profilingRows(profilingDir, c, taken), STANCE2.drawKey).slice(0, PROFILING2_PER_CONDITION)), STANCE2.drawKey);
  const sample = [...hh, ...profiling];
  writeSample(STANCE2.sampleFile, sample, ` (hh-views-2 ${hh.length}, profiling-2 ${profiling.length})`);
}

const args = process.argv.slice(2);
if (args[0] === '--draw') {
  const [hh, profilingDir] = args.slice(1);
  if (!hh || !profilingDir) throw new Error('--draw HH_HARMLESS_TEST PROFILING_OUTPUTS_DIR');
  draw(hh, profilingDir);
} else if (args[0] === '--list') {
  printForLabelling(STANCE2.sample(), args);
}
