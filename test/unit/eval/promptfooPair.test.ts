// A promptfoo config with two prompts is an A/B pair (CONTRACTS §2, docs/TEMPLATES.md): the
// second prompt is B and A′ repeats the first. Two prompt files, and one `.txt` file of prompts
// separated by `---` lines, through the suite loader and `promptshift eval` against the fake
// OpenAI-compatible server, counting what each arm sent; a resumed run reads B from the same file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { loadSuite } from '../../../src/core/suite/load';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = { OPENAI_API_KEY: 'sk-test' };
  const io: CliIO = { cwd, env, stdout: (t) => (out += t), stderr: (t) => (err += t), signal: new AbortController().signal };
  return { code: await main(args, io), out, err };
}

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-pf-pair-'));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const config = (server: FakeModelServer, prompts: string) =>
  `prompts:\n${prompts}\nproviders:\n  - id: openai:chat:fake-model-1\n    config: { apiBaseUrl: "${server.url}/v1" }\n` +
  `tests:\n  - description: roaming\n    vars: { question: "Does roaming work in Spain?" }\n  - description: upgrade\n    vars: { question: "Can I upgrade early?" }\n`;

/** The chat messages of every request the server saw, as JSON text. */
const sent = (server: FakeModelServer) => server.log.map((l) => JSON.stringify((l.body as { messages?: unknown }).messages));

test('two prompt files: the first is A (and A′), the second — a JSON chat — is B; a resumed run reads B from it again', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, keepBodies: true });
  try {
    const ws = workspace({
      'v1.txt': 'Answer the customer: {{question}}',
      'v2.json': JSON.stringify([
        { role: 'system', content: 'Be brief and confident.' },
        { role: 'user', content: 'Customer asks: {{question}}' },
      ]),
    });
    fs.writeFileSync(path.join(ws, 'promptfooconfig.yaml'), config(server, '  - file://v1.txt\n  - file://v2.json'));

    const { suite, errors } = await loadSuite(path.join(ws, 'promptfooconfig.yaml'));
    assert.ok(suite, JSON.stringify(errors));
    assert.equal(suite.prompt.path, path.join(ws, 'v1.txt'));
    assert.equal(suite.alternatePrompt?.path, path.join(ws, 'v2.json'));

    // check names both, and the samples eval would take (the default: the config does not say)
    const checked = await run(['check', 'promptfooconfig.yaml'], ws);
    assert.equal(checked.code, 0, checked.err);
    assert.match(checked.out, /^promptfooconfig\.yaml: 2 cases, prompt v1\.txt, openai fake-model-1, 3 samples per version\nsecond prompt \(default B\): v2\.json\n/);

    const r = await run(['eval', 'promptfooconfig.yaml', '--json', '--samples', '1', '--no-cache'], ws);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const report = JSON.parse(r.out);
    assert.equal(report.a.label, 'prompts[0]: v1.txt');
    assert.equal(report.b.label, 'prompts[1]: v2.json');
    assert.notEqual(report.a.promptSha256, report.b.promptSha256);
    const bodies = sent(server);
    const count = (text: string) => bodies.filter((b) => b.includes(text)).length;
    // 2 cases × 1 sample × {A, A′, B}
    assert.equal(bodies.length, 6);
    assert.equal(count('"Answer the customer: Does roaming work in Spain?"'), 2, 'A and A′ send the first prompt');
    assert.equal(count('"Answer the customer: Can I upgrade early?"'), 2);
    assert.equal(count('{"role":"system","content":"Be brief and confident."},{"role":"user","content":"Customer asks: Does roaming work in Spain?"}'), 1, 'B is the second prompt, read as the chat it describes');
    assert.equal(count('Customer asks: Can I upgrade early?'), 1);
    // The second file's working copy is recorded as its own version, not as one of the first file's.
    const hist2 = await run(['history', 'v2.json', '--json'], ws);
    assert.match(hist2.out, /"source":\s*"eval"/);
    const hist1 = JSON.parse((await run(['history', 'v1.txt', '--json'], ws)).out);
    assert.equal(JSON.stringify(hist1).includes(report.b.promptSha256), false, 'B is not filed under the first prompt');

    // Resuming the finished run prepares it again: B must be read from v2.json as before.
    const resumed = await run(['eval', '--resume', report.runId ?? fs.readdirSync(path.join(ws, '.promptshift', 'runs'))[0]!, '--json'], ws);
    assert.ok(resumed.code === 0 || resumed.code === 1, resumed.err);
    assert.equal(JSON.parse(resumed.out).b.promptSha256, report.b.promptSha256);
    assert.equal(server.log.length, 6, 'nothing was missing, so nothing was called again');

    // Refs pick versions of the first prompt's file, as for any suite: both sides are v1.txt.
    server.log.length = 0;
    const refs = await run(['eval', 'promptfooconfig.yaml', '--a', 'working', '--b', 'working', '--json', '--samples', '1', '--no-cache'], ws);
    assert.ok(refs.code === 0 || refs.code === 1, refs.err);
    assert.equal(sent(server).filter((b) => b.includes('Customer asks')).length, 0);
    assert.equal(sent(server).length, 6);
  } finally {
    await server.close();
  }
});

test('one .txt file with two prompts separated by a --- line: the first is A, the second B', async () => {
  const server = await startFakeModelServer({ latencyMs: 1, keepBodies: true });
  try {
    const ws = workspace({ 'prompts.txt': 'Answer the customer: {{question}}\n---\nAnswer in one word: {{ question | upper }}\n' });
    fs.writeFileSync(path.join(ws, 'promptfooconfig.yaml'), config(server, '  - file://prompts.txt'));
    const { suite } = await loadSuite(path.join(ws, 'promptfooconfig.yaml'));
    assert.equal(suite?.alternatePrompt?.text, 'Answer in one word: {{ question | upper }}');

    const r = await run(['eval', 'promptfooconfig.yaml', '--json', '--samples', '1', '--no-cache'], ws);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const bodies = sent(server);
    assert.equal(bodies.length, 6);
    assert.equal(bodies.filter((b) => b.includes('Answer the customer: Does roaming work in Spain?')).length, 2);
    assert.equal(bodies.filter((b) => b.includes('Answer in one word: DOES ROAMING WORK IN SPAIN?')).length, 1);
    const report = JSON.parse(r.out);
    assert.deepEqual([report.a.ref, report.b.ref], ['prompts.txt #1', 'prompts.txt #2']);
  } finally {
    await server.close();
  }
});
