// Every subcommand answers --help (exit 0, help on stdout, nothing on stderr); the top-level help
// lists every option of every command; each option the help names is one the command accepts;
// the bash and zsh completion scripts complete commands, options and option values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { COMMANDS } from '../../../src/cli/help';
import { bashCompletion, zshCompletion } from '../../../src/cli/completion';
import { captureIO } from '../report/cli-io';

const run = async (argv: string[]) => {
  const io = captureIO(mkdtempSync(join(tmpdir(), 'ps-help-')));
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
};

test('promptshift COMMAND --help and -h: exit 0, the usage and every option on stdout, nothing on stderr', async () => {
  for (const c of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await run([c.name, flag]);
      assert.equal(code, 0, `${c.name} ${flag}: ${err}`);
      assert.equal(err, '', `${c.name} ${flag} wrote to stderr`);
      assert.match(out, new RegExp(`^usage: promptshift ${c.name} `));
      for (const [option] of c.options) assert.ok(out.includes(option), `${c.name} --help lacks ${option}`);
    }
  }
  // --help wins over arguments that would otherwise be an error
  assert.equal((await run(['eval', 'missing.yaml', '--bogus', '--help'])).code, 0);
});

test('the top-level help lists every command and option, --resume and --no-judge included', async () => {
  const { code, out } = await run(['--help']);
  assert.equal(code, 0);
  for (const c of COMMANDS) {
    assert.ok(out.includes(`promptshift ${c.name} `), c.name);
    for (const [option] of c.options) assert.ok(out.includes(`[${option}]`), `${c.name} ${option}`);
  }
  assert.match(out, /\[--resume RUN-ID\]/);
  assert.match(out, /\[--no-judge\]/);
});

test('each option the help names is one the command accepts (no "Unknown option")', async () => {
  for (const c of COMMANDS) {
    for (const [option] of c.options) {
      const [flag, value] = option.split(' ');
      const argv = [c.name, flag!, ...(value ? ['x'] : [])];
      const { err } = await run(argv);
      assert.doesNotMatch(err, /Unknown option|unknown option/i, `${argv.join(' ')}: ${err}`);
    }
  }
});

test('bash completion: commands, a command\'s options, --format values, file arguments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-comp-'));
  writeFileSync(join(dir, 'support.evals.yaml'), 'x');
  const script = join(dir, 'promptshift.bash');
  writeFileSync(script, bashCompletion());
  const complete = (...words: string[]) =>
    execFileSync('bash', ['-c', `source "${script}"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _promptshift; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' })
      .split('\n').filter(Boolean);
  assert.deepEqual(complete('promptshift', 'ev'), ['eval']);
  assert.deepEqual(complete('promptshift', 'co'), ['compare', 'completion']);
  assert.ok(complete('promptshift', 'eval', '--no-').includes('--no-judge'));
  assert.ok(complete('promptshift', 'eval', '--').includes('--provider'));
  assert.deepEqual(complete('promptshift', 'report', 'r1', '--format', 'j').sort(), ['json', 'junit']);
  assert.deepEqual(complete('promptshift', 'check', 'supp'), ['support.evals.yaml']);
  assert.deepEqual(complete('promptshift', 'completion', ''), ['bash', 'zsh']);
  assert.deepEqual(complete('promptshift', 'eval', '--samples', ''), []);
});

const hasZsh = spawnSync('zsh', ['--version']).status === 0;
test('zsh completion: valid zsh, every command and option described', { skip: hasZsh ? false : 'zsh is not installed (apt-get install zsh)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-zcomp-'));
  const script = join(dir, '_promptshift');
  writeFileSync(script, zshCompletion());
  const check = spawnSync('zsh', ['-n', script], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  // loaded under compinit, the function is defined and registered for promptshift
  const loaded = spawnSync('zsh', ['-f', '-c', `autoload -U compinit; compinit -u -D; source "${script}"; print -r -- \${_comps[promptshift]}`], { encoding: 'utf8' });
  assert.equal(loaded.stdout.trim(), '_promptshift', loaded.stderr);
  const text = zshCompletion();
  for (const c of COMMANDS) {
    assert.ok(text.includes(`'${c.name}:`), c.name);
    for (const [option] of c.options) assert.ok(text.includes(`'${option.split(' ')[0]}[`), `${c.name} ${option}`);
  }
});

test('promptshift completion with no or an unknown shell is bad usage', async () => {
  assert.equal((await run(['completion'])).code, 2);
  assert.equal((await run(['completion', 'fish'])).code, 2);
  assert.match((await run(['completion', 'bash'])).out, /complete -o default -o filenames -F _promptshift promptshift/);
});
