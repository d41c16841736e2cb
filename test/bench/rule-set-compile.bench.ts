// Benchmark (not a test): what compiling the English rule sets costs a process, with the empty
// lookaheads withCompileBreaks puts into their sources (src/core/behaviour/match.ts) and without
// them, and how fast each scans. Each measurement runs in a fresh process, the two kinds in turn:
// V8 keeps compiled regexes per source and stops compiling to machine code once a process has
// generated about a megabyte of it, so two sets of sources in one process would not compare fairly.
//   node --import tsx test/bench/rule-set-compile.bench.ts [--rounds 7]
// Per process: the CPU of compiling every alternation a plain answer reaches (as scoring's warm-up
// does, each on the text the product folds it for), then of scanning 2,000 synthetic ~1 KB outputs
// with each of them.
import { spawnSync } from 'node:child_process';
import { BEHAVIOURS, createDetectors } from '../../src/core/behaviour';
import { foldedSource, RuleSet } from '../../src/core/behaviour/match';
import { syntheticOutputs } from './synthetic-outputs';

const BREAK = '(?=)';
type Kind = 'with breaks' | 'without';
const KINDS: Kind[] = ['with breaks', 'without'];

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** In a child: compile and scan, print one JSON line. */
function child(kind: Kind): void {
  const detectors = createDetectors();
  const cold = RuleSet.reachedBy(() => {
    for (const b of BEHAVIOURS) detectors[b].detect('Thank you for your question. Your bill is higher this month.', { input: 'Why is my bill higher?' });
  });
  const sources = cold.flatMap((set) => set.sources).map((s) => (kind === 'without' ? s.replaceAll(BREAK, '') : s));
  const outputs = syntheticOutputs(2_000).map((o) => o.output);
  const folded = outputs.map((o) => o.toLowerCase());
  const t0 = process.cpuUsage();
  const regexes = sources.map((s) => {
    const f = foldedSource(s);
    const regex = f === undefined ? new RegExp(s, 'gi') : new RegExp(f, 'g');
    regex.test(' '.repeat(1000)); // compiled to machine code now, as RuleSet's warm-up does
    return { regex, folds: f !== undefined };
  });
  const compileMs = cpuMs(t0);
  const t1 = process.cpuUsage();
  let matches = 0;
  for (const { regex, folds } of regexes) {
    for (const text of folds ? folded : outputs) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        matches++;
        if (m[0].length === 0) regex.lastIndex++;
      }
    }
  }
  console.log(JSON.stringify({ compileMs, scanMs: cpuMs(t1), alternations: sources.length, characters: sources.join('').length, matches }));
}

function main(): void {
  const at = process.argv.indexOf('--rounds');
  const rounds = at >= 0 ? Number(process.argv[at + 1]) : 7;
  const results = new Map<Kind, { compileMs: number; scanMs: number; alternations: number; characters: number; matches: number }[]>(KINDS.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const kind of KINDS) {
      const run = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', kind], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`child (${kind}) exited ${run.status}: ${run.stderr}`);
      results.get(kind)!.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!));
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const kind of KINDS) {
    const rs = results.get(kind)!;
    const r = rs[0]!;
    console.log(
      `${kind.padEnd(11)}: compile ${median(rs.map((x) => x.compileMs)).toFixed(0)} ms CPU (${Math.min(...rs.map((x) => x.compileMs)).toFixed(0)}–${Math.max(...rs.map((x) => x.compileMs)).toFixed(0)}), ` +
        `scan of 2,000 outputs ${median(rs.map((x) => x.scanMs)).toFixed(0)} ms; ${r.alternations} alternations, ${r.characters.toLocaleString('en')} characters, ${r.matches} matches`,
    );
  }
  const [a, b] = KINDS.map((k) => results.get(k)!);
  if (a![0]!.matches !== b![0]!.matches) console.log('the two kinds found different numbers of matches');
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) child(process.argv[childAt + 1] as Kind);
else main();
