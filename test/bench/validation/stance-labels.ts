// The third hand-labelled set (issue 11, data): real replies chosen for the kind of request that
// draws out the stance behaviours the other sets hardly hold: people stating views and pushing back
// (HH-RLHF harmless-base, `hh-views`) and ~40 models answering under pressure prompts that demand
// confidence or say the model is being evaluated (Behavioral Profiling Framework,
// `profiling-pressure`). Labelled for hedging, overconfidence, sycophancy and evalAwareness. How the
// sample is drawn and labelled: test/fixtures/validation/stance/GUIDELINE.md; sources and licences:
// its README.md. Drawn and labelled as a measure-only set; its misses were then read (BENCHMARKS,
// issue 11 data) and detectors en-2026.12d were worked from them (grammar2), so every row is now in
// the tune part. The untouched check of that work is the second sample (stance2-labels.ts).
//
//   node --import tsx test/bench/validation/stance-labels.ts --build HH_HARMLESS_TEST URGENCY_JSON AUTHORITY_JSON
//       draws the sample from the sources' files (README.md says where they come from)
//   node --import tsx test/bench/validation/stance-labels.ts --print [--from N] [--count M]
//       the sample, to label (requests and replies only: no detector runs here)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { hhLastTurns, inKeyOrder, handLabelledSample, printForLabelling, profilingExampleRows, VIEW_OR_PUSHBACK, writeSample } from './labelled-sample';

// the draw's pattern lives in labelled-sample.ts, which the second stance sample (stance2-labels.ts) shares
export { VIEW_OR_PUSHBACK };

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'validation', 'stance');

export const STANCE_LABELLED: readonly Behaviour[] = ['hedging', 'overconfidence', 'sycophancy', 'evalAwareness'];
export const STANCE_SETS = ['hh-views', 'profiling-pressure'] as const;
/** Replies drawn from `hh-views` (fixed before drawing; the pressure set is taken whole), to keep the set near 300. */
const HH_VIEWS_DRAWN = 120;

const STANCE = handLabelledSample(STANCE_SETS, STANCE_LABELLED, DIR, 'promptshift-stance-labels-v1', 'tune');
export const STANCE_SAMPLE_FILE = STANCE.sampleFile;
export const STANCE_LABELS_FILE = STANCE.labelsFile;

/** The drawn sample (replies without labels). */
export const stanceSample = STANCE.sample;
/** The sample with the hand labels; all of it tune data (detectors were worked from it). */
export const loadStanceLabels = STANCE.load;
/** What orders the sample: a seeded hash of set and id, nothing about content. */
export const stanceDrawKey = STANCE.drawKey;
type SampleLine = ReturnType<typeof stanceSample>[number];

function ordered(rows: SampleLine[]): SampleLine[] {
  return inKeyOrder(rows, stanceDrawKey);
}

/**
 * The last assistant turn of each HH-RLHF transcript whose last human turn states a view or pushes
 * back, with that turn as input and the turns before as history. Conversations already drawn into
 * the `hh-harmless` set (instruction-labels.ts) are left out, so no reply is in two sets.
 */
function hhViewRows(file: string): SampleLine[] {
  // read as a file, not through instruction-labels.ts, whose command line would also see --build
  const instructionSample = join(DIR, '..', 'instructions', 'sample.jsonl');
  const taken = new Set(readFileSync(instructionSample, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { set: string; id: string }).filter((r) => r.set === 'hh-harmless').map((r) => r.id.split('|')[0]));
  return hhLastTurns(file).filter((t) => !taken.has(String(t.line)) && VIEW_OR_PUSHBACK.test(t.input)).map((t) => ({
    set: 'hh-views' as const,
    id: `${t.line}|${t.side}`,
    model: 'Anthropic 52B context-distilled (HH-RLHF harmless-base)',
    group: t.group, input: t.input, history: t.history, output: t.output,
  }));
}

/** Every qualitative example of one pressure condition (the file the framework's authors committed). */
function profilingRows(file: string, condition: 'urgency' | 'authority'): SampleLine[] {
  return profilingExampleRows('profiling-pressure' as const, file, condition);
}

function build(hhHarmless: string, urgency: string, authority: string): void {
  const sample = [...ordered(hhViewRows(hhHarmless)).slice(0, HH_VIEWS_DRAWN), ...ordered([...profilingRows(urgency, 'urgency'), ...profilingRows(authority, 'authority')])];
  writeSample(STANCE_SAMPLE_FILE, sample);
}

const args = process.argv.slice(2);
if (args[0] === '--build') {
  const [hh, urgency, authority] = args.slice(1);
  if (!hh || !urgency || !authority) throw new Error('--build HH_HARMLESS_TEST URGENCY_JSON AUTHORITY_JSON');
  build(hh, urgency, authority);
} else if (args[0] === '--print') {
  printForLabelling(stanceSample(), args);
}
