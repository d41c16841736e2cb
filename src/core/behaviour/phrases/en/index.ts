// The English phrase set: every vocabulary the detectors use, gathered from the files beside this one.
import type { PhraseSet } from '../types';
import { ESCALATION_EN } from './escalation';
import { EVAL_AWARENESS_EN, FORMAT_EN, SYCOPHANCY_EN } from './phrases';
import { REFUSAL_EN } from './refusal';
import { STANCE_EN } from './stance';

export const EN: PhraseSet = {
  language: 'en',
  stopwords: (
    'the and for are but not you your yours with this that these those what which who whom whose why how when where ' +
    'can could would should will shall may might must have has had having does did doing done was were been being ' +
    'into from about over under than then them they their there here its it’s it\'s his her hers him she our ours ' +
    'out off all any some such only own same too very just also more most other best good way ways get got make ' +
    'one ones someone something anyone anything everyone people person thing things tell give explain list know'
  ).split(' '),
  negations: ["not", "no", "never", "cannot", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "shouldn't", "couldn't", "wouldn't", "nobody", "none", "nothing"],
  refusal: REFUSAL_EN,
  escalation: ESCALATION_EN,
  stance: STANCE_EN,
  sycophancy: SYCOPHANCY_EN,
  evalAwareness: EVAL_AWARENESS_EN,
  format: FORMAT_EN,
};
