// Checks that a change to the detectors changed nothing they report: detectAll's full JSON (verdicts,
// spans, reasons) of this tree against another tree's src, over every labelled output in
// ../shared/data, the hand-labelled samples that ship in test/fixtures/validation, and 5,000
// synthetic ones. Prints the number of outputs that differ (and the first few).
//   mkdir -p /tmp/before && git archive HEAD src | tar -x -C /tmp/before   # before the change
//   node --import tsx test/bench/validation/same-verdicts.ts /tmp/before
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as here from '../../../src/core/behaviour/index';
import { syntheticOutputs } from '../synthetic-outputs';
import { loadMsts, loadRbr, loadXstest } from './data';
import { loadInstructionLabels } from './instruction-labels';
import { loadStanceLabels } from './stance-labels';

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) throw new Error('usage: same-verdicts.ts <folder holding the other tree\'s src/>');
  const there = (await import(pathToFileURL(resolve(other, 'src/core/behaviour/index.ts')).href)) as typeof here;
  const a = here.createDetectors();
  const b = there.createDetectors();
  const rows = [...syntheticOutputs(5000), ...loadRbr(), ...loadXstest('gpt4'), ...loadXstest('mistralinstruct'), ...loadXstest('mistralguard'), ...loadMsts(), ...loadInstructionLabels(), ...loadStanceLabels()];
  let differing = 0;
  for (const r of rows) {
    const mine = JSON.stringify(here.detectAll(r.output, { input: r.input }, a));
    const theirs = JSON.stringify(there.detectAll(r.output, { input: r.input }, b));
    if (mine !== theirs && differing++ < 3) console.log(`differs:\n  this tree: ${mine.slice(0, 600)}\n  ${other}: ${theirs.slice(0, 600)}`);
  }
  console.log(`outputs compared ${rows.length}, differing ${differing}`);
  if (differing > 0) process.exitCode = 1;
}
void main();
