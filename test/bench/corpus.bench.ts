// Figures for BENCHMARKS.md "Real prompt files": the share of the corpus (test/fixtures/corpus/)
// that PromptShift renders as each format's own tool does, per split (dev / held-out, fixed before
// any figure was taken), and every item that is not right with why.
//   node --import tsx test/bench/corpus.bench.ts
import { promptfooResults, promptyFileResults, promptyVectorResults, share, vscodeResults, type ItemResult } from '../corpus/corpus';

(async () => {
  const pf = await promptfooResults();
  console.log(`promptfoo configs: ${pf.length} (custom code: ${pf.filter((i) => i.customCode).length}; promptfoo itself could not render offline: ${pf.filter((i) => i.promptfooError !== undefined).length})`);
  const groups: [string, ItemResult[]][] = [
    ['promptfoo configs without custom code (every case as promptfoo renders it)', pf.filter((i) => !i.customCode && i.promptfooError === undefined)],
    ['promptfoo configs without custom code that promptfoo itself cannot render offline (right = refused at file:line)', pf.filter((i) => !i.customCode && i.promptfooError !== undefined).map((i) => ({ ...i, right: i.refusals.length > 0 && i.refusals.every((r) => /^\/.+:\d+:\d+: /.test(r)) }))],
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
  // While fixing, look at dev failures only (CORPUS_SHOW=dev): the held-out part stays unseen.
  const show = process.env['CORPUS_SHOW'] ?? 'all';
  console.log(`\nNot right (${show}):`);
  for (const [, items] of groups) {
    for (const i of items.filter((x) => !x.right && (show === 'all' || x.split === show))) console.log(`- ${i.kind} ${i.name} (${i.split}): ${(i.detail ?? i.refusals[0] ?? '').slice(0, 160)}`);
  }
})();
