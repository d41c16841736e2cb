// The suite module's public face (the runner, `check` and the VS Code Problems panel use these).
export { loadSuite, parseSuiteText, isPromptfooConfig } from './load';
export type { LoadedSuite, PromptRef, SuiteLoadResult, LoadOptions } from './loaded';
export type { LoadedCase } from './cases';
export { formatIssue, hasErrors, type SuiteIssue } from './issues';
export { runAsserts, checkAssert, formatRequirementOf, ASSERT_TYPES, type Assert } from './asserts';
export { caseRenderer, parseSuitePrompt, renderSuiteCases, type RenderedCase } from './render';
export {
  SuiteSchema,
  ProviderSchema,
  PROVIDER_TYPES,
  type SuiteProvider,
  type Gates,
  type GateRule,
  type Expectations,
  type SuiteJudge,
} from './schema';
