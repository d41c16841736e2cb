// The provider HTTP client (node:http with a keep-alive agent): connections are reused across calls,
// and a connection that drops mid-body is a retryable network error, not a hang or a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postJson, whenRequestsSent } from '../../../src/core/providers/http';
import { ProviderError } from '../../../src/core/providers/types';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const call = (url: string, signal = new AbortController().signal) =>
  postJson({ provider: 'test', url, headers: {}, body: { hello: 'wörld' }, signal, timeoutMs: 5000, maxBytes: 1_000_000, secrets: [] });

test('calls one after another reuse one connection, and the body arrives whole', async () => {
  let connections = 0;
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, n: bodies.length }));
    });
  });
  server.on('connection', () => connections++);
  const url = await listen(server);
  try {
    for (let i = 1; i <= 5; i++) assert.deepEqual((await call(url)).json, { ok: true, n: i });
    assert.equal(connections, 1);
    assert.ok(bodies.every((b) => b === '{"hello":"wörld"}'), bodies.join());
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a connection that closes in the middle of the body is a retryable network error', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"choices": [');
    setTimeout(() => res.socket?.destroy(), 20);
  });
  const url = await listen(server);
  try {
    const error = await call(url).then(() => assert.fail('resolved'), (e: unknown) => e);
    assert.ok(error instanceof ProviderError, String(error));
    assert.equal(error.kind, 'network');
    assert.equal(error.retryable, true);
    assert.match(error.message, /while reading the response/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('the caller cancelling mid-request rejects with its own reason, at once', async () => {
  const server = createServer(() => undefined); // never answers
  const url = await listen(server);
  try {
    const controller = new AbortController();
    const pending = call(url, controller.signal);
    setTimeout(() => controller.abort(new Error('user stopped')), 30);
    const started = Date.now();
    await assert.rejects(pending, /user stopped/);
    assert.ok(Date.now() - started < 2000);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('an https URL goes out over TLS (node:https, loaded on first use); another protocol is refused', async () => {
  const { createServer: createTcpServer } = await import('node:net');
  const firstBytes: number[] = [];
  const server = createTcpServer((socket) => {
    socket.once('data', (chunk: Buffer) => {
      firstBytes.push(chunk[0]!);
      socket.destroy(); // no TLS here: the handshake fails
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    await assert.rejects(call(url), (err: unknown) => err instanceof ProviderError && err.retryable);
    assert.deepEqual(firstBytes, [0x16], 'a TLS handshake record, not a plain HTTP request');
    await assert.rejects(call('ftp://127.0.0.1/v1'), /unsupported protocol ftp:/);
  } finally {
    server.close();
  }
});

test('whenRequestsSent waits for the requests made so far to be written, not for their answers; a request that fails to connect counts as settled', async () => {
  const arrived: number[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrived.push(performance.now());
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      }, 150);
    });
  });
  const url = await listen(server);
  try {
    let ranNow = false;
    whenRequestsSent(() => (ranNow = true));
    assert.ok(ranNow, 'nothing waiting: at once');

    let answered = 0;
    const calls = Array.from({ length: 4 }, () => call(url).then(() => answered++));
    let sentAt: number | undefined;
    let answeredThen = -1;
    whenRequestsSent(() => {
      sentAt = performance.now();
      answeredThen = answered;
    });
    assert.equal(sentAt, undefined, 'four new connections: not written yet');
    await Promise.all(calls);
    assert.ok(sentAt !== undefined, 'ran');
    assert.equal(answeredThen, 0, 'before any answer (the server answers 150 ms after each request)');
    assert.equal(arrived.length, 4);
    assert.ok(sentAt < Math.max(...arrived) + 100, 'when the requests were out, long before the answers');

    // a port nobody listens on: the request never goes out, and does not hold the callback back
    const closed = createServer();
    const deadUrl = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failing = call(deadUrl).catch((e: unknown) => e);
    let afterFailure = false;
    whenRequestsSent(() => (afterFailure = true));
    assert.ok((await failing) instanceof ProviderError);
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(afterFailure, 'settled by the failure');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
