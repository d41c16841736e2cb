// `promptshift` in its own process, for the kill-and-resume test of explain:
//   node --import tsx test/fakes/explain-child.ts <cwd> <promptshift args…>
import { main } from '../../src/cli';

const [cwd, ...args] = process.argv.slice(2);
if (!cwd) throw new Error('usage: explain-child.ts <cwd> <args…>');
void main(args, { cwd, env: process.env, stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), signal: new AbortController().signal }).then((code) => {
  process.exitCode = code;
});
