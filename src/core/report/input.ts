// What the report builder is given: outputs with their detections already computed by the caller
// (the eval runner or `compare`), so building a report never depends on how detectors work.
import type { Behaviour, Detection, DetectionContext } from '../behaviour/types';
import type { AssertResult, Gates, ShiftReport, VersionInfo } from './schema';

export type { GateRule, Gates } from './schema';

/** Detections by behaviour: every built-in one, and the suite's own behaviours (by name). */
export type Detections = Record<Behaviour, Detection> & { [custom: string]: Detection | undefined };

export interface SampleIn {
  output: string;
  detections: Detections;
  asserts?: AssertResult[];
  /** the call failed: the sample is shown but not counted in any rate */
  error?: string;
  latencyMs?: number;
  cached?: boolean;
  /** the judge model's verdicts on this output (suite `judge:`) */
  judge?: Partial<Record<Behaviour, boolean>>;
  judgeError?: string;
}

export interface CaseIn {
  id: string;
  input?: string;
  vars?: Record<string, unknown>;
  expect?: Partial<Record<Behaviour, boolean>>;
  a: SampleIn[];
  b: SampleIn[];
  /** version A run again: the noise baseline */
  aPrime?: SampleIn[];
}

export interface RunMetadata {
  runId?: string;
  createdAt?: string;
  suite?: string;
  provider?: ShiftReport['provider'];
  usage?: ShiftReport['usage'];
}

/** What the report says of a suite's own behaviour: its detector card is made from this. */
export interface CustomBehaviourInfo {
  name: string;
  description: string;
  /** how it is detected, in words (its phrases and patterns) */
  how: string;
  /** identifies the rules (a hash): the card's detector version */
  version: string;
  /** rules (phrases, patterns) or judge (a rubric the suite's judge model decides); default rules */
  method?: 'rules' | 'judge';
  /** the pinned judge model that decides it (method judge) */
  judgeModel?: string;
}

export interface ReportInput {
  kind?: 'eval' | 'compare';
  versions: { a: VersionInfo; b: VersionInfo };
  run?: RunMetadata;
  gates?: Gates;
  /** the judge model whose verdicts the samples carry: the summary then says how often it agrees */
  judge?: { model: string; behaviours?: readonly Behaviour[] };
  /** the suite's own behaviours (core/behaviour/custom.ts), after the built-in seven, in this order */
  custom?: readonly CustomBehaviourInfo[];
  /** the detector version(s) that scored the outputs (the records'); default: the current one */
  detectorVersion?: string;
  cases: CaseIn[];
}

/** A sample before detection: what `analyseOutputs` takes. */
export type RawSample = Omit<SampleIn, 'detections'>;

export interface RawCase extends Omit<CaseIn, 'a' | 'b' | 'aPrime'> {
  a: RawSample[];
  b: RawSample[];
  aPrime?: RawSample[];
  /** what detectors may know besides the output; `input` defaults to the case's input */
  context?: DetectionContext;
}

export interface RawReportInput extends Omit<ReportInput, 'cases'> {
  cases: RawCase[];
}
