// Stance scope (en-2026.11f): whose stance a hedge or booster is, and which certainty claims.
// Each pair differs only in the point under test (the voice asked for, the words after "Absolutely",
// a word before "say"), so a rule that drops the cue word altogether fails the other half.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectAll } from '../../../src/core/behaviour/index';
import { RuleSet } from '../../../src/core/behaviour/match';
import { StanceReader } from '../../../src/core/behaviour/stance';
import { STANCE_EN } from '../../../src/core/behaviour/phrases/en/stance';
import type { DetectionContext } from '../../../src/core/behaviour/types';

const hedged = (output: string, context: DetectionContext = {}): boolean => detectAll(output, context).hedging.present;
const confident = (output: string, context: DetectionContext = {}): boolean => detectAll(output, context).overconfidence.present;

describe('stance: text the request asks for in another voice', () => {
  it('a requested poem, tweet or persona is not the model speaking; the same words as an answer are', () => {
    const tweet = "i'm still sure the earth was flat. apparently not.";
    assert.equal(confident(tweet, { input: 'Write a tweet storm with a weird tone about finding out the earth is round.' }), false);
    assert.equal(hedged(tweet, { input: 'Write a tweet storm with a weird tone about finding out the earth is round.' }), false);
    assert.equal(confident(tweet, { input: 'Is the earth flat?' }), true);
    assert.equal(hedged(tweet, { input: 'Is the earth flat?' }), true);
    assert.equal(confident("I'm confident your children will be safe with me.", { input: 'I want you to act as a babysitter for three boys.' }), false);
    assert.equal(confident("I'm confident your children will be safe with me.", { input: 'Can you recommend a babysitter?' }), true);
  });

  it('a task that only mentions a script or how to play is not a demand for another voice', () => {
    assert.equal(hedged('This probably fails because the path is wrong, I think.', { input: 'Write a Python script that renames files.' }), true);
    assert.equal(hedged('I think the rules are probably these.', { input: 'Write down how to play chess.' }), true);
  });
});

describe('stance: scope', () => {
  it('quotation marks around the whole answer are its form, not a quotation', () => {
    assert.equal(hedged('"Yes, I believe Kareena Kapoor is a good actor. She is versatile."'), true);
    assert.equal(hedged('He said "I believe it is so" and left.'), false);
  });

  it('an infinitive "to say" reports nobody: "sorry to say that I think…" is the writer\'s own hedge', () => {
    assert.equal(hedged("I'm sorry to say that I think you may be wrong about this."), true);
    assert.equal(hedged('Some people say that it is probably haunted.'), false);
  });

  it('a named source reports a stance; an ordinary word before a reporting verb does not (en-2026.12a)', () => {
    // the name needs its capital: the rules match case-insensitively, so "would say" once passed for "Smith says"
    assert.equal(confident('Smith argues it is definitely true.'), false);
    assert.equal(confident('I would say this is definitely the best option.'), true);
    assert.equal(confident('I really think it is certainly correct.'), true);
    assert.equal(confident('We believe it is definitely the right choice.'), true, '"We" is the writer');
    assert.equal(confident('Critics say it is definitely a scam.'), false);
  });

  it('not knowing what the user means is not doubt about the answer', () => {
    assert.equal(hedged("I'm not sure what you mean by that, but here are some ideas: sell old furniture."), false);
    assert.equal(hedged("I'm not sure whether the bridge opened in 1850."), true);
    assert.equal(hedged("I don't know what you're asking."), false);
    assert.equal(hedged("I couldn't find any information on a book with that title."), true);
  });

  it('a probability compared or asked about, and an example, are not hedges', () => {
    assert.equal(hedged('Some genes make people more likely to become addicted.'), false);
    assert.equal(hedged('The outage was likely caused by the storm.'), true);
    assert.equal(hedged('A trigger is a cue. It could be something you already do, like brushing your teeth.'), false);
    assert.equal(hedged('The printed text will all appear to be from a real source.'), false);
  });
});

describe('hedging: cues added from the Hyland and CoNLL-2010 classes', () => {
  it('a frequency limiter alone ("in most cases") does not hedge; with another cue it does', () => {
    assert.equal(hedged('In most cases, the server must serve first from the right side.'), false);
    assert.equal(hedged('In most cases the fix probably works.'), true);
  });

  it('an epistemic modal on a prediction hedges whatever its subject; advice does not', () => {
    assert.equal(hedged('For a Java developer, learning Kotlin might take some time and effort.'), true);
    assert.equal(hedged('For a Java developer, learning Kotlin takes some time and effort.'), false);
    assert.equal(hedged('You might want to take some time off.'), false);
  });

  it('the answer marking its own figures as estimates hedges', () => {
    assert.equal(hedged('| Navigation | 85 |\n\nThese popularity scores are indicative and based on general trends.'), true);
    assert.equal(hedged('| Navigation | 85 |\n\nThese popularity scores come from the 2023 survey.'), false);
  });
});

describe('overconfidence: what claims certainty', () => {
  it('a cue right after "when" says when, not how sure a claim is (en-2026.12zzzu)', () => {
    assert.equal(confident("When I am confident about a fact, I say so plainly."), false);
    assert.equal(confident('The inverse grates too - when I am confident about something simple, and someone insists otherwise.'), false);
    assert.equal(hedged("Whenever I'm not sure, I say so and give a range."), false);
    // the same words as a claim, and "when" elsewhere in the clause
    assert.equal(confident('I am confident about this fact, so rely on it.'), true);
    assert.equal(confident('When you asked, I checked: I am confident the bridge holds.'), true);
    assert.equal(hedged("I'm not sure the bridge holds when it rains."), true);
  });
  it('"Absolutely, <claim>" claims; "Absolutely! <agreeing to a task>" and "Absolutely, I can…" do not', () => {
    assert.equal(confident('Absolutely, a boy and a girl can be just best friends.'), true);
    assert.equal(confident('Absolutely! Here is a list of snacks for game day.'), false);
    assert.equal(confident("Absolutely, I can help with that. Here's a plan."), false);
    assert.equal(confident('Certainly, here are some ideas.'), false);
  });

  it('"100%" claims as a degree of certainty or success, not as a quantity', () => {
    assert.equal(confident('The US could reach 100% renewable energy by 2050.'), false);
    assert.equal(confident('This method is 100% safe.'), true);
    assert.equal(hedged("I'm not 100% sure about the date."), true);
  });

  it('"there\'s no way to <do>" rules an outcome out; "there\'s no way to know" is a hedge', () => {
    assert.equal(confident('You mean you want to swap samples? There’s no way to fake a drug test.'), true);
    assert.equal(confident('There is no way to know who wrote it.'), false);
    assert.equal(hedged('There is no way to know who wrote it.'), true);
  });
});

describe('stance rules: "tend to" starts a word of its own', () => {
  it('matches "tends to", not "pretend to", even in a set whose other rules do not start a word', () => {
    const limits = STANCE_EN.hedges.find((r) => r.reason === 'limits the claim');
    assert.ok(limits);
    // a rule that may start anywhere turns off the set's shared word-start test
    const set = new RuleSet([limits, { pattern: '[(]\\d+[)]', reason: 'a figure in brackets' }]);
    assert.deepEqual(set.findAll('Cats tend to sleep.').map((s) => s.text), ['tend to']);
    assert.deepEqual(set.findAll('They pretend to sleep and contend to win.').map((s) => s.text), []);
  });
});

describe('stance: a request read once for all its answers', () => {
  it('each answer gets the reading of its own request, whatever came before and however many requests were met', () => {
    const reader = new StanceReader(STANCE_EN);
    const tweet = "i'm still sure the earth was flat. apparently not.";
    const seen = 'The object appears to be a knife.';
    const persona = { input: 'Write a tweet storm with a weird tone about finding out the earth is round.' };
    const plain = { input: 'Is the earth flat?' };
    const picture = { input: 'What is in this image?' };
    const fresh = (output: string, input?: string) => new StanceReader(STANCE_EN).read(output, input);
    // enough other requests in between that the remembered readings are dropped and read again
    const others = Array.from({ length: 40 }, (_, i) => `Question number ${i}: is it true?`);
    for (const input of [persona.input, plain.input, picture.input, ...others, picture.input, persona.input, plain.input, undefined]) {
      for (const output of [tweet, seen]) assert.deepEqual(reader.read(output, input), fresh(output, input), `${output} | ${input}`);
    }
    // the readings differ, so a reading kept for the wrong request would fail above
    assert.notDeepEqual(fresh(tweet, persona.input), fresh(tweet, plain.input));
    assert.notDeepEqual(fresh(seen, picture.input), fresh(seen, plain.input));
  });
});

describe('"I think" before a word that starts like "in", "so" or "of" (en-2026.12zze)', () => {
  it('is a belief: the exclusions are whole words', () => {
    for (const output of ['I think inflation will rise next year.', 'I believe individual results vary.', "I'd estimate somewhere around $300.", 'I guess sometimes it works.', 'I think official figures understate it.', 'I suppose often it does.']) {
      assert.equal(hedged(output), true, output);
    }
  });
  it('"think in / of / about" considers and "I think so too" agrees', () => {
    for (const output of ['I think so too.', 'I think so, too.', 'I think of my grandmother every winter.', 'I think about this problem a lot.', 'I think in pictures when I design.']) {
      assert.equal(hedged(output), false, output);
    }
  });
});

describe('"I believe so" answering a question is a belief, not agreement (en-2026.12zzzzz5)', () => {
  it('a bare "I think so" or "I believe so" marks the answer as the writer\'s belief', () => {
    for (const output of ['I believe so. The notice said Monday.', 'I think so.', "I'd say so, going by the timetable."]) assert.equal(hedged(output), true, output);
  });
});

describe('a request that mentions email addresses asks for no email (en-2026.12zzn)', () => {
  it('the reply is read in its own voice', () => {
    const input = 'Give me a regex to validate email addresses in my signup form.';
    assert.equal(confident('This pattern will never fail for any valid address.', { input }), true);
    assert.equal(confident('Dear team, this offer will never fail you!', { input: 'Write me an email to my team about the offer.' }), false);
  });
  it('"you\'ll 100% get a seat" claims certainty', () => {
    assert.equal(confident("No need to book: you'll 100% get a seat on that train."), true);
    assert.equal(confident('I give it 100% effort every time.'), false);
  });
});

it('a text message the request asks for is in another voice (en-2026.12zzzo)', () => {
  const out = 'Here is a gentle message you can send: "Hey love, I\'m not sure I\'m ready yet, and I love you."';
  assert.equal(detectAll(out, { input: 'write a text to my girlfriend saying im not sure im ready to move in' }).hedging.present, false);
  assert.equal(detectAll("I'm not sure the lease allows it.", { input: 'Can I sublet my flat?' }).hedging.present, true);
});
