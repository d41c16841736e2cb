// One real `promptshift eval` in this process against the fake model server (no latency), for
// benchmarks that need a run on disk to read: a workspace with one prompt and `cases` cases × 3
// samples × A, A′, B (both versions the working copy), every answer `answer`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli';
import type { CliIO } from '../../src/cli/common';
import { startFakeModelServer } from '../fakes/model-server';

/** The workspace (a temp folder; the caller removes it) and its suite's path. */
export async function realRun(options: { prefix: string; cases: number; answer: string; concurrency: number }): Promise<{ ws: string; suite: string }> {
  const server = await startFakeModelServer({ latencyMs: 0, respond: () => options.answer });
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix));
  fs.mkdirSync(path.join(ws, '.git'));
  fs.writeFileSync(path.join(ws, 'p.prompt.md'), 'You are the support assistant.\n');
  fs.writeFileSync(path.join(ws, 'cases.jsonl'), Array.from({ length: options.cases }, (_, i) => JSON.stringify({ id: `case-${i}`, input: `Question ${i}: why is my bill higher this month?` })).join('\n') + '\n');
  const suite = path.join(ws, 's.evals.yaml');
  fs.writeFileSync(suite, `prompt: p.prompt.md\nprovider: { type: openai, model: gpt-4o-mini, baseUrl: ${server.url}/v1 }\nsamples: 3\nconcurrency: ${options.concurrency}\ncases:\n  - file: cases.jsonl\n`);
  const io: CliIO = { cwd: ws, env: {}, stdout: () => undefined, stderr: () => undefined, signal: new AbortController().signal };
  const code = await main(['eval', 's.evals.yaml', '--a', 'working', '--b', 'working', '--no-cache'], io);
  await server.close();
  if (code !== 0 && code !== 1) throw new Error(`eval exited ${code}`);
  return { ws, suite };
}
