// Figures for BENCHMARKS.md "Real prompt files": the share of the corpus (test/fixtures/corpus/)
// that PromptShift renders as each format's own tool does, per split (dev / held-out, fixed before
// any figure was taken), and every item that is not right with why.
//   node --import tsx test/bench/corpus.bench.ts
import { promptfooResults, promptyFileResults, promptyVectorResults, share, vscodeResults, type ItemResult } from '../corpus/corpus';

(async () => {
  const groups: [string, ItemResult[]][] = [
    ['promptfoo configs without custom code (every case as promptfoo renders it)', (await promptfooResults()).filter((i) => !i.customCode)],
    ['VS Code .prompt.md / .instructions.md / .chatmode.md / .agent.md (as documented)', vscodeResults()],
    ['Prompty sample files (rendered with their own inputs)', promptyFileResults()],
    ["Prompty's parse and Jinja render vectors", promptyVectorResults()],
  ];
  console.log('| corpus | dev | held-out | all |\n| --- | --- | --- | --- |');
  for (const [name, items] of groups) {
    const cell = (xs: ItemResult[]) => {
      const s = share(xs);
      return `${s.right}/${s.total} (${s.percent} %)`;
    };
    console.log(`| ${name} | ${cell(items.filter((i) => i.split === 'dev'))} | ${cell(items.filter((i) => i.split === 'held-out'))} | ${cell(items)} |`);
  }
  console.log('\nNot right:');
  for (const [, items] of groups) for (const i of items.filter((x) => !x.right)) console.log(`- ${i.kind} ${i.name} (${i.split}): ${(i.detail ?? i.refusals[0] ?? '').slice(0, 160)}`);
})();
