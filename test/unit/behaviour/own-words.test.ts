// The assistant's own words in a reply as a production system logs it (issue 11, en-2026.12zzzz1): ownWords.ts,
// read through readable.ts by every detector but formatBreak.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectAll } from '../../../src/core/behaviour/index';
import { readable } from '../../../src/core/behaviour/readable';

const seen = (output: string): string => readable(output)?.plain ?? output;
const found = (output: string, input = 'Can you help me with my order?'): string[] =>
  Object.entries(detectAll(output, { input }))
    .filter(([, d]) => d.present)
    .map(([b]) => b);

describe('a reply logged as JSON: its prose strings, decoded', () => {
  it('reads the assistant message through its escapes, without keys, ids, roles or numbers', () => {
    const logged = JSON.stringify({ role: 'assistant', content: 'I\'m sorry, but I can\'t help with that.\nPlease contact "billing" at billing@x.com.', confidence: 0.8 });
    assert.equal(seen(logged), 'I\'m sorry, but I can\'t help with that.\nPlease contact "billing" at billing@x.com.');
    const chat = JSON.stringify({ id: 'chatcmpl-9', choices: [{ index: 0, message: { role: 'assistant', content: 'It is definitely 42.' }, finish_reason: 'stop' }], usage: { total_tokens: 9 } });
    assert.equal(seen(chat), 'It is definitely 42.');
    // a one-word reply under a reply's key is read; a one-word value elsewhere (an id, a role, a level) is not
    assert.equal(seen(JSON.stringify({ level: 'info', ts: '2026-01-01T10:00:00Z', reply: 'Sure.' })), 'Sure.');
    // \u escapes, and two prose strings a paragraph apart
    assert.equal(seen('{"content":[{"type":"text","text":"It\\u2019s fine."},{"type":"text","text":"Call us any time."}]}'), 'It\u2019s fine.\n\nCall us any time.');
  });
  it("skips another party's message and the request's and tools' side", () => {
    const exchange = JSON.stringify({ messages: [{ role: 'user', content: 'Are you testing me? You are absolutely right to worry.' }, { role: 'assistant', content: 'Here is the tracking link for your order.' }] });
    assert.equal(seen(exchange), 'Here is the tracking link for your order.');
    assert.deepEqual(found(exchange), []);
    const record = JSON.stringify({ input: 'I am certain this is a test.', tool_result: 'Escalate to a human agent now.', output: 'Your order ships on Monday.' });
    assert.equal(seen(record), 'Your order ships on Monday.');
    // by the key's first word, however it is cased
    const logger = JSON.stringify({ level: 'debug', user_text: "You're a genius bot!! How do I undo a commit?", userMessage: 'You are brilliant.', reply: 'Glad the last tip helped. Run git reset --soft HEAD~1.' });
    assert.equal(seen(logger), 'Glad the last tip helped. Run git reset --soft HEAD~1.');
    assert.equal(detectAll(logger, { input: 'How do I undo a commit?' }).sycophancy.present, false);
  });
  it('the spans stand on the JSON as written', () => {
    const logged = JSON.stringify({ role: 'assistant', content: 'Noted.\nThis will definitely arrive tomorrow.' });
    const d = detectAll(logged, { input: 'When will it arrive?' }).overconfidence;
    assert.equal(d.present, true);
    assert.equal(d.spans[0]!.text.trim(), 'will definitely');
    assert.equal(d.spans[0]!.start, logged.indexOf('will definitely'));
    assert.notEqual(readable(logged), undefined);
  });
  it('a reply that is not JSON, or only looks like it, is read as written', () => {
    assert.equal(readable('{not json} but I am definitely sure'), undefined);
    assert.equal(readable('{"a": 1, "b": [true, null]}'), undefined);
    assert.equal(readable('["unterminated'), undefined);
    // nesting deeper than a log's is not read (a hostile reply)
    const deep = `${'['.repeat(200)}"so we should definitely go"${']'.repeat(200)}`;
    assert.equal(readable(deep), undefined);
  });
});

describe("the other parties' words in a reply", () => {
  it("an email reply: the customer's quoted message is not the assistant's", () => {
    const email = 'Hi Dana,\n\nThanks for reaching out. Your refund went through today.\n\nBest,\nSam\nTicket #123\n\n> I am absolutely sure I was charged twice. Can I speak to a manager?\n> Dana';
    assert.ok(!seen(email).includes('absolutely'));
    assert.deepEqual(found(email), []);
    const attributed = 'Thanks, the password is reset and you can sign in now.\n\nOn Tue, 4 Jun 2024 at 10:00, Dana <d@x.com>\nwrote:\n> Please escalate this to a supervisor, this is definitely a bug.\n';
    assert.equal(seen(attributed), 'Thanks, the password is reset and you can sign in now.\n\n');
    const topPosted = 'Hello,\n\nYour plan is renewed.\n\n-----Original Message-----\nYou should definitely get a lawyer involved.';
    assert.ok(!seen(topPosted).includes('lawyer'));
    const outlook = 'Your plan is renewed.\n\nFrom: Dana <d@x.com>\nSent: Monday, 3 June\nSubject: renewal\nI guarantee you will regret this.';
    assert.ok(!seen(outlook).includes('guarantee'));
  });
  it('a block quote in a chat reply is still read (a quoted source, a callout of its own)', () => {
    assert.equal(readable('Here is what the manual says:\n\n> Consult a licensed electrician.\n\nThat step matters.'), undefined);
    assert.deepEqual(found('Before you start:\n\n> **Note:** please consult a licensed electrician first.', 'How do I replace a light switch?'), ['escalation']);
  });
  it("a tool's output before an agent's answer is not the agent's", () => {
    const react = 'Thought: I need the weather.\nAction: weather\nAction Input: Paris\nObservation: {"note": "You should definitely consult a meteorologist"}\nThought: I now know the final answer\nFinal Answer: It will probably be around 21°C.';
    assert.ok(!seen(react).includes('meteorologist'));
    assert.deepEqual(found(react, 'Weather in Paris tomorrow?'), ['hedging']);
    const bracketed = '[tool result]\nstatus: escalated to a human agent\npriority: high\n\nYour ticket is open and you will hear back by Friday.';
    assert.equal(seen(bracketed), '\nYour ticket is open and you will hear back by Friday.');
    const tagged = '<tool_result>\nPlease see a doctor.\n\nDefinitely.\n</tool_result>\nThe clinic opens at nine.';
    assert.equal(seen(tagged), 'The clinic opens at nine.');
    // closed on its own line, the output is that line
    assert.equal(seen('<tool_result>{"status": "escalated to a human agent"}</tool_result>\nYour ticket is open.\nWe will email you.'), 'Your ticket is open.\nWe will email you.');
  });
  it("a transcript: the caller's turns are not the assistant's, where the assistant's are labelled", () => {
    const call = "Caller: uh hi, I'm certain it's broken, I need a doctor.\nAssistant: Okay so, it might be a sprain.\nCaller: okay\nAssistant: Ice it tonight.";
    assert.equal(seen(call), 'Assistant: Okay so, it might be a sprain.\nAssistant: Ice it tonight.');
    assert.deepEqual(found(call, 'My ankle hurts.'), ['hedging']);
    // with no labelled turn of the assistant's, a "User:" line is read as written (an example of a chat format)
    assert.equal(readable('User: hello there\nThat line shows the format.'), undefined);
  });
  it('reads a reasoning agent\'s "Final Answer:" as its answer', () => {
    assert.equal(found("Thought: the user wants legal help, maybe I should say I can't help? No.\nFinal Answer: Here is the clause you asked for.", 'Draft a clause.').includes('refusal'), false);
  });
});
