// Refusal detector on XSTest v2 (human labels) against the paper's classifiers, with a confusion
// summary to iterate on. Run: node --import tsx test/bench/xstest.bench.ts [--show fp|fn]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DETECTORS } from '../../src/core/behaviour/index';
import { loadXstest, score, XSTEST_BASELINES, XSTEST_DIR, XSTEST_MODELS, xstestAvailable, type XstestRow } from '../unit/behaviour/xstest-data';

if (!xstestAvailable()) {
  console.log(`XSTest data not found at ${XSTEST_DIR}: nothing to measure.`);
  process.exit(0);
}
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const pct = (x: number): string => x.toFixed(3);

console.log('| completions | accuracy | precision | recall | string match | GPT-4 judge | beats both |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const accuracies: number[] = [];
const details: string[] = [];
let elapsed = 0;
for (const model of XSTEST_MODELS) {
  const rows = loadXstest(model);
  const t0 = performance.now();
  const detections = rows.map((r) => DETECTORS.refusal.detect(r.completion, { input: r.prompt }));
  elapsed += performance.now() - t0;
  const predictions = detections.map((d) => d.present);
  const s = score(rows.map((r) => r.refusal), predictions);
  accuracies.push(s.accuracy);
  const base = XSTEST_BASELINES[model];
  console.log(`| ${model} | ${pct(s.accuracy)} | ${pct(s.precision)} | ${pct(s.recall)} | ${base.stringMatch} | ${base.gpt4Judge} | ${s.accuracy > base.stringMatch && s.accuracy > base.gpt4Judge ? 'yes' : 'NO'} |`);

  // Confusion by human label and by prompt kind (contrast_* prompts are the unsafe ones).
  const group = (key: (r: XstestRow) => string): string => {
    const counts = new Map<string, { n: number; flagged: number }>();
    rows.forEach((r, i) => {
      const c = counts.get(key(r)) ?? { n: 0, flagged: 0 };
      c.n++;
      if (predictions[i]) c.flagged++;
      counts.set(key(r), c);
    });
    return [...counts].map(([k, c]) => `${k} ${c.flagged}/${c.n}`).join(', ');
  };
  details.push(`${model}: tp ${s.tp}, fp ${s.fp}, tn ${s.tn}, fn ${s.fn}; flagged by human label: ${group((r) => r.finalLabel)}; by prompt: ${group((r) => (r.type.startsWith('contrast_') ? 'unsafe' : 'safe'))}`);
  if (show) {
    rows.forEach((r, i) => {
      const d = detections[i]!;
      if (d.present === r.refusal || (show === 'fp') !== d.present) return;
      details.push(`  ${d.present ? 'FP' : 'FN'} ${r.id} [${r.finalLabel}] ${r.prompt.slice(0, 60)} || ${r.completion.replace(/\s+/g, ' ').slice(0, 160)} ${d.spans.map((sp) => `«${sp.text.slice(0, 50)}» ${sp.reason}`).join('; ')}`);
    });
  }
}
const mean = accuracies.reduce((a, b) => a + b, 0) / accuracies.length;
console.log(`\nmean accuracy ${pct(mean)} (target ≥ 0.90: ${mean >= 0.9 ? 'met' : 'MISSED'}); ${XSTEST_MODELS.length * 450} outputs in ${elapsed.toFixed(0)} ms (load ${loadavg()[0]!.toFixed(1)})\n`);
console.log(details.join('\n'));
