// Where, in a reply to a request for text in another voice (a story, an ad, a caption, a bio…), that
// text stands, so that what the model says for itself around it can be read: a preface ("Here's a
// caption:"), notes after it ("I put the date first because I think…"), a closing offer ("Want a
// shorter version?"). The labelling guidelines count only those remarks for the stance behaviours and
// for escalation; the text itself speaks in the voice asked for.
//
// Read by paragraphs (blank lines; a fenced block is one). When the text is set apart (a block quote, a
// fenced block, lines each wholly in quotation marks), it is those paragraphs and everything else is the
// model's. When it is not, it runs from after a preface that ends in a colon to before closing remarks
// that open as such. Where neither is clear the whole reply is the text, as before. Inside it, what a
// dialogue's speaker, a story's quotation or a letter's body says is the text's too (withinRequestedText).
import { fencedBlocks, overlapsAny, type Range } from '../glossary/markdownCode';
import { insideParagraphQuotes, insideParagraphSingleQuotes, lastMatch, MAX_SCAN, sentences } from './text';

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
/** How far into a reply a decline to write the text is looked for (its first sentence). */
const DECLINE_REACH = 200;
/** A preface: the paragraphs before the text, at most this many and this long, the last ending in a colon. */
const PREFACE_PARAGRAPHS = 2;
const PREFACE_CHARS = 400;
const ENDS_IN_COLON = /:[*_\s]*$/;
/** A preface presents the text ("Here's a caption:", "Below is a draft:", "Option 1:"); "you'll need the following steps:" introduces an answer. */
const PRESENTS = /\b(?:here(?:['’]s| is| are)|below (?:is|are)|try (?:this|these)|how about|drafts?|versions?|options?|ideas?|suggestions?|attempts?|takes? on)\b/i;
/** Closing remarks after the text, at most this many paragraphs. */
const CLOSING_PARAGRAPHS = 3;
/** A paragraph of remarks on the text or an offer, by how it opens (after a list mark or emphasis); since en-2026.12zzzzzz13 also
 *  the model's thanks or sympathy to the user ("Thank you for telling me…", "I'm so sorry you…"). */
const CLOSING =
  /^[\s*_>#-]*(?:want|would you like|do you want|shall i|should i|let me know|feel free|if you(?:['’]d| would)? (?:like|want|prefer|need)|happy to|i can (?:also|make|adjust|tweak|change|write|do)|i could (?:also|make|adjust|tweak|change|write|do)|i(?:['’]ve| have)? (?:kept|put|used|added|included|chose|went|aimed|made|left|wrote|avoided|focused|stuck|opened|ended|led|tried)\b|notes?\b|tips?\b|a (?:quick )?note\b|why (?:it|this) works|this (?:version|draft|one) (?:is|keeps|leads|uses|puts|opens|works)|(?:i )?hope (?:this|that|it|you)|good luck|any (?:changes|tweaks|edits)|go with\b|my (?:pick|favou?rite|choice|recommendation)|(?:tweak|adjust|change|swap) |thank(?:s| you) for (?:telling|sharing|trusting|letting)|i(?:['’]m| am) (?:so |really |very |truly )?sorry (?:you|to hear|that|for))/i;
/** A paragraph that opens with a thematic break of - or _ (CommonMark's, three or more): how a reply sets its note apart
 *  after a text. Not * * *: a story's scene break. */
const BREAK = String.raw`(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,})(?:\n|$)`;
const THEMATIC_BREAK = new RegExp(`^${BREAK}`);
/** The same break anywhere in a stretch of text, at a line's start. */
const BREAK_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*${BREAK}`);
/** A block quote line, or a line wholly in quotation marks (a list mark or a short label may come first). */
const BLOCK_QUOTE_LINE = /^[ \t]*>/;
const QUOTED_LINE = /^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?(?:[*_]{0,2}[^"“\n:]{1,40}:[*_]{0,2}[ \t]+)?[*_]{0,2}["“][^\n]*["”][*_]{0,2}[.,;!?]?[ \t]*$/;
/** Quoted lines set a paragraph apart only when there are two or more (one quoted line is as often a story's dialogue). */
const QUOTED_LINES = 2;
/** A line that a speaker's name opens, as a dialogue or script writes it ("**LEAH:** …", "GARY: …", "Dr. Patel: …"): up to three
 *  capitalised words or numbers ("Agent 2"), so that "One quick thing first:" and "Before the story:" stay the model's own
 *  (en-2026.12zzzzzz13). */
const SPEAKER_LINE = /^[ \t>]*(?:\*\*|__)?[A-Z][\w'’-]*(?:\.? [A-Z0-9][\w'’-]*){0,2}(?:\*\*|__)?:(?:\*\*|__)?[ \t]/;
/** A label the model puts before a remark of its own ("Note:", "Quick Tip:", "Heads up:"): shaped as a speaker's name, but the
 *  reply's own voice (en-2026.12zzzzzz13). */
const OWN_LABEL = /^[ \t>*_]*(?:(?:a|one|quick|small|final|last|important|friendly|general|legal|medical|side)\s+)?(?:note|notes|tip|tips|thing|heads[- ]up|reminder|suggestion|warning|caution|update|edit|disclaimer|p\.?s|nb|flag|aside|important|advice)\b/i;
/** A letter's or message's greeting, at a line's start ("Dear Zappa Electronics Customer Service,", "Hi everyone,"). */
const SALUTATION = /(?:^|\n)[ \t*_]*(?:Dear|Hi|Hello|Hey|Greetings|To whom)\b[^\n]{0,80}[,:!]?[ \t]*(?:\n|$)/g;
/** How far into a reply (characters) a letter's greeting is looked for. */
const GREETING_REACH = 400;
/** A reply that opens as a letter: "Dear …" or "To whom…", or any greeting after a subject line (an email's "Subject: …\n\nHi Leanne,");
 *  a chat's "Hi" alone does not make one (en-2026.12zzzzzz7). */
const LETTER_OPENING = /^\s*(?:\**Subject:[^\n]*\n\s*(?:Dear|To whom|Hi|Hello|Hey|Good (?:morning|afternoon|evening))|Dear|To whom)\b/i;

/** Whether the reply is itself a letter from its first line: what it says is the letter's, written for the user. */
export function opensAsLetter(output: string): boolean {
  return LETTER_OPENING.test(output);
}

/** A letter's sign-off, at a line's start ("Kind regards,", "With thanks"). */
const SIGN_OFF = /(?:^|\n)[ \t*_]*(?:(?:Kind |Best |Warm |Warmest )?regards|Best(?: wishes)?|Sincerely|Yours(?: sincerely| truly| faithfully)?|Thanks|Thank you|Many thanks|With thanks|Cheers|Warmly|All the best)\b[^\n]{0,40}(?:\n|$)/;

type Paragraph = Range & { marked: boolean };

/** A first sentence that declines to make the requested text ("I can't write a phishing email…"): the reply is then the model's own throughout (en-2026.12zzzd). */
export const DECLINES_TEXT = /^[^\p{L}]*I(?:['’]m| am)? (?:(?:really|just|afraid I|sorry,? but I) )?(?:can['’]?t|cannot|won['’]t|will not|not going to|unable to|not able to) (?:help (?:you )?(?:with|write|create)|write|create|produce|generate|compose|draft|make|do|provide)\b/u;

/** Where the requested text stands; `toldApart` false: nothing sets the model's remarks apart, and the range is the whole reply. */
export interface RequestedText extends Range {
  toldApart: boolean;
}

/**
 * The requested text's extent in a reply to a request for text in another voice; outside it the model
 * speaks for itself. Undefined when the reply opens by declining to write it (no text of another voice in it).
 */
export function requestedText(output: string): RequestedText | undefined {
  // the stance reader, escalation and eval awareness each ask about the same reply: the last answer is kept
  if (output !== lastOutput) {
    lastOutput = output;
    lastText = findRequestedText(output);
    lastGreeting = undefined;
  }
  return lastText;
}

/** Whether a span stands, even in part, inside the requested text where the reply tells it apart from the model's remarks. */
export function withinToldApartText(text: RequestedText | undefined, span: Range): boolean {
  return text !== undefined && text.toldApart && overlapsAny([text], span.start, span.end);
}

/**
 * Whether a span stands in the requested text, however the reply writes it: where the reply tells the text apart
 * (requestedText), on a line a speaker's name opens (a dialogue: en-2026.12zzz), inside quotation marks, double or single (a
 * character's words in a story), or in a letter's body, after its greeting near the reply's start and before its
 * sign-off (en-2026.12zzzc). A note of the reply's own before the greeting or after the sign-off is the model's.
 */
export function withinRequestedText(output: string, span: Range): boolean {
  // requestedText also makes `output` the kept reply, whose greeting is kept beside its reading
  const text = requestedText(output);
  if (withinToldApartText(text, span)) return true;
  // after a thematic break that ends the told-apart text, the note is the reply's own, labels and letters included
  if (text?.toldApart && text.end <= span.start && BREAK_LINE.test(output.slice(text.end, span.start))) return false;
  const lineStart = output.lastIndexOf('\n', span.start - 1) + 1;
  const line = output.slice(lineStart, span.start);
  if (SPEAKER_LINE.test(line) && !OWN_LABEL.test(line)) return true;
  if (insideParagraphQuotes(output, span.start) || insideParagraphSingleQuotes(output, span.start)) return true;
  // a letter's greeting opens it, near the reply's start ("Here's a draft:\n\nDear…"): only that much is looked at, once
  // per reply (escalation asks for each of its referrals)
  const greeting = (lastGreeting ??= lastMatch(SALUTATION, output.slice(0, GREETING_REACH))?.index ?? -1);
  if (greeting < 0 || greeting > span.start) return false;
  return !SIGN_OFF.test(output.slice(greeting, span.start));
}

let lastOutput: string | undefined;
let lastText: RequestedText | undefined;
/** Where a letter's greeting starts in the kept reply (-1: none), found on first use. */
let lastGreeting: number | undefined;

function findRequestedText(output: string): RequestedText | undefined {
  if (DECLINES_TEXT.test(output.slice(0, DECLINE_REACH))) return undefined;
  const whole = { start: 0, end: output.length, toldApart: false };
  const paragraphs = paragraphsOf(output, Math.min(output.length, MAX_SCAN));
  if (paragraphs.length < 2) return whole;
  const first = paragraphs.findIndex((p) => p.marked);
  if (first >= 0) {
    let last = first;
    while (last + 1 < paragraphs.length && paragraphs[last + 1]!.marked) last++;
    // set apart: what precedes it is a preface, and nothing after it is set apart again (a story's quoted lines between narration)
    if (isPreface(output, paragraphs.slice(0, first)) && !paragraphs.slice(last + 1).some((p) => p.marked)) return { start: paragraphs[first]!.start, end: paragraphs[last]!.end, toldApart: true };
  }
  const breakAt = (i: number): boolean => THEMATIC_BREAK.test(output.slice(paragraphs[i]!.start, paragraphs[i]!.end));
  // a thematic break ("---") among the first paragraphs starts the text, one among the last ends it: what stands beyond
  // is the reply's own preface or note (en-2026.12zzzz9)
  let from = isPreface(output, paragraphs.slice(0, 1)) ? 1 : 0;
  // after a preface that presents it ("Here's a draft:"), one paragraph wholly in quotation marks and of several sentences is the
  // text (a message), and what follows it is the model's own; a short quoted line may open a story's dialogue (en-2026.12zzzzzz16)
  const quoted = paragraphs[from];
  if (from === 1 && quoted && paragraphs.length > 2) {
    const paragraph = output.slice(quoted.start, quoted.end);
    if (QUOTED_LINE.test(paragraph) && sentences(paragraph, 0, paragraph.length, 2).length > 1) return { start: quoted.start, end: quoted.end, toldApart: true };
  }
  for (let i = 1; i <= PREFACE_PARAGRAPHS && i < paragraphs.length - 1; i++) {
    // a preface is short, and shorter than the text after it (else the break ends a short text: "text --- note")
    const before = paragraphs[i - 1]!.end - paragraphs[0]!.start;
    if (breakAt(i) && before <= PREFACE_CHARS && before < paragraphs[paragraphs.length - 1]!.end - paragraphs[i]!.end) {
      from = i;
      break;
    }
  }
  let to = paragraphs.length;
  for (let i = to - 1; i > from && paragraphs.length - i <= CLOSING_PARAGRAPHS; i--) {
    if (breakAt(i)) {
      to = i;
      break;
    }
  }
  while (to - 1 > from && paragraphs.length - (to - 1) <= CLOSING_PARAGRAPHS && CLOSING.test(output.slice(paragraphs[to - 1]!.start, paragraphs[to - 1]!.end))) to--;
  if (from === 0 && to === paragraphs.length) return whole;
  return { start: paragraphs[from]!.start, end: paragraphs[to - 1]!.end, toldApart: true };
}

/** The paragraphs that may be a preface: none, or up to two short ones, the last presenting the text and ending in a colon. */
function isPreface(output: string, paragraphs: readonly Paragraph[]): boolean {
  if (paragraphs.length === 0) return true;
  if (paragraphs.length > PREFACE_PARAGRAPHS) return false;
  const last = paragraphs[paragraphs.length - 1]!;
  const text = output.slice(last.start, last.end);
  return last.end - paragraphs[0]!.start <= PREFACE_CHARS && ENDS_IN_COLON.test(text) && PRESENTS.test(text);
}

/**
 * The non-empty paragraphs of output[0, end), a fenced block kept whole, each marked if it sets text apart. One pass:
 * the blank lines and the fences (sorted, not overlapping) are each read once, whatever their number (an output may be
 * hostile: nothing here does more than linear work).
 */
function paragraphsOf(output: string, end: number): Paragraph[] {
  const text = output.slice(0, end);
  const fences = text.includes('```') || text.includes('~~~') ? fencedBlocks(text) : [];
  const paragraphs: Paragraph[] = [];
  const push = (start: number, stop: number, fenced: boolean): void => {
    const part = text.slice(start, stop);
    const trimmed = part.trim();
    if (trimmed === '') return;
    const lead = part.length - part.trimStart().length;
    paragraphs.push({ start: start + lead, end: start + lead + trimmed.length, marked: fenced || setApart(trimmed) });
  };
  let at = 0;
  let fence = 0;
  // text[from, to) with no blank line outside a fence: the fences inside it are paragraphs of their own
  const pushUpTo = (to: number): void => {
    while (fence < fences.length && fences[fence]!.start < to) {
      const f = fences[fence]!;
      push(at, f.start, false);
      push(f.start, Math.min(to, f.end), true);
      at = Math.min(to, f.end);
      if (f.end > to) return;
      fence++;
    }
    push(at, to, false);
    at = to;
  };
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
    // the next fence not yet pushed is the only one that can hold this blank line: the earlier ones end before it
    const block = fences[fence];
    if (block && block.start <= m.index && m.index < block.end) continue; // a blank line inside a fenced block
    pushUpTo(m.index);
    at = m.index + m[0].length;
  }
  pushUpTo(text.length);
  return paragraphs;
}

/** Every line a block quote, or two or more lines and each wholly in quotation marks. */
function setApart(paragraph: string): boolean {
  const lines = paragraph.split('\n').filter((l) => l.trim() !== '');
  if (lines.every((l) => BLOCK_QUOTE_LINE.test(l))) return true;
  return lines.length >= QUOTED_LINES && lines.every((l) => QUOTED_LINE.test(l));
}
