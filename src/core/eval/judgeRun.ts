// The optional second opinion (suite `judge:`): a pinned judge model gives its verdict on every
// recorded output for the chosen behaviours, and decides the suite's own rubric behaviours (their
// verdicts, with the judge's quote as evidence, are those behaviours' detections). Verdicts go to the run's judge.jsonl (one line per
// output, appended, so an interrupted judge pass loses nothing) and the report reads them from
// there; they are also cached on disk by content, so judging the same output again costs nothing.
import * as path from 'node:path';
import { ModelJudge, type JudgeCache, type JudgedBehaviour } from '../behaviour/judge';
import { BEHAVIOURS, type Behaviour } from '../behaviour/types';
import type { ModelProvider } from '../providers/types';
import type { CallRecord, JudgeRecord, RunFolder } from '../run';
import { makeStateDir, readRegularFileSync, writeFileAtomic } from '../files';
import type { CacheSeal } from '../run/seal';
import { scoringOf } from './runReport';
import type { SpecCase } from './runSpec';

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
  /** the suite's own behaviours the judge decides by their rubrics (always judged) */
  custom?: readonly JudgedBehaviour[];
  /** where verdicts are cached, and the seal that binds them to this machine */
  cache?: { dir: string; seal: CacheSeal };
  concurrency: number;
  signal?: AbortSignal;
}

/**
 * Judges every successful record that has no usable verdict of this model yet (none, an error, or
 * one without a behaviour now asked for: a resumed run retries those), appending each verdict to
 * the run folder; returns every verdict the folder now holds.
 */
export async function judgeRecords(folder: RunFolder, cases: readonly SpecCase[], records: readonly CallRecord[], options: JudgeRunOptions): Promise<Map<string, JudgeRecord>> {
  const behaviours = options.behaviours ?? BEHAVIOURS;
  const verdicts = folder.readJudge();
  const byId = new Map(cases.map((c) => [c.id, c]));
  const judge = new ModelJudge({ provider: options.provider, model: options.model, ...(options.cache ? { cache: diskJudgeCache(options.cache.dir, options.cache.seal) } : {}) });
  const custom = options.custom ?? [];
  const wanted = [...behaviours, ...custom.map((c) => c.name)];
  const usable = (v: JudgeRecord | undefined) => v !== undefined && v.model === options.model && v.error === undefined && wanted.every((b) => v.verdicts?.[b] !== undefined);
  const todo = records.filter((r) => r.response && !usable(verdicts.get(r.callId)));
  let next = 0;
  const worker = async () => {
    while (next < todo.length && !options.signal?.aborted) {
      const record = todo[next++]!;
      const c = byId.get(record.caseId);
      const context = c ? scoringOf(c).context : {};
      let verdict: JudgeRecord;
      try {
        const found = await judge.judgeAll(record.response!.text, context, behaviours, options.signal, custom);
        verdict = { callId: record.callId, model: options.model, verdicts: Object.fromEntries(Object.entries(found).map(([b, d]) => [b, d!.present])) };
        const spans = Object.fromEntries(custom.filter((c) => found[c.name]?.present).map((c) => [c.name, found[c.name]!.spans.map((s) => [s.start, s.end] as [number, number])]));
        if (Object.keys(spans).length) verdict.spans = spans;
      } catch (err) {
        if (options.signal?.aborted) return;
        verdict = { callId: record.callId, model: options.model, error: err instanceof Error ? err.message : String(err) };
      }
      folder.appendJudge(verdict);
      verdicts.set(record.callId, verdict);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, todo.length)) }, worker));
  return verdicts;
}
