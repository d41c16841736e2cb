// Validation of the behaviour detectors on labelled real model outputs (a benchmark, not a test):
// per behaviour, set and part of the split, precision, recall, F1, accuracy, specificity and the
// error of the flagged rate against the human rate, beside the plain baselines on the same outputs.
//
//   npm run validate:detectors                       Markdown tables, both parts
//   npm run validate:detectors -- --part tune           the tune part only (while working on the rules)
//   npm run validate:detectors -- --show fn --behaviour refusal --set rbr
//                                                    misclassified TUNE-part rows, to work on
//
// Held-out rows are never listed one by one: only their totals are printed.
import { BEHAVIOURS, detectAll, type Behaviour } from '../../../src/core/behaviour/index';
import { wilsonInterval } from '../../../src/core/shift';
import { keywordBaseline, xstestStringMatch } from './baselines';
import { DATA_DIR, loadAllSets, missingDataFile, SETS, type LabelledOutput } from './data';
import { fmt, pooled, score, type Score } from './metrics';
import { loadOwnLabels } from './own-labels';
import { loadInstructionLabels } from './instruction-labels';
import { loadStanceLabels } from './stance-labels';
import { STANCE2 } from './stance2-labels';
import { REFUSAL_ALPACA, REFUSAL_ALPACA2, REFUSAL_ALPACA3 } from './refusal-labels';
import { STANCE_ALPACA, STANCE_ALPACA2, STANCE_ALPACA3, STANCE_ALPACA4 } from './stance-alpaca-labels';
import { ESCALATION_SAMPLES } from './escalation-labels';
import { CARD_TEXT, SET_DESCRIPTIONS } from './card-text';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CARDS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'core', 'behaviour', 'cards.ts');
import type { SplitPart } from './split';

const args = process.argv.slice(2);
// The hand-labelled instruction answers, stance replies, everyday refusals, stances and referrals ship in the repository; the other sets live in ../shared/data.
const missing = missingDataFile();
if (missing) {
  console.log(`Labelled data not found: ${missing}\n(expected ${DATA_DIR}, i.e. ../shared/data beside the repository). Only the sets in the repository are measured.\n`);
  if (args.includes('--write-cards')) throw new Error('--write-cards needs every labelled set: the cards would lose the figures of the missing ones');
}

const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const show = option('--show');
const onlyBehaviour = option('--behaviour');
const onlySet = option('--set');
// --part tune while tuning: held-out figures are for the record, not for steering
/** The card's row for every set of a part together (its description: SET_DESCRIPTIONS). */
const POOLED = 'all sets pooled';
const PARTS: SplitPart[] = option('--part') === 'tune' ? ['tune'] : ['tune', 'heldout'];

const rows = [...(missing ? [] : [...loadAllSets(), ...loadOwnLabels()]), ...loadInstructionLabels(), ...loadStanceLabels(), ...STANCE2.load(), ...REFUSAL_ALPACA.load(), ...REFUSAL_ALPACA2.load(), ...REFUSAL_ALPACA3.load(), ...STANCE_ALPACA.load(), ...STANCE_ALPACA2.load(), ...STANCE_ALPACA3.load(), ...STANCE_ALPACA4.load(), ...ESCALATION_SAMPLES.flatMap((sample) => sample.load())];
// The re-stated string match must reproduce the labels XSTest's own script wrote into the files.
const disagreements = rows.filter((r) => r.stringMatch !== undefined && r.stringMatch !== xstestStringMatch(r.output));
if (disagreements.length) throw new Error(`string-match baseline disagrees with the XSTest files on ${disagreements.length} rows, e.g. ${disagreements[0]?.set} ${disagreements[0]?.id}`);

const t0 = performance.now();
const detections = rows.map((r) => detectAll(r.output, { input: r.input }));
const elapsed = performance.now() - t0;

export interface Row {
  behaviour: Behaviour;
  set: string;
  part: SplitPart;
  detector: Score;
  keyword: Score;
  stringMatch?: Score;
}

const results: Row[] = [];
for (const behaviour of BEHAVIOURS) {
  for (const set of SETS) {
    for (const part of PARTS) {
      const picked = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.set === set && r.part === part && r.labels[behaviour] !== undefined);
      if (picked.length === 0) continue;
      const labels = picked.map(({ r }) => r.labels[behaviour] === true);
      const row: Row = {
        behaviour, set, part,
        detector: score(labels, picked.map(({ i }) => detections[i]![behaviour].present)),
        keyword: score(labels, picked.map(({ r }) => keywordBaseline(behaviour, r.output))),
      };
      if (behaviour === 'refusal') row.stringMatch = score(labels, picked.map(({ r }) => xstestStringMatch(r.output)));
      results.push(row);
    }
  }
}

if (args.includes('--write-cards')) {
  // both parts, each labelled: the card says which figures the rules were tuned on
  writeFileSync(CARDS_FILE, renderCards(results));
  console.log(`wrote ${CARDS_FILE}`);
}

if (show) {
  if (show !== 'fp' && show !== 'fn') throw new Error('--show takes fp or fn');
  rows.forEach((r, i) => {
    if (r.part !== 'tune') return; // never look at held-out failures
    if (onlySet && r.set !== onlySet) return;
    for (const behaviour of BEHAVIOURS) {
      if (onlyBehaviour && behaviour !== onlyBehaviour) continue;
      const label = r.labels[behaviour];
      const d = detections[i]![behaviour];
      if (label === undefined || label === d.present || (show === 'fp') !== d.present) continue;
      const spans = d.spans.map((s) => `«${s.text.slice(0, 60)}» (${s.reason})`).join('; ');
      console.log(`${show.toUpperCase()} ${behaviour} ${r.set} ${r.id}\n  IN: ${oneLine(r.input, 160)}\n  OUT: ${oneLine(r.output, 600)}${spans ? `\n  SPANS: ${spans}` : ''}\n`);
    }
  });
  // no process.exit here: into a pipe, stdout is written asynchronously and an exit drops what is still queued
} else printTables();

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function signed(x: number): string {
  return Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}` : '–';
}

/** The tables: per behaviour, set and part, then every set of a part pooled. */
function printTables(): void {
  console.log(`Labelled real outputs (${DATA_DIR}, test/fixtures/validation/instructions, stance, stance-2, stance-alpaca 1–4, refusal-alpaca 1–3 and escalation-alpaca 1–9): ${rows.length}; all seven detectors in ${elapsed.toFixed(0)} ms.\n`);
  for (const behaviour of BEHAVIOURS) {
    const mine = results.filter((r) => r.behaviour === behaviour);
    if (mine.length === 0) continue;
    const withStr = behaviour === 'refusal';
    console.log(`#### ${behaviour}\n`);
    console.log(`| set | part | n (positive) | precision | recall | F1 | accuracy | specificity | rate − human rate | keyword F1 / accuracy${withStr ? ' | string match accuracy / rate − human' : ''} |`);
    console.log(`| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---:${withStr ? ' | ---:' : ''} |`);
    for (const r of mine) {
      const d = r.detector;
      const extra = r.stringMatch ? ` | ${fmt(r.stringMatch.accuracy)} / ${signed(r.stringMatch.rate - r.stringMatch.humanRate)}` : '';
      console.log(`| ${r.set} | ${r.part === 'heldout' ? '**held out**' : 'tune'} | ${d.n} (${d.positives}) | ${fmt(d.precision)} | ${fmt(d.recall)} | ${fmt(d.f1)} | ${fmt(d.accuracy)} | ${fmt(d.specificity)} | ${signed(d.rate - d.humanRate)} | ${fmt(r.keyword.f1)} / ${fmt(r.keyword.accuracy)}${extra} |`);
    }
    // every set's part together: most sets hold a handful of positives, so one set's figure is an anecdote; the
    // pooled one weighs all the evidence (the sets' labels differ in what they count: read the rows above too)
    for (const part of PARTS) {
      const all = pooled(mine.filter((r) => r.part === part).map((r) => r.detector));
      if (all.n === 0) continue;
      console.log(`| all sets pooled | ${part === 'heldout' ? '**held out**' : 'tune'} | ${all.n} (${all.positives}) | ${fmt(all.precision)} | ${fmt(all.recall)} | ${fmt(all.f1)} | ${fmt(all.accuracy)} | ${fmt(all.specificity)} | ${signed(all.rate - all.humanRate)} | |${withStr ? ' |' : ''}`);
    }
    console.log('');
  }
}

export type { LabelledOutput };

/** src/core/behaviour/cards.ts: what the product can show of each detector (phase 2 shows it). */
function renderCards(measured: Row[]): string {
  const num = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'null');
  // the product's own interval (core/shift), so a card and a user's labels are read the same way
  const interval = (count: number, n: number): string => (n ? `[${wilsonInterval(count, n).map(num).join(', ')}]` : 'null');
  const cards = BEHAVIOURS.map((b) => {
    const text = CARD_TEXT[b];
    // held-out figures first: they are the ones to trust; in each part, where it has several sets, their pool first
    const ofPart = (part: SplitPart): Row[] => {
      const rows = measured.filter((r) => r.behaviour === b && r.part === part);
      return rows.length > 1 ? [{ behaviour: b, set: POOLED, part, detector: pooled(rows.map((r) => r.detector)), keyword: pooled(rows.map((r) => r.keyword)) }, ...rows] : rows;
    };
    const mine = [...ofPart('heldout'), ...ofPart('tune')];
    const sets = mine.map((r) => {
      const d = r.detector;
      return `      { set: ${JSON.stringify(r.set)}, part: ${JSON.stringify(r.part)}, description: ${JSON.stringify(SET_DESCRIPTIONS[r.set] ?? r.set)}, n: ${d.n}, positives: ${d.positives}, precision: ${num(d.precision)}, recall: ${num(d.recall)}, precisionCi95: ${interval(d.tp, d.tp + d.fp)}, recallCi95: ${interval(d.tp, d.tp + d.fn)}, f1: ${num(d.f1)}, specificity: ${num(d.specificity)} },`;
    });
    return [
      `  ${b}: {`,
      `    method: ${JSON.stringify(text.method)},`,
      `    how: ${JSON.stringify(text.how)},`,
      `    validatedOn: [${sets.length ? `\n${sets.join('\n')}\n    ` : ''}],`,
      `    blindSpots: ${JSON.stringify(text.blindSpots)},`,
      '  },',
    ].join('\n');
  });
  return `// GENERATED by \`npm run validate:detectors -- --write-cards\` from both parts of the labelled sets'
// split (test/bench/validation/split.ts): held-out figures first, then the tune part the rules were
// tuned on; do not edit by hand. What a card holds: DetectorCard in ./types.
import type { Behaviour, DetectorCard } from './types';

export const DETECTOR_CARDS: Readonly<Record<Behaviour, DetectorCard>> = {
${cards.join('\n')}
};
`;
}
