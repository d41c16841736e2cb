// The detector cards in words, for the Markdown and HTML exports (plain text: each export escapes
// it its own way, since a judge model's name comes from the suite).
import { reportBehaviours, type DetectorCardReport, type LabelFigures, type ShiftReport } from './schema';

type Figure = DetectorCardReport['validatedOn'][number];

const fig = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

export function figureText(f: Figure): string {
  return `${f.set}: P ${fig(f.precision)} R ${fig(f.recall)} F1 ${fig(f.f1)} (n ${f.n}, ${f.positives} positive)`;
}

export function yourLabelsLine(labels: LabelFigures | undefined): string {
  return labels && labels.n ? `your labels: precision ${fig(labels.precision)} recall ${fig(labels.recall)} (n ${labels.n})` : 'your labels: none';
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
