// A run's report as a pure function of its spec and its scored records: the live report while it
// goes, the final one, a resumed run's, one with re-run cases, one after a rescore. No detector runs
// here unless a record predates scoring at record time (runs recorded by 0.1).
import { englishDetectors, type Behaviour } from '../behaviour';
// the report's own modules, not its index: the index builds the whole report schema (issue 18)
import { briefOf, quotedCaseIds, type ReportBrief } from '../report/brief';
import { caseSection, gatesFailed, GateEvidence, ReportBuilder } from '../report/build';
import type { CaseIn, ReportInput, SampleIn } from '../report/input';
import type { ShiftReport } from '../report/schema';
import { caseListEntry, reportTextAround } from '../report/jsonParts';
import { costOf, type CallAt, type CallRecord, type JudgeRecord, type RunFolder } from '../run';
import { detectionsOf, scoreOutput, type DetectorSet } from './scoring';
import { versionInfoOf, type RunSpec, type SpecCase } from './runSpec';
import { isBuiltInBehaviour, type Detection, type DetectionContext } from '../behaviour/types';
import { customInfoOf, isJudged } from '../behaviour/custom';
import type { TokenUsage } from '../providers/types';
import type { Assert } from '../suite/asserts';
import { buildDesignReport } from './designReport';
import { CompactSlots, type CaseSlots, type UsageOfRecord } from './reportSlots';

export interface RunReportOptions {
  runId: string;
  createdAt: string;
  /** the judge's verdicts by call id (judge.jsonl) */
  judge?: ReadonlyMap<string, JudgeRecord>;
  /** scores records that carry none (0.1 runs); default: the English detectors */
  detectors?: DetectorSet;
}

/** The suite's own behaviours of a run, by name, in declared order: scored by rules, and decided by the judge. */
function customNamesOf(spec: RunSpec): { rules: string[]; judged: string[] } {
  const all = spec.behaviours ?? [];
  return { rules: all.filter((b) => !isJudged(b)).map((b) => b.name), judged: all.filter(isJudged).map((b) => b.name) };
}

/**
 * A judged behaviour's detection from the judge's verdict on the output: its quote (or the whole
 * output) as evidence, clamped to the output (judge.jsonl lies in the workspace). No verdict (the
 * judge failed on it, or has not judged it yet): undefined, so the output is left out of that
 * behaviour's rate rather than counted as "absent".
 */
function judgedDetection(name: string, verdict: JudgeRecord | undefined, output: string, model: string | undefined): Detection | undefined {
  const present = verdict?.verdicts?.[name];
  if (present === undefined || verdict?.error !== undefined) return undefined;
  if (!present) return { present: false, spans: [] };
  const spans = (verdict?.spans?.[name] ?? [[0, output.length]]).map(([from, to]) => {
    const start = Math.min(from, output.length);
    const end = Math.max(start, Math.min(to, output.length));
    return { start, end, text: output.slice(start, end), reason: `${name}: judged by ${model ?? verdict?.model}` };
  });
  return { present: true, spans };
}

function sampleOf(r: CallRecord, c: SpecCase, options: RunReportOptions, custom: ReturnType<typeof customNamesOf>, judgeModel: string | undefined): SampleIn {
  if (!r.response) return { output: '', detections: detectionsOf('', { detector: '', found: {} }, custom.rules), error: r.error?.message ?? 'failed', cached: false };
  const output = r.response.text;
  const scores = r.scores ?? scoreOutput(r.response, scoringOf(c), options.detectors ?? englishDetectors());
  const sample: SampleIn = { output, detections: detectionsOf(output, scores, custom.rules), latencyMs: r.response.latencyMs, cached: r.cached };
  if (scores.asserts) sample.asserts = scores.asserts;
  const verdict = options.judge?.get(r.callId);
  for (const name of custom.judged) sample.detections[name] = judgedDetection(name, verdict, output, judgeModel);
  // the judge's second opinions on the built-in behaviours (its verdicts on the suite's own are their detections)
  const opinions = Object.entries(verdict?.verdicts ?? {}).filter(([b]) => isBuiltInBehaviour(b));
  if (opinions.length) sample.judge = Object.fromEntries(opinions) as Partial<Record<Behaviour, boolean>>;
  if (verdict?.error !== undefined) sample.judgeError = verdict.error;
  return sample;
}

/** What a case's scorers are told. zod never sets an absent key, so the spec's optional fields are absent, not undefined. */
export function scoringOf(c: SpecCase): { context: DetectionContext; asserts?: Assert[] } {
  return { context: c.context as DetectionContext, ...(c.asserts ? { asserts: c.asserts as Assert[] } : {}) };
}

function usagePart(r: CallRecord): UsageOfRecord {
  return { cached: r.cached, ...(r.batch ? { batch: true } : {}), ...(r.response ? { response: { ...(r.response.model !== undefined ? { model: r.response.model } : {}), ...(r.response.usage ? { usage: r.response.usage } : {}) } } : {}) };
}

/** Tokens, cost, cached calls and errors of the recorded calls. */
export function usageOf(records: Iterable<UsageOfRecord>, model: string): NonNullable<ShiftReport['usage']> {
  let calls = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let costUsd: number | undefined;
  let cachedCalls = 0;
  let errors = 0;
  for (const r of records) {
    calls++;
    if (r.cached) cachedCalls++;
    if (!r.response) {
      errors++;
      continue;
    }
    if (r.cached) continue; // paid for by an earlier run
    inputTokens += r.response.usage?.inputTokens ?? 0;
    outputTokens += r.response.usage?.outputTokens ?? 0;
    const cost = costOf(r.response.model ?? model, r.response.usage as TokenUsage | undefined, undefined, r.batch === true);
    if (cost !== undefined) costUsd = (costUsd ?? 0) + cost;
  }
  return { calls, inputTokens, outputTokens, ...(costUsd !== undefined ? { costUsd } : {}), cachedCalls, errors };
}

/**
 * Linear in the records and holding none of them: each is turned into its report sample as it
 * arrives (a record streamed from calls.jsonl can then be dropped), so a large run's report needs
 * the memory of the report, not of the report and every record besides (issue 17). A call recorded
 * twice (an error, then a success on resume) keeps its success, else its latest error.
 */
export function buildRunReport(spec: RunSpec & { cases: SpecCase[] }, records: Iterable<CallRecord>, options: RunReportOptions): ShiftReport {
  // a design run: the report of its cells, with the design's analysis (designReport.ts)
  if (spec.design) return buildDesignReport(spec, spec.design, records, options, buildCellsReport);
  return buildCellsReport(spec, records, options);
}

function buildCellsReport(spec: RunSpec & { cases: SpecCase[] }, records: Iterable<CallRecord>, options: RunReportOptions): ShiftReport {
  const custom = customNamesOf(spec);
  const specCases = new Map(spec.cases.map((c) => [c.id, c]));
  // sample slots per case and version, in sample order (records arrive in any order)
  const byCase = new Map<string, CaseSlots<Slot>>();
  for (const r of records) {
    const c = specCases.get(r.caseId);
    placeRecord(byCase, r, () => ({ sample: c ? sampleOf(r, c, options, custom, spec.judge?.model) : undefined, usage: usagePart(r), detector: r.scores?.detector }));
  }
  const analysed = analysedCases(spec);
  const builder = new ReportBuilder(reportHeaderOf(spec, options, slotTotals(byCase)), analysed.length);
  const cases = analysed.map((c) => builder.add(caseInOf(spec, c, byCase.get(c.id), (x) => x.sample)));
  return withOutcome(spec, builder.report(cases));
}

/** What every slot keeps: what the usage counts of its record, and the detector version that scored it. */
interface SlotBase {
  usage: UsageOfRecord;
  detector: string | undefined;
}

/** One sample slot of a report built in memory: the sample as the report shows it. */
interface Slot extends SlotBase {
  sample: SampleIn | undefined;
}

/** A call recorded twice (an error, then a success on resume) keeps its success, else its latest error. */
function placeRecord<T extends SlotBase>(byCase: Map<string, CaseSlots<T>>, r: CallRecord, slot: () => T): void {
  let slots = byCase.get(r.caseId);
  if (!slots) byCase.set(r.caseId, (slots = { a: [], b: [], aPrime: [] }));
  const previous = slots[r.version][r.sample];
  if (previous?.usage.response && !r.response) return;
  slots[r.version][r.sample] = slot();
}

/** What the header reads of every slot: what the usage counts of each, in slot order, and the detector versions. */
interface SlotTotals {
  usages: Iterable<UsageOfRecord>;
  /** which detectors scored these records (a run rescored in part can hold several versions) */
  versions: ReadonlySet<string>;
}

function slotTotals(byCase: ReadonlyMap<string, CaseSlots<SlotBase>>): SlotTotals {
  const all: SlotBase[] = [];
  for (const slots of byCase.values()) for (const list of [slots.a, slots.b, slots.aPrime]) for (const s of list) if (s) all.push(s);
  const versions = new Set<string>();
  for (const s of all) if (s.detector) versions.add(s.detector);
  return { usages: all.map((s) => s.usage), versions };
}

/** Everything of the report but its cases: versions, the run, usage and detector versions (from every slot), gates, judge. */
function reportHeaderOf(spec: RunSpec, options: RunReportOptions, { usages, versions }: SlotTotals): Omit<ReportInput, 'cases'> {
  const p = spec.provider;
  return {
    kind: 'eval',
    versions: { a: versionInfoOf(spec.a), b: versionInfoOf(spec.b) },
    run: {
      runId: options.runId,
      createdAt: options.createdAt,
      ...(spec.workspaceRoot ? { suite: relativeTo(spec.workspaceRoot, spec.suite) } : {}),
      provider: { type: p.type, ...(p.model !== undefined ? { model: p.model } : {}), ...(p.temperature !== undefined ? { temperature: p.temperature } : {}), ...(p.maxTokens !== undefined ? { maxTokens: p.maxTokens } : {}), ...(p.seed !== undefined ? { seed: p.seed } : {}) },
      usage: usageOf(usages, p.model ?? p.type),
    },
    ...(spec.behaviours?.length ? { custom: spec.behaviours.map((b) => customInfoOf(b, spec.judge?.model)) } : {}),
    ...(versions.size ? { detectorVersion: [...versions].sort().join(', ') } : {}),
    gates: (spec.gates ?? {}) as NonNullable<ReportInput['gates']>,
    ...(spec.judge ? { judge: { model: spec.judge.model, ...(spec.judge.behaviours ? { behaviours: spec.judge.behaviours as Behaviour[] } : {}) } } : {}),
  };
}

/**
 * The cases the report shows, in suite order. A run that stopped early reports the cases it
 * analysed (calls of others in flight at the stop are kept in its record and counted in its usage).
 */
function analysedCases(spec: RunSpec & { cases: SpecCase[] }): SpecCase[] {
  const outcome = spec.stopEarly?.outcome;
  const analysed = outcome?.stopped ? new Set(outcome.analysedCases) : undefined;
  return spec.cases.filter((c) => !analysed || analysed.has(c.id));
}

/** A case as the report builder takes it, its samples from its slots. */
function caseInOf<T>(spec: RunSpec, c: SpecCase, slot: CaseSlots<T> | undefined, sampleOfSlot: (slot: T) => SampleIn | undefined): CaseIn {
  const samples = (xs: T[] | undefined): SampleIn[] =>
    (xs ?? []).flatMap((x) => {
      const sample = x === undefined ? undefined : sampleOfSlot(x);
      return sample ? [sample] : [];
    });
  const out: CaseIn = { id: c.id, vars: c.vars ?? {}, a: samples(slot?.a), b: samples(slot?.b) };
  if (c.context.input !== undefined) out.input = c.context.input;
  else if (c.input !== undefined) out.input = c.input;
  if (c.expect) out.expect = c.expect as NonNullable<CaseIn['expect']>;
  if (spec.baseline) out.aPrime = samples(slot?.aPrime);
  return out;
}

function withOutcome(spec: RunSpec, report: ShiftReport): ShiftReport {
  const outcome = spec.stopEarly?.outcome;
  return outcome ? { ...report, stopEarly: outcome } : report;
}

/** A slot of a report written from calls.jsonl: where its record's line lies, read again when its case is built. */
interface SlotOnDisk extends SlotBase {
  at: CallAt;
}

/**
 * Writes a run's report.json from its calls.jsonl without holding the report (issue 17): a first
 * pass over the file keeps, per call, where its record lies, what the usage counts of it and its
 * detector version; then each case, in suite order, reads its records again, is built, written to
 * the case list and dropped, the summary keeping only its tallies. The file is the same, byte for
 * byte, as toJson(buildRunReport(…)) on the same records; the brief (summary, quoted cases, gates)
 * is what a command prints. A design run's report (its cells' analysis needs them all) is built
 * whole, as before. `observe` sees every record of calls.jsonl as it is read, once.
 */
export function writeRunReport(spec: RunSpec & { cases: SpecCase[] }, folder: RunFolder, options: RunReportOptions, observe?: (record: CallRecord) => void): { reportPath: string; brief: ReportBrief } {
  if (spec.design) {
    const report = buildRunReport(spec, observed(folder.streamCalls(), observe), options);
    return { reportPath: folder.writeReport(report), brief: briefOf(report) };
  }
  const custom = customNamesOf(spec);
  const { totals, slotsOf, kept } = callSlotsOnDisk(spec, folder, observe);
  const cases = analysedCases(spec);
  const builder = new ReportBuilder(reportHeaderOf(spec, options, totals), cases.length);
  const evidence = new GateEvidence();
  const reader = folder.callsReader();
  const writer = folder.reportWriter();
  try {
    const recordAt = (at: CallAt): CallRecord => kept.get(at.offset) ?? reader.read(at);
    const caseOf = (c: SpecCase): CaseIn => caseInOf(spec, c, slotsOf(c.id), (at) => (at ? sampleOf(recordAt(at), c, options, custom, spec.judge?.model) : undefined));
    cases.forEach((c, i) => {
      const section = builder.add(caseOf(c));
      evidence.add(section);
      writer.append(caseListEntry(section, i));
    });
    const header = withOutcome(spec, builder.report([]));
    const { head, tail } = reportTextAround(header, cases.length);
    const reportPath = writer.commit(head, tail);
    // the few cases the summary quotes, built again from their records
    const quoted = quotedCaseIds(header.summary);
    const quotedCases = cases.filter((c) => quoted.has(c.id)).map((c) => caseSection(caseOf(c), builder.names).report);
    return { reportPath, brief: { report: { ...header, cases: quotedCases }, ungated: evidence.ungatedReason(header.summary), gateFailed: gatesFailed(header) } };
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    reader.close();
  }
}

/**
 * Lines of calls.jsonl (bytes) whose parsed records the report pass keeps from its first read, so that
 * building the cases reads and parses them again only past this: a run of about 3,000 short answers is
 * read once (issue 18: the second read was a third of the time a 999-call run spent after its last
 * answer), and a run of any size holds at most this much (issue 17).
 */
export const REPORT_KEPT_BYTES = 2 * 1024 * 1024;

/**
 * The report pass's first read of calls.jsonl: where each call's record lies, kept compact
 * (CompactSlots), and the first REPORT_KEPT_BYTES of records themselves by offset. Records that do
 * not fit the spec (a case it does not have, a sample it does not plan) are kept as before, one
 * object a slot, read in a second pass: the same report either way.
 */
function callSlotsOnDisk(spec: RunSpec & { cases: SpecCase[] }, folder: RunFolder, observe: ((record: CallRecord) => void) | undefined): { totals: SlotTotals; slotsOf(caseId: string): CaseSlots<CallAt | undefined> | undefined; kept: ReadonlyMap<number, CallRecord> } {
  const compact = new CompactSlots(spec.cases, spec.samples);
  const kept = new Map<number, CallRecord>();
  let keptBytes = 0;
  let fits = true;
  for (const { record: r, at } of folder.streamCallsAt()) {
    observe?.(r);
    if (fits) fits = compact.place(r, at);
    if (keptBytes + at.length <= REPORT_KEPT_BYTES) {
      kept.set(at.offset, r);
      keptBytes += at.length;
    }
  }
  if (fits) return { totals: { usages: compact.usages(), versions: compact.detectorVersions() }, slotsOf: (id) => compact.caseSlots(id), kept };
  const byCase = new Map<string, CaseSlots<SlotOnDisk>>();
  for (const { record: r, at } of folder.streamCallsAt()) placeRecord(byCase, r, () => ({ at, usage: usagePart(r), detector: r.scores?.detector }));
  const atOf = (list: SlotOnDisk[]): (CallAt | undefined)[] => list.map((s) => s?.at);
  return {
    kept,
    totals: slotTotals(byCase),
    slotsOf: (id) => {
      const slots = byCase.get(id);
      return slots && { a: atOf(slots.a), b: atOf(slots.b), aPrime: atOf(slots.aPrime) };
    },
  };
}

/** The records, each shown to `observe` as it passes (e.g. the planner's summary of the run, made in the report's pass). */
function* observed(records: Iterable<CallRecord>, observe: ((record: CallRecord) => void) | undefined): Generator<CallRecord> {
  for (const r of records) {
    observe?.(r);
    yield r;
  }
}

/** `file` relative to `root` with '/' separators (as the report names the suite). */
function relativeTo(root: string, file: string): string {
  const r = root.replace(/[\\/]+$/, '');
  return (file.startsWith(r + '/') || file.startsWith(r + '\\') ? file.slice(r.length + 1) : file).split('\\').join('/');
}

/**
 * The records a run's report is built from: its own, with the cases of each later re-run (newest
 * last) replaced by that re-run's records.
 */
export function withReruns(own: Iterable<CallRecord>, reruns: ReadonlyArray<Iterable<CallRecord>>): CallRecord[] {
  let records = [...own];
  for (const rerun of reruns) {
    const fresh = [...rerun];
    const replaced = new Set(fresh.map((r) => r.caseId));
    records = [...records.filter((r) => !replaced.has(r.caseId)), ...fresh];
  }
  return records;
}
