export { diffText, mergeRanges, type TextDiff, type TextRange, type TextDiffOptions } from './textDiff';
export { segmentText, type Segment, type TaggedRange } from './segments';
export { splitLines, splitSentences, splitWords } from './tokens';
