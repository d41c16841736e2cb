import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI_V8_FLAGS } from '../../../src/cliStart';

// v8.setFlagsFromString ignores a name it does not know: a misspelt or retired flag would silently
// stop bounding the CLI's heap (issue 17). Each flag must be one this Node's V8 lists.
test("the CLI starter's V8 flags are flags this Node's V8 knows, each with a value of its type", () => {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 << 20 });
  assert.ok(CLI_V8_FLAGS.length > 0);
  for (const flag of CLI_V8_FLAGS) {
    const [name, value] = flag.split('=');
    assert.match(name!, /^--[a-z0-9-]+$/);
    const at = options.indexOf(`\n  ${name} (`);
    assert.ok(at >= 0, `${name} is not a V8 option of Node ${process.version}`);
    const type = /type: (\w+)/.exec(options.slice(at, at + 400))?.[1];
    if (value !== undefined) assert.ok(type === 'int' || type === 'size_t' || type === 'uint' ? /^\d+$/.test(value) : type !== 'bool', `${flag}: ${type}`);
  }
});
