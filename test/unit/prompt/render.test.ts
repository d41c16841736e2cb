import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parsePromptFile } from '../../../src/core/prompt/parse';
import { PromptRenderError, promptVariables, renderMessages, renderPromptPreview } from '../../../src/core/prompt/render';
import { sha256 } from '../../../src/core/hash';

const fixture = (name: string) => join(__dirname, '../../fixtures/prompts', name);
const parsed = (name: string) => parsePromptFile(readFileSync(fixture(name), 'utf8'), fixture(name));

test('the body is the system message with vars filled in; the rendered input is the user message', () => {
  const messages = renderMessages(parsed('support.prompt.md'), 'Hi, {{customer_name}} here: refund please', { customer_name: 'Dana', company: 'Acme' });
  assert.equal(messages.length, 2);
  assert.equal(messages[0]!.role, 'system');
  assert.match(messages[0]!.content, /^You are the support assistant of Acme, talking to Dana\.\n/);
  assert.ok(!messages[0]!.content.includes('{{'));
  assert.deepEqual(messages[1], { role: 'user', content: 'Hi, Dana here: refund please' });
});

test('{{ name }} with spaces, {{{name}}}, dotted paths, numbers, booleans and objects', () => {
  const p = parsePromptFile('A={{ a }} B={{{b}}} C={{user.name}} D={{n}} E={{flag}} F={{obj}} G={{dotted.key}}', 'p.txt');
  const [system] = renderMessages(p, '', { a: 'x', b: '<y>', user: { name: 'Kim' }, n: 3, flag: false, obj: { k: [1] }, 'dotted.key': 'exact' });
  assert.equal(system!.content, 'A=x B=<y> C=Kim D=3 E=false F={"k":[1]} G=exact');
});

test('a value containing {{…}} or $& is inserted literally, not rendered again', () => {
  const p = parsePromptFile('Say {{a}} and {{b}}', 'p.txt');
  const [system] = renderMessages(p, '', { a: '{{b}}', b: '$& $1' });
  assert.equal(system!.content, 'Say {{b}} and $& $1');
});

test('helpers and filters that are not plain variables are left as written', () => {
  const p = parsePromptFile('{{#if vip}}VIP{{/if}} {{ name | upper }} {{role "x"}}', 'p.txt');
  assert.deepEqual(promptVariables(p), []);
  assert.equal(renderMessages(p, 'q', {})[0]!.content, '{{#if vip}}VIP{{/if}} {{ name | upper }} {{role "x"}}');
});

test('a missing variable throws PromptRenderError naming the variable, the case and the line', () => {
  const p = parsed('support.prompt.md');
  // in a VS Code prompt file {{name}} is a variable when the suite's cases use that name
  const knownVariables = new Set(['company', 'customer_name']);
  assert.throws(
    () => renderMessages(p, 'hello', { company: 'Acme' }, { caseId: 'angry-refund', knownVariables }),
    (err: unknown) => {
      assert.ok(err instanceof PromptRenderError);
      assert.equal(err.variable, 'customer_name');
      assert.equal(err.caseId, 'angry-refund');
      assert.equal(err.usedIn, 'system');
      assert.equal(err.line, 6);
      assert.match(err.message, /case 'angry-refund': variable 'customer_name' is not set/);
      return true;
    },
  );
  // null counts as missing (a YAML key left empty), never as an empty string
  assert.throws(() => renderMessages(p, 'x', { company: 'Acme', customer_name: null }, { knownVariables }), PromptRenderError);
  // a missing variable in the case input is reported as such
  assert.throws(
    () => renderMessages(p, 'I am {{nickname}}', { company: 'A', customer_name: 'B' }, { caseId: 'c1' }),
    (err: unknown) => err instanceof PromptRenderError && err.usedIn === 'input' && err.variable === 'nickname',
  );
});

test('prompty: a user section using {{question}} receives the case input, which is not sent twice', () => {
  const messages = renderMessages(parsed('triage.prompty'), 'I was double charged', { team: 'Acme' }, { caseId: 't' });
  assert.deepEqual(messages, [
    { role: 'system', content: 'You triage support tickets for Acme. Reply with one of: billing, bug, account, other.' },
    { role: 'user', content: 'Ticket: I was double charged' },
  ]);
  // vars win over the input alias
  const fromVars = renderMessages(parsed('triage.prompty'), 'ignored?', { team: 'A', question: 'from vars' });
  assert.equal(fromVars[1]!.content, 'Ticket: from vars');
  assert.deepEqual(fromVars[2], { role: 'user', content: 'ignored?' });
});

test('a prompty without a user section gets the input as the last user message; assistant turns are kept', () => {
  const p = parsePromptFile('system:\nBe kind.\nuser:\nHi\nassistant:\nHello, {{name}}!', 'x.prompty');
  assert.deepEqual(renderMessages(p, 'Follow-up', { name: 'Jo' }), [
    { role: 'system', content: 'Be kind.' },
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello, Jo!' },
    { role: 'user', content: 'Follow-up' },
  ]);
});

test('an empty system body sends no system message', () => {
  assert.deepEqual(renderMessages(parsePromptFile('---\nmodel: x\n---\n\n', 'e.prompt.md'), 'hi', {}), [{ role: 'user', content: 'hi' }]);
});

test('promptVariables lists each name once in order of first use', () => {
  assert.deepEqual(promptVariables(parsed('triage.prompty')), ['team', 'question']);
  assert.deepEqual(promptVariables(parsePromptFile('{{b}} {{a}} {{ b }}', 'p.txt')), ['b', 'a']);
});

test('renderPromptPreview keeps unknown variables as written and hashes the raw bytes', () => {
  const text = readFileSync(fixture('triage.prompty'), 'utf8');
  // a Jinja template with a variable unset previews as written (it cannot be half-rendered)
  const preview = renderPromptPreview(text, 'triage.prompty', { team: 'Acme' });
  assert.deepEqual(preview.variables, ['team', 'question']);
  assert.equal(preview.system, 'You triage support tickets for {{team}}. Reply with one of: billing, bug, account, other.');
  assert.deepEqual(preview.messages[1], { role: 'user', content: 'Ticket: {{question}}' });
  const full = renderPromptPreview(text, 'triage.prompty', { team: 'Acme', question: 'Refund?' });
  assert.equal(full.system, 'You triage support tickets for Acme. Reply with one of: billing, bug, account, other.');
  // PromptShift's own {{ name }} keeps its spacing in a preview
  assert.equal(renderPromptPreview('Hi {{ name }} and {{x}}', 'p.txt', { x: 'X' }).system, 'Hi {{ name }} and X');
  assert.equal(preview.sha256, createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
  assert.equal(sha256(Buffer.from(text, 'utf8')), preview.sha256);
});
