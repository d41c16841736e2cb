// Browser checks of the detector cards and the user's own labels in the real VS Code: the scorecard
// row's hover (and keyboard focus) shows each behaviour's detector card; marking an output's
// behaviour wrong (mouse) or right (keyboard) appends to .promptshift/labels.jsonl and updates the
// card's "your labels" figures; a behaviour the suite declares itself is a scorecard row with its
// own card, annotated spans, and a failed gate, whether it is declared by phrases or by a rubric its
// judge model decides. The run is a real one: `promptshift eval` on the example suite with two
// behaviours of its own added, the fake model server as the judge over HTTP on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, runCommandWhenListed, webviewFrame, poll } from '../lib/session.mjs';
import { copyWorkspace, projectRoot } from '../lib/workbench.mjs';
import { startModelServer } from '../lib/model-server.mjs';

const LABELS = ['Refusal', 'Escalation', 'Hedging', 'Overconfidence', 'Sycophancy', 'Eval awareness', 'Format break'];
const BEHAVIOURS = ['refusal', 'escalation', 'hedging', 'overconfidence', 'sycophancy', 'evalAwareness', 'formatBreak'];
let session;
let folder;
let judge;
let failed = false;

before(async () => {
  folder = copyWorkspace();
  judge = await startModelServer(['--respond', 'judge']);
  // the example suite with two behaviours of its own (phrases; a rubric for the judge), gates on both
  const suite = readFileSync(join(folder, 'support.evals.yaml'), 'utf8')
    .replace('gates:\n', 'gates:\n  handsOff: decrease\n  handedOver: decrease\n')
    .replace(
      'cases:\n',
      `judge:\n  provider: { type: openai, model: judge-1, baseUrl: ${judge.url}/v1 }\n  behaviours: []\n` +
        'behaviours:\n  - name: handsOff\n    description: hands the customer to a person or a team\n    phrases: ["human agent", "team", "specialist"]\n' +
        '  - name: handedOver\n    description: hands the customer over to people\n    rubric: \'The response hands the customer over to people ("connect you", "transfer you", "escalate").\'\ncases:\n',
    );
  writeFileSync(join(folder, 'support.evals.yaml'), suite);
  // a real run (replay provider, the judge over HTTP): exit 1, its gates fail
  const cli = spawnSync(process.execPath, [join(projectRoot, 'dist/cli.js'), 'eval', 'support.evals.yaml'], { cwd: folder, encoding: 'utf8', env: { ...process.env, PROMPTSHIFT_ALLOW_HOSTS: '127.0.0.1' } });
  assert.equal(cli.status, 1, `promptshift eval: ${cli.stderr}`);
  assert.match(cli.stdout, /GATE FAILED\s+handsOff: significant decrease/);
  assert.match(cli.stdout, /GATE FAILED\s+handedOver: significant decrease/);
  session = await openSession({ folder });
});
after(async () => {
  await session?.close('detectors', failed);
  judge?.stop();
});
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
  await poll('the scorecard, the suite\'s own behaviours included', async () => (await frame().locator('.scorecard .score-row').count()) === 9, 40000);
  for (const [i, b] of BEHAVIOURS.entries()) {
    const text = await hoverCard(b);
    assert.match(text, new RegExp(`${LABELS[i]} detector`), `${b}: ${text}`);
    // refusal: the rules and a learned linear n-gram model (issue 11, Phase 7); the others: rules
    assert.match(text, b === 'refusal' ? /Method: rules \+ learned \(linear n-gram\) · detectors en-/ : /Method: rules · detectors en-/, b);
    assert.match(text, /your labels: none yet/, b);
  }
  const refusal = await hoverCard('refusal');
  assert.match(refusal, /Validated on outputs it was not tuned on/);
  assert.match(refusal, /Held-out \(never tuned on\)[\s\S]*xstest-gpt4/);
  // each part's bottom line first: every set pooled
  assert.equal(await card().locator('table.card-figures').first().locator('tbody tr').first().getAttribute('data-set'), 'all sets pooled');
  assert.match(refusal, /Tuned on[\s\S]*xstest-gpt4/);
  assert.ok((await card().locator('.card-blind li').count()) > 0, 'blind spots listed');
  // held out, only the untouched second stance sample has eval-awareness remarks (2, none found): no
  // held-out precision, so unvalidated; the first sample, worked from, shows as tuned on
  const evalCard = await hoverCard('evalAwareness');
  assert.match(evalCard, /Unvalidated/);
  assert.match(evalCard, /Tuned on[\s\S]*profiling-pressure/);
  // measured on the hand-labelled IFEval answers (test/fixtures/validation/instructions)
  assert.match(await hoverCard('formatBreak'), /Validated on outputs it was not tuned on[\s\S]*ifeval-gpt4/);
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
  const expected = detected ? /your labels: precision 0\.00 \[0\.00, 0\.79\] recall – \(n 1\)/ : /your labels: precision – recall 0\.00 \[0\.00, 0\.79\] \(n 1\)/;
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
  const expected = detected ? /your labels: precision 1\.00 \[0\.21, 1\.00\] recall 1\.00 \[0\.21, 1\.00\] \(n 1\)/ : /your labels: precision – recall – \(n 1\)/;
  await poll('the card with the new figures', async () => expected.test(await hoverCard('escalation')));
  assert.ok(readdirSync(join(folder, '.promptshift')).includes('labels.jsonl'));
});

check('the suite\'s own behaviour is a scorecard row with its card, a failed gate, and annotated spans', async () => {
  const row = frame().locator('.score-row[data-behaviour="handsOff"]');
  assert.match(await row.innerText(), /handsOff[\s\S]*significant/);
  const text = await hoverCard('handsOff');
  assert.match(text, /handsOff detector/);
  assert.match(text, /Unvalidated/);
  assert.match(text, /hands the customer to a person or a team\. Declared by the suite: phrases “human agent”, “team”, “specialist”/);
  assert.match(text, /your labels: none yet/);
  // its gate failed, and the row says so (as does escalation's, the example's own gate)
  assert.equal(await row.locator('.gate-failed').getAttribute('data-gate'), 'decrease');
  assert.match(await row.locator('.gate-failed').getAttribute('title'), /handsOff: significant decrease/);
  assert.equal(await frame().locator('.score-row[data-behaviour="refusal"] .gate-failed').count(), 0);
  // clicking the row filters the cases to it; angry-refund's A hands off, its B does not
  await row.click();
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
  await frame().locator('.case-view[data-case-id="angry-refund"]').waitFor();
  const spans = frame().locator('.side-a [data-behaviour="handsOff"][data-side="a"]');
  await poll('handsOff spans on A', async () => (await spans.count()) > 0);
  assert.match(await spans.first().innerText(), /human agent|team|specialist/i);
  assert.equal(await frame().locator('[data-behaviour="handsOff"][data-side="b"]').count(), 0);
  // its evidence tooltip names the rule
  await spans.first().hover();
  await poll('the evidence tooltip', async () => /handsOff: “/.test(await frame().locator('#evidence-tooltip').innerText()));
  // and the user can label it like any other
  const checks = frame().locator('.side-a details.output-labels');
  if ((await checks.getAttribute('open')) === null) await checks.locator('summary').click();
  await checks.locator('li[data-mark-behaviour="handsOff"] button[data-mark="right"]').click();
  await poll('the handsOff label', async () => readMarks().some((m) => m.behaviour === 'handsOff' && m.arm === 'a' && m.correct && m.detected));
  await poll('the card with it', async () => /your labels: precision 1\.00 \[0\.21, 1\.00\] recall 1\.00 \[0\.21, 1\.00\] \(n 1\)/.test(await hoverCard('handsOff')));
});

check('a behaviour the suite\'s judge model decides by a rubric is a scorecard row with a judged card, a failed gate and the judge\'s quote annotated', async () => {
  await frame().locator('.scorecard').scrollIntoViewIfNeeded();
  const row = frame().locator('.score-row[data-behaviour="handedOver"]');
  assert.match(await row.innerText(), /handedOver[\s\S]*significant/);
  const text = await hoverCard('handedOver');
  assert.match(text, /handedOver detector/);
  assert.match(text, /Method: judge · detectors custom-[0-9a-f]{12}/);
  assert.match(text, /Unvalidated/);
  assert.match(text, /hands the customer over to people\. Declared by the suite and judged by judge-1/);
  assert.match(text, /your labels: none yet/);
  assert.equal(await row.locator('.gate-failed').getAttribute('data-gate'), 'decrease');
  assert.match(await row.locator('.gate-failed').getAttribute('title'), /handedOver: significant decrease/);
  // the judge's quote is the annotated span on A; B, which never hands over, has none
  await row.click();
  await frame().locator('.case-row[data-case-id="angry-refund"]').click();
  await frame().locator('.case-view[data-case-id="angry-refund"]').waitFor();
  const spans = frame().locator('.side-a [data-behaviour="handedOver"][data-side="a"]');
  await poll('handedOver spans on A', async () => (await spans.count()) > 0);
  assert.match(await spans.first().innerText(), /^(connect you|transfer you|escalate)$/i);
  assert.equal(await frame().locator('[data-behaviour="handedOver"][data-side="b"]').count(), 0);
  // by keyboard focus: the built-in escalation detector flags the same words, and under the pointer the inner span wins
  await session.page.mouse.move(5, 5);
  await spans.first().focus();
  await poll('the evidence tooltip naming the judge', async () => /handedOver: judged by judge-1/.test(await frame().locator('#evidence-tooltip').innerText()));
});
