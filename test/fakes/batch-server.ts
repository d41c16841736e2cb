// A fake batch API server for tests: one real HTTP server on 127.0.0.1 speaking OpenAI's Batch API
// (POST /v1/files multipart upload, POST /v1/batches, GET /v1/batches/{id} with status transitions
// validating → in_progress → finalizing → completed | expired | cancelled | failed and
// request_counts, GET /v1/files/{id}/content for output and error files) and Anthropic's Message
// Batches (POST /v1/messages/batches, GET /v1/messages/batches/{id}, GET …/{id}/results). Answers
// are the synchronous fake's (model-server.ts: fakeOutput keyed by the call id, which is each
// request's custom_id), so a batch run and a synchronous run give the same outputs. It counts every
// submission of each custom id and every download, so tests can check nothing went twice.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { answerBody, fakeOutput, messagesOf, readBody, type Msg } from './model-server';

export type ItemFault = 'server-error' | 'bad-request';
export type BatchFault = 'expire' | 'cancel' | 'fail';

export interface BatchServerOptions {
  /** status polls of a batch before it ends (default 2) */
  pollsToEnd?: number;
  /** batches stay in progress until release() */
  hold?: boolean;
  /** a request's own failure, decided per submission (n: how often this custom id was submitted, 1 first) */
  itemFault?: (customId: string, n: number) => ItemFault | undefined;
  /** a whole batch's fate (batch: 1-based creation number): expire or cancel ends it with half its requests done */
  batchFault?: (batch: number) => BatchFault | undefined;
  respond?: (messages: readonly Msg[], callId: string | undefined) => string;
  /** an HTTP status to answer the n-th status poll with (1-based, over all batches) instead of the batch */
  pollFault?: (n: number) => number | undefined;
}

interface FakeBatch {
  id: string;
  number: number;
  format: 'openai' | 'anthropic';
  lines: { customId: string; body: Record<string, unknown> }[];
  polls: number;
  status: string;
  /** the result lines, once ended */
  output?: string[];
  errors?: string[];
  outputFile?: string;
  errorFile?: string;
  succeeded: number;
  failed: number;
}

export interface FakeBatchServer {
  url: string;
  /** how often each custom id was submitted in a batch */
  submissions: Map<string, number>;
  /** how often each results document (file id or batch id) was downloaded */
  downloads: Map<string, number>;
  batches: FakeBatch[];
  /** every request: method and path */
  log: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  release(): void;
  close(): Promise<void>;
}

/** The named parts of a multipart/form-data body. */
function multipart(body: string, contentType: string): Map<string, string> {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  const parts = new Map<string, string>();
  if (!boundary) return parts;
  for (const part of body.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const name = /name="([^"]+)"/.exec(part.slice(0, split))?.[1];
    if (name) parts.set(name, part.slice(split + 4).replace(/\r\n$/, ''));
  }
  return parts;
}

export async function startFakeBatchServer(options: BatchServerOptions = {}): Promise<FakeBatchServer> {
  const files = new Map<string, string>();
  const batches = new Map<string, FakeBatch>();
  const submissions = new Map<string, number>();
  const downloads = new Map<string, number>();
  const log: FakeBatchServer['log'] = [];
  const sockets = new Set<Socket>();
  let held = options.hold ?? false;
  let fileCount = 0;
  let polls = 0;
  /** answers a status poll with the planned fault, if any; true when it did */
  const pollFailed = (res: ServerResponse): boolean => {
    const status = options.pollFault?.(++polls);
    if (status === undefined) return false;
    json(res, status, { error: { type: 'server_error', message: `fake ${status}` } });
    return true;
  };
  const respond = options.respond ?? fakeOutput;

  const json = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

  const create = (format: FakeBatch['format'], lines: FakeBatch['lines']): FakeBatch => {
    const number = batches.size + 1;
    const id = format === 'openai' ? `batch_${number}` : `msgbatch_${number}`;
    for (const l of lines) submissions.set(l.customId, (submissions.get(l.customId) ?? 0) + 1);
    const batch: FakeBatch = { id, number, format, lines, polls: 0, status: format === 'openai' ? 'validating' : 'in_progress', succeeded: 0, failed: 0 };
    batches.set(id, batch);
    return batch;
  };

  /** Ends a batch: computes every result line (a batch fault leaves the second half unprocessed). */
  const end = (batch: FakeBatch): void => {
    const fault = options.batchFault?.(batch.number);
    const cut = fault === 'expire' || fault === 'cancel' ? Math.ceil(batch.lines.length / 2) : batch.lines.length;
    const output: string[] = [];
    const errors: string[] = [];
    batch.lines.forEach((line, i) => {
      const openai = batch.format === 'openai';
      if (i >= cut) {
        batch.failed++;
        if (openai) errors.push(JSON.stringify({ id: `req_${i}`, custom_id: line.customId, response: null, error: { code: fault === 'expire' ? 'batch_expired' : 'batch_cancelled', message: `This request could not be executed before the batch ${fault === 'expire' ? 'expired' : 'was cancelled'}.` } }));
        else output.push(JSON.stringify({ custom_id: line.customId, result: { type: fault === 'expire' ? 'expired' : 'canceled' } }));
        return;
      }
      const itemFault = options.itemFault?.(line.customId, submissions.get(line.customId) ?? 1);
      if (itemFault) {
        batch.failed++;
        const status = itemFault === 'server-error' ? 500 : 400;
        const message = itemFault === 'server-error' ? 'The server had an error processing your request.' : 'Invalid value for max_tokens.';
        if (openai) errors.push(JSON.stringify({ id: `req_${i}`, custom_id: line.customId, response: { status_code: status, request_id: `r${i}`, body: { error: { message, type: status === 500 ? 'server_error' : 'invalid_request_error' } } }, error: null }));
        else output.push(JSON.stringify({ custom_id: line.customId, result: { type: 'errored', error: { type: 'error', error: { type: status === 500 ? 'api_error' : 'invalid_request_error', message } } } }));
        return;
      }
      batch.succeeded++;
      const format = openai ? 'openai' : 'anthropic';
      const text = respond(messagesOf(format, line.body), line.customId);
      const answer = answerBody(format, line.body, text, undefined, '');
      if (openai) output.push(JSON.stringify({ id: `req_${i}`, custom_id: line.customId, response: { status_code: 200, request_id: `r${i}`, body: answer }, error: null }));
      else output.push(JSON.stringify({ custom_id: line.customId, result: { type: 'succeeded', message: answer } }));
    });
    batch.output = output;
    batch.errors = errors;
    if (batch.format === 'openai') {
      if (output.length) files.set((batch.outputFile = `file-out${batch.number}`), output.join('\n') + '\n');
      if (errors.length) files.set((batch.errorFile = `file-err${batch.number}`), errors.join('\n') + '\n');
      batch.status = fault === 'expire' ? 'expired' : fault === 'cancel' ? 'cancelled' : fault === 'fail' ? 'failed' : 'completed';
    } else batch.status = 'ended';
  };

  /** One poll: the batch moves on a step (unless held), ending after pollsToEnd polls. */
  const poll = (batch: FakeBatch): void => {
    if (batch.output || held) return;
    batch.polls++;
    if (batch.format === 'openai' && batch.status === 'validating') batch.status = 'in_progress';
    if (batch.polls >= (options.pollsToEnd ?? 2)) {
      if (batch.format === 'openai' && options.batchFault?.(batch.number) === 'fail') {
        batch.status = 'failed';
        batch.output = [];
        return;
      }
      end(batch);
    } else if (batch.format === 'openai' && batch.polls > 1) batch.status = 'finalizing';
  };

  const openaiBatch = (b: FakeBatch) => ({
    id: b.id, object: 'batch', endpoint: '/v1/chat/completions', errors: b.status === 'failed' ? { object: 'list', data: [{ code: 'invalid_request', line: 1, message: 'the input file is not valid' }] } : null,
    input_file_id: 'file-in', completion_window: '24h', status: b.status, output_file_id: b.outputFile ?? null, error_file_id: b.errorFile ?? null,
    created_at: 1_700_000_000, request_counts: { total: b.lines.length, completed: b.succeeded, failed: b.failed }, metadata: {},
  });
  const anthropicBatch = (b: FakeBatch, base: string) => {
    const ended = b.status === 'ended';
    const expired = ended ? b.output!.filter((l) => l.includes('"type":"expired"')).length : 0;
    const canceled = ended ? b.output!.filter((l) => l.includes('"type":"canceled"')).length : 0;
    return {
      id: b.id, type: 'message_batch', processing_status: b.status,
      request_counts: { processing: ended ? 0 : b.lines.length, succeeded: b.succeeded, errored: b.failed - expired - canceled, canceled, expired },
      ended_at: ended ? '2026-01-01T00:00:00Z' : null, created_at: '2026-01-01T00:00:00Z', expires_at: '2026-01-02T00:00:00Z', cancel_initiated_at: null,
      results_url: ended ? `${base}/v1/messages/batches/${b.id}/results` : null,
    };
  };

  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    log.push({ method, path, headers: { ...req.headers } });
    const raw = await readBody(req);
    const base = `http://${req.headers.host}`;
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/files') {
      const parts = multipart(raw, String(req.headers['content-type'] ?? ''));
      if (parts.get('purpose') !== 'batch' || !parts.has('file')) return json(res, 400, { error: { message: "purpose must be 'batch' and a file is required" } });
      const id = `file-in${++fileCount}`;
      files.set(id, parts.get('file')!);
      return json(res, 200, { id, object: 'file', bytes: Buffer.byteLength(parts.get('file')!), created_at: 1_700_000_000, filename: 'batch.jsonl', purpose: 'batch' });
    }
    if (method === 'POST' && path === '/v1/batches') {
      const body = JSON.parse(raw) as { input_file_id?: string; endpoint?: string; completion_window?: string };
      const input = files.get(body.input_file_id ?? '');
      if (!input || body.endpoint !== '/v1/chat/completions' || body.completion_window !== '24h') return json(res, 400, { error: { message: 'bad batch request' } });
      const lines = input.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { custom_id: string; method: string; url: string; body: Record<string, unknown> });
      if (lines.some((l) => l.method !== 'POST' || l.url !== '/v1/chat/completions')) return json(res, 400, { error: { message: 'bad input line' } });
      return json(res, 200, openaiBatch(create('openai', lines.map((l) => ({ customId: l.custom_id, body: l.body })))));
    }
    if (method === 'GET' && (m = /^\/v1\/batches\/([\w-]+)$/.exec(path))) {
      const b = batches.get(m[1]!);
      if (!b) return json(res, 404, { error: { message: 'no such batch' } });
      if (pollFailed(res)) return;
      poll(b);
      return json(res, 200, openaiBatch(b));
    }
    if (method === 'GET' && (m = /^\/v1\/files\/([\w-]+)\/content$/.exec(path))) {
      const text = files.get(m[1]!);
      if (text === undefined) return json(res, 404, { error: { message: 'no such file' } });
      downloads.set(m[1]!, (downloads.get(m[1]!) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/jsonl' });
      return void res.end(text);
    }
    if (method === 'POST' && path === '/v1/messages/batches') {
      const body = JSON.parse(raw) as { requests?: { custom_id: string; params: Record<string, unknown> }[] };
      if (!Array.isArray(body.requests) || body.requests.some((r) => !/^[a-zA-Z0-9_-]{1,64}$/.test(r.custom_id))) return json(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'bad requests' } });
      return json(res, 200, anthropicBatch(create('anthropic', body.requests.map((r) => ({ customId: r.custom_id, body: r.params }))), base));
    }
    if (method === 'GET' && (m = /^\/v1\/messages\/batches\/([\w-]+)$/.exec(path))) {
      const b = batches.get(m[1]!);
      if (!b) return json(res, 404, { type: 'error', error: { type: 'not_found_error', message: 'no such batch' } });
      if (pollFailed(res)) return;
      poll(b);
      return json(res, 200, anthropicBatch(b, base));
    }
    if (method === 'GET' && (m = /^\/v1\/messages\/batches\/([\w-]+)\/results$/.exec(path))) {
      const b = batches.get(m[1]!);
      if (!b?.output || b.status !== 'ended') return json(res, 404, { type: 'error', error: { type: 'not_found_error', message: 'results not ready' } });
      downloads.set(b.id, (downloads.get(b.id) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/binary' });
      return void res.end(b.output.join('\n') + '\n');
    }
    json(res, 404, { error: { message: `no route ${method} ${path}` } });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    submissions,
    downloads,
    get batches() {
      return [...batches.values()];
    },
    log,
    release() {
      held = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
