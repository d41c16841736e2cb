// The key rules (core/providers/keyPolicy.ts) as a table: which key and headers a provider's
// requests carry, for every kind of host, allowance and key source, and what is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isLoopbackHost,
  keyDestinationToApprove,
  KeyPolicyError,
  NO_ALLOWANCES,
  parseAllowedHost,
  readAllowances,
  resolveCredentials,
  type CredentialContext,
  type KeyedSettings,
} from '../../../src/core/providers/keyPolicy';

const KEY = 'sk-live-0123456789abcdef';
const cli = (env: NodeJS.ProcessEnv = { OPENAI_API_KEY: KEY }, allow = NO_ALLOWANCES): CredentialContext => ({ allow, env, apiKeyEnv: 'honour' });
const openai = (baseUrl?: string, extra: Partial<KeyedSettings> = {}): KeyedSettings => ({ type: 'openai', ...(baseUrl ? { baseUrl } : {}), ...extra });
const refused = (fn: () => unknown, field: string, says: RegExp) =>
  assert.throws(fn, (err: unknown) => err instanceof KeyPolicyError && err.field === field && says.test(err.reason));

test('the official host gets the key; its look-alikes, other ports and plain http do not', () => {
  assert.equal(resolveCredentials(openai(), cli()).apiKey, KEY, 'the default base URL is api.openai.com');
  assert.equal(resolveCredentials(openai('https://api.openai.com/v1'), cli()).apiKey, KEY);
  assert.equal(resolveCredentials({ type: 'anthropic' }, cli({ ANTHROPIC_API_KEY: KEY })).apiKey, KEY);
  assert.equal(resolveCredentials({ type: 'ollama', baseUrl: 'https://ollama.com' }, cli({ OLLAMA_API_KEY: KEY })).apiKey, KEY);
  for (const url of ['https://api.openai.com.evil.example/v1', 'https://api.openai.com:8443/v1', 'https://evil.example/api.openai.com', 'https://myres.openai.azure.com/openai']) {
    refused(() => resolveCredentials(openai(url), cli()), 'baseUrl', /not openai's own server/);
  }
  refused(() => resolveCredentials(openai('http://api.openai.com/v1'), cli()), 'baseUrl', /plain http:\/\//);
  refused(() => resolveCredentials(openai('http://lan-box:11434/v1'), cli({})), 'baseUrl', /plain http:\/\//);
  // without any key in the environment a remote https server is fine: nothing secret goes there
  assert.deepEqual(resolveCredentials(openai('https://models.example/v1'), cli({})), { notes: [] });
});

test('loopback: the default key is withheld with a note; a key the suite asks for is refused', () => {
  for (const host of ['127.0.0.1:11434', '127.0.0.2', 'localhost:8080', '[::1]:9000', '[::ffff:127.0.0.1]']) assert.ok(isLoopbackHost(new URL(`http://${host}`).hostname), host);
  for (const host of ['128.0.0.1', '10.0.0.1', 'localhost.evil.example', '[::2]', '0.0.0.0']) assert.ok(!isLoopbackHost(new URL(`http://${host}`).hostname), host);
  const local = resolveCredentials(openai('http://127.0.0.1:11434/v1'), cli());
  assert.equal(local.apiKey, undefined);
  assert.match(local.notes.join(), /OPENAI_API_KEY\) was not sent to 127\.0\.0\.1:11434.*--allow-host 127\.0\.0\.1:11434/);
  refused(() => resolveCredentials(openai('http://127.0.0.1:11434/v1', { headers: { 'x-key': '${OPENAI_API_KEY}' } }), cli()), 'headers.x-key', /would send a key/);
});

test('a suite may name only the default variable, unless PROMPTSHIFT_ALLOW_KEY_ENVS allows another', () => {
  const env = { OPENAI_API_KEY: KEY, GITHUB_TOKEN: 'ghp_0123456789abcdef', PROMPTSHIFT_ALLOW_KEY_ENVS: 'MY_PROXY_KEY', MY_PROXY_KEY: 'proxy-0123456789' };
  refused(() => resolveCredentials(openai(undefined, { apiKeyEnv: 'GITHUB_TOKEN' }), cli(env)), 'apiKeyEnv', /GITHUB_TOKEN is not openai's key variable \(OPENAI_API_KEY\).*PROMPTSHIFT_ALLOW_KEY_ENVS=GITHUB_TOKEN/);
  refused(() => resolveCredentials(openai(undefined, { headers: { a: 'token {{ env.GITHUB_TOKEN }}' } }), cli(env)), 'headers.a', /GITHUB_TOKEN is not/);
  const allow = readAllowances(env, ['proxy.example']);
  const proxied = resolveCredentials(openai('https://proxy.example/v1', { apiKeyEnv: 'MY_PROXY_KEY', headers: { 'X-Key': '${MY_PROXY_KEY}' } }), cli(env, allow));
  assert.deepEqual(proxied, { notes: [], apiKey: 'proxy-0123456789', headers: { 'X-Key': 'proxy-0123456789' } });
  refused(() => resolveCredentials(openai(undefined, { headers: { a: '${OPENAI_API_KEY}' } }), cli({})), 'headers.a', /OPENAI_API_KEY, which is not set/);
  // VS Code ignores apiKeyEnv (the stored key or the default variable only) and says so
  const vscode = resolveCredentials(openai(undefined, { apiKeyEnv: 'GITHUB_TOKEN' }), { allow: NO_ALLOWANCES, env: { OPENAI_API_KEY: undefined }, storedKey: KEY, apiKeyEnv: 'ignore' });
  assert.equal(vscode.apiKey, KEY);
  assert.match(vscode.notes.join(), /apiKeyEnv GITHUB_TOKEN is ignored/);
});

test('a header holding a key counts as one; plain headers go anywhere', () => {
  refused(() => resolveCredentials(openai('https://x.example/v1', { headers: { Authorization: `Bearer ${KEY}` } }), cli({ OPENAI_API_KEY: KEY })), 'headers.Authorization', /would send a key \(header Authorization\) to x\.example/);
  assert.deepEqual(resolveCredentials(openai('https://x.example/v1', { headers: { 'X-Team': 'prompts' } }), cli({})), { notes: [], headers: { 'X-Team': 'prompts' } });
  assert.deepEqual(resolveCredentials({ type: 'replay', headers: { a: '${GITHUB_TOKEN}' } }, cli()), { notes: [] }, 'replay sends nothing');
  refused(() => resolveCredentials(openai(undefined, { headers: { 'Bad Name': 'x' } }), cli({})), 'headers.Bad Name', /not a valid HTTP header name/);
  refused(() => resolveCredentials(openai(undefined, { headers: { 'X-A': 'a\r\nHost: evil' } }), cli({})), 'headers.X-A', /line break/);
});

test('allowances: bare hosts mean https (or loopback), a scheme must be written for plain http; ports are exact', () => {
  const allow = readAllowances({ PROMPTSHIFT_ALLOW_HOSTS: ' models.example , http://10.0.0.5:11434 ' }, ['127.0.0.2:8080', '[::1]']);
  assert.deepEqual(allow.hosts.map((h) => [h.hostname, h.port ?? '*', h.protocol ?? 'https|loopback']), [
    ['127.0.0.2', '8080', 'https|loopback'],
    ['[::1]', '*', 'https|loopback'],
    ['models.example', '*', 'https|loopback'],
    ['10.0.0.5', '11434', 'http:'],
  ]);
  assert.equal(resolveCredentials(openai('https://models.example:444/v1'), cli(undefined, allow)).apiKey, KEY);
  refused(() => resolveCredentials(openai('http://models.example/v1'), cli(undefined, allow)), 'baseUrl', /plain http/);
  assert.equal(resolveCredentials(openai('http://10.0.0.5:11434/v1'), cli(undefined, allow)).apiKey, KEY);
  refused(() => resolveCredentials(openai('http://10.0.0.5:11435/v1'), cli(undefined, allow)), 'baseUrl', /plain http/);
  assert.equal(resolveCredentials(openai('http://127.0.0.2:8080/v1'), cli(undefined, allow)).apiKey, KEY);
  assert.equal(resolveCredentials(openai('http://127.0.0.2:8081/v1'), cli(undefined, allow)).apiKey, undefined);
  for (const bad of ['', 'http://', 'ftp://x', 'x.example/path', 'user@x.example', 'https://x.example/?q']) {
    assert.throws(() => parseAllowedHost(bad, '--allow-host'), (e: unknown) => e instanceof KeyPolicyError && e.field === '--allow-host', bad);
  }
  assert.throws(() => readAllowances({ PROMPTSHIFT_ALLOW_KEY_ENVS: 'OK,not-a-name' }), /PROMPTSHIFT_ALLOW_KEY_ENVS: 'not-a-name'/);
});

test('what VS Code asks the user about: the origin a key would go to, loopback included', () => {
  assert.equal(keyDestinationToApprove(openai('http://127.0.0.2:9000/v1'), cli()), 'http://127.0.0.2:9000');
  assert.equal(keyDestinationToApprove(openai('https://models.example/v1'), cli()), 'https://models.example');
  assert.equal(keyDestinationToApprove(openai(), cli()), undefined, 'the official host needs no approval');
  assert.equal(keyDestinationToApprove(openai('http://127.0.0.2:9000/v1'), cli({})), undefined, 'no key, nothing to approve');
  const approved = { hosts: [parseAllowedHost('http://127.0.0.2:9000', 'approved')], keyEnvs: [] };
  assert.equal(keyDestinationToApprove(openai('http://127.0.0.2:9000/v1'), cli(undefined, approved)), undefined);
});
