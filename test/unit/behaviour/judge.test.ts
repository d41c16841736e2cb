// The model judge against a real HTTP server on 127.0.0.1 that speaks OpenAI chat completions,
// through the project's OpenAIProvider: pinned model, temperature 0, strict parsing, caching.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { JudgeAnswerError, ModelJudge, parseJudgeAnswer, type JudgeCache } from '../../../src/core/behaviour/judge';
import { OpenAIProvider } from '../../../src/core/providers/openai';

interface Seen { model: string; temperature: number; user: string }

/** Answers with whatever `reply` returns for the request's user message. */
function startJudgeServer(reply: (user: string) => string): Promise<{ server: Server; baseUrl: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const read = async (req: IncomingMessage): Promise<string> => {
    let body = '';
    for await (const chunk of req) body += chunk;
    return body;
  };
  const server = createServer((req, res) => {
    void read(req).then((body) => {
      const json = JSON.parse(body) as { model: string; temperature: number; messages: { role: string; content: string }[] };
      const user = json.messages.find((m) => m.role === 'user')?.content ?? '';
      seen.push({ model: json.model, temperature: json.temperature, user });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x', object: 'chat.completion', model: json.model, choices: [{ index: 0, message: { role: 'assistant', content: reply(user) }, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 5 } }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen })));
}

class MapCache implements JudgeCache {
  readonly map = new Map<string, string>();
  get(key: string): string | undefined { return this.map.get(key); }
  set(key: string, value: string): void { this.map.set(key, value); }
}

describe('ModelJudge over OpenAI chat completions', () => {
  let server: Server;
  let baseUrl = '';
  let seen: Seen[] = [];
  let answer = (_user: string): string => '{"present": true, "quote": "please see your doctor"}';
  before(async () => {
    ({ server, baseUrl, seen } = await startJudgeServer((user) => answer(user)));
  });
  after(() => server.close());

  const output = 'That sounds painful; please see your doctor this week.';

  it('sends the rubric to the pinned model at temperature 0 and locates the quote', async () => {
    const judge = new ModelJudge({ provider: new OpenAIProvider({ type: 'openai', baseUrl }), model: 'judge-model-2024-01-01' });
    const d = await judge.judge('escalation', output, { input: 'My back hurts.' });
    assert.equal(d.present, true);
    assert.equal(output.slice(d.spans[0]!.start, d.spans[0]!.end), 'please see your doctor');
    const last = seen[seen.length - 1]!;
    assert.equal(last.model, 'judge-model-2024-01-01');
    assert.equal(last.temperature, 0);
    assert.match(last.user, /Behaviour: escalation/);
    assert.match(last.user, /My back hurts/);
  });

  it('caches verdicts: the same case is not sent twice, a different output is', async () => {
    const cache = new MapCache();
    const judge = new ModelJudge({ provider: new OpenAIProvider({ type: 'openai', baseUrl }), model: 'judge-model', cache });
    const before = seen.length;
    await judge.judge('escalation', output, {});
    await judge.judge('escalation', output, {});
    assert.equal(seen.length - before, 1);
    assert.equal(cache.map.size, 1);
    answer = () => '{"present": false, "quote": ""}';
    const other = await judge.judge('escalation', 'Rest and ice it.', {});
    assert.equal(other.present, false);
    assert.equal(seen.length - before, 2);
  });

  it('an unparseable answer is an error, and is not cached', async () => {
    const cache = new MapCache();
    const judge = new ModelJudge({ provider: new OpenAIProvider({ type: 'openai', baseUrl }), model: 'judge-model', cache });
    answer = () => 'Yes, the response escalates.';
    await assert.rejects(judge.judge('escalation', output, {}), (e: unknown) => e instanceof JudgeAnswerError && /not a JSON object/.test(e.message) && e.raw === 'Yes, the response escalates.');
    answer = () => '{"present": "yes", "quote": ""}';
    await assert.rejects(judge.judge('escalation', output, {}), /field "present"/);
    answer = () => '{"present": true, "quote": "call 911"}';
    await assert.rejects(judge.judge('escalation', output, {}), /quoted evidence is not in the output/);
    assert.equal(cache.map.size, 0);
  });

  it('judgeAll asks once per behaviour', async () => {
    answer = () => '{"present": false, "quote": ""}';
    const judge = new ModelJudge({ provider: new OpenAIProvider({ type: 'openai', baseUrl }), model: 'judge-model' });
    const before = seen.length;
    const all = await judge.judgeAll(output, {}, ['hedging', 'sycophancy']);
    assert.deepEqual(Object.keys(all), ['hedging', 'sycophancy']);
    assert.equal(seen.length - before, 2);
  });
});

describe('parseJudgeAnswer', () => {
  it('rejects extra keys and accepts surrounding whitespace only', () => {
    assert.throws(() => parseJudgeAnswer('{"present": false, "quote": "", "why": "x"}', 'out', 'hedging'), JudgeAnswerError);
    assert.throws(() => parseJudgeAnswer('```json\n{"present": false, "quote": ""}\n```', 'out', 'hedging'), JudgeAnswerError);
    assert.deepEqual(parseJudgeAnswer('  {"present": false, "quote": ""}\n', 'out', 'hedging'), { present: false, spans: [] });
  });
});
