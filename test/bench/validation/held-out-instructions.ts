// Escalation's held-out figures split by instruction (a benchmark, not a test): the everyday samples are AlpacaEval answers,
// and AlpacaEval has 805 instructions, so most held-out answers answer an instruction that a tune sample also holds (other
// models' answers to it). A rule worked from a tune answer may meet the same question held out; this prints the held-out
// part's pooled precision, recall and F1 for answers whose instruction is in a tune sample and for those whose is in none
// (totals only, as every held-out figure), beside RBR's and the seventh sample's, drawn from questions no earlier sample
// asked. Held out by model is not held out by instruction.
//   node --import tsx test/bench/validation/held-out-instructions.ts
import { detectAll } from '../../../src/core/behaviour/index';
import { loadAllSets, missingDataFile } from './data';
import { ESCALATION_SAMPLES } from './escalation-labels';
import { fmt, score } from './metrics';

const everyday = ESCALATION_SAMPLES.flatMap((s) => s.load());
const rows = [...(missingDataFile() ? [] : loadAllSets()), ...everyday].filter((r) => r.labels.escalation !== undefined);
const tuneInstructions = new Set(everyday.filter((r) => r.part === 'tune').map((r) => r.group));
const parts: Record<string, { labels: boolean[]; predictions: boolean[] }> = {};
for (const r of rows.filter((row) => row.part === 'heldout')) {
  const part = r.set === 'rbr' ? 'RBR' : r.set === 'alpaca-escalation-7' ? 'everyday, questions no earlier sample asked (alpaca-escalation-7)' : tuneInstructions.has(r.group) ? 'everyday, instruction also in a tune sample' : 'everyday, instruction in no tune sample';
  const p = (parts[part] ??= { labels: [], predictions: [] });
  p.labels.push(r.labels.escalation === true);
  p.predictions.push(detectAll(r.output, { input: r.input }).escalation.present);
}
console.log('| held-out escalation rows | n (positive) | precision | recall | F1 |\n| --- | --- | ---: | ---: | ---: |');
for (const [part, { labels, predictions }] of Object.entries(parts)) {
  const s = score(labels, predictions);
  console.log(`| ${part} | ${s.n} (${s.positives}) | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`);
}
