import type { GlossaryTerm } from '../schema';
import { BEHAVIOUR_TERMS } from './behaviours';
import { EVALUATION_TERMS } from './evaluation';
import { LEARNED_OPTIMIZATION_TERMS } from './learnedOptimization';
import { MISALIGNMENT_TERMS } from './misalignment';
import { OVERSIGHT_TERMS } from './oversight';
import { SPECIFICATION_TERMS } from './specification';

/** Every built-in term, in a stable order (families as they are listed here). */
export const BUILTIN_TERMS: readonly GlossaryTerm[] = [
  ...LEARNED_OPTIMIZATION_TERMS,
  ...MISALIGNMENT_TERMS,
  ...SPECIFICATION_TERMS,
  ...BEHAVIOUR_TERMS,
  ...EVALUATION_TERMS,
  ...OVERSIGHT_TERMS,
];
