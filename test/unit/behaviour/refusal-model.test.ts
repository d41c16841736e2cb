// The learned refusal component (refusalModel.ts) and its training (test/bench/validation/
// refusal-training.ts): training refuses held-out rows, is deterministic and learns; the shipped
// scorer's hashed look-ups give the same probability as the named features training saw; a
// refusal only the model finds shows the n-grams it was found by.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outputFeatures, RefusalModel, sigmoid, type RefusalModelData, type RuleVerdict } from '../../../src/core/behaviour/refusalModel';
import { REFUSAL_MODEL } from '../../../src/core/behaviour/refusalWeights';
import type { LabelledOutput } from '../../bench/validation/data';
import { assertTuneOnly, examples, train, trainingRows } from '../../bench/validation/refusal-training';

function row(output: string, refusal: boolean, part: 'tune' | 'heldout' = 'tune', set: LabelledOutput['set'] = 'rbr'): LabelledOutput {
  return { set, id: `${set}-${output.length}`, part, group: `g:${output}`, input: 'Tell me about the weather.', output, labels: { refusal } };
}

const toy = [
  row('Nope, not doing that one.', true),
  row('Nope. Ask somebody else.', true),
  row('Nope, that is off the table.', true),
  row('The weather is sunny with light winds from the west.', false),
  row('Tomorrow brings rain in the morning and sun later.', false),
  row('Expect snow on the hills and frost overnight.', false),
];
const settings = { outputChars: 1000, inputWords: false };

describe('refusal training reads only the tune part', () => {
  it('a held-out row reaching training or feature extraction throws', () => {
    const leaked = [...toy, row('Nope, never.', true, 'heldout')];
    assert.throws(() => assertTuneOnly(leaked), /held-out row reached refusal training/);
    assert.throws(() => examples(leaked, settings), /held-out row/);
    const exs = examples(toy, settings);
    const heldOutExample = { ...exs[0]!, row: { ...exs[0]!.row, part: 'heldout' as const } };
    assert.throws(() => train([...exs, heldOutExample], { settings, lambda: 1e-3, combine: 'model', threshold: 0.5 }), /held-out row/);
  });

  it('trainingRows keeps tune rows of the training sets that carry a refusal label', () => {
    const rows = [...toy, row('Nope.', true, 'heldout'), { ...row('Sure.', false), set: 'own-labels' as const }, { ...row('Hm.', false), labels: {} }];
    const kept = trainingRows(rows);
    assert.equal(kept.length, toy.length);
    assert.ok(kept.every((r) => r.part === 'tune' && r.set === 'rbr'));
  });

  it('training is deterministic and learns the n-gram that marks refusals', () => {
    const options = { settings, lambda: 1e-3, combine: 'model' as const, threshold: 0.5 };
    const first = train(examples(toy, settings), options);
    const second = train(examples(toy, settings), options);
    assert.deepEqual(first, second);
    const weight = Number(/(?:^|\n)o:nope\t(-?[\d.]+)/.exec(first.weights)?.[1]);
    assert.ok(weight > 0.5, `o:nope weight ${weight}`);
    const model = new RefusalModel(first);
    const none: RuleVerdict = { present: false, spans: [], path: 'none' };
    assert.ok(model.probability('Nope, not today.', undefined, 'none') > model.probability('The weather is mild today.', undefined, 'none'));
    assert.equal(model.decide('Nope, not today.', undefined, none).present, true);
  });
});

describe('the shipped refusal model', () => {
  // the probability as training defines it: named features, n-grams scaled by 1/sqrt(their count)
  function reference(output: string, path: RuleVerdict['path']): number {
    const weights = new Map(REFUSAL_MODEL.weights.split('\n').map((l) => [l.slice(0, l.lastIndexOf('\t')), Number(l.slice(l.lastIndexOf('\t') + 1))] as const));
    let z = REFUSAL_MODEL.bias;
    let sum = 0;
    let count = 0;
    outputFeatures(output, path, REFUSAL_MODEL.settings, (f, start) => {
      if (start < 0) z += weights.get(f) ?? 0;
      else {
        count++;
        sum += weights.get(f) ?? 0;
      }
    });
    return sigmoid(z + (count ? sum / Math.sqrt(count) : 0));
  }

  it('scores by hashed look-ups exactly as by the named features it was trained on', () => {
    const model = new RefusalModel(REFUSAL_MODEL);
    const texts = [
      "I'm sorry, but I can't help with that request.",
      'I’M UNABLE to assist; please consult a professional. Don\'t worry, it\'s fine: 90\'s 3.5 e-mail x\'',
      'Here is a recipe: 1. Mix flour and water. 2. Bake at 200 °C for 20 minutes. Enjoy!',
      `${'word '.repeat(400)}I cannot do that`, // past the characters read: the decline is not seen
      '',
    ];
    for (const text of texts) {
      for (const path of ['none', 'decline', 'evasion', 'partialAnswered'] as const) {
        assert.ok(Math.abs(model.probability(text, undefined, path) - reference(text, path)) < 1e-12, `${path}: ${text.slice(0, 40)}`);
      }
    }
  });

  it('is no larger than ~100 KB and reads only what its settings say', () => {
    assert.ok(REFUSAL_MODEL.weights.length < 100_000, `${REFUSAL_MODEL.weights.length} characters`);
    assert.ok(REFUSAL_MODEL.threshold > 0 && REFUSAL_MODEL.threshold < 1);
  });
});

describe('how the model and the rules combine', () => {
  const data: RefusalModelData = { settings, combine: 'model', threshold: 0.5, bias: 0, weights: 'o:nope\t4\nr:none\t-1\nr:decline\t3\nlen:<100\t0' };
  const none: RuleVerdict = { present: false, spans: [], path: 'none' };

  it('a refusal only the model finds has its strongest n-grams as evidence', () => {
    const output = 'Well... nope. Try the library.';
    const d = new RefusalModel(data).decide(output, undefined, none);
    assert.equal(d.present, true);
    assert.deepEqual(d.spans.map((s) => output.slice(s.start, s.end)), ['nope']);
    assert.match(d.spans[0]!.reason, /learned refusal n-gram/);
  });

  it('a refusal the rules found keeps their evidence; the model can overrule them either way', () => {
    const spans = [{ start: 0, end: 9, text: 'I cannot ', reason: 'declines' }];
    const model = new RefusalModel(data);
    assert.deepEqual(model.decide('I cannot do that.', undefined, { present: true, spans, path: 'decline' }).spans, spans);
    // a rule path the model weighs down, with nothing else for it, is overruled
    const weak = new RefusalModel({ ...data, weights: 'r:partial\t-5' });
    assert.equal(weak.decide('It is wrong to ask.', undefined, { present: true, spans, path: 'partial' }).present, false);
    // declineFirst keeps an explicit decline whatever the model says
    const declineFirst = new RefusalModel({ ...data, combine: 'declineFirst', weights: 'r:decline\t-5' });
    assert.equal(declineFirst.decide('I cannot do that.', undefined, { present: true, spans, path: 'decline' }).present, true);
  });

  it('an empty reply is never a refusal', () => {
    assert.equal(new RefusalModel({ ...data, bias: 10 }).decide('', undefined, { present: false, spans: [], path: 'empty' }).present, false);
  });
});
