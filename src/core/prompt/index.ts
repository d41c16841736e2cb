// The prompt module's public face: parse a prompt file, list its variables, render a case to messages.
export { parsePromptFile, promptFormatOf, PromptParseError } from './parse';
export type { ParsedPrompt, PromptFormat, PromptSection, PromptSettings, ParsePromptOptions, Role, TemplateSyntax } from './parse';
export { renderMessages, promptVariables, renderPromptPreview, PromptRenderError, INPUT_VARIABLES, chatFromText } from './render';
export type { Vars, RenderOptions, PromptPreview } from './render';
export { sha256 } from '../hash';
