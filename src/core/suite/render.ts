// A loaded suite + the text of one prompt version → each case's chat messages. The runner calls
// this per version; `check` and the Problems panel use it to report missing variables at the case.
import { parsePromptFile, type ParsedPrompt } from '../prompt/parse';
import { PromptRenderError, renderMessages } from '../prompt/render';
import type { ChatMessage } from '../providers/types';
import type { SuiteIssue } from './issues';
import type { LoadedSuite, PromptRef } from './loaded';

/** Parses one version of the suite's prompt with the suite's rules (promptfoo prompts are user messages). */
export function parseSuitePrompt(ref: PromptRef, text: string): ParsedPrompt {
  return parsePromptFile(text, ref.path, { bodyRole: ref.bodyRole, ...(ref.dialect && { dialect: ref.dialect }) });
}

export interface RenderedCase {
  id: string;
  messages: ChatMessage[];
}

/** Renders every case; a case that cannot be rendered becomes an issue at that case instead (and a
 *  Prompty variable rendered empty, a warning). `render`: the renderer for `parsed` (caseRenderer), when
 *  the caller keeps one to render cases again later. */
export function renderSuiteCases(suite: LoadedSuite, parsed: ParsedPrompt, render = caseRenderer(suite, parsed)): { cases: RenderedCase[]; errors: SuiteIssue[] } {
  const cases: RenderedCase[] = [];
  const errors: SuiteIssue[] = [];
  for (const c of suite.cases) {
    const { file, line, column, field } = c.source;
    const at = { file, line, column, field: field ? `${field}.vars` : 'vars' };
    // A Prompty variable with no value renders empty, as Prompty does: a warning at the case.
    const onUnset = (u: { variable: string; role: string; line: number }) =>
      errors.push({ ...at, message: `case '${c.id}': variable '${u.variable}' is not set and renders empty, as Prompty renders it (used in the ${u.role} message of ${parsed.fileName} line ${u.line})`, severity: 'warning' });
    try {
      cases.push({ id: c.id, messages: render(c, onUnset) });
    } catch (err) {
      if (!(err instanceof PromptRenderError)) throw err;
      errors.push({ ...at, message: err.message, severity: 'error' });
    }
  }
  return { cases, errors };
}

/**
 * One case of the suite rendered, as renderSuiteCases renders it: a run can render a case again
 * when it sends its calls instead of holding every case's messages for the whole run (issue 17).
 */
export function caseRenderer(suite: LoadedSuite, parsed: ParsedPrompt): (c: LoadedSuite['cases'][number], onUnset?: (u: { variable: string; role: string; line: number }) => void) => ChatMessage[] {
  // In a VS Code prompt file, `{{name}}` is a variable only when some case sets it (else it is text).
  const knownVariables = new Set(suite.cases.flatMap((c) => Object.keys(c.vars)));
  return (c, onUnset) => renderMessages(parsed, c.input, c.vars, { caseId: c.id, knownVariables, ...(onUnset ? { onUnset } : {}) });
}
