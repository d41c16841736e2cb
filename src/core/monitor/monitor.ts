// `monitor`: production logs → per-window behaviour rates, drift alarms. Logs are streamed (any
// length); each output is scored once and only per-window counts and a few sampled outputs per
// window are kept, so memory grows with the number of windows, not of outputs.
import { DetectionQueue, type DetectOne } from '../behaviour/detectionQueue';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { readLogRecords } from '../logs/read';
import type { LogRecord } from '../logs/record';
import { Reservoir } from '../logs/reservoir';
import { sampledOutput } from '../logs/sample';
import type { Problem } from '../problems';
import type { SampleResult, SampledOutput, ShiftReport } from '../report/schema';
import { seedFromString, wilsonInterval } from '../shift';
import { DEFAULT_K, detectDrift, type Counts, type DriftBaseline } from './cusum';
import type { DriftAlarm, MonitorGroup, MonitorReport, MonitorWindow } from './schema';

export type WindowSpec = { spec: string; kind: 'time'; ms: number } | { spec: string; kind: 'count'; n: number };

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m`, `1h`, `1d`, `7d` (time windows) or `500` (every 500 outputs); undefined if neither. */
export function parseWindowSpec(text: string): WindowSpec | undefined {
  const time = /^(\d+)([mhd])$/.exec(text.trim());
  if (time) {
    const ms = Number(time[1]) * UNIT_MS[time[2] as keyof typeof UNIT_MS];
    return ms > 0 ? { spec: text.trim(), kind: 'time', ms } : undefined;
  }
  if (/^\d+$/.test(text.trim()) && Number(text) > 0) return { spec: text.trim(), kind: 'count', n: Number(text) };
  return undefined;
}

/** A baseline of fixed rates (a log file, or an evaluated version of a finished run). */
export interface FixedBaseline {
  kind: 'file' | 'run';
  source: string;
  counts: Record<Behaviour, Counts>;
  /** a few of its outputs, to show beside a window's (the results panel's side-by-side view) */
  samples?: SampledOutput[];
}

export type MonitorBaseline = { kind: 'window'; warmup: number } | FixedBaseline;

export interface MonitorInput {
  files: { file: string; shownAs: string }[];
  window: WindowSpec;
  baseline: MonitorBaseline;
  /** chance of any false alarm over the whole log when nothing changes (split over behaviours and groups) */
  alarmRate: number;
  groupBy?: 'model' | 'prompt';
  behaviours?: readonly Behaviour[];
  samplesPerWindow?: number;
  seed?: number;
  createdAt?: string;
  detect?: DetectOne;
  onProblem: (problem: Problem) => void;
}

export const MONITOR_DEFAULTS = { alarmRate: 0.05, samplesPerWindow: 5, seed: 1, warmup: 1 } as const;

interface WindowAgg {
  key: number;
  n: number;
  counts: Int32Array;
  first?: number;
  last?: number;
  firstOutput: number;
  samples: Reservoir<SampledOutput>;
}

interface GroupAgg {
  outputs: number;
  windows: Map<number, WindowAgg>;
}

function groupKey(record: LogRecord, by: MonitorInput['groupBy']): string {
  if (by === 'model') return record.model ?? '(no model)';
  if (by === 'prompt') return record.promptSha256 ? record.promptSha256.slice(0, 12) : '(no prompt sha256)';
  return 'all';
}

function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

function windowLabel(w: WindowAgg, spec: WindowSpec): string {
  if (spec.kind === 'count') return `outputs ${w.firstOutput + 1}–${w.firstOutput + w.n}`;
  const start = new Date(w.key * spec.ms).toISOString();
  return spec.ms % UNIT_MS.d === 0 ? start.slice(0, 10) : `${start.slice(0, 10)} ${start.slice(11, 16)}`;
}

/** Per-behaviour counts of every output of a log file, and a seeded sample of its outputs: a fixed baseline. */
export async function countBehaviours(
  file: string,
  shownAs: string,
  onProblem: (p: Problem) => void,
  detect?: DetectOne,
  sampling: { samples: number; seed: number } = { samples: MONITOR_DEFAULTS.samplesPerWindow, seed: MONITOR_DEFAULTS.seed },
): Promise<{ counts: Record<Behaviour, Counts>; samples: SampledOutput[] }> {
  const counts = Object.fromEntries(BEHAVIOURS.map((b) => [b, { count: 0, n: 0 }])) as Record<Behaviour, Counts>;
  const samples = new Reservoir<SampledOutput>(sampling.samples, seedFromString(`baseline:${shownAs}`, sampling.seed));
  // scored a chunk at a time (the same verdicts), tallied in the order read
  const queue = new DetectionQueue<LogRecord>((record, d) => {
    for (const b of BEHAVIOURS) {
      counts[b].n++;
      if (d[b].present) counts[b].count++;
    }
    samples.offer(() => sampledOutput(record, d));
  }, detect);
  await readLogRecords(file, (record) => queue.push(record.output, record.input === undefined ? {} : { input: record.input }, record, record.finishReason), { shownAs, onProblem });
  queue.flush();
  return { counts, samples: [...samples.values()] };
}

/** A finished eval run's rates for one version (B by default: the version that was evaluated to ship). */
export function baselineOfReport(report: ShiftReport, side: 'a' | 'b'): Record<Behaviour, Counts> {
  const out = {} as Record<Behaviour, Counts>;
  for (const b of BEHAVIOURS) {
    const r = report.summary.behaviours[b][side];
    const n = r.n ?? report.summary.cases * report.summary.samples;
    out[b] = { count: r.count ?? Math.round(r.rate * n), n };
  }
  return out;
}

/** A few outputs of a finished run's version, spread over its cases (the first sample of each), as window samples are. */
export function baselineSamplesOfReport(report: ShiftReport, side: 'a' | 'b', count: number = MONITOR_DEFAULTS.samplesPerWindow): SampledOutput[] {
  const cases = report.cases.filter((c) => c[side].samples.some((s) => s.error === undefined));
  const picked = cases.length <= count ? cases : Array.from({ length: count }, (_, i) => cases[Math.floor((i * cases.length) / count)] as (typeof cases)[number]);
  return picked.map((c) => {
    const s = c[side].samples.find((x) => x.error === undefined) as SampleResult;
    const behaviours = BEHAVIOURS.filter((b) => s.behaviours[b]);
    const evidence: SampledOutput['evidence'] = {};
    for (const b of behaviours) {
      const spans = s.evidence?.[b];
      if (spans?.length) evidence[b] = spans;
    }
    const out: SampledOutput = { id: c.id, output: s.output, behaviours, evidence };
    if (c.input !== undefined) out.input = c.input;
    return out;
  });
}

export async function monitorLogs(input: MonitorInput): Promise<MonitorReport> {
  const behaviours = input.behaviours ?? BEHAVIOURS;
  const perWindow = input.samplesPerWindow ?? MONITOR_DEFAULTS.samplesPerWindow;
  const seed = input.seed ?? MONITOR_DEFAULTS.seed;
  const groups = new Map<string, GroupAgg>();
  const read = { outputs: 0, badLines: 0, skippedSpans: 0, withoutTime: 0 };

  // scored a chunk at a time (the same verdicts); a window's tallies and seeded sample take them in the order read
  const queue = new DetectionQueue<{ record: LogRecord; w: WindowAgg }>(({ record, w }, detections) => {
    w.n++;
    BEHAVIOURS.forEach((b, k) => {
      if (detections[b].present) w.counts[k] = (w.counts[k] as number) + 1;
    });
    w.samples.offer(() => sampledOutput(record, detections));
  }, input.detect);
  for (const { file, shownAs } of input.files) {
    const onRecord = (record: LogRecord, line: number): void => {
      if (input.window.kind === 'time' && record.time === undefined) {
        read.withoutTime++;
        input.onProblem({ file: shownAs, line, column: 1, field: 'timestamp', message: `missing: --window ${input.window.spec} groups outputs by time (or use --window N for every N outputs); skipped`, severity: 'warning' });
        return;
      }
      const gk = groupKey(record, input.groupBy);
      let g = groups.get(gk);
      if (!g) groups.set(gk, (g = { outputs: 0, windows: new Map() }));
      const key = input.window.kind === 'time' ? Math.floor((record.time as number) / input.window.ms) : Math.floor(g.outputs / input.window.n);
      let w = g.windows.get(key);
      if (!w) {
        w = { key, n: 0, counts: new Int32Array(BEHAVIOURS.length), firstOutput: g.outputs, samples: new Reservoir(perWindow, seedFromString(`${gk}:${key}`, seed)) };
        g.windows.set(key, w);
      }
      g.outputs++;
      read.outputs++;
      if (record.time !== undefined) {
        if (w.first === undefined || record.time < w.first) w.first = record.time;
        if (w.last === undefined || record.time > w.last) w.last = record.time;
      }
      queue.push(record.output, record.input === undefined ? {} : { input: record.input }, { record, w }, record.finishReason);
    };
    const stats = await readLogRecords(file, onRecord, { shownAs, onProblem: input.onProblem });
    queue.flush();
    read.badLines += stats.badLines;
    read.skippedSpans += stats.skippedSpans;
  }

  const groupKeys = [...groups.keys()].sort();
  const alphaPerTest = input.alarmRate / Math.max(1, behaviours.length * groupKeys.length);
  const out: MonitorGroup[] = [];
  const alarms: DriftAlarm[] = [];
  for (const gk of groupKeys) {
    const g = groups.get(gk) as GroupAgg;
    const aggs = [...g.windows.values()].sort((x, y) => x.key - y.key);
    const windows = aggs.map((w, index): MonitorWindow => {
      const rates = {} as MonitorWindow['rates'];
      BEHAVIOURS.forEach((b, k) => {
        const count = w.counts[k] as number;
        rates[b] = { count, rate: w.n ? count / w.n : 0, ci95: wilsonInterval(count, w.n) };
      });
      const mw: MonitorWindow = { index, label: windowLabel(w, input.window), n: w.n, rates, samples: [...w.samples.values()] };
      const start = input.window.kind === 'time' ? w.key * input.window.ms : w.first;
      const end = input.window.kind === 'time' ? (w.key + 1) * input.window.ms : w.last;
      if (start !== undefined) mw.start = iso(start) as string;
      if (end !== undefined) mw.end = iso(end) as string;
      return mw;
    });
    const group: MonitorGroup = { key: gk, outputs: g.outputs, windows, drift: {} };
    for (const b of behaviours) {
      const k = BEHAVIOURS.indexOf(b);
      const series: Counts[] = aggs.map((w) => ({ count: w.counts[k] as number, n: w.n }));
      const fixed = input.baseline.kind === 'window' ? undefined : input.baseline.counts[b];
      const baseline: DriftBaseline = fixed ? { kind: 'fixed', count: fixed.count, n: fixed.n } : { kind: 'running', warmup: input.baseline.kind === 'window' ? input.baseline.warmup : 0 };
      if (fixed && fixed.n === 0) continue;
      const drift = detectDrift(series, baseline, { alpha: alphaPerTest, seed: seedFromString(`${gk}:${b}`, seed), k: DEFAULT_K });
      group.drift[b] = { threshold: drift.threshold, simulations: drift.simulations, statistic: drift.statistic };
      if (fixed) group.drift[b].baseline = { count: fixed.count, n: fixed.n, rate: fixed.count / fixed.n };
      for (const found of drift.alarms) {
        const at = windows[found.window] as MonitorWindow;
        // the level the alarm departs from: the fixed baseline, or the windows since the last restart
        let before = found.since === undefined && fixed ? { count: fixed.count, n: fixed.n } : { count: 0, n: 0 };
        if (found.since !== undefined) for (const s of series.slice(found.since, found.window)) before = { count: before.count + s.count, n: before.n + s.n };
        const alarm: DriftAlarm = {
          group: gk,
          behaviour: b,
          window: found.window,
          label: at.label,
          direction: found.direction,
          statistic: found.statistic,
          threshold: drift.threshold,
          rateBefore: before.n ? before.count / before.n : null,
          rateAt: at.rates[b].rate,
        };
        if (found.since !== undefined) alarm.since = found.since;
        if (at.start !== undefined) alarm.start = at.start;
        alarms.push(alarm);
      }
    }
    out.push(group);
  }
  alarms.sort((x, y) => (x.start ?? '').localeCompare(y.start ?? '') || x.window - y.window);

  const report: MonitorReport = {
    schemaVersion: 1,
    kind: 'monitor',
    files: input.files.map((f) => f.shownAs),
    window: { spec: input.window.spec, kind: input.window.kind, size: input.window.kind === 'time' ? input.window.ms : input.window.n },
    baseline:
      input.baseline.kind === 'window'
        ? { kind: 'window', warmup: input.baseline.warmup }
        : { kind: input.baseline.kind, source: input.baseline.source, ...(input.baseline.samples ? { samples: input.baseline.samples } : {}) },
    alarmRate: input.alarmRate,
    behaviours: [...behaviours],
    detector: {
      method: `${input.baseline.kind === 'window' ? 'self-starting two-sided CUSUM on standardised window rates' : 'two-sided CUSUM on window rates standardised against the fixed baseline'}, threshold calibrated by simulation, restarting from the new level after each alarm`,
      k: DEFAULT_K,
      alphaPerTest,
      seed,
    },
    groups: out,
    alarms,
    read,
  };
  if (input.groupBy) report.groupBy = input.groupBy;
  if (input.createdAt) report.createdAt = input.createdAt;
  return report;
}
