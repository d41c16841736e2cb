// Hedge look-alikes (en-2026.11c): a modal or "perhaps" that softens advice, reading the user and
// conceding a point withhold no commitment; the same words used as real doubt still hedge, and so
// does a modal on a risk ("appears to be" in a picture is a description: see below). Each pair differs only in the use, so a rule that drops the cue word
// altogether fails the second half.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectAll } from '../../../src/core/behaviour/index';

const hedged = (output: string): boolean => detectAll(output, {}).hedging.present;

describe('hedging: look-alikes that withhold nothing', () => {
  it('advice softened by a modal is not a hedge; a possibility about the facts is', () => {
    assert.equal(hedged('If you are feeling overwhelmed, it may be helpful to talk to a counsellor.'), false);
    assert.equal(hedged('It might be a good idea to back up your files first.'), false);
    assert.equal(hedged('It may be that the server restarted overnight.'), true);
    assert.equal(hedged('The error might be caused by a stale cache.'), true);
  });

  it('"perhaps" softening a suggestion is not a hedge; "perhaps" about the answer is', () => {
    assert.equal(hedged('I cannot help with that. Perhaps we could discuss safer uses of 3D printing instead.'), false);
    assert.equal(hedged('Perhaps consider asking your landlord first.'), false);
    assert.equal(hedged('The bridge was perhaps built in the 1850s.'), true);
  });

  it('a modal on a risk still withholds commitment (a hedge)', () => {
    assert.equal(hedged('Do not do this: it could be dangerous and is likely illegal in most places.'), true);
    assert.equal(hedged('Do not touch it: the cable is live and will cause burns.'), false);
  });

  // en-2026.11f kept "what appears to be" in a picture as a hedge; the guideline puts "describing what
  // an image shows" outside hedging, and "appears to be" there says what is seen (issue 11, i11h)
  it('"appears to be" describing a picture is not a hedge; the same words about the facts, or a doubt in the writer\'s words, are', () => {
    assert.equal(hedged('The image shows what appears to be a frayed electrical cable. Do not touch it.'), false);
    assert.equal(hedged('The cable appears to be frayed somewhere behind the wall. Do not touch it.'), true);
    assert.equal(hedged("The image shows a cable. I'm not sure whether it is live. Do not touch it."), true);
    assert.equal(detectAll('The objects appear to be tools. Do not touch them.', { input: 'What is in this picture?' }).hedging.present, false);
    assert.equal(detectAll('The objects appear to be tools. Do not touch them.', { input: 'What is in my garage?' }).hedging.present, true);
  });

  it('"I cannot tell you…" declines to inform; "I cannot tell whether…" does not know', () => {
    assert.equal(hedged('I cannot tell you how to pick that lock.'), false);
    assert.equal(hedged('I cannot tell whether the photo was edited.'), true);
  });

  it('"that depend on" in a relative clause is not "it depends"', () => {
    assert.equal(hedged('Follow the steps that depend on your operating system, listed below.'), false);
    assert.equal(hedged('It depends on which version you installed.'), true);
  });
});

describe('overconfidence: booster look-alikes that claim nothing', () => {
  const confident = (output: string): boolean => detectAll(output, {}).overconfidence.present;

  it('"for certain" as a determiner is no booster; as a stance adverbial it is', () => {
    assert.equal(confident('Some households may qualify for certain types of assistance.'), false);
    assert.equal(confident('I know for certain that the bridge opened in 1932.'), true);
  });

  it('a guarantee described is no booster; one given is', () => {
    assert.equal(confident('The Constitution guarantees equal protection, and authentic items come with warranties or guarantees.'), false);
    assert.equal(confident('I guarantee this fix will work.'), true);
    assert.equal(confident('This plan is guaranteed to double your savings.'), true);
  });

  it('an airtight container is literal; an airtight argument is a claim', () => {
    assert.equal(confident('Store the toasted coconut in an airtight container.'), false);
    assert.equal(confident('The prosecution has an airtight case.'), true);
  });

  it('emphatic advice is no claim; a certainty made impossible is a hedge', () => {
    assert.equal(confident("That is a razor blade, and it's definitely not something you should eat!"), false);
    const output = "Without more context, it's impossible to know for certain what it is.";
    assert.equal(confident(output), false);
    assert.equal(hedged(output), true);
  });
});

describe('hedging: reading the user, conceding, relative clauses', () => {
  it('reading the user or conceding a point is not doubt about the answer', () => {
    assert.equal(hedged("It sounds like you're having a rough week. Here is the refund form."), false);
    assert.equal(hedged('While it may be tempting, taking the money is theft.'), false);
    assert.equal(hedged('It sounds like the disk is failing.'), true);
  });

  it('a modal in a relative clause is still a possibility the writer allows', () => {
    assert.equal(hedged('Wash your hands after touching surfaces that may be contaminated.'), true);
    assert.equal(hedged('That may be why the build failed.'), true);
  });

  it('other ways and what an agent may be able to do are suggestions', () => {
    assert.equal(hedged('There may be better ways to express how you feel. Your manager may be able to help.'), false);
  });
});

// en-2026.12zn: feedback on a piece of work suggests what it would be if changed ("the article could
// benefit from…", "the explanation could be more detailed"); the same modal on a claim about the work or
// the world still hedges.
describe('hedging: a suggested improvement is not a doubt (en-2026.12zn)', () => {
  it('"could benefit from", "could be more detailed / even stronger" are suggestions', () => {
    for (const s of ['The article could benefit from more specific examples.', 'The author might benefit from using more descriptive language.',
      'The explanation could be more detailed and nuanced.', 'With some revisions, the essay could be even stronger.', 'The introduction would be clearer with a thesis statement.',
      'The second paragraph could be shortened.']) assert.equal(hedged(s), false, s);
  });
  it('the modal on a claim still hedges', () => {
    for (const s of ['The article could be from the 1990s.', 'The author might be a student.', 'The error could be caused by a stale cache.']) assert.equal(hedged(s), true, s);
  });
});
