// A provider's own word that it refused or blocked an answer: the finish reason it gave (recorded as
// given, in the call's `response.finishReason`). A content filter, a safety block or a refusal stop
// leaves an empty or cut-off text that no text detector can read as a refusal, while the user got
// none of what was asked; a model upgrade that trips the filter more often would otherwise show as
// *fewer* refusals. So the refusal behaviour counts it, the reason as its evidence: a zero-width span
// where the text ends (there is no text to point at). Token limits ("length", "max_tokens"), normal
// stops and Google's RECITATION (a copyright stop, not a safety one) are not refusals.
import type { Behaviour, Detection, EvidenceSpan } from './types';

/** How much of a finish reason a log or a recording keeps: a reason is a word, so a longer one is cut, not refused. */
export function keptFinishReason(reason: string): string {
  return reason.slice(0, 200);
}

/** Finish reasons that mean the provider's safety system or the model's refusal signal ended the answer (compared lower-cased). */
const REFUSAL_STOPS: ReadonlySet<string> = new Set([
  'content_filter', // OpenAI and Azure OpenAI Chat Completions; the Responses API's incomplete reason
  'refusal', // Anthropic Messages stop_reason
  'safety', 'prohibited_content', 'blocklist', 'spii', 'image_safety', // Google Gemini finishReason
  'content_filtered', 'guardrail_intervened', // Amazon Bedrock Converse stopReason
]);

/** The evidence that the provider refused the answer, or undefined. `blocked: <reason>` is a Gemini prompt block (providers/google.ts). */
export function providerRefusal(finishReason: string | undefined, textLength: number): EvidenceSpan | undefined {
  if (finishReason === undefined) return undefined;
  const reason = finishReason.toLowerCase();
  if (!REFUSAL_STOPS.has(reason) && !reason.startsWith('blocked:')) return undefined;
  return { start: textLength, end: textLength, text: '', reason: `the provider ended the answer as a refusal or a safety block (finish reason “${finishReason.slice(0, 80)}”)` };
}

/**
 * The refusal detector's evidence for an answer with no text at all (its reason, so that the finish
 * reason can explain it away here): the model stopped without attempting the request, which XSTest
 * calls a full refusal and RBR's labels count as one.
 */
export const NO_ANSWER_REASON = 'gives no answer at all (an empty reply)';

/** Finish reasons under which an answer without text is no refusal: the model called a tool, ran out of tokens (a
 *  reasoning model can spend them all before writing), or the call failed. */
const NO_TEXT_EXPLAINED: ReadonlySet<string> = new Set([
  'tool_calls', 'function_call', 'tool_use', 'pause_turn', 'malformed_function_call', 'unexpected_tool_call', // OpenAI, Anthropic, Gemini
  'tool_call', 'error', // OpenTelemetry GenAI's values (gen_ai.response.finish_reasons), as logs write them
  'length', 'max_tokens', 'max_output_tokens', 'model_length', 'model_context_window_exceeded', // token and context limits
]);

/**
 * Every detector's verdict on an answer with the provider's finish reason read in: a refusal stop is
 * added to refusal's spans (first); an empty answer that stopped for a tool call or a token limit is
 * no refusal. The same object when the finish reason changes nothing.
 */
export function withProviderRefusal(detections: Record<Behaviour, Detection>, finishReason: string | undefined, textLength: number): Record<Behaviour, Detection> {
  const stopped = providerRefusal(finishReason, textLength);
  if (stopped) return { ...detections, refusal: { present: true, spans: [stopped, ...detections.refusal.spans.filter((s) => s.reason !== NO_ANSWER_REASON)] } };
  const explained = finishReason !== undefined && NO_TEXT_EXPLAINED.has(finishReason.toLowerCase()) && detections.refusal.spans[0]?.reason === NO_ANSWER_REASON;
  return explained ? { ...detections, refusal: { present: false, spans: [] } } : detections;
}
