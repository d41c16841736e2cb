// What the whole-process benchmarks share (cli-process, large-run, run-live-parts): their command
// line numbers, the bench workspace (one prompt, a suite of N cases against the fake server), a
// child Node process timed under /usr/bin/time, the bare client's request bodies rebuilt from a
// run's plan, and the figures' formatting.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/** `--NAME N` from the command line, or `fallback`. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

export const PROMPT_FILE = 'prompts/bench.prompt.md';

/** A workspace (a `.git` folder marks its root; no git needed) holding the bench's prompt. */
export function makeBenchWorkspace(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'prompts'));
  writeFileSync(join(dir, PROMPT_FILE), 'You are the support assistant for Northwind Telecom, talking with {{customer_name}}.\nAnswer clearly and kindly, in a few short paragraphs.\n');
  return dir;
}

/** Writes `<name>.jsonl` with `count` cases and `<name>.evals.yaml` running them against `baseUrl`; answers the suite's path. */
export function writeBenchSuite(dir: string, name: string, count: number, baseUrl: string, samples: number): string {
  let cases = '';
  for (let i = 0; i < count; i++) cases += JSON.stringify({ id: `case-${i}`, input: `Question number ${i}: why is my bill higher this month than last month?`, vars: { customer_name: `Customer ${i}` } }) + '\n';
  writeFileSync(join(dir, `${name}.jsonl`), cases);
  const suite = join(dir, `${name}.evals.yaml`);
  writeFileSync(suite, `prompt: ${PROMPT_FILE}\nprovider:\n  type: openai\n  model: gpt-4o-mini\n  baseUrl: ${baseUrl}\nsamples: ${samples}\nbaseline: true\ncases:\n  - file: ${name}.jsonl\n`);
  return suite;
}

export interface Timed {
  wallS: number;
  cpuS: number;
  rssMb: number;
}

/**
 * Runs `node ARGS` under /usr/bin/time: wall from spawn to exit, CPU (user + sys) and peak RSS of
 * the child. An exit code outside `okExits` is an error carrying the end of its stderr.
 */
export function timedNode(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; okExits?: readonly number[] } = {}): Promise<Timed> {
  const okExits = options.okExits ?? [0];
  const timeFile = join(tmpdir(), `ps-bench-time-${process.pid}.txt`);
  const t0 = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, process.execPath, ...args], { cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      const wallS = (performance.now() - t0) / 1000;
      if (code === null || !okExits.includes(code)) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      const [user, sys, rssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      rmSync(timeFile, { force: true });
      resolvePromise({ wallS, cpuS: user! + sys!, rssMb: rssKb! / 1024 });
    });
  });
}

/** The request bodies a run sent, one per line, rebuilt from its plan.jsonl (what openai.ts puts on the wire). */
export function bareBodies(planFile: string): string {
  return readFileSync(planFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const { request } = JSON.parse(l) as { request: { model: string; messages: unknown; temperature?: number; maxTokens?: number; seed?: number } };
      const body: Record<string, unknown> = { model: request.model, messages: request.messages };
      if (request.temperature !== undefined) body.temperature = request.temperature;
      if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
      if (request.seed !== undefined) body.seed = request.seed;
      return JSON.stringify(body);
    })
    .join('\n');
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const fmt = (x: number, d = 2): string => x.toFixed(d);
export const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
