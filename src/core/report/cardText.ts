// The detector cards in words, for the Markdown and HTML exports (plain text: each export escapes
// it its own way, since a judge model's name comes from the suite).
import { reportBehaviours, type DetectorCardReport, type LabelFigures, type ShiftReport } from './schema';

type Figure = DetectorCardReport['validatedOn'][number];

/** A figure in two decimals, or a dash where it is undefined (no positives, nothing flagged). */
export const fig = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

/**
 * A precision or recall with its 95 % interval where the card has one: "0.40 [0.12, 0.77]". On the
 * handful of outputs a set or a user's labels often hold, the interval is what says how far the
 * figure can be trusted. Shared by the exports, the panel's card and `promptshift labels`.
 */
export function estimateText(x: number | null, ci95: readonly [number, number] | null | undefined): string {
  return x === null || !ci95 ? fig(x) : `${fig(x)} [${fig(ci95[0])}, ${fig(ci95[1])}]`;
}

export function figureText(f: Figure): string {
  return `${f.set}: P ${estimateText(f.precision, f.precisionCi95)} R ${estimateText(f.recall, f.recallCi95)} F1 ${fig(f.f1)} (n ${f.n}, ${f.positives} positive)`;
}

/** "your labels: precision 0.75 [0.30, 0.95] recall 1.00 [0.51, 1.00] (n 5)" (95 % intervals). */
export function yourLabelsFigures(labels: LabelFigures): string {
  return `your labels: precision ${estimateText(labels.precision, labels.precisionCi95)} recall ${estimateText(labels.recall, labels.recallCi95)} (n ${labels.n})`;
}

export function yourLabelsLine(labels: LabelFigures | undefined): string {
  return labels && labels.n ? yourLabelsFigures(labels) : 'your labels: none';
}

export function judgeLine(judge: DetectorCardReport['judge']): string | undefined {
  return judge ? `judge ${judge.model} agrees on ${Math.round(judge.agreement * 100)}% of ${judge.judged} outputs` : undefined;
}

/** One card as labelled lines: what each export lays out. */
export interface CardLines {
  behaviour: string;
  head: string;
  heldOut: string;
  /** held-out precision / recall (n) per set, for a table cell */
  heldOutShort: string;
  tuned: string;
  blindSpots: string[];
  extra: string[];
}

export function cardLines(report: ShiftReport): CardLines[] {
  const out: CardLines[] = [];
  for (const b of reportBehaviours(report)) {
    const card = report.summary.behaviours[b]?.detector;
    if (!card) continue;
    const part = (p: Figure['part']) => card.validatedOn.filter((f) => f.part === p).map(figureText).join('; ') || 'none';
    out.push({
      behaviour: b,
      head: `${card.method}, detectors ${card.version}, ${card.status}`,
      heldOut: part('heldout'),
      heldOutShort: card.validatedOn.filter((f) => f.part === 'heldout').map((f) => `${f.set} ${fig(f.precision)} / ${fig(f.recall)} (${f.n})`).join('; ') || 'none',
      tuned: part('tune'),
      blindSpots: card.blindSpots,
      extra: [yourLabelsLine(card.yourLabels), judgeLine(card.judge)].filter((x): x is string => x !== undefined),
    });
  }
  return out;
}
