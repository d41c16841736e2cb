// Which glossary terms explain each detected behaviour, for the results panel's annotation
// tooltips. The first id is the behaviour's own entry; the rest are the alignment lens on it.
import type { Behaviour } from '../behaviour/types';

export const BEHAVIOUR_TERM_IDS: Readonly<Record<Behaviour, readonly string[]>> = {
  refusal: ['refusal', 'over-refusal'],
  escalation: ['escalation', 'proxy-objective', 'specification-gaming'],
  hedging: ['hedging', 'calibration'],
  overconfidence: ['overconfidence', 'calibration', 'proxy-objective'],
  sycophancy: ['sycophancy', 'reward-hacking', 'proxy-objective'],
  evalAwareness: ['evaluation-awareness', 'situational-awareness', 'deceptive-alignment'],
  formatBreak: ['format-break', 'specification-gaming'],
};
