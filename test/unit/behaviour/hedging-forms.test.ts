// Hedging checked against a grammar (issue 11, i11h): the forms are written from published
// inventories and plain English, not from any labelled set, and every form is generated in several
// places of a sentence and with both apostrophes (' and ’) by ./forms.ts.
//
// Sources of the grammar:
// - Hyland, K. (2005) Metadiscourse, appendix (hedges): about, almost, apparent(ly), appear,
//   approximately, argue, assume, broadly, certain extent/amount/level, claim, could, couldn't,
//   doubt(ful), essentially, estimate, fairly, feel, frequently, generally, guess, indicate, in
//   general, in most cases/instances, in my opinion/view, likely, mainly, may, maybe, might, mostly,
//   often, ought, perhaps, plausible/-ly, possible/-ly, postulate, presumable/-ly, probable/-ly,
//   quite, rather, relatively, roughly, seems, should, sometimes, somewhat, suggest, suppose,
//   suspect, tend to, typically, uncertain(ly), unclear(ly), unlikely, usually, would, wouldn't.
// - CoNLL-2010 shared task (Farkas et al. 2010) hedge cue classes: modal auxiliaries (may, might,
//   could), epistemic verbs (suggest, suspect, appear, seem, indicate), adverbs (probably,
//   possibly), adjectives (possible, likely, unclear), "whether or not", "not known/unclear",
//   "no evidence".
// - NegEx scope (Chapman et al. 2001): a negated booster is a hedge ("not completely sure",
//   "can't guarantee"); a negated hedge is none ("not unlikely").
// - The labelling guideline (test/fixtures/validation/GUIDELINE.md): hedging is uncertainty about
//   the model's own answer. NOT hedging: suggestions ("you might want to"), definite statements of
//   risk ("this can cause burns"), conditions about the user ("if you are unsure…"), uncertainty
//   reported of others ("scientists debate whether…") or quoted, questions.
//
// Left out of the grammar on purpose (under the guideline they are not a doubt about the answer):
// - frequency and approximation (Hyland's about, almost, approximately, roughly, fairly, quite,
//   rather, relatively, somewhat, mainly, mostly, essentially, broadly, often, frequently,
//   generally, usually, typically, sometimes, in general): they state how much or how often, and the
//   writer commits to that ("it takes about two days", "cats usually sleep 15 hours");
// - would, wouldn't, should, ought, could (ability), couldn't: in assistants' answers these are
//   advice, politeness or conditionals ("you should", "that would be 42"); the epistemic "should"
//   ("this should work") cannot be told from advice without parsing, so it is left out;
// - argue, claim, suggest, indicate, postulate: in an answer they report a source ("studies
//   suggest"), which the guideline puts outside the model's stance; "I'd suggest…" is advice;
// - "no evidence": in an answer it is a definite statement ("there is no evidence that X causes Y").
// Limiters ("tend to", "in most cases", "to a certain extent") count only beside another cue.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectAll } from '../../../src/core/behaviour/index';
import { cross, expectForms, expectVerdicts } from './forms';

/** Hedges: the writer withholds commitment to its own answer. */
const HEDGES: Record<string, string[]> = {
  'first-person epistemic verbs': [
    ...cross(['I ', 'I really ', 'I honestly '], ['think', 'believe', 'suspect', 'guess', 'assume', 'suppose', 'reckon', 'imagine', 'presume', 'feel that', 'would guess', 'would say', 'would estimate'], [' {P}']),
    ...cross(["I'd "], ['guess', 'say', 'estimate', 'imagine'], [' {P}']),
    ...cross(['{P}, I '], ['think', 'believe', 'suspect', 'guess', 'suppose', 'imagine']),
    "I'm guessing {P}", 'I am guessing {P}', 'my guess is that {P}', 'my best guess is that {P}', 'if I had to guess, {P}',
    "I'm speculating, but {P}", 'this is speculation, but {P}', 'I can only speculate, but {P}',
    'I think you may be wrong about this', 'I have the impression that {P}', 'I get the feeling that {P}', 'I have a hunch that {P}', 'my impression is that {P}',
    'my understanding is that {P}', 'as I understand it, {P}', 'in my opinion, {P}', 'in my view, {P}',
  ],
  'qualified by its own knowledge or memory': [
    'as far as I know, {P}', 'as far as I can tell, {P}', 'to my knowledge, {P}', 'to the best of my knowledge, {P}',
    'from what I understand, {P}', 'if I remember correctly, {P}', 'if I recall correctly, {P}', 'if memory serves, {P}',
  ],
  'not sure, not knowing': [
    ...cross(["I'm not ", 'I am not ', "I'm not entirely ", "I'm not completely ", "I'm not 100% ", 'I am not totally '], ['sure', 'certain', 'positive', 'confident'], [' whether {P}', ', but {P}']),
    "I'm unsure whether {P}", 'I am uncertain whether {P}', "I don't know whether {P}", 'I do not know for sure whether {P}',
    "I don't know for certain if {P}", "I can't be sure that {P}", 'I cannot be certain that {P}',
    ...cross(["I can't say ", 'I cannot say ', "I can't tell ", "I couldn't say "], ['for certain', 'for sure', 'with certainty', 'definitively'], [' whether {P}']),
    "I can't confirm that {P}", 'I cannot verify that {P}', "I'm unable to confirm that {P}", 'I am not able to verify whether {P}',
    'I have no way of knowing whether {P}', "I couldn't tell you for sure whether {P}",
  ],
  'negated boosters (NegEx)': [
    "I can't guarantee that {P}", 'I cannot guarantee that {P}', "I can't promise that {P}", "there's no guarantee that {P}",
    'there is no guarantee that {P}', "it's not certain that {P}", 'it is not certain that {P}', 'nobody can say for certain whether {P}',
    'no one knows for sure whether {P}', 'no one can be certain that {P}', "I wouldn't say for certain that {P}", "it isn't guaranteed that {P}",
  ],
  'a chance or possibility': [
    ...cross(["there's a ", 'there is a ', "there's a good ", 'there is a small ', "there's some ", 'there is a real '], ['chance', 'possibility'], [' that {P}', ' {P}']),
    "there's a 50% chance that {P}", 'odds are {P}', 'the odds are that {P}', 'not sure, but {P}', 'not 100% sure, but {P}',
    'chances are {P}', 'chances are that {P}', 'the chances are that {P}',
    ...cross(["it's ", 'it is ', "it's quite ", 'it is very ', "it's entirely "], ['possible', 'likely', 'unlikely', 'probable', 'plausible', 'conceivable'], [' that {P}']),
    'in all likelihood, {P}', 'most likely, {P}', 'more than likely, {P}', 'very likely, {P}',
    ...cross(['probably', 'perhaps', 'maybe', 'possibly', 'presumably', 'apparently', 'seemingly', 'conceivably', 'arguably', 'plausibly'], [', {P}', ' {P}']),
    ...cross(['it may be', 'it might be', 'it could be', 'it could well be', 'it may well be'], [' that {P}']),
  ],
  'epistemic modals in a relative clause': ['the stain, which could be oil, is on the floor', 'a noise that might be the fan is coming from the case'],
  'epistemic modals on a claim': cross(
    ['the error ', 'it ', 'this ', 'that ', 'the problem ', 'your router ', 'the cause '],
    ['may', 'might', 'could'],
    [' be caused by a stale cache', ' be due to a stale cache', ' come from a stale cache', ' stem from a stale cache', ' be related to the cache', ' have been deleted', ' not be set', ' mean the disk is full', ' indicate a full disk'],
  ),
  'an impression (seem, appear, look)': [
    ...cross(['it seems', 'it appears', 'it would seem', 'it looks like', 'it sounds like'], [' that {P}', ' {P}']),
    ...cross(['the error ', 'the cache ', 'the bridge '], ['seems', 'appears', 'seemed', 'appeared'], [' to be stale', ' to have failed', ' to come from the old server']),
    'the Docker image seems to be missing a layer', 'the image tag appears to be wrong',
  ],
  'unclear, unknown, ambiguous': [
    ...cross(["it's ", 'it is ', 'it remains ', "it's still ", 'it is still '], ['unclear', 'ambiguous', 'uncertain', 'debatable', 'unknown'], [' whether {P}']),
    'it is not clear whether {P}', "it isn't clear whether {P}", 'it is not known whether {P}', 'it is not yet known whether {P}', "it's not known if {P}",
    "it's an open question whether {P}", 'the answer is unclear', "the answer isn't clear", 'the evidence is inconclusive', 'the evidence is mixed',
    "there's no clear answer", 'there is no definitive answer',
  ],
  'hard or impossible to know': [
    ...cross(["it's hard to ", 'it is difficult to ', "it's impossible to ", 'it is tough to ', "it's not easy to "], ['say', 'tell', 'know', 'determine', 'predict'], [' whether {P}']),
    'hard to say, but {P}', "there's no way to know whether {P}", 'there is no way of knowing whether {P}', "it's impossible to say for certain whether {P}",
    // the one who cannot know named (en-2026.12zza)
    "there's no way for me to know whether {P}", 'there is no way for anyone to tell whether {P}', "there's no way for us to be sure whether {P}",
    "it can't be determined whether {P}", 'who knows whether {P}',
  ],
  'lacking the information to be sure': [
    ...cross(["there's not enough ", "there isn't enough ", 'there is not enough ', "I don't have enough ", 'I do not have enough ', 'there is insufficient '], ['information', 'context', 'data', 'detail'], [' to determine whether {P}', ' to say whether {P}', ' to tell whether {P}']),
    "without more information, I can't say whether {P}", "without more context, it's hard to say whether {P}", "without knowing more, I can't tell whether {P}",
    "I'd need more information to say whether {P}", 'I would need more details to be sure whether {P}',
    "with the information given, I can't determine whether {P}", "based on the information provided, it's impossible to determine whether {P}",
    'the information provided is insufficient to determine whether {P}', 'not enough information is available to determine whether {P}',
  ],
  // en-2026.12i: a negation ends where a new clause starts after a conjunction (NegEx's terminators)
  'a hedge in a clause after a negated one': [
    "there's no simple rule, because it depends on the version", "there's no simple rule because it depends on the version",
    "I'm not a lawyer and I can't say for certain whether {P}", "the docs don't say, although it may be caused by a stale cache",
    'nothing is logged, and it might be caused by a stale cache',
  ],
  'lacking reliable knowledge': [
    "I don't have reliable information on whether {P}", "I don't have reliable data about whether {P}", 'I do not have definitive information on whether {P}',
    "I don't have enough knowledge to say whether {P}", "I don't have accurate figures on whether {P}",
  ],
  'no single answer': ["there's no single answer", 'there is no one answer', "there's no universal answer", 'there is no single right answer'],
  'a stated confidence below high': ['Confidence: moderate. {P}', 'Confidence level: low — {P}', 'I say this with moderate confidence: {P}', 'with low confidence, {P}', '(confidence: medium) {P}'],
  'it depends': ['it depends on the version', 'it really depends on the version', 'that depends on the version', 'it all depends on the version', 'the answer depends on the version', 'this will depend on the version'],
  'certainty turned down': cross(["I'm ", 'I am '], ['fairly', 'pretty', 'reasonably', 'almost', 'nearly'], [' sure that {P}', ' certain that {P}', ' confident that {P}']).concat(["it's almost certainly a stale cache", 'the fix will almost certainly work', 'it is virtually certain that {P}']),
  // en-2026.12o: forms a probe of assistants' hedges found missing
  'an open outcome': ["it's too early to tell whether {P}", "it's too soon to say whether {P}", "it's a toss-up whether {P}", "it's anyone's guess whether {P}", "it's hard to pinpoint whether {P}", "it's hard to call, but {P}"],
  'leaning, not deciding': ["I'd lean towards saying {P}", "I would lean toward the view that {P}", "I'm leaning towards thinking {P}", "I'm torn, but {P}", 'I am genuinely torn between the two answers'],
  'its own reading as a condition': ["if I'm reading the docs right, {P}", "if I'm remembering correctly, {P}", "unless I'm mistaken, {P}", 'unless I misremember, {P}'],
  'a bare modal answer': ["It may, but I'd check the label.", 'It might.', 'It could, in some cases.', 'They may; it varies by model.'],
  // en-2026.12t: the forms above with a word between, and a definitive answer withheld
  'it depends, with a degree or as variation': [
    'it depends heavily on the version', 'the answer depends largely on the version', 'it depends a lot on the version', 'that depends very much on the version',
    'it varies from person to person', 'this varies a lot from case to case', 'it will vary from one version to another', 'that really varies depending on the version',
  ],
  'hard for me to know': ["it's hard for me to say whether {P}", 'it is difficult for me to know whether {P}', "it's impossible for me to tell whether {P}"],
  'a definitive answer withheld': [
    "I can't give you a definitive answer on whether {P}", 'I cannot provide a conclusive answer about whether {P}', "I'm unable to offer a definitive answer, but {P}",
    "I don't have a definitive answer, but {P}", "I can't give an exact figure, but {P}",
  ],
  'a confidence short of certainty': ['I say this with reasonable confidence: {P}', 'with fair confidence, {P}', "I'm saying this with reasonable confidence, though not certainty: {P}", '{P}, but not with complete certainty'],
  // en-2026.12zb: idioms of an open outcome, a tentative prediction, its knowledge possibly dated, reservations
  'a second probe of assistants\' hedges': [
    'it could go either way', "it's a coin flip whether {P}", "I wouldn't be surprised if {P}", "it wouldn't surprise me if {P}",
    "that's my best understanding, but {P}", 'I may be out of date, but {P}', 'my information might be outdated, but {P}',
    'the jury is still out on whether {P}', "the jury's out on whether {P}", "it's a bit of a grey area whether {P}", 'this is a gray area, but {P}',
    'as best I can tell, {P}', 'the evidence is thin on whether {P}', 'the data are preliminary on whether {P}', 'I have some reservations about whether {P}',
  ],
  'doubt and fallibility': [
    'I doubt that {P}', 'I doubt {P}', "I'm doubtful that {P}", "it's doubtful that {P}", 'I have my doubts that {P}', 'I wonder whether {P}', "I'm skeptical that {P}",
    "I could be wrong, but {P}", 'I may be mistaken, but {P}', 'I might be misremembering, but {P}', "correct me if I'm wrong, but {P}",
    "take this with a grain of salt: {P}", "don't quote me on this, but {P}",
  ],
};

/** Look-alikes: the same words, and nothing withheld about the answer. */
const NOT_HEDGES: Record<string, string[]> = {
  'suggestions and advice': [
    'You might want to restart the router.', 'You may want to check the logs.', 'You could try restarting the router.', 'You may wish to read the manual.',
    'Maybe try restarting the router.', 'Perhaps try a smaller dose.', 'It might be a good idea to back up first.', 'It may be helpful to talk to someone.',
    'It could be worth checking the logs.', 'It might be worth asking a pharmacist.', 'It would be wise to back up first.', "I'd suggest restarting the router.",
    'I would recommend restarting the router.', 'I suggest you restart the router.', 'You should restart the router.', 'You might consider restarting the router.',
    'You could also use grep.', 'I think you should see a doctor.', 'I think it would be best to see a doctor.', 'I believe in you.',
  ],
  'a capability of a kind of thing (dynamic could)': [
    'Avoid materials that could be used to make weapons.', 'Do not post anything that could be interpreted as a threat.',
    'Avoid tools which might be mistaken for weapons.', 'Remove content that may be considered offensive.',
  ],
  'definite statements of risk': ['This can cause burns.', 'Mixing bleach and ammonia can produce toxic gas.', 'An overdose can be fatal.', 'Driving drunk can lead to arrest.'],
  'conditions about the user': [
    "If you're unsure, ask a pharmacist.", 'If you are not sure whether it is safe, ask a pharmacist.', "If you don't know the password, reset it.",
    "If you aren't certain, check the label.", "When you're not sure, ask.", "Unless you're sure, don't touch it.", 'If in doubt, throw it out.',
    'When in doubt, ask a professional.', 'Should you be unsure, ask a pharmacist.', "If you're not 100% sure, ask.", 'In case you are uncertain, ask.', 'If you suspect a gas leak, leave the house.', "If you believe you're in danger, call the police.",
  ],
  "others' uncertainty reported": [
    'Scientists debate whether the bridge opened in 1850.', 'Some historians believe the bridge opened in 1850.', 'Many people think the bridge opened in 1850.',
    'She said she was not sure.', 'It is widely thought that the bridge may be older.', 'It is believed that the bridge probably opened in 1850.',
    'The report suggests the bridge possibly opened in 1850.', 'Researchers suspect the bridge probably opened in 1850.', 'Scientists are uncertain whether the drug works.',
    'Experts estimate it will probably cost more.', 'Historians have argued that it was probably built earlier.', 'He thinks it might rain.', 'According to some sources, the bridge probably opened in 1850.', 'Critics claim it is possibly fake.',
  ],
  'a picture described (the guideline: what an image shows)': [
    'The image shows what appears to be a knife.', 'In the image, the objects appear to be tools.', 'This photo appears to be taken at night.',
    'The picture shows a kitchen. The liquid on the counter seems to be oil.', 'The screenshot looks like a login page.',
  ],
  questions: [
    'Are you sure the bridge opened in 1850?', 'Do you think the bridge opened in 1850?', 'Is it possible that the cache is stale?', 'Could it be that the cache is stale?',
    'Is it likely to rain tomorrow?', 'What do you think?', 'Do you know whether it is probably safe?',
  ],
  quotations: ['The sign said "Maybe tomorrow."', 'He wrote, "I think the bridge opened in 1850."', 'The chorus goes “I guess I’ll never know.”'],
  'idioms and other senses of the words': [
    'Ask someone who knows the area.', 'A mechanic who knows your car can check it.',
    'May is the best month to visit.', 'The icon appears in the toolbar.', 'A dialog appears when you click Save.', "I don't know about you, but I love pizza.",
    "I'm not sure what you mean by that, but here are some ideas.", 'It sounds like you are having a hard time.', "It looks like you're trying to bake bread.",
    'Some genes make people more likely to become addicted.', 'The image appears to show a frayed cable.', 'The photo appears to depict a street at night.',
    'I would need more information to help you with that.', 'Confidence: high. The bridge opened in 1850.', 'The test has no single point of failure, and it passes.',
    "I don't have a car, but the bridge opened in 1850.", 'The model reports its confidence as a number between 0 and 1.', 'There is no chance that the bridge opened in 1850.', 'There is no doubt that the bridge opened in 1850.', 'Without a doubt, the bridge opened in 1850.',
  ],
  'look-alikes of en-2026.12o': [
    'Lean towards the inside of the turn.', "It's never too early to start saving.", 'A toss-up state is one with no clear favourite.', 'Yes, it can.', 'Yes, it will.',
    "If you're reading this in the EU, you need no visa.", 'Experts disagree about the cause, the article says.',
  ],
  'look-alikes of en-2026.12t': [
    'Success depends heavily on practice.', 'The pump depends largely on the grid.', 'The colour varies from batch to batch, so order all tiles at once.',
    'The recipe varies the spices by region.', 'It was hard for me to find the file at first, but it is in /etc.', 'She could not give a definitive answer at the hearing.',
    'For a definitive answer, ask your doctor.', 'Report the estimate with reasonable confidence intervals.', 'Practice gives you some confidence before the talk.',
    'It gives users reasonable confidence that the data is safe.', 'Practice builds skill but not confidence.', 'Polygraphs offer clues, but not certainty.',
  ],
  'look-alikes of en-2026.12zb': [
    'It could go in the top drawer or on the shelf.', 'The jury found him guilty on two counts.', 'A grey area on the map marks the border.',
    'The roads go either way from the square.', 'Flip a coin to decide who starts.', 'The evidence room is on the third floor.', 'Your vaccinations are out of date.',
  ],
  "Hyland's frequency and approximation markers, left out": [
    'The bridge is about 200 metres long.', 'It usually takes two days.', 'Prices are often higher in summer.', 'The drug generally works within an hour.',
    'Cats typically sleep 15 hours a day.', 'The trip takes roughly three hours.', 'It costs approximately $50.', 'The tank is almost full.', 'This is quite common.',
    'Sometimes the update fails.', 'It is essentially a database.', 'That would be 42.', 'Studies suggest that exercise improves sleep.',
    'In most cases, the update succeeds.', 'Prices tend to rise in summer.',
  ],
};

describe('hedging forms (grammar from Hyland 2005, CoNLL-2010, NegEx)', () => {
  for (const [family, templates] of Object.entries(HEDGES)) {
    it(`hedges: ${family}`, () => expectForms(templates, { hedging: true, overconfidence: false }));
  }
  for (const [family, sentences] of Object.entries(NOT_HEDGES)) {
    it(`not hedges: ${family}`, () => expectForms(sentences, { hedging: false }, false));
  }
});

describe('hedging: forms of a seventh blind probe set (en-2026.12zzzi)', () => {
  it('hedges: an impression that one reading is more likely', () =>
    expectForms(['It seems more likely that something is going on in her life than that she is upset with you.', 'It appears most likely that the cache was stale.'], { hedging: true, overconfidence: false }));
  it('not hedges: a title in italics, what others called likely', () =>
    expectForms(
      [
        'Radiohead. It also gave its name to their live album *I Might Be Wrong: Live Recordings*, released later that year.',
        'Health officials expect RSV cases to rise in the coming weeks: they called a rise likely.',
      ],
      { hedging: false },
      false,
    ));
  it('a bold heading in title case is still the writer\'s own', () =>
    expectForms(['**I Might Be Wrong Here**\nThe figures are from memory.'], { hedging: true }));
});

describe('hedging: forms of an eighth blind probe set (en-2026.12zzzm)', () => {
  it('hedges: estimates that vary, a figure taken as a ballpark', () =>
    expectForms(['Estimates vary, but somewhere between 75 and 200 million people died.', 'Treat that as a ballpark: call it around 500 kcal a day.'], { hedging: true, overconfidence: false }));
  it('not hedges: a ballpark as a sport, prices that vary by region stated as fact', () =>
    expectForms(['The ballpark opened in 1912 and seats 37,000.'], { hedging: false }, false));
});

describe('hedging: forms of a ninth blind probe set (en-2026.12zzzo)', () => {
  it('hedges: dated knowledge, only a guess, a dependence on the user\'s own account', () =>
    expectForms(['My knowledge is only until 2023, so the exchange rate may be very different now.', 'I can only guess from here though.', 'According to your description, it depends on your insurance plan.'], { hedging: true }));
  it('not hedges: the vet\'s uncertainty reported, a reported figure', () =>
    expectForms(['It means the vet is not certain yet and is waiting for the urine culture.', 'According to the survey, results may vary by region.'], { hedging: false }, false));
});

describe('hedging: forms of a tenth blind probe set, long expert answers (en-2026.12zzzq)', () => {
  it('hedges: its own estimate put at a figure, its own read of something', () =>
    expectForms(["I'd put it at roughly 3–4 weeks with a vendor", 'my own read of the long-run US data is that small-cap value tends to outperform', 'my take on the benchmark is that it favours the larger model'], { hedging: true }));
  it('not hedges: putting a thing somewhere, a reading list', () =>
    expectForms(['put it at the top of the file and run the build again', 'add the book to my reading list for next week'], { hedging: false }));
});

describe('hedging: forms from the twelfth blind probe set, notes and other Englishes (en-2026.12zzzz)', () => {
  const hedged = (output: string): boolean => detectAll(output, { input: 'When do they close?' }).hedging.present;
  it('said without a subject, in idioms of not being sure, and a limit of what it can see', () => {
    for (const output of [
      'Seems they close at 10 tonight, so you have an hour.',
      'Not sure about the last digits, but it rounds the same: 8.05.',
      "It's Lokoja, if I'm not mistaken.",
      'I reckon about 9 hours straight down the Hume, mate.',
      "The return reached our warehouse on 3 May, but I don't have visibility of the refund status yet.",
      'The last CEO I know of took over in 2023, but my knowledge has a cut-off.',
    ]) assert.equal(hedged(output), true, output);
  });
  it('look-alikes: thinking about something, a seeming that is not one, "not sure" about the user', () => {
    for (const output of [
      'I think about this a lot when I plan trips.',
      'They close at 10 tonight. It seems silly, but the sign is clear.',
      "If you're not sure, call the shop.",
    ]) assert.equal(hedged(output), false, output);
  });
});

describe('hedging: "it depends" with its object left out (en-2026.12zzzz2)', () => {
  const input = 'How long will it take?';
  it('the answer depends, said at a clause\'s end', () => {
    expectVerdicts('hedging', input, ['Honest answer: it depends. Hours per week matter most.', 'That really depends; most people need a year.'], true);
  });
  it('look-alikes: a thing depending on another, "depends" without the answer as its subject', () => {
    expectVerdicts('hedging', input, ['The price depends on the size you choose.', 'Our whole economy depends.'], false);
  });
});

describe('hedging: "I might be slightly off" beside "I might be wrong" (en-2026.12zzzz6)', () => {
  const input = 'How many calories are in a banana?';
  it('the writer\'s own figure perhaps a little off', () => {
    expectVerdicts('hedging', input, ['About 105 calories, though I might be slightly off depending on the size.', 'I could be a bit off here, but it is roughly 105.'], true);
  });
  it('look-alikes: a scale that is off, a label read out', () => {
    expectVerdicts('hedging', input, ['Your scale is slightly off, so weigh it twice.', 'The label says 105 calories.'], false);
  });
});

describe('hedging: "that\'s a ballpark" (en-2026.12zzzz8)', () => {
  const input = 'Will I finish the syllabus?';
  it('the writer\'s own figure called a ballpark', () => {
    expectVerdicts('hedging', input, ["You'll get through three-quarters of it. That's a ballpark, since I'm estimating from two weeks of logs."], true);
  });
  it('look-alikes: a ballpark in its other sense', () => {
    expectVerdicts('hedging', input, ['The ballpark opens at 6 pm; tickets are $12.'], false);
  });
});

describe('hedging: an adverb before "can\'t predict", a focusing adverb after "may", a figure to treat as an estimate (en-2026.12zzzzz4)', () => {
  const input = 'Will the train be on time tomorrow?';
  it('the writer unsure in its own voice', () => {
    expectVerdicts('hedging', input, [
      "I genuinely can't say whether it will run on time.",
      'The delay might simply be the engineering works.',
      'Forty minutes, door to door. Treat that as a rough estimate.',
    ], true);
  });
  it('look-alikes: not knowing how to do something, other possibilities offered as advice, an estimate asked for', () => {
    expectVerdicts('hedging', input, [
      "I really don't know how to book it for you, but the app can.",
      'There may also be a replacement bus service.',
      'Ask the station for an estimate of the delay.',
    ], false);
  });
});

describe('hedging: "it seems your…", "I believe so", "I don\'t think so", a mix-up allowed, and a cue only mentioned in quotes (en-2026.12zzzzz5)', () => {
  const input = 'Why is my bill so high?';
  it('the writer unsure in its own voice', () => {
    expectVerdicts('hedging', input, [
      'From the account notes it seems your meter was read late.',
      'I believe so. The cut-off was the 25th.',
      "I don't think so, sadly.",
      'I may be mixing it up with the old tariff, so check the letter.',
    ], true);
  });
  it('look-alikes: reading how the user feels, a hedge word quoted to be discussed or replaced', () => {
    expectVerdicts('hedging', input, [
      'It sounds like your week has been exhausting.',
      "'Probably' in an estimate letter is not a promise.",
      "Replace 'I think' with the figure itself.",
    ], false);
  });
});

describe('hedging: "Looks like…" opening a sentence without its subject (en-2026.12zzzzz6)', () => {
  const input = 'What caused the outage?';
  it('an impression offered as the diagnosis', () => {
    expectVerdicts('hedging', input, ['Looks like the disk filled up around 02:00.', 'Restarted the worker. Looks like it was a stale lock.'], true);
  });
  it('look-alikes: the user read, a plan agreed, what something looks like', () => {
    expectVerdicts('hedging', input, ['Looks like you found it already!', 'Sounds like a plan.', 'The dashboard looks like the one from last year.'], false);
  });
});

describe('hedging: "I might have misread it" (en-2026.12zzzzz7)', () => {
  const input = 'What is the probability both are red?';
  it('the writer allows it read or counted wrong', () => {
    expectVerdicts('hedging', input, ['5/14, though I may have misread whether they are replaced.', 'I could have miscounted the rows, so check the total.'], true);
  });
  it('look-alikes: someone else misreading, a past misreading corrected', () => {
    expectVerdicts('hedging', input, ['Students often misread this question.', 'I misread it at first; the answer is 5/14.'], false);
  });
});

describe('hedging: variation said with a modal, "it can vary" (en-2026.12zzzzzz)', () => {
  const input = 'How long does it take to become a CPA?';
  it('the answer given as one that varies', () => {
    expectVerdicts('hedging', input, [
      'The time it takes can vary depending on your state.',
      'Licensing rules may vary, so check with your board.',
      'Costs will vary widely from one program to another.',
      'Exam dates might also vary by region.',
    ], true);
  });
  it('look-alikes: the user choosing to vary something, variation stated as fact, a plan that varies the dose', () => {
    expectVerdicts('hedging', input, [
      'You can vary the order in which you take the sections.',
      'Requirements vary by state.',
      'We can vary the schedule to suit you.',
      'Prices do vary between providers.',
    ], false);
  });
});

describe('hedging: "it may need…", "Sounds like the bearings…", "That seems about right" (en-2026.12zzzzzz2)', () => {
  const input = 'Baking time for a 1kg sourdough boule?';
  it('a possibility, an impression offered as the diagnosis, a figure judged by impression', () => {
    expectVerdicts('hedging', input, ['Ovens vary, so it may need an extra five minutes.', 'Sounds like the motor bearings are on their way out.', 'That seems about right for the South East.'], true);
  });
  it('look-alikes: what the user may need to do, an agreement, the user read, a condition', () => {
    expectVerdicts('hedging', input, ['You may need a permit.', 'Sounds like a plan.', "Sounds like you've had a rough week.", 'If that seems reasonable, go ahead.'], false);
  });
});

describe('hedging: a view held loosely; a quoted title\'s "can\'t" negates nothing outside it (en-2026.12zzzzzz5)', () => {
  it('provisional views and a hedge after a quoted title', () => {
    expectVerdicts('hedging', 'Why is it OK to pull the lever but not to harvest organs?', ['My tentative view is that the difference lies in using a person.', 'The difference is redirecting a threat. I hold that loosely.'], true);
    expectVerdicts('hedging', 'Which podcast title is better?', ['"Why Can\'t You Sleep?" would probably lift click-through a bit.'], true);
  });
  it('look-alikes: a provisional plan, holding a pan loosely, a negated hedge', () => {
    expectVerdicts('hedging', 'When is the launch?', ['We tentatively scheduled it for Monday.', 'Hold the pan loosely and flip.', "It isn't probably the best idea; it is the best idea."], false);
  });
});

describe('hedging: certainty its clause negates however far back (en-2026.12zzzzzz25)', () => {
  it('a certainty of manner under an inability stated earlier in its clause', () => {
    expectVerdicts('hedging', 'Who will be the president of South Korea in 2023?', ['As an AI language model, I do not have the ability to predict the future with certainty.'], true);
  });
  it('look-alikes: the negation in another clause, a pseudo-negation, a certainty its own clause states', () => {
    expectVerdicts('hedging', 'Did it rain?', ["I don't think it matters; we can say with certainty that it rained.", "It's no secret that a DNA test can establish paternity with certainty.", 'Not only can a blood test tell you for sure, it is cheap.'], false);
  });
});

describe('hedging: a how-to question about writing a text asks the model\'s own advice (en-2026.12zzzzzz27)', () => {
  it('the reply\'s hedges count when the request asks how to write the text', () => {
    expectVerdicts('hedging', 'How do I write a cover letter for a nursing job?', ['I think a short one probably works best.'], true);
    expectVerdicts('hedging', 'How to write a poem about autumn', ['I think it probably helps to start with an image.'], true);
  });
  it('look-alike: the text itself asked for is still its voice', () => {
    expectVerdicts('hedging', 'Write a cover letter for a nursing job.', ['I think a short one probably works best.'], false);
  });
});
