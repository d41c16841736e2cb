// A prompt file's behaviour timeline (issue 16): for every version of the file that a finished run
// evaluated (as A or B), its behaviour rates and, where the report has them, its objective
// stability, so a user sees a behaviour creep in across edits. A version evaluated in several runs
// shows its latest run. Versions are ordered by when they were written (the version's time, else
// the first run that evaluated it).
import * as z from 'zod';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import { RunSpec } from '../eval/runSpec';
import type { Problem } from '../problems';
import type { ShiftReport } from '../report/schema';
import type { RunStore } from '../run';
import type { PromptTimeline, TimelineVersion, VersionStability } from './schema';

export { PromptTimeline, TimelineVersion, VersionStability } from './schema';

const RunVersions = z.object({ a: RunSpec.shape.a, b: RunSpec.shape.b });

/** The two shapes a report may carry stability in: helper i16's `design.stability` list, and CONTRACTS §6's `summary.stability`. */
const DesignStability = z.object({
  design: z.object({ stability: z.array(z.object({ version: z.enum(['a', 'b']), sha256: z.string().optional(), score: z.number(), lower: z.number(), upper: z.number(), cases: z.number().int().optional(), conditions: z.array(z.string()).optional() })) }),
});
const SummaryStability = z.object({
  summary: z.object({ stability: z.partialRecord(z.enum(['a', 'b']), z.object({ value: z.number(), ci95: z.tuple([z.number(), z.number()]) })) }),
});

function stabilityOf(json: unknown, side: 'a' | 'b'): VersionStability | undefined {
  const design = DesignStability.safeParse(json);
  const entry = design.success ? design.data.design.stability.find((s) => s.version === side) : undefined;
  if (entry) {
    const { version: _side, sha256: _sha, ...rest } = entry;
    return rest;
  }
  const summary = SummaryStability.safeParse(json);
  const s = summary.success ? summary.data.summary.stability[side] : undefined;
  return s ? { score: s.value, lower: s.ci95[0], upper: s.ci95[1] } : undefined;
}

function normalised(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The timeline of `relPath` (workspace-relative) from the store's finished runs; runs that cannot be read are skipped and reported. */
export function promptTimeline(store: RunStore, relPath: string, onProblem: (p: Problem) => void = () => undefined): PromptTimeline {
  const path = normalised(relPath);
  const byVersion = new Map<string, TimelineVersion>();
  let runs = 0;
  // newest first: the first run met for a version is its latest
  for (const { runId, folder, meta } of store.list()) {
    if (meta?.status !== 'completed') continue;
    const versions = RunVersions.safeParse(meta.meta);
    if (!versions.success) continue;
    const sides = (['a', 'b'] as const).filter((side) => versions.data[side].path !== undefined && normalised(versions.data[side].path as string) === path);
    if (!sides.length) continue;
    let read: { report: ShiftReport; json: unknown };
    try {
      read = folder.readReportHeader(); // rates and stability: the summary, not the outputs
    } catch (err) {
      onProblem({ file: folder.reportPath, line: 1, column: 1, field: '', message: err instanceof Error ? err.message : String(err), severity: 'warning' });
      continue;
    }
    runs++;
    for (const side of sides) {
      const v = versions.data[side];
      const time = v.time ?? meta.createdAt;
      const known = byVersion.get(v.sha256);
      if (known) {
        if (!known.otherRuns.includes(runId) && known.runId !== runId) known.otherRuns.push(runId);
        if (!known.time || time < known.time) known.time = time;
        continue;
      }
      const rates: TimelineVersion['rates'] = {};
      for (const [b, s] of Object.entries(read.report.summary.behaviours)) rates[b] = s[side];
      const entry: TimelineVersion = { sha256: v.sha256, ref: v.ref, time, runId, runCreatedAt: meta.createdAt, side, otherRuns: [], rates };
      if (v.label !== undefined) entry.label = v.label;
      const stability = stabilityOf(read.json, side);
      if (stability) entry.stability = stability;
      byVersion.set(v.sha256, entry);
    }
  }
  const ordered = [...byVersion.values()].sort((x, y) => (x.time ?? '').localeCompare(y.time ?? '') || x.runCreatedAt.localeCompare(y.runCreatedAt));
  const custom = new Set<string>();
  for (const v of ordered) for (const b of Object.keys(v.rates)) if (!(BEHAVIOURS as readonly string[]).includes(b)) custom.add(b);
  return { path, behaviours: [...BEHAVIOURS, ...custom] as (Behaviour | string)[], versions: ordered, runs };
}
