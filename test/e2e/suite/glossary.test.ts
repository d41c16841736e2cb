// Issue 7 in the real extension host: hovers through vscode.executeHoverProvider, related-term
// command links, promptshift.defineTerm, and the user glossary (override, reload, diagnostics).
// Expected texts come from the glossary itself, so the check follows the glossary's wording.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Glossary, DEFINE_TERM_COMMAND, USER_GLOSSARY_PATH, type GlossaryTerm } from '../../../src/core/glossary';
import { activeExtension, waitFor, wsUri, workspaceRoot } from './helpers';

const builtIn = Glossary.builtIn();
function term(id: string): GlossaryTerm {
  const t = builtIn.get(id);
  assert.ok(t, `built-in term ${id}`);
  return t;
}

const PROMPT = [
  '# Review',
  'Alpha: the planner may be doing mesa-optimization of its own.',
  'Bravo: the British spelling mesa-optimisation names the same idea.',
  'Charlie: inner alignment asks whether the learned goal is the trained one.',
  'Delta: answers full of hedging, and some brittle persona drift.',
  'Echo: `mesa-optimization` in a code span is code, not prose.',
  '',
].join('\n');
const PLAIN = 'The optimization step finished early.\nInner alignment matters here too.\n';

/** Markdown text with the renderer's backslash escapes undone, so it compares with plain strings. */
function unescaped(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

interface HoverText {
  text: string;
  markdown: vscode.MarkdownString[];
}

/** All hover contents at the n-th occurrence of `word` (one character into the word). */
async function hoverAt(doc: vscode.TextDocument, word: string, nth = 0): Promise<HoverText> {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(word, at + 1);
  assert.ok(at >= 0, `"${word}" occurs ${nth + 1} times in ${path.basename(doc.uri.fsPath)}`);
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 1))) as vscode.Hover[];
  const markdown = hovers.flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString));
  return { text: unescaped(markdown.map((m) => m.value).join('\n\n')), markdown };
}

async function createFile(relative: string, text: string): Promise<vscode.TextDocument> {
  const uri = wsUri(relative);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { contents: Buffer.from(text), overwrite: true });
  assert.ok(await vscode.workspace.applyEdit(edit), `created ${relative}`);
  return vscode.workspace.openTextDocument(uri);
}

describe('alignment-term hovers', () => {
  let prompt: vscode.TextDocument;
  let plain: vscode.TextDocument;
  const glossaryFile = () => path.join(workspaceRoot().fsPath, USER_GLOSSARY_PATH);

  before(async () => {
    prompt = await createFile('glossary-e2e/review.prompt.md', PROMPT);
    plain = await createFile('glossary-e2e/notes.txt', PLAIN);
    await vscode.window.showTextDocument(prompt);
    await activeExtension();
  });

  after(async () => {
    fs.rmSync(glossaryFile(), { force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the definition, explanation and source of mesa-optimization, mesa-optimisation and inner alignment', async () => {
    for (const [word, id] of [['mesa-optimization', 'mesa-optimization'], ['mesa-optimisation', 'mesa-optimization'], ['inner alignment', 'inner-alignment']] as const) {
      const t = term(id);
      const h = await waitFor(`the ${id} hover over "${word}"`, async () => {
        const x = await hoverAt(prompt, word);
        return x.text.includes(t.definition) ? x : undefined;
      });
      assert.ok(h.text.includes(t.explanation), `explanation of ${id}`);
      const url = t.sources[0]!.url;
      assert.ok(h.markdown.some((m) => m.value.includes(`](${url})`)), `a markdown link to ${url} over "${word}"`);
    }
  });

  it('does not hover a term inside a markdown code span, nor "optimization" alone in plain text', async () => {
    const code = await hoverAt(prompt, 'mesa-optimization', 1);
    assert.ok(!code.text.includes(term('mesa-optimization').definition), 'no hover inside `code`');
    const lone = await hoverAt(plain, 'optimization');
    assert.ok(!lone.text.includes(term('mesa-optimization').definition), `no mesa-optimization over a lone "optimization": ${lone.text}`);
    const real = await hoverAt(plain, 'Inner alignment');
    assert.ok(real.text.includes(term('inner-alignment').definition), 'plain-text files get hovers');
  });

  it('links related terms to promptshift.defineTerm, and only that command is trusted', async () => {
    const h = await hoverAt(prompt, 'mesa-optimization');
    const md = h.markdown.find((m) => m.value.includes('command:'));
    assert.ok(md, 'the hover has command links');
    assert.deepEqual(md.isTrusted, { enabledCommands: [DEFINE_TERM_COMMAND] });
    const links = [...md.value.matchAll(/\]\(command:([\w.]+)\?([^)]+)\)/g)];
    assert.deepEqual(links.map((l) => l[1]).filter((c) => c !== DEFINE_TERM_COMMAND), [], 'every command link calls promptshift.defineTerm');
    const ids = links.map((l) => (JSON.parse(decodeURIComponent(l[2]!)) as string[])[0]!);
    assert.deepEqual(ids, term('mesa-optimization').related.filter((id) => builtIn.get(id)), 'one link per related term, in order');
    // The link's argument, passed as the link passes it, defines that term.
    const first = (await vscode.commands.executeCommand(DEFINE_TERM_COMMAND, ids[0])) as { termId: string };
    assert.equal(first.termId, ids[0]);
  });

  it('promptshift.defineTerm finds a term by any spelling and rejects an unknown one', async () => {
    assert.deepEqual(await vscode.commands.executeCommand(DEFINE_TERM_COMMAND, { term: 'mesa-optimisation', show: false }), { termId: 'mesa-optimization' });
    assert.deepEqual(await vscode.commands.executeCommand(DEFINE_TERM_COMMAND, { term: 'Inner Alignment', show: false }), { termId: 'inner-alignment' });
    const error = await vscode.commands.executeCommand(DEFINE_TERM_COMMAND, { term: 'no such term', show: false }).then(() => undefined, (e: Error) => e.message);
    assert.match(String(error), /not in the glossary/);
  });

  it('picks up a user glossary that overrides a built-in term and adds one, without a reload', async () => {
    fs.mkdirSync(path.dirname(glossaryFile()), { recursive: true });
    fs.writeFileSync(glossaryFile(), [
      'terms:',
      '  - id: hedging',
      '    definition: Our team wording for hedging (e2e override).',
      '  - term: brittle persona',
      '    definition: A persona that gives way after a few turns of pressure (e2e).',
      '    related: [objective-stability]',
      '',
    ].join('\n'));
    await waitFor('the override on hover', async () => ((await hoverAt(prompt, 'hedging')).text.includes('Our team wording for hedging (e2e override).') ? true : undefined), 20000);
    const hedging = await hoverAt(prompt, 'hedging');
    assert.ok(hedging.text.includes(term('hedging').explanation), 'fields the override does not give stay built-in');
    const added = await hoverAt(prompt, 'brittle persona');
    assert.ok(added.text.includes('A persona that gives way after a few turns of pressure (e2e).'));
    assert.deepEqual(await vscode.commands.executeCommand(DEFINE_TERM_COMMAND, { term: 'brittle persona', show: false }), { termId: 'brittle-persona' });
  });

  it('reports a malformed glossary in Problems with its line, and keeps the built-in terms', async () => {
    fs.writeFileSync(glossaryFile(), ['terms:', '  - term: broken', '    definition: [unclosed', '  - term: no definition here', ''].join('\n'));
    const uri = vscode.Uri.file(glossaryFile());
    const diags = await waitFor('glossary diagnostics', () => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'PromptShift glossary');
      return d.length ? d : undefined;
    }, 20000);
    assert.ok(diags.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'an error');
    const missing = diags.find((d) => /definition/.test(d.message) && /no definition here/.test(d.message));
    assert.ok(missing, `the entry without a definition is named: ${diags.map((d) => d.message).join(' | ')}`);
    assert.equal(missing.range.start.line, 3, 'on its line (0-based 3 = line 4)');
    const h = await hoverAt(prompt, 'mesa-optimization');
    assert.ok(h.text.includes(term('mesa-optimization').definition), 'built-ins still hover');
    // Fixing the file clears its problems.
    fs.rmSync(glossaryFile());
    await waitFor('diagnostics to clear', () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined), 20000);
  });
});
