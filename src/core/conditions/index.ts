// Conditions: how a case is changed before it is sent (core/conditions/README in docs/DESIGNS.md).
export { ConditionSchema, CONDITION_NAME, type Condition } from './schema';
export { BUILTIN_CONDITIONS, BUILTIN_NAMES } from './builtins';
export { applyCondition, conditionUserText, paraphraseSource } from './apply';
export { paraphraseByModel, ParaphraseError, PARAPHRASE_INSTRUCTION, type Paraphrase, type ParaphraseItem } from './modelParaphrase';
export { paraphrase } from './paraphrase';
export { resolveConditions, ConditionChoiceError } from './resolve';
