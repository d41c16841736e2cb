// Where a key may go: the one place that decides which key and which headers a provider's requests
// carry, for the CLI and VS Code alike. A suite, its prompt and `.promptshift/` come from whoever
// wrote the repository (in CI, a pull request's author) while the environment holds the secrets,
// so nothing read from the workspace decides where a key goes:
//  - a key goes to the provider's own server (KEYED_PROVIDERS: https, default port), or to a host
//    allowed outside the repository: `--allow-host HOST` (CLI), PROMPTSHIFT_ALLOW_HOSTS
//    (comma-separated), or in VS Code a host the user approved in a dialog;
//  - a suite may name only the provider's default key variable (`apiKeyEnv`, promptfoo's
//    `apiKeyEnvar`, `${VAR}` or `{{env.VAR}}` in a header) unless PROMPTSHIFT_ALLOW_KEY_ENVS
//    names another;
//  - a header whose value comes from the environment, or holds a key, counts as a key;
//  - plain http:// is refused for every host that is not this machine, unless an allowance names
//    it with its scheme (`--allow-host http://10.0.0.5:11434`);
//  - loopback hosts (127.0.0.0/8, ::1, localhost) get no key without an allowance either: on a CI
//    runner a suite could point at any service listening there. A request to a loopback host that
//    is not allowed goes without the provider's default key (local model servers need none), with
//    a note saying so; a key the suite asked for (another variable, a key header), and a key for
//    any other host that is not allowed, is refused: bad input, exit 2.
import { awsKeyFromEnv } from './bedrock';
import { isKeyedProvider, KEYED_PROVIDERS, type ProviderCredentials } from './config';

export const ALLOW_HOSTS_ENV = 'PROMPTSHIFT_ALLOW_HOSTS';
export const ALLOW_KEY_ENVS_ENV = 'PROMPTSHIFT_ALLOW_KEY_ENVS';

/** A host a key may go to, as given outside the repository. */
export interface AllowedHost {
  /** as written, for messages */
  text: string;
  hostname: string;
  /** absent: any port */
  port?: string;
  /** absent: https (any loopback host: either); `http:` only when written out */
  protocol?: 'http:' | 'https:';
}

export interface KeyAllowances {
  hosts: readonly AllowedHost[];
  /** variables other than a provider's default that a suite may name */
  keyEnvs: readonly string[];
}

export const NO_ALLOWANCES: KeyAllowances = { hosts: [], keyEnvs: [] };

/**
 * A key or header the rules refuse. `field` is relative to the provider block (`baseUrl`,
 * `apiKeyEnv`, `headers.<name>`) or names the setting at fault (`--allow-host`); the caller
 * places it in its file.
 */
export class KeyPolicyError extends Error {
  override name = 'KeyPolicyError';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** `HOST`, `HOST:PORT`, `[::1]:PORT`, or with a scheme: `https://HOST[:PORT]`, `http://HOST[:PORT]`. */
export function parseAllowedHost(text: string, from: string): AllowedHost {
  const trimmed = text.trim();
  const explicit = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  let url: URL;
  try {
    url = new URL(explicit ? trimmed : `https://${trimmed}`);
  } catch {
    throw new KeyPolicyError(from, `'${text}' is not a host: write HOST, HOST:PORT or http(s)://HOST[:PORT]`);
  }
  const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
  if (!url.hostname || !bare || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new KeyPolicyError(from, `'${text}' is not a host: write HOST, HOST:PORT or http(s)://HOST[:PORT] (no path)`);
  }
  return {
    text: trimmed,
    hostname: url.hostname,
    ...(url.port ? { port: url.port } : {}),
    ...(explicit ? { protocol: url.protocol as 'http:' | 'https:' } : {}),
  };
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The allowances of this process: `--allow-host` values plus PROMPTSHIFT_ALLOW_HOSTS and PROMPTSHIFT_ALLOW_KEY_ENVS. */
export function readAllowances(env: NodeJS.ProcessEnv, flagHosts: readonly string[] = []): KeyAllowances {
  const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const hosts = [
    ...flagHosts.map((h) => parseAllowedHost(h, '--allow-host')),
    ...list(env[ALLOW_HOSTS_ENV]).map((h) => parseAllowedHost(h, ALLOW_HOSTS_ENV)),
  ];
  const keyEnvs = list(env[ALLOW_KEY_ENVS_ENV]);
  for (const name of keyEnvs) if (!ENV_NAME.test(name)) throw new KeyPolicyError(ALLOW_KEY_ENVS_ENV, `'${name}' is not an environment variable name`);
  return { hosts, keyEnvs };
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped), localhost: this machine. `hostname` as URL gives it. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(h);
}

function effectivePort(url: URL): string {
  return url.port || (url.protocol === 'http:' ? '80' : '443');
}

function allows(host: AllowedHost, url: URL): boolean {
  if (host.hostname !== url.hostname) return false;
  if (host.port !== undefined && host.port !== effectivePort(url)) return false;
  if (host.protocol !== undefined) return host.protocol === url.protocol;
  return url.protocol === 'https:' || isLoopbackHost(url.hostname);
}

/** What of a provider's settings the rules look at (the suite's `provider:` or `judge.provider:` block). */
export interface KeyedSettings {
  type: string;
  baseUrl?: string | undefined;
  /** http: the endpoint (its own field, not baseUrl) */
  url?: string | undefined;
  /** bedrock: the region, which names its server */
  region?: string | undefined;
  apiKeyEnv?: string | undefined;
  headers?: Record<string, string> | undefined;
}

export interface CredentialContext {
  allow: KeyAllowances;
  /** where keys are read; VS Code passes only the provider's default variable */
  env: NodeJS.ProcessEnv;
  /** VS Code: the key from SecretStorage, used before the default variable */
  storedKey?: string;
  /** the CLI honours a suite's `apiKeyEnv`; VS Code takes keys from SecretStorage and the default variable only */
  apiKeyEnv: 'honour' | 'ignore';
}

export interface ResolvedCredentials extends ProviderCredentials {
  /** what the user should know (a key withheld, a field ignored) */
  notes: string[];
}

/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Shorter strings are not treated as keys (an empty or one-letter variable would match anything). */
const MIN_KEY_LENGTH = 8;

interface Assessment {
  url: URL;
  credentials: ResolvedCredentials;
  /** a key would go with the requests, to a host that is neither the provider's own nor allowed */
  unallowedKey?: { field: string; what: string; explicit: boolean };
}

function assess(p: KeyedSettings, ctx: CredentialContext): Assessment | undefined {
  if (!isKeyedProvider(p.type)) return undefined; // replay, vscode-lm: no key, no HTTP
  const row = KEYED_PROVIDERS[p.type];
  let url: URL;
  try {
    const bedrock = p.type === 'bedrock' ? `https://bedrock-runtime.${p.region ?? 'us-east-1'}.amazonaws.com` : undefined;
    url = new URL(p.baseUrl ?? p.url ?? bedrock ?? row.defaultBaseUrl);
  } catch {
    throw new KeyPolicyError('baseUrl', `'${p.baseUrl}' is not a URL`);
  }
  const loopback = isLoopbackHost(url.hostname);
  const allowed = ctx.allow.hosts.some((h) => allows(h, url));
  if (url.protocol !== 'https:' && !loopback && !allowed) {
    throw new KeyPolicyError(
      'baseUrl',
      `plain ${url.protocol}// to ${url.host}, which is not this machine: use https://, or allow this server by name outside the repository (--allow-host ${url.protocol}//${url.host} or ${ALLOW_HOSTS_ENV}=${url.protocol}//${url.host})`,
    );
  }
  const notes: string[] = [];
  const keyEnv = ctx.apiKeyEnv === 'honour' && p.apiKeyEnv ? p.apiKeyEnv : row.keyEnv;
  if (ctx.apiKeyEnv === 'ignore' && p.apiKeyEnv && p.apiKeyEnv !== row.keyEnv) {
    notes.push(`apiKeyEnv ${p.apiKeyEnv} is ignored here: the ${p.type} key comes from the stored key or ${row.keyEnv}`);
  }
  const mayRead = (name: string) => name === row.keyEnv || ctx.allow.keyEnvs.includes(name);
  const notAllowed = (name: string) => `${name} is not ${p.type}'s key variable (${row.keyEnv}); a suite may name another only when it is allowed outside the repository: ${ALLOW_KEY_ENVS_ENV}=${name}`;
  if (!mayRead(keyEnv)) throw new KeyPolicyError('apiKeyEnv', notAllowed(keyEnv));
  const read = (name: string): string | undefined => {
    const value = name === row.keyEnv && ctx.storedKey !== undefined ? ctx.storedKey : ctx.env[name];
    return value && value.trim() ? value.trim() : undefined;
  };
  // Bedrock also takes AWS's own variables, as the AWS tools read them (only for its default variable).
  let apiKey = read(keyEnv) ?? (p.type === 'bedrock' && keyEnv === row.keyEnv ? awsKeyFromEnv(ctx.env) : undefined);

  // Every key this process could send: a header holding one is a key header whatever its form.
  const known = new Set<string>();
  for (const name of [...Object.values(KEYED_PROVIDERS).map((r) => r.keyEnv), ...ctx.allow.keyEnvs]) {
    const value = ctx.env[name]?.trim();
    if (value && value.length >= MIN_KEY_LENGTH) known.add(value);
  }
  for (const value of [ctx.storedKey?.trim(), apiKey]) if (value && value.length >= MIN_KEY_LENGTH) known.add(value);

  const headers: Record<string, string> = {};
  const keyHeaders: string[] = [];
  for (const [name, raw] of Object.entries(p.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new KeyPolicyError(`headers.${name}`, 'not a valid HTTP header name');
    if (/[\r\n\u0000]/.test(raw)) throw new KeyPolicyError(`headers.${name}`, 'a header value cannot hold a line break or NUL');
    let fromEnv = false;
    const value = raw.replace(ENV_REF, (_match, dollar?: string, braces?: string) => {
      const ref = (dollar ?? braces) as string;
      if (!mayRead(ref)) throw new KeyPolicyError(`headers.${name}`, notAllowed(ref));
      const found = read(ref);
      if (found === undefined) throw new KeyPolicyError(`headers.${name}`, `refers to ${ref}, which is not set`);
      fromEnv = true;
      return found;
    });
    if (fromEnv || [...known].some((k) => value.includes(k))) keyHeaders.push(name);
    headers[name] = value;
  }

  const official = url.protocol === 'https:' && url.port === '' && (row.officialHosts as readonly (string | RegExp)[]).some((h) => (typeof h === 'string' ? h === url.hostname : h.test(url.hostname)));
  let unallowedKey: Assessment['unallowedKey'];
  if ((apiKey !== undefined || keyHeaders.length > 0) && !official && !allowed) {
    const namedOther = keyEnv !== row.keyEnv;
    unallowedKey = keyHeaders.length
      ? { field: `headers.${keyHeaders[0]}`, what: `a key (header ${keyHeaders[0]})`, explicit: true }
      : { field: namedOther ? 'apiKeyEnv' : 'baseUrl', what: `your ${p.type} key (${keyEnv})`, explicit: namedOther };
    if (loopback && !unallowedKey.explicit) {
      apiKey = undefined;
      notes.push(
        `${unallowedKey.what} was not sent to ${url.host}, which is not ${p.type}'s own server; requests go there without it. To send it, allow the host outside the repository: --allow-host ${url.host} or ${ALLOW_HOSTS_ENV}=${url.host}`,
      );
    }
  }
  const credentials: ResolvedCredentials = { notes, ...(apiKey !== undefined ? { apiKey } : {}), ...(Object.keys(headers).length ? { headers } : {}) };
  return { url, credentials, ...(unallowedKey ? { unallowedKey } : {}) };
}

function refusal(p: KeyedSettings, a: Assessment, key: NonNullable<Assessment['unallowedKey']>): KeyPolicyError {
  const own = isKeyedProvider(p.type) ? (KEYED_PROVIDERS[p.type].officialHosts as readonly (string | RegExp)[]).map((h) => (typeof h === 'string' ? h : 'its regional hosts')).join(', ') || 'none: allow it by name' : '';
  return new KeyPolicyError(
    key.field,
    `would send ${key.what} to ${a.url.host}, which is not ${p.type}'s own server (${own}); allow it outside the repository with --allow-host ${a.url.host} or ${ALLOW_HOSTS_ENV}=${a.url.host}`,
  );
}

/**
 * The key and headers a provider's requests carry under the rules above; throws KeyPolicyError
 * for what must be refused. Providers that take no key (replay, vscode-lm) get nothing.
 */
export function resolveCredentials(p: KeyedSettings, ctx: CredentialContext): ResolvedCredentials {
  const a = assess(p, ctx);
  if (!a) return { notes: [] };
  if (a.unallowedKey && (a.unallowedKey.explicit || !isLoopbackHost(a.url.hostname))) throw refusal(p, a, a.unallowedKey);
  return a.credentials;
}

/**
 * For a host that asks the user (VS Code): the origin (`http://127.0.0.2:8080`) a key would go to
 * although it is neither the provider's own server nor allowed, else undefined. Approving it means
 * adding that origin to `allow.hosts`. Throws KeyPolicyError as resolveCredentials does for what no
 * approval can fix (a variable that is not allowed, a header naming an unset one).
 */
export function keyDestinationToApprove(p: KeyedSettings, ctx: CredentialContext): string | undefined {
  const a = assess(p, ctx);
  return a?.unallowedKey ? a.url.origin : undefined;
}
