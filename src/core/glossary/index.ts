// The glossary's public API: import from here.
export { Glossary, type GlossaryMatch, type LoadedGlossary } from './glossary';
export { BEHAVIOUR_TERM_IDS } from './behaviourTerms';
export type { Range } from './markdownCode';
export { TermMatcher, paragraphAround, type MatchableTerm, type MatchOptions, type TermMatch } from './match';
export { DEFINE_TERM_COMMAND, defineTermLink, escapeMarkdown, sourceToMarkdown, termToMarkdown, type TermMarkdownOptions } from './render';
export { GlossaryTermSchema, SourceSchema, UserTermSchema, type GlossaryTerm, type Source, type UserTerm } from './schema';
export { BUILTIN_TERMS } from './terms/index';
export {
  USER_GLOSSARY_PATH,
  applyUserTerms,
  parseUserGlossary,
  readUserGlossaryFile,
  type GlossaryDiagnostic,
  type ParsedUserGlossary,
  type UserTermEntry,
} from './userGlossary';
