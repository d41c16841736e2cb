// Benchmark: where the detectors' time goes, rule set by rule set. For each phrase rule set (RuleSet in
// core/behaviour/match.ts) that detectAll reaches over 10,000 synthetic ~1 KB outputs: its compile (the
// first run of its regex, in a fresh process: what a run's warm-up pays, issue 18), the time of its
// searches over the outputs (what every output pays, issue 11's speed line), how many searches and how
// many characters they read, and its source's length (V8 stops optimising a regex past 20,000).
// Timed by wrapping RuleSet's methods, so the figures carry that wrapper's cost (≈ 1 µs a search);
// compare rows with each other, and totals with detectors.bench.ts.
//   node --import tsx test/bench/detectors-rule-sets.bench.ts [--top 25]
import { performance } from 'node:perf_hooks';
import { detectAll } from '../../src/core/behaviour/index';
import { RuleSet } from '../../src/core/behaviour/match';
import { syntheticOutputs } from './synthetic-outputs';

const topAt = process.argv.indexOf('--top');
const TOP = topAt >= 0 ? Number(process.argv[topAt + 1]) : 25;

interface Cost {
  compileMs: number;
  searchMs: number;
  searches: number;
  chars: number;
}
const costs = new Map<RuleSet, Cost>();
const costOf = (set: RuleSet): Cost => costs.get(set) ?? costs.set(set, { compileMs: 0, searchMs: 0, searches: 0, chars: 0 }).get(set)!;

// the two methods every search goes through (findAll and first call matches); a set's first search is
// preceded by its warmUp, a run of its regex on a blank, so that run's time is its compile
type Search = 'matches' | 'test';
const proto = RuleSet.prototype as unknown as Record<Search, (this: RuleSet, ...args: unknown[]) => unknown>;
const compiled = new Set<RuleSet>();
for (const name of ['matches', 'test'] as const) {
  const search = proto[name];
  proto[name] = function (this: RuleSet, ...args: unknown[]) {
    const cost = costOf(this);
    if (!compiled.has(this)) {
      compiled.add(this);
      const t0 = performance.now();
      this.warmUp();
      cost.compileMs += performance.now() - t0;
    }
    const text = args[0] as string;
    const from = (args[1] as number | undefined) ?? 0;
    const to = Math.min((args[2] as number | undefined) ?? text.length, text.length);
    const t0 = performance.now();
    const result = search.apply(this, args);
    cost.searchMs += performance.now() - t0;
    cost.searches++;
    cost.chars += Math.max(0, to - from);
    return result;
  };
}

const cases = syntheticOutputs(10_000);
const t0 = performance.now();
for (const c of cases) detectAll(c.output, { input: c.input });
const wall = performance.now() - t0;
const rows = [...costs].sort((a, b) => b[1].searchMs + b[1].compileMs - (a[1].searchMs + a[1].compileMs));
const sum = (f: (c: Cost) => number) => rows.reduce((n, [, c]) => n + f(c), 0);
console.log(`detectAll over ${cases.length} outputs: ${wall.toFixed(0)} ms wall (wrapped), of it ${sum((c) => c.compileMs).toFixed(0)} ms compiling and ${sum((c) => c.searchMs).toFixed(0)} ms searching in ${rows.length} rule sets`);
console.log('compile ms  search ms   searches  chars read  source  rules  first rule');
for (const [set, c] of rows.slice(0, TOP)) {
  console.log(
    `${c.compileMs.toFixed(1).padStart(10)} ${c.searchMs.toFixed(0).padStart(10)} ${String(c.searches).padStart(10)} ${(c.chars / 1e6).toFixed(1).padStart(9)}M ${String(set.sourceLength).padStart(7)} ${String(set.rules.length).padStart(6)}  ${set.rules[0]?.reason ?? ''}`,
  );
}
