import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI_V8_FLAGS, FEWER_COMPILES_CALLS, flagsAtStart, flagsForRun, LARGE_RUN_CALLS, RUN_V8_FLAGS, V8_DEFAULTS } from '../../../src/cli/v8Flags';

// v8.setFlagsFromString ignores a name it does not know: a misspelt or retired flag would silently
// stop bounding the CLI's heap (issue 17) or start optimising as before (issue 18). Each flag must be one this Node's V8 lists.
test("the CLI starter's V8 flags are flags this Node's V8 knows, each with a value of its type", () => {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 << 20 });
  assert.ok(CLI_V8_FLAGS.length > 0 && RUN_V8_FLAGS.length > 0);
  for (const flag of [...RUN_V8_FLAGS, ...CLI_V8_FLAGS]) {
    const [name, value] = flag.split('=');
    assert.match(name!, /^--[a-z0-9-]+$/);
    const at = options.indexOf(`\n  ${name} (`);
    assert.ok(at >= 0, `${name} is not a V8 option of Node ${process.version}`);
    const type = /type: (\w+)/.exec(options.slice(at, at + 400))?.[1];
    if (value !== undefined) assert.ok(type === 'int' || type === 'size_t' || type === 'uint' ? /^\d+$/.test(value) : type !== 'bool', `${flag}: ${type}`);
  }
});

// Issue 18: the heap setting costs a small run CPU and saves it nothing; a new `eval` run sets it
// itself from LARGE_RUN_CALLS calls on, every other command (and a resumed run) at start.
test('the heap setting: at start for every command but a new eval run, which sets it from LARGE_RUN_CALLS calls on', () => {
  for (const argv of [['report', 'x'], ['compare', 'a', 'b'], ['monitor', 'log.jsonl'], ['rescore'], [], ['eval', '--resume', 'r1'], ['eval', '--resume=r1']]) {
    assert.equal(flagsAtStart(argv), true, argv.join(' '));
  }
  assert.equal(flagsAtStart(['eval', 'suite.evals.yaml', '--json']), false);
  assert.deepEqual(flagsForRun(LARGE_RUN_CALLS - 1), RUN_V8_FLAGS);
  assert.deepEqual(flagsForRun(LARGE_RUN_CALLS), [...RUN_V8_FLAGS, ...CLI_V8_FLAGS]);
  assert.deepEqual(flagsForRun(100_002), [...RUN_V8_FLAGS, ...CLI_V8_FLAGS]);
});

// Issue 18: fewer optimising compiles save a run of hundreds of calls ≈ 10 % of its CPU; a run of a
// few calls saved little and took longer, so it keeps V8's default, as every other command does.
test('fewer optimising compiles: set by a new eval run from FEWER_COMPILES_CALLS calls on, never at start', () => {
  assert.deepEqual(flagsForRun(9), []);
  assert.deepEqual(flagsForRun(FEWER_COMPILES_CALLS - 1), []);
  assert.deepEqual(flagsForRun(FEWER_COMPILES_CALLS), RUN_V8_FLAGS);
  assert.deepEqual(flagsForRun(999), RUN_V8_FLAGS);
  assert.ok(RUN_V8_FLAGS.every((f) => !CLI_V8_FLAGS.includes(f)));
});

// The flags a run sets after start are put back at exit, before the code cache is written (V8 takes a
// cache only under the flags it was written under): to V8's own defaults, which must be this Node's.
test('V8_DEFAULTS are the defaults this Node\'s V8 lists, for every flag a run may set after start', () => {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 << 20 });
  for (const flag of [...RUN_V8_FLAGS, ...CLI_V8_FLAGS]) {
    const name = flag.split('=')[0]!;
    const at = options.indexOf(`\n  ${name} (`);
    assert.ok(at >= 0, name);
    const listed = new RegExp(`default: ${name}=(\\S+)`).exec(options.slice(at, at + 400))?.[1];
    assert.equal(V8_DEFAULTS[name], listed, `${name}: V8_DEFAULTS says ${V8_DEFAULTS[name]}, V8 lists ${listed}`);
  }
});
