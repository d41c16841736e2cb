// A token count without a tokenizer: about four characters of English per token (OpenAI's and
// Anthropic's own rule of thumb), plus a few tokens of framing per chat message. Earlier runs of a
// suite correct it with the counts their provider reported (plan/history.ts).
import type { ChatMessage } from '../providers/types';

export const CHARS_PER_TOKEN = 4;
const TOKENS_PER_MESSAGE = 4;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export function estimateMessageTokens(messages: readonly ChatMessage[]): number {
  let tokens = 0;
  for (const m of messages) tokens += estimateTokens(m.content) + TOKENS_PER_MESSAGE;
  return tokens;
}
