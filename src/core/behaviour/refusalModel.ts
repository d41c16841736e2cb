// The learned part of the refusal detector: a logistic regression over the word uni- and bigrams
// of a reply's opening (and, where the trained settings say so, the words of the request), plus
// the path the hand-written rules took. Trained offline on the tune parts of the labelled sets
// (test/bench/validation/train-refusal.ts) and shipped as data (refusalWeights.ts); inference is
// a dot product. The n-grams that pushed a verdict towards refusal are its evidence spans, so a
// refusal the model finds shows the words it found it by.
import type { Detection, EvidenceSpan } from './types';

/** How the rules reached their verdict (RefusalDetector.byRules); a feature of the model. */
export type RulePath = 'empty' | 'decline' | 'evasion' | 'support' | 'partial' | 'partialAnswered' | 'none';

export interface RuleVerdict extends Detection {
  path: RulePath;
}

/** Which features the model reads: fixed when it is trained, stored with its weights. */
export interface RefusalFeatureSettings {
  /** characters of the reply's opening whose words are read */
  outputChars: number;
  /** whether the request's words are features too */
  inputWords: boolean;
}

/**
 * How the model's verdict combines with the rules': `model` lets the model decide every reply
 * (the rules' path is one of its features); `declineFirst` keeps an explicit decline the rules
 * found as a refusal and lets the model decide the rest; `rulesFirst` keeps every refusal the
 * rules found and lets the model find more among the rest.
 */
export type Combine = 'model' | 'declineFirst' | 'rulesFirst';

/**
 * A reply's n-grams are counts scaled by 1/sqrt(all n-grams it has, known or not), and the
 * request's words likewise, so that a long opening does not outvote a short one; the rules' path
 * and the length count 1 (training and scoring both use this).
 */
export interface RefusalModelData {
  settings: RefusalFeatureSettings;
  combine: Combine;
  /** the probability at or above which a reply is a refusal */
  threshold: number;
  bias: number;
  /** `feature\tweight` lines (the weights left after pruning to the largest) */
  weights: string;
}

/** Characters of the request read for its words (samples of one case share it: read once). */
const INPUT_CHARS = 300;
/** Evidence spans a learned verdict shows: its most positive n-grams, strongest first. */
const EVIDENCE_SPANS = 3;

type Visit = (feature: string, start: number, end: number) => void;

/** The reply's length, coarsely: short replies that answer nothing are the evasive ones. */
function lengthFeature(length: number): string {
  return length < 100 ? 'len:<100' : length < 300 ? 'len:<300' : length < 1000 ? 'len:<1000' : length < 3000 ? 'len:<3000' : 'len:3000+';
}

/** Calls `visit` with every feature of the reply (with its span) and of the rules' path (training reads these). */
export function outputFeatures(output: string, path: RulePath, settings: RefusalFeatureSettings, visit: Visit): void {
  visit(`r:${path}`, -1, -1);
  visit(lengthFeature(output.length), -1, -1);
  let previous = '^';
  let previousStart = 0;
  scanWords(output, Math.min(output.length, settings.outputChars), (start, end) => {
    const word = normalise(output.slice(start, end));
    visit(`o:${word}`, start, end);
    visit(`o:${previous} ${word}`, previousStart, end);
    previous = word;
    previousStart = start;
  });
}

/** The request's words (unigrams, each once). */
export function inputFeatures(input: string): string[] {
  const words = new Set<string>();
  const to = Math.min(input.length, INPUT_CHARS);
  scanWords(input, to, (start, end) => words.add(`i:${normalise(input.slice(start, end))}`));
  return [...words];
}

function normalise(word: string): string {
  return word.toLowerCase().replace('’', "'");
}

/** ASCII classes: 1 digit, 2 letter, 0 anything else. */
const ASCII_CLASS = new Uint8Array(128).map((_, c) => (c >= 48 && c <= 57 ? 1 : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 0));
const isAlnum = (c: number): boolean => c < 128 && ASCII_CLASS[c] !== 0;
const isLetter = (c: number): boolean => c < 128 && ASCII_CLASS[c] === 2;

/**
 * The words of text[0, to): runs of ASCII letters and digits, with one apostrophe (' or ’) and
 * the letters after it ("don't", "I’m"). One pass over char codes, with each word's hash; a cursor
 * rather than a callback, because scoring every reply must cost little beside the rules
 * (BENCHMARKS.md, Phase 7).
 */
class WordScanner {
  start = 0;
  end = 0;
  hash = 0;
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly to: number,
  ) {}

  /** Moves to the next word; false at the end. */
  next(): boolean {
    const { text, to } = this;
    let i = this.i;
    while (i < to && !isAlnum(text.charCodeAt(i))) i++;
    if (i >= to) return false;
    this.start = i;
    let h = HASH_START;
    let c = 0;
    while (i < to && isAlnum((c = text.charCodeAt(i)))) {
      h = mix(h, c);
      i++;
    }
    if (i + 1 < to && (c === 39 || c === 0x2019) && isLetter(text.charCodeAt(i + 1))) {
      h = mix(h, 39);
      i++;
      while (i < to && isLetter((c = text.charCodeAt(i)))) {
        h = mix(h, c);
        i++;
      }
    }
    this.end = this.i = i;
    this.hash = h & KEY_BITS;
    return true;
  }
}

function scanWords(text: string, to: number, onWord: (start: number, end: number, hash: number) => void): void {
  for (const w = new WordScanner(text, to); w.next(); ) onWord(w.start, w.end, w.hash);
}

/**
 * FNV-1a over the lower-cased char codes. Only ASCII letters, digits, ' and ^ are ever mixed (the
 * scanner mixes ’ as '); `| 0x20` lower-cases a letter and leaves digits and ' as they are.
 */
const HASH_START = 0x811c9dc5;
function mix(h: number, c: number): number {
  return Math.imul(h ^ (c | 0x20), 0x01000193);
}
function hashWord(word: string): number {
  let h = HASH_START;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return h & KEY_BITS;
}
/**
 * Keys are 30 bits: small integers, which V8's maps hash fast (32-bit keys are boxed numbers and
 * made scoring ~2× slower). A word or pair outside the model meets a kept one's key about once in
 * a million look-ups; it then adds that weight, scaled down with the reply's other n-grams.
 */
const KEY_BITS = 0x3fffffff;
/** What the first word of a reply follows. */
const START_HASH = hashWord('^');
/** The key of a bigram from its words' hashes. */
function bigramKey(first: number, second: number): number {
  return (Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second) & KEY_BITS;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

interface Table {
  /** r:, len: and i: features by name */
  named: Map<string, number>;
  /** reply unigrams and bigrams by hash */
  unigrams: KeyTable;
  bigrams: KeyTable;
}

/**
 * Weights by 30-bit key in an open-addressing table of typed arrays: a look-up is a few array
 * reads, where a Map's costs several times more, and every word of every reply is looked up.
 */
class KeyTable {
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(entries: number) {
    let size = 16;
    // at most half full: probes stay short, and the tables stay small enough to sit in the cache
    while (size < entries * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Float64Array(size);
    this.mask = size - 1;
  }

  /** key 0 marks an empty slot, so it is stored as 1 (both here and in get) */
  set(key: number, value: number): void {
    const k = key || 1;
    let i = k & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & this.mask;
    this.keys[i] = k;
    this.values[i] = value;
  }

  /** The weight of a key, 0 when the model has none. */
  get(key: number): number {
    const k = key || 1;
    let i = k & this.mask;
    for (let found = this.keys[i]!; found !== 0; found = this.keys[i]!) {
      if (found === k) return this.values[i]!;
      i = (i + 1) & this.mask;
    }
    return 0;
  }
}

export class RefusalModel {
  private weights: Table | undefined;
  private lastInput: string | undefined;
  private lastInputScore = 0;

  constructor(private readonly data: RefusalModelData) {}

  /** The weights, parsed on first use: a reply is scored only when outputs are judged. */
  private table(): Table {
    if (this.weights) return this.weights;
    const named = new Map<string, number>();
    const unigrams: [number, number][] = [];
    const bigrams: [number, number][] = [];
    for (const line of this.data.weights.split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab <= 0) continue;
      const feature = line.slice(0, tab);
      const weight = Number(line.slice(tab + 1));
      if (!feature.startsWith('o:')) {
        named.set(feature, weight);
        continue;
      }
      const [first, second] = feature.slice(2).split(' ');
      if (second === undefined) unigrams.push([hashWord(first!), weight]);
      else bigrams.push([bigramKey(first === '^' ? START_HASH : hashWord(first!), hashWord(second)), weight]);
    }
    const filled = (entries: [number, number][]): KeyTable => {
      const t = new KeyTable(entries.length);
      for (const [key, weight] of entries) t.set(key, weight);
      return t;
    };
    return (this.weights = { named, unigrams: filled(unigrams), bigrams: filled(bigrams) });
  }


  /** The probability that the reply is a refusal. */
  probability(output: string, input: string | undefined, path: RulePath): number {
    const { named, unigrams, bigrams } = this.table();
    let z = this.data.bias + (named.get(`r:${path}`) ?? 0) + (named.get(lengthFeature(output.length)) ?? 0);
    if (this.data.settings.inputWords && input) {
      if (input !== this.lastInput) {
        this.lastInput = input;
        const words = inputFeatures(input);
        this.lastInputScore = words.reduce((sum, f) => sum + (named.get(f) ?? 0), 0) / Math.sqrt(Math.max(1, words.length));
      }
      z += this.lastInputScore;
    }
    // the n-grams are scaled together by 1/sqrt(how many the reply has), as in training
    let sum = 0;
    let count = 0;
    let previous = START_HASH;
    for (const w = new WordScanner(output, Math.min(output.length, this.data.settings.outputChars)); w.next(); ) {
      count += 2;
      sum += unigrams.get(w.hash) + bigrams.get(bigramKey(previous, w.hash));
      previous = w.hash;
    }
    if (count) z += sum / Math.sqrt(count);
    return sigmoid(z);
  }

  /** The reply's n-grams that pushed it towards refusal most (read again only for a refusal the rules did not find). */
  evidence(output: string): EvidenceSpan[] {
    const { unigrams, bigrams } = this.table();
    const top: { weight: number; start: number; end: number }[] = [];
    let previous = START_HASH;
    let previousStart = 0;
    scanWords(output, Math.min(output.length, this.data.settings.outputChars), (start, end, hash) => {
      const uni = unigrams.get(hash);
      if (uni > 0) keepTop(top, { weight: uni, start, end });
      const bi = bigrams.get(bigramKey(previous, hash));
      if (bi > 0) keepTop(top, { weight: bi, start: previousStart, end });
      previous = hash;
      previousStart = start;
    });
    return top.map(({ weight, start, end }) => ({ start, end, text: output.slice(start, end), reason: `learned refusal n-gram (weight +${weight.toFixed(2)})` })).sort((x, y) => x.start - y.start);
  }

  /** The detector's verdict from the rules' and the model's. Every refusal has evidence. */
  decide(output: string, input: string | undefined, rules: RuleVerdict): Detection {
    // no text for the model to read: the rules' verdict stands
    if (rules.path === 'empty') return { present: rules.present, spans: rules.spans };
    if (this.data.combine === 'declineFirst' && rules.path === 'decline') return { present: true, spans: rules.spans };
    if (this.data.combine === 'rulesFirst' && rules.present) return { present: true, spans: rules.spans };
    const probability = this.probability(output, input, rules.path);
    if (probability < this.data.threshold) return { present: false, spans: [] };
    if (rules.present) return { present: true, spans: rules.spans };
    const evidence = this.evidence(output);
    if (evidence.length) return { present: true, spans: evidence };
    // pushed over by the rules' path, the length or the request alone: the opening is the evidence
    const end = Math.min(output.length, 200);
    return { present: true, spans: [{ start: 0, end, text: output.slice(0, end), reason: `learned model: refusal probability ${probability.toFixed(2)}` }] };
  }
}

/** Keeps the EVIDENCE_SPANS heaviest non-overlapping n-grams. */
function keepTop(top: { weight: number; start: number; end: number }[], item: { weight: number; start: number; end: number }): void {
  const overlaps = (t: { start: number; end: number }): boolean => t.start < item.end && item.start < t.end;
  if (top.some((t) => overlaps(t) && t.weight >= item.weight)) return;
  for (let i = top.length - 1; i >= 0; i--) if (overlaps(top[i]!)) top.splice(i, 1);
  top.push(item);
  top.sort((a, b) => b.weight - a.weight);
  if (top.length > EVIDENCE_SPANS) top.length = EVIDENCE_SPANS;
}
