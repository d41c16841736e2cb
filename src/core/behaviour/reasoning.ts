// Where a reasoning model's reply puts its answer after its visible reasoning: after a closing
// </think> (the opening tag is often in the chat template, not the reply), after a labelled
// "Thinking:"/"Reasoning:"/"Thought:" section at an "Answer:" line, or after a collapsed "Thought for 12 seconds"
// line. A decline, a referral or flattery is said to the user in the answer; the reasoning before it
// weighs them ("maybe suggest a vet? No, not needed") and is not said to anyone.
import type { Range } from '../glossary/markdownCode';
import type { ReadableText } from './readable';
import { MAX_SCAN } from './text';

/** A reasoning block's closing tag, read where "</" stands (found with indexOf: a regex scan of every reply costs more). */
const CLOSING_TAG = /<\/(?:think|thinking|reasoning|thought|reflection)>/iy;
/** A reasoning section's label at the reply's start: "Thinking:", "**Reasoning**", "Thought process:", a ReAct agent's "Thought:" (its answer follows "Final Answer:"). */
const REASONING_LABEL = /^[\s*_#>]*(?:thinking|reasoning|thought|thought process|chain of thought|my reasoning|internal reasoning|scratchpad)[*_]*\s*(?::|\n|[*_]+\s*\n)/i;
/** The line that opens the answer after a labelled reasoning section. */
const ANSWER_LABEL = /\n[ \t*_#>]*(?:final answer|answer|response|final response|reply|output)[*_]*[ \t]*(?::[*_]*[ \t]*|\n)/gi;
/** A collapsed reasoning section as a chat interface shows it: "Thought for 12 seconds", "Thought for a few seconds", "Thinking…". */
const COLLAPSED = /^[\s*_>]*(?:thought for (?:\d+(?:\.\d+)?|a (?:few|couple of)|several) (?:s|sec|secs|seconds?|m|min|mins|minutes?)|thinking(?:…|\.\.\.)|reasoned for [^\n]{1,30})[*_]*[ \t]*\n/i;

/** The answer after a reasoning trace, or undefined when the reply shows none (the whole reply is the answer). */
export function answerPart(output: string): Range | undefined {
  const end = Math.min(output.length, MAX_SCAN);
  const text = output.slice(0, end);
  // the last closing tag: a reply may close more than one block
  let closing = -1;
  for (let at = text.indexOf('</'); at >= 0; at = text.indexOf('</', at + 2)) {
    CLOSING_TAG.lastIndex = at;
    const m = CLOSING_TAG.exec(text);
    if (m) closing = at + m[0].length;
  }
  if (closing >= 0) return { start: closing, end: output.length };
  const collapsed = COLLAPSED.exec(text);
  if (collapsed) return { start: collapsed[0].length, end: output.length };
  if (REASONING_LABEL.test(text)) {
    let answer = -1;
    ANSWER_LABEL.lastIndex = 0;
    // the last answer line: reasoning may draft one ("Answer: maybe 12? Check…") before the real one
    for (let m = ANSWER_LABEL.exec(text); m !== null; m = ANSWER_LABEL.exec(text)) answer = m.index + m[0].length;
    if (answer >= 0) return { start: answer, end: output.length };
  }
  return undefined;
}

/** The answer as a view of the reply (index.ts reads through it): each of its characters stands where it stands in the reply, shifted. */
export function answerView(output: string): ReadableText | undefined {
  const answer = answerPart(output);
  if (answer === undefined) return undefined;
  return { plain: output.slice(answer.start, answer.end), at: (index) => answer.start + index, endOf: (index) => answer.start + index + 1 };
}
