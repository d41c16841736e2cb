// The monitor report: what `promptshift monitor --json` prints and `--out` writes, what the monitor
// timeline webview draws. Per group (all outputs, or one model or prompt version), per window, each
// behaviour's rate with its 95 % interval, a few sampled outputs, and the drift detector's
// statistic, threshold and alarm.
import * as z from 'zod';
import { BehaviourName, SampledOutput } from '../report/schema';

const Interval = z.tuple([z.number(), z.number()]);

export const WindowRate = z.object({ count: z.number().int(), rate: z.number(), ci95: Interval });
export type WindowRate = z.infer<typeof WindowRate>;

export const MonitorWindow = z.object({
  index: z.number().int(),
  /** ISO times: the window's bounds (time windows) or its first and last output's time (count windows) */
  start: z.string().optional(),
  end: z.string().optional(),
  /** what the timeline shows under the window: its start, or its output range for count windows */
  label: z.string(),
  n: z.number().int(),
  rates: z.record(BehaviourName, WindowRate),
  samples: z.array(SampledOutput),
});
export type MonitorWindow = z.infer<typeof MonitorWindow>;

export const DriftAlarm = z.object({
  group: z.string(),
  behaviour: BehaviourName,
  /** index into the group's windows */
  window: z.number().int(),
  label: z.string(),
  start: z.string().optional(),
  direction: z.enum(['increase', 'decrease']),
  statistic: z.number(),
  threshold: z.number(),
  /** the behaviour's rate before the alarm window (since `since`, or the fixed baseline's), and in it */
  rateBefore: z.number().nullable(),
  rateAt: z.number(),
  /** where the level the alarm departs from began: window 0, or the previous alarm's window (the
   *  detector restarts there, so one behaviour can have several alarms); absent: the fixed baseline */
  since: z.number().int().optional(),
});
export type DriftAlarm = z.infer<typeof DriftAlarm>;

export const BehaviourDrift = z.object({
  threshold: z.number(),
  simulations: z.number().int(),
  /** the CUSUM statistic after each window; null where not monitored */
  statistic: z.array(z.number().nullable()),
  baseline: z.object({ count: z.number().int(), n: z.number().int(), rate: z.number() }).optional(),
});

export const MonitorGroup = z.object({
  key: z.string(),
  outputs: z.number().int(),
  windows: z.array(MonitorWindow),
  drift: z.partialRecord(BehaviourName, BehaviourDrift),
});
export type MonitorGroup = z.infer<typeof MonitorGroup>;

export const MonitorReport = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('monitor'),
  createdAt: z.string().optional(),
  files: z.array(z.string()),
  window: z.object({ spec: z.string(), kind: z.enum(['time', 'count']), size: z.number() }),
  baseline: z.object({
    kind: z.enum(['window', 'file', 'run']),
    /** the file or run id */
    source: z.string().optional(),
    /** `window`: windows read before monitoring starts; each later one is tested against all before it */
    warmup: z.number().int().optional(),
    /** `file` and `run`: a few of the baseline's outputs, shown beside a window's */
    samples: z.array(SampledOutput).optional(),
  }),
  groupBy: z.enum(['model', 'prompt']).optional(),
  alarmRate: z.number(),
  behaviours: z.array(BehaviourName),
  detector: z.object({ method: z.string(), k: z.number(), alphaPerTest: z.number(), seed: z.number().int() }),
  groups: z.array(MonitorGroup),
  alarms: z.array(DriftAlarm),
  read: z.object({ outputs: z.number().int(), badLines: z.number().int(), skippedSpans: z.number().int(), withoutTime: z.number().int() }),
});
export type MonitorReport = z.infer<typeof MonitorReport>;
