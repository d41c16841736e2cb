// The optional second opinion (suite `judge:`): a pinned judge model gives its verdict on every
// output for the chosen behaviours; the report keeps them beside the detectors' and says how often
// the two agree. Verdicts are cached on disk, so re-running a report costs nothing.
import * as path from 'node:path';
import { ModelJudge, type JudgeCache } from '../behaviour/judge';
import { BEHAVIOURS, type Behaviour, type DetectionContext } from '../behaviour/types';
import type { ModelProvider } from '../providers/types';
import type { CacheSeal } from '../run/seal';
import type { SampleResult, ShiftReport } from '../report/schema';
import { makeStateDir, readRegularFileSync, writeFileAtomic } from '../files';

/**
 * `<dir>/<2 hex>/<key>.txt`: the seal of this machine (see run/seal.ts) on the first line, the
 * verdict after it, written atomically. An unreadable, unsealed or altered entry is a miss: the
 * folder is in the workspace, where a pull request could plant verdicts.
 */
export function diskJudgeCache(dir: string, seal: CacheSeal): JudgeCache {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.txt`);
  return {
    get(key) {
      let text: string;
      try {
        text = readRegularFileSync(fileOf(key), 1024 * 1024, { noFollow: true }).toString('utf8');
      } catch {
        return undefined;
      }
      const nl = text.indexOf('\n');
      const value = text.slice(nl + 1);
      return nl > 0 && seal.verify(key, value, text.slice(0, nl)) ? value : undefined;
    },
    set(key, value) {
      const file = fileOf(key);
      makeStateDir(path.dirname(file));
      writeFileAtomic(file, `${seal.sign(key, value)}\n${value}`);
    },
  };
}

export interface JudgeRunOptions {
  provider: ModelProvider;
  model: string;
  behaviours?: readonly Behaviour[];
  /** where verdicts are cached, and the seal that binds them to this machine */
  cache?: { dir: string; seal: CacheSeal };
  /** per case id: what the detectors were told (input, system prompt, format) */
  contexts: ReadonlyMap<string, DetectionContext>;
  concurrency: number;
  signal?: AbortSignal;
}

/** Adds the judge's verdicts to every judged output of `report` (in place) and its summary. */
export async function judgeReport(report: ShiftReport, options: JudgeRunOptions): Promise<void> {
  const behaviours = options.behaviours ?? BEHAVIOURS;
  const judge = new ModelJudge({ provider: options.provider, model: options.model, ...(options.cache ? { cache: diskJudgeCache(options.cache.dir, options.cache.seal) } : {}) });
  const tasks: Array<{ sample: SampleResult; context: DetectionContext }> = [];
  for (const c of report.cases) {
    const context = options.contexts.get(c.id) ?? (c.input !== undefined ? { input: c.input } : {});
    for (const side of [c.a, c.b, c.aPrime]) for (const sample of side?.samples ?? []) if (sample.error === undefined) tasks.push({ sample, context });
  }
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < tasks.length && !options.signal?.aborted) {
      const { sample, context } = tasks[next++]!;
      try {
        const verdicts = await judge.judgeAll(sample.output, context, behaviours, options.signal);
        sample.judge = Object.fromEntries(Object.entries(verdicts).map(([b, d]) => [b, d.present]));
      } catch (err) {
        errors++;
        sample.judgeError = err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, tasks.length)) }, worker));
  const summary: NonNullable<ShiftReport['summary']['judge']> = { model: options.model, errors, behaviours: {} };
  for (const b of behaviours) {
    const judged = tasks.filter((t) => t.sample.judge?.[b] !== undefined);
    if (judged.length === 0) continue;
    const agree = judged.filter((t) => t.sample.judge![b] === t.sample.behaviours[b]).length;
    summary.behaviours[b] = {
      judged: judged.length,
      agreement: agree / judged.length,
      judgeRate: judged.filter((t) => t.sample.judge![b]).length / judged.length,
      detectorRate: judged.filter((t) => t.sample.behaviours[b]).length / judged.length,
    };
  }
  report.summary.judge = summary;
}
