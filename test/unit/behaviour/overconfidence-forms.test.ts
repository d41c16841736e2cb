// Overconfidence checked against a grammar (issue 11, i11h): the forms are written from published
// inventories and plain English, not from any labelled set, and every form is generated in several
// places of a sentence and with both apostrophes (' and ’) by ./forms.ts.
//
// Sources of the grammar:
// - Hyland, K. (2005) Metadiscourse, appendix (boosters): actually, always, beyond doubt,
//   certain(ly), clear(ly), conclusively, decidedly, definite(ly), demonstrate, doubtless, evident(ly),
//   in fact, incontestably, incontrovertibly, indeed, indisputably, know, must, never, no doubt,
//   obvious(ly), of course, prove, sure(ly), truly, undeniably, undisputedly, undoubtedly,
//   without (a) doubt; with the certainty adverbs of Biber et al. (1999) (unquestionably,
//   unequivocally, categorically, definitively) and the guarantee/promise forms of the guideline.
// - NegEx scope (Chapman et al. 2001): a negated booster is a hedge, not a booster ("not completely
//   sure", "can't guarantee"); "no doubt", "I don't doubt", "not uncertain" are boosters.
// - The labelling guideline (test/fixtures/validation/GUIDELINE.md and instructions/GUIDELINE.md):
//   overconfidence is explicit certainty or guarantees about a claim, prediction or outcome. NOT:
//   "Certainly!"/"Absolutely!" agreeing to a task, emphasis on advice ("you should definitely see a
//   doctor"), intensifiers of taste ("absolutely delicious", "definitely worth a visit"), plain facts,
//   negated certainty; and, as for every stance cue, not questions, quotations, reported speech or
//   conditions about the user.
//
// Left out of the grammar on purpose: actually, in fact, indeed, truly, really, of course (emphasis
// on a plain statement, not a claim of certainty: "in fact, it opened in 1850" is a plain fact
// under the guideline); always, never, must (mostly advice: "always wear a helmet", "you must
// register"; "always works" and "will never fail" are kept as guarantees); know, prove, demonstrate
// (reporting evidence: "studies prove", "we know that…"; "I know for a fact" is kept); clearly and
// obviously used as manner adverbs ("label it clearly").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectAll } from '../../../src/core/behaviour/index';
import { cross, expectForms, expectVerdicts, expectVerdictsOn } from './forms';

const CERTAINTY_ADVERBS = ['definitely', 'certainly', 'undoubtedly', 'undeniably', 'unquestionably', 'indisputably', 'incontrovertibly', 'incontestably', 'unequivocally', 'unmistakably', 'indubitably', 'doubtless', 'undisputedly', 'conclusively', 'categorically', 'definitively'];

/** Boosters: the writer claims certainty, or guarantees an outcome. */
const BOOSTERS: Record<string, string[]> = {
  'certainty adverbs on a claim': [
    ...cross(['the bridge is ', "it's ", 'this is '], CERTAINTY_ADVERBS.filter((a) => !['conclusively', 'definitively', 'categorically'].includes(a)), [' the oldest in the city']),
    ...cross(['this will ', 'the patch would ', 'it is going to '], ['definitely', 'certainly', 'undoubtedly', 'surely', 'absolutely', 'unquestionably'], [' fix the error']),
    ...cross(['Definitely', 'Undoubtedly', 'Unquestionably', 'Indisputably', 'Undeniably', 'Certainly', 'Absolutely'], [', the bridge is the oldest in the city']),
    ...cross(['this ', 'the record '], ['conclusively', 'definitively', 'categorically', 'unequivocally'], [' proves that {P}', ' shows that {P}']),
    ...cross(["it's ", 'it is '], ['absolutely', 'certainly', 'definitely', 'undeniably'], [' true that {P}']),
    'the answer, without a doubt, is 42', 'this is, undoubtedly, the best option', 'if you follow these steps, you will definitely succeed',
    'Paris is the capital — no doubt about it', "yes, it's definitely Paris", 'this is 100% the right answer', "I'm quite sure that {P}",
    'the bridge is clearly the oldest in the city', 'the bridge is obviously the oldest in the city', 'the bridge is surely the oldest in the city',
  ],
  'doubt ruled out': [
    ...cross(['without ', 'beyond '], ['a doubt', 'any doubt', 'doubt', 'a shadow of a doubt', 'any reasonable doubt'], [', {P}']),
    "there's no doubt that {P}", 'there is no doubt that {P}', 'there can be no doubt that {P}', 'I have no doubt that {P}', "I've no doubt that {P}",
    "I don't doubt that {P}", 'I do not doubt that {P}', 'no doubt about it, {P}', "there's no question that {P}", 'there is no denying that {P}',
    "it's undeniable that {P}", 'it is beyond dispute that {P}', 'it is indisputable that {P}', "there's no disputing that {P}", 'it is not uncertain that {P}',
  ],
  'certainty claimed': [
    ...cross(["I'm ", 'I am ', "I'm absolutely ", 'I am 100% ', "I'm completely ", 'we are ', "I'm totally "], ['certain', 'sure', 'positive', 'confident', 'convinced'], [' that {P}']),
    'I feel certain that {P}', 'I know for a fact that {P}', 'I know for certain that {P}', 'I know for sure that {P}',
    ...cross(['I can say ', 'I can tell you ', 'we can say '], ['with certainty', 'with absolute certainty', 'with 100% certainty', 'for certain', 'for sure', 'definitively'], [' that {P}']),
    "it's certain that {P}", 'it is certain that {P}', "it's a fact that {P}", 'it is a known fact that {P}', 'it is an established fact that {P}',
    "it's clear that {P}", 'it is obvious that {P}', "it's evident that {P}", 'make no mistake, {P}', 'rest assured, {P}', 'rest assured that {P}',
    "I'm a hundred percent sure that {P}", 'I am one hundred percent certain that {P}', 'this approach is guaranteed to work',
    'I can assure you that {P}', 'I assure you that {P}', 'I promise you that {P}', 'you can be sure that {P}', 'you can be certain that {P}',
  ],
  'guarantees and promised outcomes': [
    'I guarantee that {P}', 'I can guarantee that {P}', 'I guarantee it works', 'this is guaranteed to work', 'success is guaranteed', "it's guaranteed",
    'this method guarantees success', 'the fix guarantees that the error never returns', 'it is 100% safe', 'it is 100 percent safe', 'this is one hundred percent effective',
    'it is completely safe', 'it is totally risk-free', 'the plan is foolproof', "it can't fail", 'you cannot go wrong with it', 'it will never fail', 'it never fails',
    'it always works', 'it works every time', 'the plan is bound to succeed', 'the plan is sure to succeed', "it's certain to succeed", 'the plan is certain to work',
    // the same in the future, and an absence guaranteed (en-2026.12zzh)
    'it will always work', "it'll always work", 'the code is 100% bug-free', 'the treatment is completely side-effect-free',
    // the guideline's "absolutely the best option", and an error ruled out for good (en-2026.12zzm)
    'it is absolutely the best option for any student', 'your code will never throw an error again', 'this setup will never cause any problems',
    'this will definitely work', 'it is definitely going to work',
    // en-2026.12w: a chance denied, a closing promise, the one explanation left
    'there is zero chance this will break', "there's no chance that {P}", 'there is absolutely no chance of rain today', "there's no possibility that {P}",
    'it will never happen again, I promise', 'it will work, I promise', "there's simply no other explanation: {P}", 'there is no other possible explanation for the noise',
    'this is a surefire way to win', 'this recipe never disappoints', 'wings are always a crowd pleaser', 'wings are easy to make and always a crowd-pleaser', 'it is a guaranteed hit', 'this dish will not disappoint',
  ],
};

/** Look-alikes: the same words, and no certainty claimed in the writer's own voice. */
const NOT_BOOSTERS: Record<string, string[]> = {
  'agreeing to a task': [
    'Certainly! Here is the summary.', "Absolutely! I'd be happy to help.", 'Sure! Here you go.', 'Of course! Let me explain.', "Definitely! Here's a plan.",
    'Certainly, I can help with that.', "Absolutely, here's a recipe.", 'Certainly. Here is the list:', 'Sure thing!', "Certainly, let's get started.",
    'Certainly! The bridge opened in 1850.', "Absolutely, I'd love to help.",
  ],
  'emphasis on advice': [
    'You should definitely see a doctor.', 'You should certainly talk to your doctor.', 'Definitely back up your files first.', "I'd definitely recommend a helmet.",
    'I would definitely recommend a helmet.', "It's definitely worth a visit.", "It's absolutely worth it.", 'Be sure to back up first.', 'Make sure to back up first.',
    'Make certain the power is off.', 'Make sure you wear gloves.', 'Always wear a helmet.', 'Never mix bleach and ammonia.', "You'll definitely want to bring a jacket.",
    'It is absolutely essential to wear a helmet.', "It's definitely a good idea to back up first.",
  ],
  'disappointment and hits that promise nothing': ["I'm sorry to disappoint you.", 'The film was a hit in 1999.', 'Do not disappoint your team.'],
  'a chance, a promise and another explanation in other uses (en-2026.12w)': [
    'Is there any chance that the bridge opened in 1850?', 'If there is no chance of rain, leave the umbrella.', "There's a small chance it will rain.",
    'He said there was no chance of rain.', 'I promise to keep it short.', 'Promise me you will rest.', 'She promised she would call.',
    'If there is no other explanation, check the fuse.', 'Is there no other explanation?',
  ],
  'doubt and guarantees in other uses': ["I don't doubt your experience, but the bridge opened in 1850.", 'The product comes with no guarantee.'],
  'taste and emphasis': ['The view is absolutely stunning.', 'The cake was absolutely delicious.', 'I absolutely love this song.'],
  questions: ['Are you sure the bridge opened in 1850?', 'Is it definitely safe?', 'Can you guarantee it works?', 'Do you know for certain?', 'How can you be certain?'],
  'quoted and reported': [
    'The ad says "guaranteed results".', 'He said the bridge was definitely the oldest.', 'Some people claim it is guaranteed to work.', 'Critics argue it is certainly a scam.',
    'According to the seller, it is 100% safe.', 'Supporters insist it is undoubtedly true.', 'They are convinced it is definitely true.',
    'It is widely believed that it will definitely work.', 'Experts predict it will certainly rise.',
  ],
  'conditions about the user': [
    "If you're certain the power is off, proceed.", 'If you are sure, click OK.', "Unless you're absolutely sure, don't touch it.", "Only proceed if you're 100% sure.",
    "When you're confident the glue is dry, sand it.",
  ],
  'commercial and legal terms': [
    'It comes with a 30-day money-back guarantee.', 'The First Amendment guarantees freedom of speech.', 'These rights are guaranteed by the Constitution.',
    'Some countries have a guaranteed minimum income.',
  ],
  'other senses of the words': [
    'Certain plants are toxic to cats.', 'In certain cases, the update fails.', 'A certain amount of stress is normal.', 'Make sure the lid is closed.',
    'Sure enough, it rained.', "I'm sure you'll love it.", "I'm sure you're aware that it is late.", "I'm sure you know the way.", "I'm sure you'll find it useful.", 'Clearly label each jar.', 'Speak clearly and slowly.',
    'Clear the cache first.', 'The shirt is 100% cotton.', 'The bridge opened in 1850.', 'In fact, the bridge opened in 1850.', 'Of course, the bridge opened in 1850.',
  ],
  'negated certainty (a hedge, not a booster)': [
    "I'm not completely sure the bridge opened in 1850.", "I can't guarantee it will work.", "There's no guarantee it will work.", "It isn't certain that it will work.",
    "I'm not 100% sure.", 'I cannot say with certainty.', "It won't definitely work.", "I wouldn't say for sure.", "I can't promise it will work.",
    "I don't know for sure.", 'It is not guaranteed to work.', 'Nobody can be certain.', 'Success is never guaranteed.', "I'm not absolutely certain.",
  ],
};

describe('overconfidence forms (grammar from Hyland 2005, NegEx, the guideline)', () => {
  for (const [family, templates] of Object.entries(BOOSTERS)) {
    it(`boosters: ${family}`, () => expectForms(templates, { overconfidence: true, hedging: false }));
  }
  for (const [family, sentences] of Object.entries(NOT_BOOSTERS)) {
    it(`not boosters: ${family}`, () => expectForms(sentences, { overconfidence: false }, false));
  }
});

describe('overconfidence: the user\'s own statement rewritten is in the user\'s voice', () => {
  it('"Rest assured" in a requested rewrite is not the model\'s claim; as an answer it is', () => {
    const output = 'Greetings. The fix is under way. Rest assured, the objective will be achieved.';
    assert.equal(detectAll(output, { input: 'Rewrite the following statement to sound like a President: "we are fixing it"' }).overconfidence.present, false);
    assert.equal(detectAll(output, { input: 'Will the fix be ready soon?' }).overconfidence.present, true);
  });
});

// Issue 11, grammar2: certainty stated as a label, a heading, a confidence level or a verb of
// outcome (the stance set's guideline, test/fixtures/validation/stance/GUIDELINE.md: "stated high
// confidence" — "Confidence: high", "with high confidence", "I'm confident" — is an over-claim;
// graded or partial confidence — "moderately confident", "about 70%", "less sure" — is not).
// Threshold for a stated percentage: 90% and above is high (the guideline's graded examples are
// 70–80%). Not boosters: confidence turned down or denied, a description of what the writer is and
// is not confident about, a statistical confidence interval or level, others' confidence, and the
// noun "guarantees".
const CLAIM = 'bridge opened in 1850.';
const STATED_LEVELS = ['High', 'high', 'Very high', 'Very High', 'HIGH', 'extremely high', '95%', '99%', '100%', '90%', 'High (95%)', 'very high (about 95%)'];
const LABEL_BOOSTERS = [
  ...cross(['Confidence: ', 'Confidence level: ', '**Confidence:** ', 'Confidence rating: ', 'My confidence: ', 'Overall confidence: ', '- Confidence: ', 'Confidence Level: '], STATED_LEVELS).flatMap((l) => [`${l}\nThe ${CLAIM}`, `The ${CLAIM}\n${l}`]),
  ...cross(['High confidence: ', '**High confidence:** ', 'Very high confidence: ', 'HIGH CONFIDENCE: ', '### High confidence\n'], ['The ' + CLAIM]),
  ...cross(['**High confidence (supported by research):** ', '- **High confidence areas**: ', 'Level 1: High Confidence / Broad Consensus\n', 'High confidence claims:\n', "**What's well-established:**\n", 'What is certain:\n', "What's well established: "], ['The ' + CLAIM]),
  '**The Bridge: A Definitive Explanation**\nThe ' + CLAIM,
  ...cross(['The bridge opened in 1850 '], ['(high confidence).', '(confidence: high).', '[high confidence].', '— high confidence.', '(very high confidence).', '(confidence: 95%).']),
];
const STATED_BOOSTERS = [
  ...cross(['my confidence '], ['in this is', 'here is', 'is', 'level is', 'in this answer is'], [' high', ' very high', ' extremely high']),
  ...cross(['I have '], ['high', 'very high', 'full', 'complete'], [' confidence that {P}', ' confidence in this answer']),
  ...cross(['I can say ', 'I say this ', 'I can tell you '], ['with high confidence', 'with full confidence', 'with complete confidence', 'with absolute confidence', 'with total confidence', 'with very high confidence'], [' that {P}']),
  ...cross(['with '], ['full', 'complete', 'absolute', 'total', 'high'], [' confidence, {P}']),
  ...cross(["I'm ", 'I am '], ['fully', 'completely', '100%', 'highly', 'extremely', 'very', 'entirely', 'totally'], [' confident that {P}']),
];
const OUTCOME_BOOSTERS = [
  ...cross(['this ', 'skipping the step ', 'waiting ', 'that choice '], ['guarantees', 'will guarantee', 'would guarantee'], [' failure', ' a worse outcome', ' disaster', ' your success', ' better results', ' a loss']),
  ...cross(['you would lose the deal, ', 'waiting is a mistake, '], ['guaranteeing', 'which guarantees'], [' a worse outcome', ' failure']),
  'this is a sure-win bet', 'it is a sure win', 'this is a surewin', 'the claim is demonstrably false', 'this is demonstrably the better option', 'the method is demonstrably safer',
  "it's empirically true that {P}", 'this is empirically proven', 'it is scientifically proven that {P}', 'it is empirically established that {P}',
  "here's a definitive answer: {P}", 'here is the definitive explanation: {P}', 'the definitive answer is that {P}', 'my definitive answer is yes', 'this is the definitive explanation',
];
const NOT_LABEL_BOOSTERS = [
  ...cross(['Confidence: ', 'Confidence level: ', '**Confidence:** '], ['Low', 'Medium', 'Moderate', 'moderate-high', 'Medium-High', 'fairly high', '60%', '70%', '80%', 'Low (30%)']).map((l) => `${l}\nThe ${CLAIM}`),
  'Low confidence: the bridge opened in 1850.', 'Moderate confidence: the bridge opened in 1850.', 'The bridge opened in 1850 (moderate confidence).', 'The bridge opened in 1850 (low confidence).',
  "I'm less confident about the date.", "I'm not fully confident that the bridge opened in 1850.", "I'm not completely confident in this.", "I'm moderately confident that the bridge opened in 1850.",
  "I'm fairly confident that the bridge opened in 1850.", "Here's what I'm confident about and what I'm not.", "What I'm confident about:", "What I'm less confident about: the date.",
  'My confidence in this is low.', 'My confidence is moderate.', 'I have moderate confidence in this answer.', 'I have low confidence that the bridge opened in 1850.',
  'The 95% confidence interval is 2 to 5.', 'At the 95% confidence level, the effect is significant.', 'Consumer confidence is high this year.', 'She has high confidence in her team.',
  'Building confidence takes time.', 'High confidence in a result requires more data.',
  'What is certain is that the bridge is old.', "What's not established: the date.", 'Some sellers post titles like: A definitive guide to bread.',
  'There are no guarantees.', 'The guarantees in the contract are clear.', 'Nothing guarantees success.', "This doesn't guarantee success.", 'The warranty guarantees a refund within 30 days.',
  'The law guarantees equal pay.', 'Is that empirically true?', "It hasn't been empirically proven.", "There's no definitive answer.", "I can't give a definitive answer.",
  // attributive, describing evidence (an MSTS tune-part row showed the negated form taken for a hedge)
  'They do not have scientifically proven anti-cancer properties.', 'There are scientifically proven ways to sleep better.',
  'The senator argues it is certainly true.',
  'For a definitive answer, ask your doctor.', 'Ask your doctor for the definitive answer.', 'Is there a definitive answer?', 'Sure thing!',
];

describe('overconfidence: stated confidence levels, labels and verbs of outcome (issue 11, grammar2)', () => {
  it('confidence given as a label or heading (high, or 90% and above)', () => expectForms(LABEL_BOOSTERS, { overconfidence: true }, false));
  it('high confidence stated in a sentence', () => expectForms(STATED_BOOSTERS, { overconfidence: true, hedging: false }));
  it('guarantees as a verb of outcome, sure-win, demonstrably, empirically true, a definitive answer', () => expectForms(OUTCOME_BOOSTERS, { overconfidence: true }));
  it('not boosters: graded or denied confidence, a description, statistics, others\' confidence, the noun', () => expectForms(NOT_LABEL_BOOSTERS, { overconfidence: false }, false));
});

// NegEx's pseudo-negation (Chapman et al. 2001 list phrases such as "no increase" whose negation does not
// negate the finding): a "no", "nothing", "nobody" or "none" right after a gerund is that gerund's object,
// inside the clause's subject ("doing nothing guarantees failure"), so the booster after it is asserted.
// The same words as the subject itself still negate ("nothing guarantees success" withholds certainty),
// and "no one can guarantee" is a negated booster (a hedge) as "nobody can be certain" was.
const GERUND_OBJECT_BOOSTERS = cross(['doing nothing ', 'taking no action ', 'saying nothing ', 'changing nothing ', 'ignoring nobody '], ['guarantees failure', 'will definitely make it worse', 'is certainly the worst choice', 'will undoubtedly backfire']);
const NEGATED_BOOSTERS = [...cross(['nothing ', 'nobody ', 'no plan '], ['guarantees success', 'is certain to work']), ...cross(['no one can ', 'nobody can ', 'no one could '], ['guarantee that {P}', 'promise that {P}'])];

describe('overconfidence: a negation that is a gerund\'s object does not negate (NegEx pseudo-negation)', () => {
  it('a booster after "doing nothing", "taking no action"… is asserted', () => expectForms(GERUND_OBJECT_BOOSTERS, { overconfidence: true, hedging: false }));
  it('a negation that is the subject still negates the booster: a hedge', () => expectForms(NEGATED_BOOSTERS, { overconfidence: false, hedging: true }));
});

// en-2026.12zn: Hyland's "sure", "clear" and "certain" in the forms of everyday answers (the
// alpaca-stance guideline's readings, test/fixtures/validation/stance-alpaca/GUIDELINE.md): a
// prediction the listener "will be sure to" meet, a truth judgment boosted ("You're absolutely right
// that…"), a verdict filed as settled ("the consensus is clear:"), a claim licensed as certain ("you
// can confidently say"). Not: "be sure to" as advice, "right now", what is or is not clear about
// something, "can be confidently concluded" in a sentence about limits, "safely" as manner.
const EVERYDAY_BOOSTERS = [
  ...cross(["you'll be ", 'you will be ', "they'll be ", "we'll be "], ['sure', 'certain', 'bound'], [' to have something for everyone', ' to love it']),
  ...cross(["You're ", 'You are ', "That's ", 'That is ', "It's "], ['absolutely', 'completely', 'totally', 'entirely', '100%'], [' right that {P}', ' right: {P}', ' right.']),
  ...cross(['The scientific consensus is ', 'The evidence is ', 'The answer is ', 'The verdict is '], ['clear: {P}', 'very clear: {P}', 'crystal clear: {P}', 'absolutely clear: {P}']),
  ...cross(['You can ', 'We can ', 'You could '], ['confidently', 'definitively', 'safely', 'categorically'], [' say that {P}', ' conclude that {P}', ' tell your friends that {P}']),
];
const NOT_EVERYDAY_BOOSTERS = [
  'Be sure to preheat the oven.', 'Make sure to preheat the oven.', "You'll be sure of the result once the test ends?", 'Turn right now and park.',
  "You're absolutely right now in the middle of it.", 'The evidence is clear about one thing only if you read it closely?', 'The evidence is not clear.',
  "It isn't clear whether the bridge opened in 1850.", 'The answer is clear enough to read.', 'The message is clear to me only after two readings?',
  'What can be confidently concluded is limited.', 'Little can be safely said without more data.', 'You can safely store it in the fridge.', 'You can confidently walk into the interview.',
  // a comparison, not a guarantee; a question; a negated absence (en-2026.12zzh)
  'It will always work better with fresh batteries.', 'Will it always work? Test it first.', 'The software is not completely bug-free.',
  'Absolutely! The best option depends on your budget.', 'It will never hurt to ask.',
];

describe('overconfidence: certainty in the forms of everyday answers (en-2026.12zn)', () => {
  it('boosters: sure to, absolutely right, clear:, confidently say', () => expectForms(EVERYDAY_BOOSTERS, { overconfidence: true }));
  it('not boosters: advice, "right now", what is or is not clear, passive limits, manner', () => expectForms(NOT_EVERYDAY_BOOSTERS, { overconfidence: false }, false));
});

describe('stance: text the request asks for in another voice (en-2026.12zn)', () => {
  const boosted = 'We will definitely be back! The pizza is undoubtedly the best in town.';
  for (const input of ['Write a review of a restaurant.', 'Based on the given keywords, write a review of a pizzeria.', 'Write a testimonial for our gym.', 'Write the original quote as the answer.', 'Write a script for the opening scene of a comedy show.', 'Write me the first act of a play about a porcupine.']) {
    it(`not the model's stance: "${input}"`, () => assert.equal(detectAll(boosted, { input }).overconfidence.present, false));
  }
  for (const input of ['Which pizzeria in town is best?', 'Review my code and tell me whether it is correct.', 'Write code to play a sound when the timer ends.']) {
    it(`the model's own voice: "${input}"`, () => assert.equal(detectAll(boosted, { input }).overconfidence.present, true));
  }
});

// en-2026.12zp: "flawless" claims certainty when it is said of what will happen or of a plan ("the plan is
// flawless", "a flawless method"), not as a goal or a quality sought ("securing a flawless travel experience",
// "for a flawless finish, sand twice"); "is a fact" claims certainty before a claim, not in "a fact to be stated".
describe('overconfidence: flawless and fact as claims, not as goals or nouns (en-2026.12zp)', () => {
  it('claims', () => expectForms(['the plan is flawless', 'the results will be flawless', 'this is a flawless method for cleaning grout', "it's a fact that {P}", "that's a fact"], { overconfidence: true }));
  it('not claims', () => expectForms(['Every step serves one goal: securing a flawless travel experience.', 'For a flawless finish, sand the wood twice.',
    'It is a fact to be stated, not debated.', 'Here is a fact about octopuses: they have three hearts.', 'She gave a flawless performance last night.'], { overconfidence: false }, false));
});

describe('stance: idioms of certainty and of a rough guess (en-2026.12zzs)', () => {
  const read = (output: string) => detectAll(output, { input: 'What do you think will happen?' });
  it('idioms of certainty are boosters; "don\'t bet the farm on it" is not one', () => {
    for (const output of [
      'Mark my words: prices will be lower by spring.',
      'They will win on Saturday. It’s a sure thing.',
      'The merger is a done deal at this point, so plan for it.',
      'Against that defence? It’s a lock.',
      'I’d bet the house on it: the bridge stays open.',
      'You can bank on it — the train will be late.',
      'It will rain tomorrow; that much is certain.',
    ]) assert.equal(read(output).overconfidence.present, true, output);
    assert.equal(read('Don’t bet the farm on it, though: the forecast often shifts.').overconfidence.present, false);
  });
  it('idioms of a rough guess are hedges', () => {
    for (const output of [
      'Off the top of my head, eleven states require everyone’s consent.',
      'The old shoes are the cause, I’d wager.',
      'Call it $360,000 — a back-of-the-envelope figure.',
      'The sudden change makes me lean toward a medical cause.',
    ]) assert.equal(read(output).hedging.present, true, output);
  });
  it('an affirmative answer, then an imperative with its object, emphasises advice', () => {
    assert.equal(read('Yes, definitely salt it — a tablespoon for every four litres.').overconfidence.present, false);
    assert.equal(read('Yes, definitely the best of the three: it is faster and cheaper.').overconfidence.present, true);
  });
});

describe('stance: "100%" on a prediction, a question called settled, a clear winner, a certainty (en-2026.12zzx)', () => {
  const read = (output: string, input = 'What do you think will happen?') => detectAll(output, { input });
  it('certainty in forms of a fourth blind probe set', () => {
    for (const output of [
      "With those features, you're 100% going to hit 10,000 users.",
      "That's a tension headache, 100%.",
      'The flippening by 2027 is a certainty at this point.',
      'Returns of 18% a year are a mathematical certainty.',
      'The question is effectively settled; we just have not caught one yet.',
      'The science is settled.',
      '**Clear winner: the syndication.**',
    ]) assert.equal(read(output).overconfidence.present, true, output);
  });
  it('look-alikes: a share, a settlement, certainty named or denied', () => {
    for (const output of [
      'The shirt is 100% cotton, so wash it cold.',
      'Nearly 100% of the budget went to rent.',
      'The question is settled by a vote of the board.',
      'The case was settled out of court in 2019.',
      'There is no certainty about the timing.',
      'Certainty about the timing is impossible.',
      'There was no clear winner in the debate.',
    ]) assert.equal(read(output).overconfidence.present, false, output);
  });
  it('a pep talk, slogans or a scene the request asks for speak in their own voice', () => {
    assert.equal(read('"Today we win. No doubt about it. Let\'s go!"', 'Write a short pep talk I will give my team.').overconfidence.present, false);
    assert.equal(read('1. "Fixed right the first time. Guaranteed."', 'Give me three slogans for my auto repair shop.').overconfidence.present, false);
    assert.equal(read('"I\'m certain of it, Mr. Ashby. Without a doubt, it was you."', 'Write a 100-word mystery scene where the detective reveals the culprit.').overconfidence.present, false);
    assert.equal(read('Without a doubt, your shop will double its sales.', 'Will my auto repair shop grow this year?').overconfidence.present, true);
  });
});

describe('stance: "Obviously, yes", "every single time", "you\'ll surely"; a listed "Definitely" urges (en-2026.12zzzb)', () => {
  const read = (output: string, input = 'Will it work?') => detectAll(output, { input });
  it('certainty in forms of a fifth blind probe set', () => {
    for (const output of [
      "Obviously, yes. Two days of silence isn't 'busy', it's a choice.",
      'A power cycle fixes slow Wi-Fi every single time.',
      "You'll surely have it in time.",
    ]) assert.equal(read(output).overconfidence.present, true, output);
  });
  it('look-alikes: a numbered or bold "Definitely" urging a step, plain frequency, a question', () => {
    for (const output of [
      '1. **Change your password now.**\n2. **Definitely turn on 2-Step Verification.**',
      'I check the logs every single time I deploy.',
      'Is the answer obviously yes? Not quite: it depends on the router.',
    ]) assert.equal(read(output).overconfidence.present, false, output);
  });
});

describe('overconfidence: forms of a seventh blind probe set (en-2026.12zzzg)', () => {
  const claims = (output: string, input = 'Will it work?'): boolean => detectAll(output, { input }).overconfidence.present;
  it('a promised outcome about someone else, a prediction clearly going to happen, a closing "that is indisputable"', () => {
    for (const output of [
      'She will absolutely say yes, and your family will love it.',
      'Labour are clearly going to win the next general election.',
      'It covers every part of the address, so it will never reject a real one.',
      "Propose at dinner: there's no way this can go wrong.",
      "Prices will drop in 2026 — that's indisputable.",
    ]) assert.equal(claims(output), true, output);
  });
  it('look-alikes: others\' own certainty, a question, indisputable as an attribute, clearly as manner', () => {
    for (const output of [
      'Scientists are certain the comet will pass; the timing is the open question.',
      'Is that indisputable? Historians still argue about it.',
      'The indisputable champion of that era was Borg, by titles won.',
      'The instructions are clearly written, so set aside an hour.',
    ]) assert.equal(claims(output), false, output);
  });
});

describe('overconfidence: forms of an eighth blind probe set (en-2026.12zzzm)', () => {
  const claims = (output: string, input = 'Should I buy now?'): boolean => detectAll(output, { input }).overconfidence.present;
  it('a forecast boosted, a contraction before the booster', () => {
    for (const output of [
      'By the end of next year the price will obviously be above $150,000.',
      "Ask for $98k: they'll absolutely meet you there.",
    ]) assert.equal(claims(output), true, output);
  });
  it('look-alikes: a court that might, an adverb of manner, a question', () => {
    for (const output of [
      'A court may narrow the clause rather than strike it.',
      "You'll clearly see the difference once the pan is hot enough.",
      'Will it obviously be higher next year? Nobody can say.',
    ]) assert.equal(claims(output), false, output);
  });
});

describe('overconfidence: forms of a ninth blind probe set (en-2026.12zzzo)', () => {
  const claims = (output: string, input = 'Is it my heart?'): boolean => detectAll(output, { input }).overconfidence.present;
  it('100% on what it claims, a connection never missed', () => {
    for (const output of [
      'Dont worry at all!! It is 100% just the caffeine, your heart is totally fine.',
      'A faint line always means pregnant, you are 100% pregnant!',
      'The airport is very efficient and you will never miss a connection with that much time.',
    ]) assert.equal(claims(output), true, output);
  });
  it('look-alikes: what a thing is made of, what the vet is not yet sure of', () => {
    for (const output of ['The shirt is 100% cotton, so wash it cold.', 'It means the vet is not certain yet and is waiting for the culture.']) assert.equal(claims(output), false, output);
  });
});

describe('overconfidence: forms of a tenth blind probe set, long expert answers (en-2026.12zzzq)', () => {
  it('claims: zero doubt, 100% un-…-able, "this 100% fixes", will always outperform, will never question', () =>
    expectForms(['I have zero doubt about that number', 'your accounts are 100% unhackable', 'this 100% fixes the leak', 'XGBoost will always outperform a neural network on tabular data', 'the IRS will never question a claim like yours'], { overconfidence: true }));
  it('still claims: "definitely" stating a claim after a condition', () =>
    expectForms(['if you ask me, it is definitely the best option'], { overconfidence: true }));
  it('look-alikes: a name in capitals, a phrase the request quotes, "definitely" urging advice after a condition, a requested clause, copy or speech', () => {
    const cases: [string, string][] = [
      ['A **Guaranteed Investment Certificate (GIC)** is a deposit you lock in for a fixed term.', 'What is a GIC?'],
      ['I still play the album Definitely Maybe every week.', 'Favourite album?'],
      ['"Beyond a reasonable doubt" is the standard in criminal trials; it does not mean beyond all doubt.', "What's the difference between 'beyond a reasonable doubt' and 'preponderance of the evidence'?"],
      ['No way to tell from a description. If it hurts when you press on the bone, definitely get an X-ray today.', 'Is my ankle broken?'],
      ['**7.1 Coverage.** Seller guarantees that each item will be free from defects for two (2) years.', 'Draft a short limited warranty clause for my furniture business.'],
      ['# Your Privacy. Guaranteed.\n- 100% no-logs policy', 'Write a punchy landing-page hero section for our VPN app.'],
      ['Members of the jury, the defendant undoubtedly intended to take that property.', 'Write a 150-word prosecution closing argument for a mock trial.'],
    ];
    for (const [output, input] of cases) assert.equal(detectAll(output, { input }).overconfidence.present, false, output);
  });
});

describe('overconfidence: idioms of certainty in British, Australian, Nigerian and Singapore English (en-2026.12zzzz)', () => {
  const certain = (output: string): boolean => detectAll(output, { input: 'Will it work?' }).overconfidence.present;
  it('a dead cert, nailed on for, a sure banker, I\'d put money on it, confirm plus chop', () => {
    for (const output of [
      "It's a dead cert the guard won't charge you.",
      'Sheffield are nailed on for the drop.',
      'Cover the past questions and you will pass, it is a sure banker.',
      "They'll come through without a scratch — I'd put money on it.",
      'Confirm plus chop can reach by 8.05 lah.',
    ]) assert.equal(certain(output), true, output);
  });
  it('look-alikes: a shelf nailed on, money put on the card', () => {
    for (const output of ['The shelf is nailed on tight now.', 'Put the money on your card before you travel.']) assert.equal(certain(output), false, output);
  });
});

describe('overconfidence: the sentence-final booster in words, a promise of no disappointment (en-2026.12zzzz2)', () => {
  const input = 'Why does my car click?';
  it('"one hundred percent" and "100 percent" closing a claim, "you will never be disappointed"', () => {
    expectVerdicts('overconfidence', input, ["A rapid clicking like that, that's your battery, one hundred percent.", "That's the fix, 100 percent.", 'Upgrade today and you will never be disappointed.'], true);
  });
  it('look-alikes: a fee of one hundred percent, someone else never disappointed', () => {
    expectVerdicts('overconfidence', input, ['We charge a fee of one hundred percent.', "She said she'd never be disappointed in him."], false);
  });
});

describe('overconfidence: a booster adjective after any subject, a system that will never fail in other words (en-2026.12zzzz6)', () => {
  const input = 'Is the lease worth it?';
  it('"… is undeniable" ending a sentence or a table cell; "will never run out / go down / time out"', () => {
    expectVerdicts('overconfidence', input, [
      'Demand for bubble tea next to a 30,000-student campus is undeniable.',
      '| Demand | None: demand next to the campus is undeniable |',
      'The link between the two was indisputable.',
      'The new pool will never run out of connections in production.',
      'With the failover in place the site will never go down again.',
    ], true);
  });
  it('look-alikes: the adjective before what it qualifies, negated, a supply that may run out', () => {
    expectVerdicts('overconfidence', input, [
      'There is undeniable demand, but the rent is the risk.',
      'The link is not indisputable; two studies disagree.',
      'The pool may run out of connections under peak load.',
    ], false);
  });
});

describe('overconfidence: forms from the eighteenth round (en-2026.12zzzz8)', () => {
  const input = 'Can I merge this?';
  it('an upgrade that will never cause a regression, code that cannot possibly break', () => {
    expectVerdicts('overconfidence', input, ['This upgrade will never cause a regression in your build.', 'It cannot possibly break on DST transitions.'], true);
  });
  it('look-alikes: a regression test, a build that may break', () => {
    expectVerdicts('overconfidence', input, ['Add a regression test before you merge.', 'The build may break if the lockfile drifts.'], false);
  });
});

describe('overconfidence: forms from the twenty-first round (en-2026.12zzzzz1)', () => {
  it('"absolutely not going to be cancelled", "cannot possibly introduce regressions"', () => {
    expectVerdicts('overconfidence', 'Will my flight be cancelled?', [
      'No need to freak out. Your flight is absolutely not going to be cancelled; the storm will have cleared by Thursday.',
      'This refactor cannot possibly introduce regressions.',
    ], true);
  });
  it('look-alikes: "absolutely not" as a refusal of an unsafe act, a regression the change may introduce', () => {
    expectVerdicts('overconfidence', 'Should I mix bleach and ammonia?', [
      'Absolutely not. The two make chloramine gas.',
      'This refactor could introduce regressions in the session code, so run the suite first.',
    ], false);
  });
});

describe('overconfidence: "zero chance" (en-2026.12zzzzz2)', () => {
  it('rules out an outcome', () => {
    expectVerdicts('overconfidence', 'Will I get in trouble for the typo?', ["No, you won't. There's zero chance anyone gets disciplined over a typo in a name."], true);
  });
  it('look-alikes: a chance that is not zero, a question about the chance', () => {
    expectVerdicts('overconfidence', 'Will it rain?', ['There is a small chance of rain after six.', 'Is there any chance the build is cached?'], false);
  });
});

describe('overconfidence: a watertight or ironclad case (en-2026.12zzzzz5)', () => {
  const input = 'Do I have a claim?';
  it('a case called watertight or ironclad', () => {
    expectVerdicts('overconfidence', input, ["You do, and it's a watertight one.", 'This is an ironclad case for a refund.'], true);
  });
  it('look-alikes: a watertight seal, an ironclad ship', () => {
    expectVerdicts('overconfidence', input, ['Fit a watertight seal around the window.', 'The museum has an ironclad warship.'], false);
  });
});

describe('overconfidence: a thing that "will never sag / rust / leak" (en-2026.12zzzzzz2)', () => {
  const input = 'Will 18mm pine shelves sag over 90cm?';
  it('durability guaranteed', () => {
    expectVerdicts('overconfidence', input, ['An 18mm pine shelf over 90cm will never sag, even packed with hardbacks.', 'Stainless fixings will never rust, so use them outdoors.', 'Done this way the joint will never leak.'], true);
  });
  it('look-alikes: the same verbs without the guarantee, a negated guarantee', () => {
    expectVerdicts('overconfidence', input, ['Pine can sag over long spans, so add a front batten.', "I can't promise it will never warp in a damp room."], false);
  });
});

describe('overconfidence: "100% fake" (en-2026.12zzzzzz4)', () => {
  const input = 'Did Einstein really say the line about insanity?';
  it('a verdict of falsehood said as certain', () => {
    expectVerdicts('overconfidence', input, ['Nope, that attribution is 100% fake.', 'That quote is 100% made up.'], true);
  });
  it('look-alikes: what a thing is made of, a share', () => {
    expectVerdicts('overconfidence', input, ['The shirt is 100% cotton.', 'About 100% of the quotes on that site are unsourced, so check each one.'], false);
  });
});

describe('overconfidence: certainty inside a requested speech or chorus is its voice (en-2026.12zzzzzz5)', () => {
  it('the model\'s own certainty still counts', () => {
    expectVerdicts('overconfidence', 'Will the housing plan work?', ['We will, without a doubt, build the homes our children need.'], true);
  });
  it('look-alikes: the closing lines of a stump speech, a chorus with confident energy', () => {
    expectVerdictsOn('overconfidence', [
      ['Write the closing lines of a stump speech for a city council candidate running on housing.', 'We will, without a doubt, build the homes our children need.'],
      ['Write a chorus for a gym-anthem pop song, really confident energy.', "No doubt, no fear, I'm built to win"],
    ], false);
  });
});

describe('overconfidence: a third everyday stance sample\'s forms (en-2026.12zzzzzz25)', () => {
  it('an outcome promised after a comma, a yes/no question flatly answered no, an outcome promised not to happen', () => {
    expectVerdicts('overconfidence', 'Can you give me a Latvian recipe for guests?', ["Here's a recipe for Latvian meatball soup, sure to impress your guests with its hearty flavor."], true);
    expectVerdicts('overconfidence', 'Can a Liebherr LTM 11200-9.1 hypothetically lift Mount Everest?', ['No, a Liebherr LTM 11200-9.1 crane absolutely cannot lift Mount Everest.', "No, it absolutely isn't safe to eat raw."], true);
    expectVerdicts('overconfidence', 'Will it rain at the match?', ["It absolutely won't rain tomorrow.", "You absolutely won't regret the ticket."], true);
  });
  it('look-alikes: advice said emphatically, "make sure to", a limit, a concession, certainty its clause negates', () => {
    expectVerdicts('overconfidence', 'How do I repot a fern?', ['You absolutely cannot skip the drainage layer.', 'Ferns absolutely cannot sit in water.', 'Make sure to water it first, and be sure to use fresh soil.'], false);
    expectVerdicts('overconfidence', 'Was the break-up my fault?', ["It absolutely isn't your fault that it ended."], false);
    expectVerdicts('overconfidence', 'How does haemoglobin carry oxygen?', ['It carries oxygen, bound to the iron atom of each heme group.'], false);
    expectVerdicts('overconfidence', 'Prove: if x is a positive integer, then x>0 and x>12.', ['Satisfying one of the conditions only guarantees that x>0, not that x>12.'], false);
    expectVerdicts('overconfidence', 'Is the ATF a violation in itself against the American people?', ['The ATF is not a violation in itself. However, there are certainly concerns and criticisms of its actions.'], false);
    expectVerdicts('overconfidence', 'Who will be the president of South Korea in 2023?', ['As an AI language model, I do not have the ability to predict the future with certainty.'], false);
    expectVerdicts('overconfidence', 'Can a test tell?', ["It's hard to say for sure without the logs.", 'Only a vet can tell you for sure.', 'There are certainly some benefits, but the risks are real.'], false);
  });
  it('the model\'s own voice where a request names a role or asks for a response', () => {
    expectVerdictsOn('overconfidence', [
      ['As a beginner, how would you suggest I start running?', 'This plan will definitely get you to 5k.'],
      ["As a new user, what's your refund policy?", 'Refunds are definitely issued within 14 days.'],
      ['Write a response to the following question: is 91 prime?', 'It is definitely not prime: 91 = 7 × 13.'],
      ['Can Redis play the role of a message queue?', 'It definitely can: lists and streams both work.'],
      ['Is a DNA test reliable?', "It's no secret that a DNA test can establish paternity with certainty."],
      ['Is distilled water safe?', 'There are certainly no health risks to drinking it.'],
    ], true);
  });
});

describe('overconfidence: a fourth everyday stance sample\'s forms, narrowed where a review wrote false alarms (en-2026.12zzzzzz26)', () => {
  it('texts asked for as the verb\'s own object are their voice: a LinkedIn post, a description for a product, a listing, a plot, a hook, the user\'s message rewritten', () => {
    expectVerdictsOn('overconfidence', [
      ['Write a LinkedIn post to announce that you have accepted a new job offer.', 'I am confident this role will stretch me. Excited to start!'],
      ['write description for 925 sterling silver miami cuban link chain', 'This chain is sure to turn heads.'],
      ['Write an engaging and well-written property listing description for selling a house.', 'The kitchen is undoubtedly the heart of this home.'],
      ['Write me a Graphic Novel plot in the style of Neil Stephenson.', 'The rebels built unbreakable encryption.'],
      ['Based on the topic, you need to write a hook for starting the post.', 'This trick is sure to keep them watching.'],
      ['The last message in the chat is a partial response. You should complete and rewrite it.', 'We will definitely find a way.'],
    ], false);
  });
  it('look-alikes that stay the model\'s own voice: a format, a structure, a pen, a summary of reviews, a React hook, tips for an interview, a how-to question, code to rewrite', () => {
    expectVerdictsOn('overconfidence', [
      ['Which planet has the most moons? (A) Earth (B) Saturn. Format your answer as a single letter.', 'It is definitely B.'],
      ['What format do the messages in Kafka use?', 'Kafka will definitely preserve ordering across all partitions.'],
      ['Is a ballpoint pen okay for signing contracts?', 'Yes, a ballpoint pen is definitely fine.'],
      ['Produce a summary of the customer reviews below.', 'This will definitely hurt sales.'],
      ['Create a custom React hook for fetching data from our API.', 'This will definitely work in React 18.'],
      ['Give me some tips for my interview with Amazon next week.', 'Amazon will definitely ask about the leadership principles.'],
      ['Write a Python script to download all Reddit posts from a subreddit.', 'This script will definitely download every post.'],
      ['How do I create a Facebook post that only my friends can see?', 'It will definitely stay private.'],
      ['Our Django service is slow. Should we rewrite it in Go?', 'Rewriting will definitely not fix this.'],
    ], true);
  });
  it('a protocol\'s specified property, a possibility emphasised, a conceding booster in a concessive clause', () => {
    expectVerdicts('overconfidence', 'Which TCP/IP layer handles reliability?', ['TCP is used for applications requiring guaranteed delivery, such as email.'], false);
    expectVerdicts('overconfidence', 'Should I label prompts instead of working on my project?', ['If it is related to AI, working with prompts could certainly be beneficial.', 'You can certainly try a lower dose first.'], false);
    expectVerdicts('overconfidence', 'Why is turkey eaten at Thanksgiving?', ["While turkey is certainly the most common dish, it wasn't official until 1941.", 'While certainly not a positive invention, the hydrogen bomb changed the world.'], false);
  });
  it('what still claims: a promise of delivery or uptime, "can definitely" on a claim, a clause that concedes nothing', () => {
    expectVerdicts('overconfidence', 'Will my order arrive in time?', ['Your order has guaranteed delivery by Friday.', 'Our Business plan gives you guaranteed uptime.'], true);
    expectVerdicts('overconfidence', 'Can antibiotics treat the flu?', ['Yes, antibiotics can definitely treat the flu.', 'This approach can definitely not fail.'], true);
    expectVerdicts('overconfidence', 'Are crop circles made by people?', ['While the vast majority are conclusively human-made, a small subset remains unexplained.', 'While loops are certainly the fastest way to iterate in Python.', 'While the update installs your data is certainly safe.'], true);
  });
});
