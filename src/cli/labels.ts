// `promptshift labels [--json]`: the user's own labels of outputs (.promptshift/labels.jsonl,
// marked in the results panel) against the detectors: per behaviour, how many outputs are labelled,
// how many show the behaviour by the user's word, and the detector's precision and recall on them.
// The same figures as "your labels" in each detector card.
import { parseArgs } from 'node:util';
import { BEHAVIOURS } from '../core/behaviour/types';
import { findWorkspaceRoot } from '../core/files';
import { labelFigures, labelsFileOf, readLabels } from '../core/labels';
import { formatProblem } from '../core/problems';
import { estimateText, fig } from '../core/report/cardText';
import type { LabelFigures } from '../core/report/schema';
import { CliInputError, EXIT, type CliCommand } from './common';

const USAGE = 'usage: promptshift labels [--json]';

export const labelsCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: false, options: { json: { type: 'boolean', default: false } } });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const root = findWorkspaceRoot(io.cwd);
  const { labels, problems } = readLabels(root);
  for (const p of problems) io.stderr(`${formatProblem(p)}\n`);
  const figures = labelFigures(labels);
  // built-in behaviours first, in their order, then a suite's own
  const names = [...BEHAVIOURS.filter((b) => figures[b]), ...Object.keys(figures).filter((b) => !(BEHAVIOURS as readonly string[]).includes(b)).sort()];
  if (parsed.values.json) {
    io.stdout(JSON.stringify({ file: labelsFileOf(root), marks: labels.length, behaviours: Object.fromEntries(names.map((b) => [b, figures[b]])) }, null, 2) + '\n');
    return EXIT.ok;
  }
  if (!names.length) {
    io.stdout(`No labels yet in ${labelsFileOf(root)}.\nMark an output's behaviours as right or wrong in the results panel ("Check the detectors on this output").\n`);
    return EXIT.ok;
  }
  const rows: string[][] = [['behaviour', 'labelled', 'positive', 'agreement', 'precision [95 %]', 'recall [95 %]']];
  for (const b of names) {
    const f = figures[b] as LabelFigures;
    rows.push([b, String(f.n), String(f.positives), fig(f.agreement), estimateText(f.precision, f.precisionCi95), estimateText(f.recall, f.recallCi95)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  io.stdout(`Your labels (${labels.length} marks; the latest mark of each output counts):\n\n${rows.map(line).join('\n')}\n`);
  return EXIT.ok;
};
