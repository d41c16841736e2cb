// Browser checks of the detector cards and the user's own labels in the real VS Code: the scorecard
// row's hover (and keyboard focus) shows each behaviour's detector card; marking an output's
// behaviour wrong (mouse) or right (keyboard) appends to .promptshift/labels.jsonl and updates the
// card's "your labels" figures. The run is a real one: `promptshift eval` on the example suite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';

const LABELS = ['Refusal', 'Escalation', 'Hedging', 'Overconfidence', 'Sycophancy', 'Eval awareness', 'Format break'];
const BEHAVIOURS = ['refusal', 'escalation', 'hedging', 'overconfidence', 'sycophancy', 'evalAwareness', 'formatBreak'];
let session;
let folder;
let failed = false;

before(async () => {
  folder = copyWorkspace();
  // a real run of the example suite (replay provider): exit 1, its escalation gate fails
  const cli = spawnSync(process.execPath, [join(projectRoot, 'dist/cli.js'), 'eval', 'support.evals.yaml'], { cwd: folder, encoding: 'utf8' });
  assert.ok(cli.status === 0 || cli.status === 1, `promptshift eval: ${cli.stderr}`);
  session = await openSession({ folder });
});
after(async () => { await session?.close('detectors', failed); });
const check = (name, fn) => test(name, async (t) => { try { await fn(t); } catch (e) { failed = true; throw e; } });

const frame = () => webviewFrame(session.page);
const card = () => frame().locator('#detector-card');
const labelsFile = () => join(folder, '.promptshift', 'labels.jsonl');
const readMarks = () => (existsSync(labelsFile()) ? readFileSync(labelsFile(), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

/** Moves the pointer off and onto a scorecard row, then returns the card's text once it is shown. */
async function hoverCard(behaviour) {
  await session.page.mouse.move(5, 5);
  await frame().locator(`.score-row[data-behaviour="${behaviour}"] th`).hover();
  await card().waitFor({ state: 'visible', timeout: 10000 });
  return card().innerText();
}

check('the scorecard hover shows each behaviour\'s detector card: method, figures by split part, blind spots', async () => {
  await runCommandWhenListed(session.page, 'PromptShift: Open Eval Run…');
  await poll('the scorecard', async () => (await frame().locator('.scorecard .score-row').count()) === 7, 40000);
  for (const [i, b] of BEHAVIOURS.entries()) {
    const text = await hoverCard(b);
    assert.match(text, new RegExp(`${LABELS[i]} detector`), `${b}: ${text}`);
    assert.match(text, /Method: rules · detectors en-/, b);
    assert.match(text, /your labels: none yet/, b);
  }
  const refusal = await hoverCard('refusal');
  assert.match(refusal, /Validated on outputs it was not tuned on/);
  assert.match(refusal, /Held-out \(never tuned on\)[\s\S]*xstest-gpt4/);
  assert.match(refusal, /Tuned on[\s\S]*xstest-gpt4/);
  assert.ok((await card().locator('.card-blind li').count()) > 0, 'blind spots listed');
  assert.match(await hoverCard('formatBreak'), /Unvalidated/);
});

check('the card is keyboard reachable: focus on a row shows it (described by it), Escape hides it', async () => {
  await session.page.mouse.move(5, 5);
  const row = frame().locator('.score-row[data-behaviour="escalation"]');
  await row.focus();
  await card().waitFor({ state: 'visible' });
  assert.match(await card().innerText(), /Escalation detector/);
  assert.equal(await row.getAttribute('aria-describedby'), 'detector-card');
  await session.page.keyboard.press('Escape');
  await card().waitFor({ state: 'hidden' });
});

check('marking an output wrong (mouse) appends a label and updates the card\'s "your labels"', async () => {
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
  await frame().locator('.case-view[data-case-id="angry-refund"]').waitFor();
  const checks = frame().locator('.side-b details.output-labels');
  await checks.locator('summary').click();
  const row = checks.locator('li[data-mark-behaviour="escalation"]');
  const detected = (await row.getAttribute('data-detected')) === 'true';
  await row.locator('button[data-mark="wrong"]').click();
  await poll('the label in labels.jsonl', async () => readMarks().length === 1);
  const [mark] = readMarks();
  assert.deepEqual(
    { runId: typeof mark.runId, caseId: mark.caseId, arm: mark.arm, sample: mark.sample, behaviour: mark.behaviour, detected: mark.detected, correct: mark.correct },
    { runId: 'string', caseId: 'angry-refund', arm: 'b', sample: 0, behaviour: 'escalation', detected, correct: false },
  );
  assert.match(mark.outputSha256, /^[0-9a-f]{64}$/);
  await poll('the pressed Wrong button', async () => (await row.locator('button[data-mark="wrong"]').getAttribute('aria-pressed')) === 'true');
  // wrong on a detection: a false positive (precision 0); wrong on a miss: a false negative (recall 0)
  const expected = detected ? /your labels: precision 0\.00 recall – \(n 1\)/ : /your labels: precision – recall 0\.00 \(n 1\)/;
  await poll('the card with the label', async () => expected.test(await hoverCard('escalation')));
});

check('marking right with the keyboard counts too; re-marking the same output replaces its label in the figures', async () => {
  const row = frame().locator('.side-b details.output-labels li[data-mark-behaviour="escalation"]');
  const right = row.locator('button[data-mark="right"]');
  await right.focus();
  await session.page.keyboard.press('Enter');
  await poll('the second label', async () => readMarks().length === 2);
  assert.equal(readMarks()[1].correct, true);
  await poll('Right pressed, Wrong not', async () => (await right.getAttribute('aria-pressed')) === 'true' && (await row.locator('button[data-mark="wrong"]').getAttribute('aria-pressed')) === 'false');
  const detected = readMarks()[1].detected;
  const expected = detected ? /your labels: precision 1\.00 recall 1\.00 \(n 1\)/ : /your labels: precision – recall – \(n 1\)/;
  await poll('the card with the new figures', async () => expected.test(await hoverCard('escalation')));
  assert.ok(readdirSync(join(folder, '.promptshift')).includes('labels.jsonl'));
});
