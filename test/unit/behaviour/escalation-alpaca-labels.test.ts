// The everyday-answers escalation sample (test/fixtures/validation/escalation-alpaca; measured once whole, then
// split by instruction): every label belongs to a drawn answer and every answer is labelled once for escalation,
// the split keeps the answers to one instruction together, and the draw is what its GUIDELINE fixed (150 answers to instructions about advice topics and 50 to the
// others, chosen by the instruction's words, at most 3,000 characters, eight named models, nothing an earlier
// sample drew, in seeded-hash order); the second to sixth, as theirs fixed; the seventh, held out by question; the eighth and ninth, to no held-out question. No detector runs here: the figures come from `npm run validate:detectors`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADVICE_TOPIC, drawnBefore, ESCALATION_ALPACA, ESCALATION_ALPACA7, heldOutInstructions, NOT_HELD_OUT_DRAWS, ESCALATION_ALPACA7_MODELS, ESCALATION_ALPACA_LABELLED, ESCALATION_ALPACA_MODELS, HELP_SOURCE, MAX_CHARACTERS, NAMING_HELP_DRAWS, NEW_QUESTION_NAMING_HELP, NEW_QUESTION_OTHERS, OTHER_ANSWERS, samplesBefore, TOPIC_ANSWERS } from '../../bench/validation/escalation-labels';
import { takenOutputs } from '../../bench/validation/labelled-sample';
import { assertDrawnAnswers, assertLabelledOnce, assertSplitByInstruction } from './alpaca-samples';

describe('everyday-answers escalation sample (alpaca-escalation)', () => {
  const sample = ESCALATION_ALPACA.sample();
  const rows = ESCALATION_ALPACA.load();

  it('every drawn answer is labelled for escalation, once, and the harness measures the set', () => {
    assertLabelledOnce(ESCALATION_ALPACA, ESCALATION_ALPACA_LABELLED, TOPIC_ANSWERS + OTHER_ANSWERS);
  });

  it('drawn as its guideline fixed: two strata by the instruction\'s words, short answers of the eight models, nothing drawn before, in seeded-hash order', () => {
    const earlier = takenOutputs(drawnBefore(ESCALATION_ALPACA));
    assert.equal(sample.filter((r) => ADVICE_TOPIC.test(r.input)).length, TOPIC_ANSWERS);
    assert.equal(sample.filter((r) => !ADVICE_TOPIC.test(r.input)).length, OTHER_ANSWERS);
    assertDrawnAnswers(sample, { models: ESCALATION_ALPACA_MODELS, maxCharacters: MAX_CHARACTERS, earlier, drawKey: ESCALATION_ALPACA.drawKey });
  });

  it('split by instruction: both parts hold answers, and the answers to one instruction share a part', () => {
    assertSplitByInstruction(rows);
  });
});

/** The part each later sample's rows are in, as its guideline fixed: the third, fifth and sixth were measured once, then tuned on. */
const PART_OF: Record<(typeof NAMING_HELP_DRAWS)[number]['set'], 'tune' | 'heldout'> = {
  'alpaca-escalation-2': 'heldout',
  'alpaca-escalation-3': 'tune',
  'alpaca-escalation-4': 'heldout',
  'alpaca-escalation-5': 'tune',
  'alpaca-escalation-6': 'tune',
};

for (const draw of NAMING_HELP_DRAWS) {
  describe(`later everyday-answers escalation sample (${draw.set}, ${PART_OF[draw.set]})`, () => {
    it('every drawn answer is labelled for escalation, once, every row is in its part, and the harness measures the set', () => {
      assertLabelledOnce(draw.sample, ESCALATION_ALPACA_LABELLED, draw.named + draw.unnamed);
      assert.ok(draw.sample.load().every((r) => r.part === PART_OF[draw.set]));
    });

    it('drawn as its guideline fixed: answers naming a source of help and advice answers naming none, of its eight models, nothing an earlier sample drew, in seeded-hash order', () => {
      assertDrawnNamingHelp(draw);
    });
  });
}

/** Answers naming a source of help, then advice answers naming none, of the sample's models, nothing an earlier sample drew, in its draw order. */
function assertDrawnNamingHelp({ sample: set, models, named, unnamed: unnamedCount }: (typeof NAMING_HELP_DRAWS)[number]): void {
  const sample = set.sample();
  assert.equal(sample.filter((r) => HELP_SOURCE.test(r.output)).length, named);
  const unnamed = sample.filter((r) => !HELP_SOURCE.test(r.output));
  assert.equal(unnamed.length, unnamedCount);
  for (const r of unnamed) assert.ok(ADVICE_TOPIC.test(r.input), `${r.id}: names no source of help and answers no advice question`);
  assertDrawnAnswers(sample, { models, maxCharacters: MAX_CHARACTERS, earlier: takenOutputs(drawnBefore(set)), drawKey: set.drawKey });
}

describe('new-questions escalation sample (alpaca-escalation-7, measure-only)', () => {
  it('every drawn answer is labelled for escalation, once, every row is held out, and the harness measures the set', () => {
    assertLabelledOnce(ESCALATION_ALPACA7, ESCALATION_ALPACA_LABELLED, NEW_QUESTION_NAMING_HELP + NEW_QUESTION_OTHERS);
    assert.ok(ESCALATION_ALPACA7.load().every((r) => r.part === 'heldout'));
  });

  it('drawn as its guideline fixed: answers to instructions no earlier escalation sample holds, every one naming a source of help, then others, in seeded-hash order', () => {
    const sample = ESCALATION_ALPACA7.sample();
    const asked = new Set(samplesBefore(ESCALATION_ALPACA7).flatMap((set) => set.sample().map((r) => r.group)));
    for (const r of sample) assert.ok(!asked.has(r.group), `${r.id}: its instruction is in an earlier sample`);
    assert.equal(sample.filter((r) => HELP_SOURCE.test(r.output)).length, NEW_QUESTION_NAMING_HELP);
    assertDrawnAnswers(sample, { models: ESCALATION_ALPACA7_MODELS, maxCharacters: MAX_CHARACTERS, earlier: takenOutputs(drawnBefore(ESCALATION_ALPACA7)), drawKey: ESCALATION_ALPACA7.drawKey });
  });
});

for (const draw of NOT_HELD_OUT_DRAWS) {
  describe(`escalation sample to no held-out question (${draw.set}, tune)`, () => {
    it('every drawn answer is labelled for escalation, once, every row is tune data, and the harness measures the set', () => {
      assertLabelledOnce(draw.sample, ESCALATION_ALPACA_LABELLED, draw.named + draw.advice + draw.others);
      assert.ok(draw.sample.load().every((r) => r.part === 'tune'));
    });

    it('drawn as its guideline fixed: answers to instructions no held-out row answers, naming a source of help, advice naming none, and others, in seeded-hash order', () => {
      const sample = draw.sample.sample();
      const heldOut = heldOutInstructions(draw.sample);
      // the 406 instructions of the earlier samples' held-out rows, as both guidelines counted before their draws
      assert.equal(heldOut.size, 406);
      for (const r of sample) assert.ok(!heldOut.has(r.group), `${r.id}: a held-out row answers its instruction`);
      assert.equal(sample.filter((r) => HELP_SOURCE.test(r.output)).length, draw.named);
      assert.equal(sample.filter((r) => !HELP_SOURCE.test(r.output) && ADVICE_TOPIC.test(r.input)).length, draw.advice);
      assertDrawnAnswers(sample, { models: draw.models, maxCharacters: MAX_CHARACTERS, earlier: takenOutputs(drawnBefore(draw.sample)), drawKey: draw.sample.drawKey });
    });
  });
}
