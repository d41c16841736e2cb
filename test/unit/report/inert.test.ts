// inert.ts on its own: what each spelling does to hostile text, and, over generated strings full of
// control characters, line ends and command prefixes, that JSON keeps its values while nothing
// live or command-like is left in any format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMarkdown, fitsCodeSpan, inertJson, inertMarkdownDocument, inertMarkup, inertText, inertWriter } from '../../../src/core/report/inert';
import { escapeHtml } from '../../../src/core/report/html';

const LIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const noCommands = (text: string) => text.split('\n').every((line) => !/^\s*::/.test(line) && !line.includes('##['));

test('terminal text: escapes shown, not played; commands broken; \\n and \\t kept', () => {
  assert.equal(inertText('a\u001b]52;c;eA==\u0007b'), 'a\\u001b]52;c;eA==\\u0007b');
  assert.equal(inertText('x\r\n::error::y'), 'x\\u000d\n\\u003a:error::y');
  assert.equal(inertText('  ::warning::w\n\t##[group]g'), '  \\u003a:warning::w\n\t\\u0023#[group]g');
  assert.equal(inertText('a::b'), 'a::b', ':: inside a line is text');
  assert.equal(inertText('\u202eevil\u2028next\u0085'), '\\u202eevil\\u2028next\\u0085');
  assert.equal(inertText(inertText('::x ##[y] \u001b')), inertText('::x ##[y] \u001b'), 'idempotent');
  const out: string[] = [];
  const write = inertWriter((t) => out.push(t));
  write('value: ');
  write('::not a line start');
  write('\n');
  write('::a line start');
  assert.deepEqual(out, ['value: ', '::not a line start', '\n', '\\u003a:a line start']);
});

test('Markdown: every line end is a space, @ cannot mention, markup is text; code spans only for plain text', () => {
  assert.equal(escapeMarkdown('id\r![x](http://e/i.png)\u2028# All gates passed'), 'id \\!\\[x\\]\\(http://e/i.png\\) \\# All gates passed');
  assert.equal(escapeMarkdown('hi @octocat and @org/team'), 'hi @&#8203;octocat and @&#8203;org/team');
  assert.equal(escapeMarkdown('<img src=x> & \u001b[2J'), '&lt;img src=x&gt; &amp; \\u001b\\[2J');
  for (const plain of ['angry-refund', 'case 12', 'snapshot:1a2b3c4d']) assert.ok(fitsCodeSpan(plain), plain);
  for (const hostile of ['a`b', 'a\rb', 'a\u2028b', 'a\u001bb', 'x ##[warning]', '<b>', 'a&b']) assert.ok(!fitsCodeSpan(hostile), JSON.stringify(hostile));
  assert.equal(inertMarkdownDocument('ok\n::error::x\n##[warning]y'), 'ok\n\\::error::x\n\\##[warning]y');
});

test('HTML and XML: CRLF normalised, controls shown, commands broken with character references', () => {
  assert.equal(escapeHtml('a\r\nb\rc\u0007'), 'a\nb\\u000dc\\u0007');
  assert.equal(escapeHtml('x\n  ::error::y ##[z] <b>'), 'x\n  &#58;:error::y &#35;#[z] &lt;b&gt;');
  assert.equal(escapeHtml('::at the start of a piece'), '&#58;:at the start of a piece', 'each piece may start a line');
  assert.equal(inertMarkup('a::b', (t) => t), 'a::b');
});

const hostileChar = fc.constantFrom('\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u000b', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', ':', '#', '[', '@', '`', ' ', '\\', '"', 'a', 'é', '\uFFFD');
const hostileText = fc.oneof(fc.string({ unit: hostileChar, maxLength: 40 }), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

test('generated text: JSON keeps every value; no format leaves anything live or command-like', () => {
  fc.assert(
    fc.property(hostileText, hostileText, (key, value) => {
      const json = inertJson({ [key]: value, list: [value, key] }, 2);
      assert.deepEqual(JSON.parse(json), { [key]: value, list: [value, key] });
      for (const [name, text] of [
        ['json', json],
        ['terminal', inertText(value)],
        ['markdown', inertMarkdownDocument(`- ${escapeMarkdown(value)}\n${escapeMarkdown(key)}`)],
        ['markup', `<p>${escapeHtml(value)}</p>\n${escapeHtml(key)}`],
      ] as const) {
        assert.doesNotMatch(text, LIVE, `${name}: ${JSON.stringify(text)}`);
        assert.ok(noCommands(text), `${name}: ${JSON.stringify(text)}`);
      }
      const md = escapeMarkdown(value);
      assert.ok(!md.includes('\n') && !/@(?!&#8203;)/.test(md), JSON.stringify(md));
    }),
    { numRuns: 3000, seed: 1212 },
  );
});
