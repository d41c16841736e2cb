// Huge, binary, non-UTF-8 and never-ending inputs: `check`, `compare`, `eval` and `snapshot` each
// exit 2 with a message naming the file, quickly and without loading a 100 MB file into memory
// (`compare` streams, so size alone is no reason to refuse: the sparse file is refused as binary).
// The 100 MB files are sparse (no disk space used) and deleted afterwards.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Glossary } from '../../../src/core/glossary';
import { cli, makeWorkspace, type Workspace } from './helpers';

const HUNDRED_MB = 100 * 1024 * 1024;
const LATIN1 = (text: string) => Buffer.from(text, 'latin1');

let ws: Workspace;
const rel = (file: string) => path.relative(ws.root, file);

/** Puts `content` at `file` for the duration of `fn`, restoring what was there. */
async function withFile<T>(file: string, content: Buffer | 'sparse-100MB' | 'fifo', fn: () => Promise<T>): Promise<T> {
  const saved = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  fs.rmSync(file, { force: true });
  if (content === 'sparse-100MB') {
    fs.writeFileSync(file, '');
    fs.truncateSync(file, HUNDRED_MB);
  } else if (content === 'fifo') {
    execFileSync('mkfifo', [file]);
  } else fs.writeFileSync(file, content);
  try {
    return await fn();
  } finally {
    fs.rmSync(file, { force: true });
    if (saved) fs.writeFileSync(file, saved);
  }
}

before(() => {
  ws = makeWorkspace('huge', '  type: replay\n  file: recorded.jsonl');
  fs.writeFileSync(path.join(ws.root, 'recorded.jsonl'), '{"id":"angry-refund","promptSha256":"00000000","output":"x"}\n');
  fs.writeFileSync(path.join(ws.root, 'a.jsonl'), '{"id":"c1","output":"fine"}\n');
  fs.writeFileSync(path.join(ws.root, 'b.jsonl'), '{"id":"c1","output":"fine too"}\n');
});
after(() => fs.rmSync(ws.root, { recursive: true, force: true }));

const EVAL = ['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working'];

interface Case {
  command: string;
  argv: string[];
  /** the file replaced by the bad content, relative to the workspace */
  file: string;
  content: Buffer | 'sparse-100MB' | 'fifo';
  says: RegExp;
}

const kinds: { name: string; content: Case['content']; says: RegExp }[] = [
  { name: '100 MB', content: 'sparse-100MB', says: /is 100\.0 MB; (files over|suites and prompts over|prompt files are limited)/ },
  { name: 'NUL bytes', content: Buffer.from('prompt: a\u0000b\n'), says: /binary|NUL|not valid JSON/ },
  { name: 'Latin-1', content: LATIN1('{"id": "caf\xe9", "input": "r\xe9sum\xe9", "output": "r\xe9sum\xe9"}\n'), says: /not UTF-8/ },
  { name: 'a named pipe', content: 'fifo', says: /not a regular file|: not a file/ },
];

const targets: { command: string; argv: string[]; file: string }[] = [
  { command: 'check', argv: ['check', 'support.evals.yaml'], file: 'support.evals.yaml' },
  { command: 'check', argv: ['check', 'prompts/support.prompt.md'], file: 'prompts/support.prompt.md' },
  { command: 'check', argv: ['check', 'support.evals.yaml'], file: 'cases.jsonl' },
  { command: 'compare', argv: ['compare', 'a.jsonl', 'b.jsonl'], file: 'a.jsonl' },
  { command: 'eval', argv: EVAL, file: 'support.evals.yaml' },
  { command: 'eval', argv: EVAL, file: 'prompts/support.prompt.md' },
  { command: 'eval', argv: ['eval', 'support.evals.yaml'], file: 'prompts/support.prompt.md' },
  { command: 'eval', argv: EVAL, file: 'cases.jsonl' },
  { command: 'eval', argv: EVAL, file: 'recorded.jsonl' },
  { command: 'snapshot', argv: ['snapshot', 'prompts/support.prompt.md'], file: 'prompts/support.prompt.md' },
];

describe('every command refuses huge, binary, non-UTF-8 and pipe inputs with exit 2 naming the file', () => {
  for (const t of targets) {
    for (const k of kinds) {
      test(`${t.argv.join(' ')} with ${k.name} in ${t.file}`, { timeout: 10_000 }, async () => {
        const file = path.join(ws.root, t.file);
        await withFile(file, k.content, async () => {
          const peakBefore = process.resourceUsage().maxRSS;
          const started = Date.now();
          const { code, io } = await cli(t.argv, ws.root);
          const ms = Date.now() - started;
          const message = io.err.join('');
          assert.equal(code, 2, `${message}${io.out.join('')}`);
          assert.ok(message.includes(path.basename(t.file)), `names the file: ${message}`);
          assert.doesNotMatch(message, /\n\s+at /, 'no stack trace');
          // NUL bytes inside JSON are a JSON syntax error at a line: that is a clear message too.
          // `compare` streams its logs (no size cap, issue 19): a sparse 100 MB file is refused for
          // its NUL bytes in the first chunk, without reading on.
          assert.match(message, t.command === 'compare' && k.content === 'sparse-100MB' ? /binary file \(it contains NUL bytes/ : k.says);
          assert.ok(ms < 3000, `took ${ms} ms`);
          const grewMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
          assert.ok(grewMb < 50, `peak memory grew by ${grewMb.toFixed(0)} MB: the file was read to be refused`);
        });
      });
    }
  }
});

test('the user glossary: 100 MB, binary, Latin-1 or a pipe give a diagnostic naming the file; built-in terms keep working', async () => {
  const file = path.join(ws.root, '.promptshift', 'glossary.yaml');
  for (const k of kinds) {
    await withFile(file, k.content, async () => {
      const started = Date.now();
      const { glossary, diagnostics } = await Glossary.load(ws.root);
      assert.ok(Date.now() - started < 3000);
      assert.equal(diagnostics.length, 1, k.name);
      assert.equal(diagnostics[0]!.file, file);
      assert.match(diagnostics[0]!.message, k.name === 'NUL bytes' ? /binary/ : k.says);
      assert.ok(glossary.get('mesa-optimization'), 'built-in terms still load');
    });
  }
  assert.ok(rel(file));
});
