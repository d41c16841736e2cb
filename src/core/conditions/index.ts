// Conditions: how a case is changed before it is sent (core/conditions/README in docs/DESIGNS.md).
export { ConditionSchema, CONDITION_NAME, type Condition } from './schema';
export { BUILTIN_CONDITIONS, BUILTIN_NAMES } from './builtins';
export { applyCondition, conditionUserText } from './apply';
export { paraphrase } from './paraphrase';
export { resolveConditions, ConditionChoiceError } from './resolve';
