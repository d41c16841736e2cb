// The everyday-answers stance samples (test/fixtures/validation/stance-alpaca, stance-alpaca-2): every label belongs to a
// drawn answer and every answer is labelled once for the four stance behaviours, the draw is what its
// GUIDELINE fixed (for the first, 150 answers holding a booster word, 50 holding none, at most 3,000 characters, in
// seeded-hash order, eight named models), nothing an earlier sample drew comes back, and the split keeps
// the answers to one instruction together. No detector runs here: the figures come from
// `npm run validate:detectors`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { everySampleFolder, instructionsOf, takenOutputs, VIEW_OR_PUSHBACK } from '../../bench/validation/labelled-sample';
import { assertDrawnAnswers, assertLabelledOnce, assertSplitByInstruction } from './alpaca-samples';
import { BOOSTER, BOOSTER_REPLIES, MAX_CHARACTERS, PLAIN_REPLIES, STANCE_ALPACA, STANCE_ALPACA2, STANCE_ALPACA2_MAX, STANCE_ALPACA2_MODELS, STANCE_ALPACA3, STANCE_ALPACA3_MODELS, STANCE_ALPACA4, STANCE_ALPACA4_MODELS, STANCE_LABELLED_BEFORE_FOURTH, STRONG_BOOSTER, FOURTH_PLAIN_REPLIES, FOURTH_STRONG_REPLIES, STANCE_ALPACA_LABELLED, STANCE_ALPACA_MODELS, STANCE_LABELLED_BEFORE_THIRD, THIRD_BOOSTER_REPLIES, THIRD_PLAIN_REPLIES, VERDICT_OR_PREDICTION } from '../../bench/validation/stance-alpaca-labels';

const earlierOutputs = takenOutputs(['instructions', 'refusal-alpaca', 'refusal-alpaca-2', 'refusal-alpaca-3']);

describe('everyday-answers stance sample (alpaca-stance)', () => {
  const sample = STANCE_ALPACA.sample();
  const rows = STANCE_ALPACA.load();

  it('every drawn answer is labelled for the four stance behaviours, once, and the harness measures the set', () => {
    assertLabelledOnce(STANCE_ALPACA, STANCE_ALPACA_LABELLED, BOOSTER_REPLIES + PLAIN_REPLIES);
  });

  it('the draw is the guideline\'s: two strata by the booster words, short answers of the eight models, in seeded-hash order', () => {
    assert.equal(sample.filter((r) => BOOSTER.test(r.output)).length, BOOSTER_REPLIES);
    assert.equal(sample.filter((r) => !BOOSTER.test(r.output)).length, PLAIN_REPLIES);
    assertDrawnAnswers(sample, { models: STANCE_ALPACA_MODELS, maxCharacters: MAX_CHARACTERS, earlier: earlierOutputs, drawKey: STANCE_ALPACA.drawKey });
  });

  it('split by instruction: both parts hold answers, and the answers to one instruction share a part', () => {
    assertSplitByInstruction(rows);
  });
});

describe('second everyday-answers stance sample (alpaca-stance-2, measure-only)', () => {
  const sample = STANCE_ALPACA2.sample();
  const rows = STANCE_ALPACA2.load();
  const firstOutputs = new Set(STANCE_ALPACA.sample().map((r) => r.output));

  it('every drawn answer is labelled once, every row is held out, and the harness measures the set', () => {
    assert.ok(sample.length > 0 && sample.length <= STANCE_ALPACA2_MAX);
    assertLabelledOnce(STANCE_ALPACA2, STANCE_ALPACA_LABELLED);
    assert.ok(rows.every((r) => r.part === 'heldout'));
  });

  it('drawn as its guideline fixed: chosen by the instruction only, short answers of the eight models, nothing drawn before, in seeded-hash order', () => {
    for (const r of sample) assert.ok(VIEW_OR_PUSHBACK.test(r.input) || VERDICT_OR_PREDICTION.test(r.input), `${r.id}: an instruction that neither states a view nor asks for a verdict`);
    const earlier = new Set([...earlierOutputs, ...firstOutputs]);
    assertDrawnAnswers(sample, { models: STANCE_ALPACA2_MODELS, maxCharacters: MAX_CHARACTERS, earlier, drawKey: STANCE_ALPACA2.drawKey });
  });
});

describe('third everyday-answers stance sample (alpaca-stance-3, tune data to questions no stance sample asks)', () => {
  const sample = STANCE_ALPACA3.sample();
  const rows = STANCE_ALPACA3.load();

  it('every drawn answer is labelled once for the four stance behaviours, every row is tune data, and the harness measures the set', () => {
    assertLabelledOnce(STANCE_ALPACA3, STANCE_ALPACA_LABELLED, THIRD_BOOSTER_REPLIES + THIRD_PLAIN_REPLIES);
    assert.ok(rows.every((r) => r.part === 'tune'));
  });

  it('drawn as its guideline fixed: two strata by the booster words, the eight models, no answer of any earlier sample, no instruction of an earlier stance sample, in seeded-hash order', () => {
    assert.equal(sample.filter((r) => BOOSTER.test(r.output)).length, THIRD_BOOSTER_REPLIES);
    assert.equal(sample.filter((r) => !BOOSTER.test(r.output)).length, THIRD_PLAIN_REPLIES);
    const asked = instructionsOf(STANCE_LABELLED_BEFORE_THIRD);
    assert.ok(asked.size > 250, `only ${asked.size} earlier stance instructions found`);
    for (const r of sample) assert.ok(!asked.has(r.input), `${r.id}: an instruction an earlier stance sample holds`);
    const folders = everySampleFolder('stance-alpaca-3');
    assert.ok(folders.includes('stance-alpaca-2') && folders.includes('escalation-alpaca-9'));
    assertDrawnAnswers(sample, { models: STANCE_ALPACA3_MODELS, maxCharacters: MAX_CHARACTERS, earlier: takenOutputs(folders), drawKey: STANCE_ALPACA3.drawKey });
  });
});

describe('fourth everyday-answers stance sample (alpaca-stance-4, the strongest certainty words, tune data to questions no stance sample asks)', () => {
  const sample = STANCE_ALPACA4.sample();
  const rows = STANCE_ALPACA4.load();

  it('every drawn answer is labelled once for the four stance behaviours, every row is tune data, and the harness measures the set', () => {
    assertLabelledOnce(STANCE_ALPACA4, STANCE_ALPACA_LABELLED);
    assert.ok(rows.every((r) => r.part === 'tune'));
  });

  it('drawn as its guideline fixed: the strongest certainty words (all 175 candidates, under the 200 allowed) and 40 answers with no booster word, the eight models, no earlier answer or stance instruction, in seeded-hash order', () => {
    const strong = sample.filter((r) => STRONG_BOOSTER.test(r.output));
    assert.equal(strong.length, 175);
    assert.ok(strong.length <= FOURTH_STRONG_REPLIES);
    // the plain stratum holds no booster word; a strong answer may hold none of BOOSTER's ("bound to", "with certainty")
    assert.equal(sample.filter((r) => !STRONG_BOOSTER.test(r.output) && !BOOSTER.test(r.output)).length, FOURTH_PLAIN_REPLIES);
    assert.equal(sample.length, strong.length + FOURTH_PLAIN_REPLIES, 'an answer in neither stratum');
    const asked = instructionsOf(STANCE_LABELLED_BEFORE_FOURTH);
    for (const r of sample) assert.ok(!asked.has(r.input), `${r.id}: an instruction an earlier stance sample holds`);
    const folders = everySampleFolder('stance-alpaca-4');
    assert.ok(folders.includes('stance-alpaca-3'));
    assertDrawnAnswers(sample, { models: STANCE_ALPACA4_MODELS, maxCharacters: MAX_CHARACTERS, earlier: takenOutputs(folders), drawKey: STANCE_ALPACA4.drawKey });
  });
});
