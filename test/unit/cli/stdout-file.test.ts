// The real CLI's standard output (src/cli.ts, as a process): to a file it is written with
// fs.writeSync (no Buffer made per piece, issue 17), to a pipe through Node's stream; both give the
// same bytes, a large print included, and the inert-text filter applies either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('src/cli.ts');

// run from the repository, where tsx resolves; files are given as absolute paths
function run(args: string[], stdout: 'pipe' | string): { out: string; status: number | null } {
  const fd = stdout === 'pipe' ? undefined : openSync(stdout, 'w');
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', fd ?? 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { out: fd === undefined ? r.stdout : readFileSync(stdout, 'utf8'), status: r.status };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

test('standard output to a file holds what a pipe receives: a help text, and a report several 64 KB pieces long', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-stdout-'));
  // two logs whose compare report is several 64 KB pieces long, with multi-byte text
  for (const [file, extra] of [['before.jsonl', ''], ['after.jsonl', ' I cannot help with that.']] as const) {
    const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `case-${i}`, input: `Frage ${i}: é€😀?`, output: `Antwort ${i}: ${'Grüße 😀 '.repeat(30)}${extra}` }));
    writeFileSync(join(dir, file), lines.join('\n') + '\n');
  }
  for (const args of [['eval', '--help'], ['compare', join(dir, 'before.jsonl'), join(dir, 'after.jsonl'), '--json']]) {
    const piped = run(args, 'pipe');
    const filed = run(args, join(dir, 'out.txt'));
    assert.ok(piped.status === 0 || piped.status === 1, `exit ${piped.status}`);
    assert.equal(filed.status, piped.status);
    assert.ok(piped.out.length > 0);
    if (args[0] === 'compare') assert.ok(Buffer.byteLength(piped.out) > 3 * 65536, `${Buffer.byteLength(piped.out)} bytes`);
    // (a compare report carries the time it was made)
    const timeless = (text: string) => text.replace(/"createdAt": "[^"]*"/g, '"createdAt": ""');
    assert.equal(timeless(filed.out), timeless(piped.out), args.join(' '));
  }
  // /dev/null: a character device that is not a terminal, written as a file
  const devNull = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'eval', '--help'], { stdio: ['ignore', 'ignore', 'pipe'] });
  assert.equal(devNull.status, 0);
});
