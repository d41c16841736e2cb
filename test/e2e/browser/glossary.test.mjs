// Issue 7 in the real VS Code: alignment-term hovers in a prompt file and in plain text, the user
// glossary picked up without a reload, a malformed glossary in Problems, and Define Alignment Term….
// Expected texts come from the glossary itself (src/core/glossary, imported through tsx), so a
// changed definition cannot make this pass by accident.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { copyWorkspace } from '../lib/workbench.mjs';
import { openSession, runCommand, poll } from '../lib/session.mjs';

const { Glossary } = await tsImport('../../../src/core/glossary/index.ts', import.meta.url);
const builtIn = Glossary.builtIn();
const MESA = builtIn.get('mesa-optimization');
const INNER = builtIn.get('inner-alignment');

const PROMPT = [
  '# Alignment review notes',
  '',
  'Alpha: the planner may be doing mesa-optimization of its own.',
  'Bravo: the British spelling mesa-optimisation names the same idea.',
  'Charlie: inner alignment asks whether the learned goal is the trained one.',
  'Delta: watch for brittle persona drift in long chats.',
  '',
].join('\n');
const PLAIN = ['The optimization step finished early.', 'Inner alignment matters here too.', ''].join('\n');
const USER_TERM_DEFINITION = 'A persona that gives way after a few turns of pressure (e2e user term).';

let session;
let failed = false;
let workspace;
before(async () => {
  // Fixture files go in before the workbench opens, so Quick Open and the explorer see them at once.
  workspace = copyWorkspace();
  writeFileSync(join(workspace, 'prompts', 'alignment-review.prompt.md'), PROMPT);
  writeFileSync(join(workspace, 'plain-notes.txt'), PLAIN);
  session = await openSession({ folder: workspace });
});
after(async () => {
  await session?.close('glossary', failed);
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

/**
 * Centre of the n-th occurrence of `word` in the visible editor's rendered lines, via a DOM Range.
 * A line's text is joined across its spans first: Monaco splits long tokens into 50-character
 * spans, so a word can straddle two of them.
 */
async function wordCentre(page, word, nth = 0) {
  return page.evaluate(({ word, nth }) => {
    let seen = 0;
    for (const line of document.querySelectorAll('.part.editor .monaco-editor .view-line')) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      // The editor renders spaces as non-breaking spaces.
      const text = nodes.map((n) => n.textContent).join('').replace(/\u00a0/g, ' ');
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (seen++ < nth) continue;
        let mid = at + Math.floor(word.length / 2);
        const node = nodes.find((n) => (mid < n.textContent.length ? true : ((mid -= n.textContent.length), false)));
        const range = document.createRange();
        range.setStart(node, mid);
        range.setEnd(node, mid + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return undefined;
  }, { word, nth });
}

/** Quick Open `name` and wait until its editor is the active one (the first row may be a stale recent file). */
async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30000 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30000 });
  await page.locator('.part.editor .monaco-editor .view-line').first().waitFor();
}

/**
 * Hovers `word` and returns the visible hover's text and links, or undefined if no hover appears
 * within `waitMs`. The mouse leaves first and arrives in steps, as a user's would.
 */
async function hover(page, word, { waitMs = 4000, nth = 0 } = {}) {
  const at = await poll(`"${word}" rendered in the editor`, () => wordCentre(page, word, nth), 30000);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(150);
  await page.mouse.move(at.x - 40, at.y + 25, { steps: 4 });
  await page.mouse.move(at.x, at.y, { steps: 6 });
  const box = page.locator('.monaco-hover:visible').filter({ hasText: /\S/ });
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if ((await box.count()) > 0) {
      const first = box.first();
      const text = await first.innerText().catch(() => '');
      const links = await first.locator('a').evaluateAll((as) => as.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), dataHref: a.getAttribute('data-href') })));
      if (text) return { text, links };
    }
    await page.waitForTimeout(100);
  }
  return undefined;
}

/** Hovers until `accept(hover)` holds (hovers can be early while the extension activates). */
async function hoverUntil(page, word, what, accept, timeoutMs = 30000) {
  let last;
  try {
    return await poll(what, async () => {
      last = await hover(page, word);
      return last && accept(last) ? last : undefined;
    }, timeoutMs);
  } catch (e) {
    throw new Error(`${e.message}; last hover over "${word}": ${last ? JSON.stringify(last).slice(0, 600) : 'none'}`);
  }
}

const hasDefinition = (term) => (h) => h.text.includes(term.definition);
const linkTo = (h, url) => h.links.find((l) => l.href === url || l.dataHref === url);

check('hovering mesa-optimization, mesa-optimisation and inner alignment in a .prompt.md shows their definitions and source links', async () => {
  const { page } = session;
  await openFile(page, 'alignment-review.prompt.md');
  for (const [word, term] of [['mesa-optimization', MESA], ['mesa-optimisation', MESA], ['inner alignment', INNER]]) {
    const h = await hoverUntil(page, word, `the ${term.id} hover over "${word}"`, hasDefinition(term));
    assert.ok(h.text.includes(term.explanation), `the hover over "${word}" carries the explanation`);
    const url = term.sources[0].url;
    const link = linkTo(h, url);
    assert.ok(link, `the hover over "${word}" links to its source ${url}; links: ${JSON.stringify(h.links)}`);
    // Related terms are command links to promptshift.defineTerm.
    assert.ok(h.links.some((l) => /promptshift\.defineTerm/.test(`${l.href} ${l.dataHref}`)), `related-term links in the hover over "${word}"`);
  }
  assert.equal(MESA.sources[0].url, 'https://arxiv.org/abs/1906.01820', 'the mesa family cites Hubinger et al. 2019');
});

check('the source link in a hover opens the paper', async () => {
  const { page } = session;
  const h = await hoverUntil(page, 'mesa-optimization', 'the mesa-optimization hover', hasDefinition(MESA));
  assert.ok(linkTo(h, MESA.sources[0].url));
  const anchor = page.locator('.monaco-hover:visible a', { hasText: 'arxiv.org/abs/1906.01820' }).first();
  // Opening an external link either opens a new page or asks to confirm the domain first.
  const popup = page.context().waitForEvent('page', { timeout: 15000 }).then((p) => p.url(), () => undefined);
  await anchor.click();
  const dialog = page.locator('.monaco-dialog-box');
  const opened = await Promise.race([
    popup,
    dialog.waitFor({ timeout: 15000 }).then(async () => `dialog: ${await dialog.innerText()}`, () => undefined),
  ]);
  assert.ok(opened, 'clicking the source link opened something');
  assert.match(opened, /arxiv\.org\/abs\/1906\.01820/);
  if (opened.startsWith('dialog')) await page.keyboard.press('Escape');
  for (const p of page.context().pages()) if (p !== page) await p.close().catch(() => undefined);
});

check('in plain text, "optimization" alone shows no mesa-optimization entry, while a real term there does', async () => {
  const { page } = session;
  await openFile(page, 'plain-notes.txt');
  // Hovers work in this file: the term on the next line is defined …
  await hoverUntil(page, 'Inner alignment', 'the inner-alignment hover in plain text', hasDefinition(INNER));
  // … and the lone word is not taken for mesa-optimization (no hover at all is expected).
  const h = await hover(page, 'optimization', { waitMs: 2500 });
  assert.ok(!h || !h.text.includes(MESA.definition), `no mesa-optimization hover over a lone "optimization": ${h?.text}`);
  assert.ok(!h || !/mesa/i.test(h.text), `nothing about mesa-optimization: ${h?.text}`);
});

check('a term added to .promptshift/glossary.yaml shows on hover without a reload', async () => {
  const { page } = session;
  await openFile(page, 'alignment-review.prompt.md');
  const before = await hover(page, 'brittle persona', { waitMs: 1500 });
  assert.ok(!before || !before.text.includes(USER_TERM_DEFINITION), 'the term is not defined before the file exists');
  mkdirSync(join(workspace, '.promptshift'), { recursive: true });
  writeFileSync(join(workspace, '.promptshift', 'glossary.yaml'), [
    'terms:',
    '  - term: brittle persona',
    `    definition: ${USER_TERM_DEFINITION}`,
    '    related: [objective-stability]',
    '',
  ].join('\n'));
  const h = await hoverUntil(page, 'brittle persona', 'the user term to show on hover', (x) => x.text.includes(USER_TERM_DEFINITION));
  assert.match(h.text, /brittle persona/i);
});

check('a malformed glossary file shows a Problems entry and the built-in terms keep working', async () => {
  const { page } = session;
  writeFileSync(join(workspace, '.promptshift', 'glossary.yaml'), [
    'terms:',
    '  - term: broken entry',
    '    definition: [unclosed',
    '  - term: no definition here',
    '',
  ].join('\n'));
  await runCommand(page, 'View: Focus Problems');
  const rows = page.locator('.markers-panel .monaco-list-row');
  const texts = await poll('a glossary.yaml entry in Problems', async () => {
    const t = await rows.allInnerTexts();
    return t.some((x) => /glossary\.yaml/.test(x)) && t.some((x) => /PromptShift glossary/.test(x)) ? t : undefined;
  }, 30000);
  assert.ok(texts.some((x) => /PromptShift glossary/.test(x) && /\[Ln \d+, Col \d+\]/.test(x)), `a problem with a position: ${texts.join(' | ')}`);
  await page.keyboard.press('Escape');
  await openFile(page, 'alignment-review.prompt.md');
  await hoverUntil(page, 'mesa-optimization', 'built-in hovers to keep working', hasDefinition(MESA));
});

check('Define Alignment Term… offers every term in a quick pick', async () => {
  const { page } = session;
  await runCommand(page, 'PromptShift: Define Alignment Term…');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  // The list is virtualised; every row carries the total in aria-setsize.
  const total = await poll('the term quick pick', async () => {
    const first = rows.first();
    if (!(await first.isVisible())) return undefined;
    const text = await first.innerText();
    if (/PromptShift: Define/.test(text)) return undefined; // still the command palette
    return Number(await first.getAttribute('aria-setsize')) || undefined;
  }, 30000);
  assert.ok(total >= 40, `at least 40 terms in the pick, saw ${total}`);
  assert.ok(total >= builtIn.all().length, `every built-in term (${builtIn.all().length}) is offered, saw ${total}`);
  await page.locator('.quick-input-widget input').fill('mesa-optimization');
  const match = page.locator('.quick-input-list .monaco-list-row', { hasText: MESA.definition.slice(0, 40) });
  await match.first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Escape');
});
