// Check: every English rule set searched the way the detectors search (without the i flag, on the output
// folded to lower case: match.ts) finds exactly what the case-insensitive regex finds, on every labelled
// real output and its input in ../shared/data. Not a timed test: it reads ≈ 6,000 texts with 74 rule sets
// twice. The unit test case-fold.test.ts does the same on the project's fixtures in every case.
//   node --import tsx test/bench/detectors-case-fold.bench.ts
import { RuleSet } from '../../src/core/behaviour/match';
import { EN } from '../../src/core/behaviour/phrases/en';
import { ruleLists } from '../unit/behaviour/rule-lists';
import { loadAllSets, missingDataFile } from './validation/data';

const missing = missingDataFile();
if (missing) throw new Error(`labelled data not found: ${missing}`);
const texts = [...new Set(loadAllSets().flatMap((r) => [r.output, r.input]))];
const lists = ruleLists(EN);
let searches = 0;
let matches = 0;
const differing: string[] = [];
for (const rules of lists) {
  const folded = new RuleSet(rules);
  const caseless = new RuleSet(rules, { caseFolding: false });
  if (!folded.folds) differing.push(`rule set "${rules[0]!.reason}" does not fold`);
  for (const text of texts) {
    const found = folded.matches(text);
    searches++;
    matches += found.length;
    if (JSON.stringify(found) !== JSON.stringify(caseless.matches(text))) differing.push(`rule set "${rules[0]!.reason}" on a text of ${text.length} characters`);
  }
}
console.log(`${lists.length} rule sets × ${texts.length} texts = ${searches} searches, ${matches} matches; ${differing.length} differ`);
for (const line of differing.slice(0, 20)) console.log(`  ${line}`);
if (differing.length) process.exitCode = 1;
