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

/** Every detector's verdict on an answer with the provider's refusal added to refusal's (its span first); the same object when there is none. */
export function withProviderRefusal(detections: Record<Behaviour, Detection>, finishReason: string | undefined, textLength: number): Record<Behaviour, Detection> {
  const stopped = providerRefusal(finishReason, textLength);
  return stopped ? { ...detections, refusal: { present: true, spans: [stopped, ...detections.refusal.spans] } } : detections;
}
