// Every message between the extension host and the results-panel webview, as zod schemas.
// Both sides safeParse what they receive and drop (and log) anything that does not match.
// The host sends nothing until the webview has said `ready`.
import * as z from 'zod';
import { Attribution, BehaviourKey, BehaviourName, LabelFiguresSchema, ShiftReport } from '../core/report/schema';
import { EXPORT_FORMATS } from '../core/report/formats';

export const SortKey = z.enum(['strength', 'id', 'input']);
export type SortKey = z.infer<typeof SortKey>;

export const CaseFilters = z.object({
  /** a built-in behaviour or a suite's own */
  behaviour: BehaviourKey.nullable(),
  changedOnly: z.boolean(),
  search: z.string(),
  sort: SortKey,
});
export type CaseFilters = z.infer<typeof CaseFilters>;
export const DEFAULT_FILTERS: CaseFilters = { behaviour: null, changedOnly: false, search: '', sort: 'strength' };

/** What the webview keeps with setState so the panel comes back after a reload. */
export const PanelState = z.object({
  runId: z.string().nullable(),
  caseId: z.string().nullable().optional(),
  sample: z.number().int().nonnegative().optional(),
  filters: CaseFilters.optional(),
  scrollTop: z.number().nonnegative().optional(),
  /** Date.now() when saved: the newer of the webview's and the host's copy wins */
  savedAt: z.number().optional(),
});
export type PanelState = z.infer<typeof PanelState>;

export const ReadyMessage = z.object({ type: z.literal('ready'), version: z.literal(1) });

const request = <M extends string, P extends z.ZodType>(method: M, params: P) =>
  z.object({ type: z.literal('request'), id: z.number().int().nonnegative(), method: z.literal(method), params });

const CaseRef = z.object({ caseId: z.string().min(1) });
export const OutputSide = z.enum(['a', 'b', 'aPrime']);
export type OutputSide = z.infer<typeof OutputSide>;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The user's verdict on one detector verdict of one output: was the detector right? */
export const OutputMark = CaseRef.extend({ side: OutputSide, sample: z.number().int().nonnegative(), behaviour: BehaviourKey, correct: z.boolean() });
export type OutputMark = z.infer<typeof OutputMark>;

/** The user's labels as the panel shows them: figures per behaviour (all runs) and this run's marks. */
export const LabelsView = z.object({
  figures: z.record(BehaviourKey, LabelFiguresSchema),
  marks: z.array(OutputMark),
});
export type LabelsView = z.infer<typeof LabelsView>;

/** Requests carry ids so the webview can match the host's response. Each method has its own params. */
export const RequestMessage = z.discriminatedUnion('method', [
  request('ping', z.unknown().optional()),
  /** open the prompt diff A → B in VS Code's diff editor */
  request('openPromptDiff', z.object({}).optional()),
  request('rerunCase', CaseRef),
  /** open the chat messages a case was rendered to, for one version */
  request('openCaseMessages', CaseRef.extend({ side: OutputSide })),
  request('copyOutput', CaseRef.extend({ side: OutputSide, sample: z.number().int().nonnegative() })),
  request('exportRun', z.object({ format: ExportFormat })),
  request('revealRunRecord', z.object({}).optional()),
  /** the whole report, when `init` carried only its outline */
  request('report', z.object({ runId: z.string() })),
  /** which hunk of the prompt edit caused this behaviour's shift (an explain run, with its cost asked first) */
  request('explainShift', z.object({ behaviour: BehaviourName })),
  /** open the prompt diff A → B at one hunk of the run's attribution */
  request('openHunk', z.object({ hunkId: z.string().min(1) })),
  /** mark a detector verdict right or wrong: appended to .promptshift/labels.jsonl */
  request('labelOutput', OutputMark),
]);
export type RequestMessage = z.infer<typeof RequestMessage>;
export type RequestMethod = RequestMessage['method'];
export type RequestParams<M extends RequestMethod> = Extract<RequestMessage, { method: M }>['params'];

/**
 * What the host answers to each request (its `result`): the host checks its answer against this
 * before sending it, the webview parses it on receipt, so neither side trusts an untyped value.
 */
export const RESPONSES = {
  ping: z.literal('pong'),
  openPromptDiff: z.undefined(),
  rerunCase: z.undefined(),
  openCaseMessages: z.undefined(),
  copyOutput: z.undefined(),
  exportRun: z.object({ path: z.string().optional() }).optional(),
  revealRunRecord: z.undefined(),
  report: ShiftReport,
  /** the run's attribution after the explain run, or undefined when it was declined or cancelled */
  explainShift: Attribution.optional(),
  openHunk: z.undefined(),
  labelOutput: LabelsView,
} satisfies Record<RequestMethod, z.ZodType>;
export type ResponseOf<M extends RequestMethod> = z.infer<(typeof RESPONSES)[M]>;

/**
 * The webview's state, mirrored to the host (workspace state) because the web workbench writes a
 * webview's own getState/setState out only on its own schedule and can lose it in a page reload.
 */
export const StateMessage = z.object({ type: z.literal('state'), state: PanelState });

export const WebviewToHost = z.union([ReadyMessage, StateMessage, RequestMessage]);
export type WebviewToHost = z.infer<typeof WebviewToHost>;

/** How far a run still in progress has got, as the panel shows it. */
export const PanelProgress = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  finished: z.boolean(),
  message: z.string().optional(),
});
export type PanelProgress = z.infer<typeof PanelProgress>;

/**
 * A glossary term shown with a behaviour: the behaviour's own entry, then the alignment terms that
 * explain it (e.g. overconfidence → calibration, proxy objective). The host sends only these, so the
 * webview bundle need not carry the whole glossary.
 */
export const BehaviourTerm = z.object({
  termId: z.string(),
  term: z.string(),
  definition: z.string(),
});
export type BehaviourTerm = z.infer<typeof BehaviourTerm>;
export const BehaviourTerms = z.partialRecord(BehaviourName, z.array(BehaviourTerm));
export type BehaviourTerms = z.infer<typeof BehaviourTerms>;

export const InitMessage = z.object({
  type: z.literal('init'),
  runId: z.string().nullable(),
  /** the report JSON; validated by the webview against the report schema before rendering */
  report: z.unknown().nullable(),
  /** false when `report` is an outline (outputs and evidence left out, so the first screen comes
   *  quickly); the webview then asks for the whole report with the `report` request */
  complete: z.boolean().optional(),
  /** why there is no report (e.g. the file could not be read), shown in the panel */
  error: z.string().optional(),
  /** what the panel waits for when it has no run yet (e.g. a run being prepared) */
  notice: z.string().optional(),
  progress: PanelProgress.nullable().optional(),
  terms: BehaviourTerms.optional(),
  /** the user's labels of outputs: figures for the detector cards, and this run's marks */
  labels: LabelsView.optional(),
  /** the host's copy of the panel state for this run, if it has one */
  state: PanelState.optional(),
});

/** A run still going: the partial report so far (replaces the previous one) and its progress. */
export const UpdateMessage = z.object({
  type: z.literal('update'),
  runId: z.string(),
  report: z.unknown(),
  progress: PanelProgress,
});

export const ResponseMessage = z.object({
  type: z.literal('response'),
  id: z.number().int().nonnegative(),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z.string().optional(),
});

export const HostToWebview = z.discriminatedUnion('type', [InitMessage, UpdateMessage, ResponseMessage]);
export type HostToWebview = z.infer<typeof HostToWebview>;

