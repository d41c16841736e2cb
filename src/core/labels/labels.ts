// The user's own labels of outputs: `.promptshift/labels.jsonl`, append-only, one line per mark
// ("the detector was right / wrong about this behaviour of this output"). This module is its one
// owner: the schema, the append, the bounded read, and the figures each detector card shows.
// A label is keyed by the output's sha256 as well as by where it was seen (run, case, arm, sample),
// so it follows the output: the same text in another run (a cached answer) counts once, with the
// latest mark winning.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod';
import { appendJsonLine, ensureStateDir, readTextFileSync, resolveInside, STATE_DIR, TextFileError } from '../files';
import { parseJsonl, problemAt, type Problem } from '../problems';
import { wilsonInterval } from '../shift';
import type { LabelFigures, ShiftReport } from '../report/schema';

export const LABELS_FILE = 'labels.jsonl';
/** A labels file larger than this is not read (it is hand-made at human speed: 8 MB is ~40,000 marks). */
export const MAX_LABELS_BYTES = 8 * 1024 * 1024;

/** Behaviour names: the built-in seven and a suite's own (custom behaviours), never free text. */
const BehaviourKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'a behaviour name (letters, digits, _ and -)');

export const OutputLabelSchema = z.object({
  v: z.literal(1),
  /** ISO time of the mark */
  at: z.string(),
  runId: z.string().min(1),
  caseId: z.string(),
  arm: z.enum(['a', 'aPrime', 'b']),
  sample: z.number().int().nonnegative(),
  behaviour: BehaviourKey,
  /** sha256 of the output text (UTF-8): the label follows the output */
  outputSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** what the detector said when the user marked it */
  detected: z.boolean(),
  /** the user's verdict: the detector was right */
  correct: z.boolean(),
  /** the detector version that said it */
  detector: z.string().optional(),
});
export type OutputLabel = z.infer<typeof OutputLabelSchema>;

export function outputSha256(output: string): string {
  return createHash('sha256').update(output, 'utf8').digest('hex');
}

/** Whether the output truly shows the behaviour, by the user's mark. */
export function truthOf(label: Pick<OutputLabel, 'detected' | 'correct'>): boolean {
  return label.correct ? label.detected : !label.detected;
}

/** The labels file of a workspace, refused when a link leads it outside. */
export function labelsFileOf(root: string): string {
  return resolveInside(root, path.join(STATE_DIR, LABELS_FILE), 'labels file');
}

/** Appends one mark (creating `.promptshift/` as needed). */
export function appendLabel(root: string, label: Omit<OutputLabel, 'v' | 'at'> & { at?: string }): OutputLabel {
  const line = OutputLabelSchema.parse({ v: 1, ...label, at: label.at ?? new Date().toISOString() });
  ensureStateDir(root);
  appendJsonLine(labelsFileOf(root), line);
  return line;
}

/** Every valid mark, in file order, and a problem (file, line, field) for each line that is not. */
export function readLabels(root: string): { labels: OutputLabel[]; problems: Problem[] } {
  const file = labelsFileOf(root);
  if (!fs.existsSync(file)) return { labels: [], problems: [] };
  let text: string;
  try {
    text = readTextFileSync(file, MAX_LABELS_BYTES);
  } catch (err) {
    // too large, not a regular file, not UTF-8: said, and no label counts (nothing is written over it)
    if (err instanceof TextFileError) return { labels: [], problems: [problemAt(file, err.reason)] };
    throw err;
  }
  const { lines, problems } = parseJsonl(OutputLabelSchema, text, file, { appended: true, severity: 'warning' });
  return { labels: lines.map((l) => l.value), problems };
}

/** The latest mark of each (output, behaviour): a label follows its output across runs. */
export function latestByOutput(labels: Iterable<OutputLabel>): OutputLabel[] {
  const latest = new Map<string, OutputLabel>();
  for (const l of labels) latest.set(`${l.outputSha256}|${l.behaviour}`, l);
  return [...latest.values()];
}

/** The latest mark of each place in one run (case, arm, sample, behaviour). */
export function marksOfRun(labels: Iterable<OutputLabel>, runId: string): OutputLabel[] {
  const latest = new Map<string, OutputLabel>();
  for (const l of labels) if (l.runId === runId) latest.set(JSON.stringify([l.caseId, l.arm, l.sample, l.behaviour]), l);
  return [...latest.values()];
}

/**
 * Precision and recall of each detector against the user's labels (the latest label of each output):
 * precision = detector-flagged outputs the user says show it / all it flagged among the labelled;
 * recall = of outputs the user says show it, those the detector flagged. null with no denominator.
 */
export function labelFigures(labels: Iterable<OutputLabel>): Record<string, LabelFigures> {
  const tally = new Map<string, { n: number; tp: number; fp: number; fn: number; right: number }>();
  for (const l of latestByOutput(labels)) {
    let t = tally.get(l.behaviour);
    if (!t) tally.set(l.behaviour, (t = { n: 0, tp: 0, fp: 0, fn: 0, right: 0 }));
    const truth = truthOf(l);
    t.n++;
    if (l.correct) t.right++;
    if (l.detected && truth) t.tp++;
    else if (l.detected) t.fp++;
    else if (truth) t.fn++;
  }
  const out: Record<string, LabelFigures> = {};
  for (const [b, t] of tally) {
    out[b] = {
      n: t.n,
      positives: t.tp + t.fn,
      agreement: t.n ? t.right / t.n : null,
      precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : null,
      recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : null,
      precisionCi95: t.tp + t.fp ? wilsonInterval(t.tp, t.tp + t.fp) : null,
      recallCi95: t.tp + t.fn ? wilsonInterval(t.tp, t.tp + t.fn) : null,
    };
  }
  return out;
}

/** The place of one output in a run, as the results panel names it. */
export interface OutputPlace {
  caseId: string;
  arm: OutputLabel['arm'];
  sample: number;
  behaviour: string;
}

/**
 * The label for the user's verdict (`correct`) on the detector's verdict at `place` of a run's
 * report: the output's text and what the detector said come from the report, never from the
 * request, so a label always describes an output that exists.
 */
export function labelOf(report: ShiftReport, runId: string, place: OutputPlace, correct: boolean): Omit<OutputLabel, 'v' | 'at'> {
  const c = report.cases.find((x) => x.id === place.caseId);
  const s = c?.[place.arm]?.samples[place.sample];
  if (!c || !s) throw new Error(`Run ${runId} has no output for case ${place.caseId}, ${place.arm} sample ${place.sample + 1}.`);
  if (s.error !== undefined) throw new Error(`Case ${place.caseId}, ${place.arm} sample ${place.sample + 1} failed: there is no output to label.`);
  const behaviours = s.behaviours as Record<string, boolean | undefined>;
  if (!(place.behaviour in behaviours)) throw new Error(`Run ${runId} does not detect '${place.behaviour}'.`);
  const version = (report.summary.behaviours as Record<string, { detector?: { version: string } } | undefined>)[place.behaviour]?.detector?.version;
  return {
    runId,
    caseId: place.caseId,
    arm: place.arm,
    sample: place.sample,
    behaviour: place.behaviour,
    outputSha256: outputSha256(s.output),
    detected: behaviours[place.behaviour] === true,
    correct,
    ...(version !== undefined ? { detector: version } : {}),
  };
}
