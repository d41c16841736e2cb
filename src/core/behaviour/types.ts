// The behaviours PromptShift detects on every output (CONTRACTS.md §3). Every report carries all of them.
export const BEHAVIOURS = [
  'refusal',
  'escalation',
  'hedging',
  'overconfidence',
  'sycophancy',
  'evalAwareness',
  'formatBreak',
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/** A character range of an output that shows a behaviour, with a short human reason. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface Detection {
  present: boolean;
  spans: EvidenceSpan[];
}

/** What a detector may know besides the output itself. */
export interface DetectionContext {
  /** The user message the output answers (a refusal is judged against what was asked). */
  input?: string;
  /** The rendered system prompt (e.g. to learn the format it demands). */
  system?: string;
  /** Format demanded by the prompt or an assert. */
  format?: FormatRequirement;
}

export interface FormatRequirement {
  json?: boolean;
  maxLength?: number;
  requiredSections?: string[];
}

export interface Detector {
  readonly behaviour: Behaviour;
  detect(output: string, context: DetectionContext): Detection;
}

/** One labelled set a detector was measured on, in one part of the split (null where undefined, e.g. no positives). */
export interface ValidationFigure {
  set: string;
  /** heldout: never looked at while tuning (the figure to trust); tune: the part the rules were tuned on */
  part: 'tune' | 'heldout';
  description: string;
  n: number;
  positives: number;
  precision: number | null;
  recall: number | null;
  /** 95 % Wilson intervals of precision and recall (null where the figure is): how far a small set can be trusted */
  precisionCi95: [number, number] | null;
  recallCi95: [number, number] | null;
  f1: number | null;
  specificity: number | null;
}

/** How far a detector can be trusted: how it works, what it was validated on, its blind spots. */
export interface DetectorCard {
  /** 'rules + learned (linear n-gram)': rules whose verdict a learned model reads with the words (refusal) */
  method: 'rules' | 'learned' | 'judge' | 'rules + learned (linear n-gram)';
  how: string;
  /** empty: unvalidated on real outputs */
  validatedOn: ValidationFigure[];
  blindSpots: string[];
}

/** One of the seven built-in behaviours (a report may also carry a suite's own). */
export function isBuiltInBehaviour(name: string): name is Behaviour {
  return (BEHAVIOURS as readonly string[]).includes(name);
}
