// The settings a run uses, resolved in one place: a command-line option (or a VS Code command
// argument) wins over the suite, the suite over the user's defaults (VS Code settings), and those
// over PromptShift's built-in defaults. The suite keeps "absent" apart from "set", so a default can
// serve only where the suite is silent; the run records where each value came from.
import type { LoadedSuite, SuiteProvider } from '../suite';
import { DEFAULT_MIN_SHIFT } from '../plan/sequential';

export const DEFAULT_SAMPLES = 3;
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_BASELINE = true;
export const DEFAULT_SEED = 1;

export type SettingSource = 'option' | 'suite' | 'setting' | 'default';

/** What a caller asks for explicitly (CLI flags, command arguments). */
export interface EvalOverrides {
  samples?: number;
  concurrency?: number;
  baseline?: boolean;
  noCache?: boolean;
  noJudge?: boolean;
  seed?: number;
  /** `--stop-early`: stop when every gated behaviour is decided (a number: the smallest shift that matters) */
  stopEarly?: boolean | { minShift: number };
  /** `--batch`: the calls go through the provider's batch API (core/run/batchRun.ts) */
  batch?: boolean;
  /**
   * Replaces the suite's provider (`eval --provider TYPE:MODEL`): the same kind of provider keeps
   * the suite's endpoint settings; another keeps only the sampling ones (temperature, maxTokens, seed).
   */
  provider?: SuiteProvider;
}

/** The user's defaults, for whatever the suite does not say (VS Code's promptshift.* settings). */
export interface EvalDefaults {
  samples?: number;
  concurrency?: number;
  provider?: SuiteProvider;
}

export interface EvalSettings {
  samples: number;
  concurrency: number;
  baseline: boolean;
  cache: boolean;
  judge: boolean;
  seed: number;
  /** undefined when neither the suite nor the defaults name one */
  provider: SuiteProvider | undefined;
  /** set when the run may stop early: the smallest shift that matters */
  stopEarly: { minShift: number } | undefined;
  /** the calls go through the provider's batch API */
  batch: boolean;
  from: Record<'samples' | 'concurrency' | 'baseline' | 'provider', SettingSource>;
}

function pick<T>(option: T | undefined, suite: T | undefined, setting: T | undefined, fallback: T): [T, SettingSource] {
  if (option !== undefined) return [option, 'option'];
  if (suite !== undefined) return [suite, 'suite'];
  if (setting !== undefined) return [setting, 'setting'];
  return [fallback, 'default'];
}

export function resolveEvalSettings(suite: Pick<LoadedSuite, 'samples' | 'concurrency' | 'baseline' | 'provider' | 'stopEarly' | 'batch'>, overrides: EvalOverrides = {}, defaults: EvalDefaults = {}): EvalSettings {
  const [samples, samplesFrom] = pick(overrides.samples, suite.samples, defaults.samples, DEFAULT_SAMPLES);
  const [concurrency, concurrencyFrom] = pick(overrides.concurrency, suite.concurrency, defaults.concurrency, DEFAULT_CONCURRENCY);
  const [baseline, baselineFrom] = pick(overrides.baseline, suite.baseline, undefined, DEFAULT_BASELINE);
  const provider = overrides.provider ? overriddenProvider(suite.provider, overrides.provider) : (suite.provider ?? defaults.provider);
  return {
    samples,
    concurrency,
    baseline,
    cache: !overrides.noCache,
    judge: !overrides.noJudge,
    seed: overrides.seed ?? DEFAULT_SEED,
    provider,
    stopEarly: stopEarlyOf(overrides.stopEarly ?? suite.stopEarly),
    batch: overrides.batch ?? suite.batch ?? false,
    from: { samples: samplesFrom, concurrency: concurrencyFrom, baseline: baselineFrom, provider: overrides.provider ? 'option' : suite.provider ? 'suite' : defaults.provider ? 'setting' : 'default' },
  };
}

function overriddenProvider(suite: SuiteProvider | undefined, override: SuiteProvider): SuiteProvider {
  if (suite?.type === override.type) return { ...suite, ...override };
  const kept = {
    ...(suite?.temperature !== undefined && { temperature: suite.temperature }),
    ...(suite?.maxTokens !== undefined && { maxTokens: suite.maxTokens }),
    ...(suite?.seed !== undefined && { seed: suite.seed }),
  };
  return { ...kept, ...override };
}

function stopEarlyOf(value: boolean | { minShift: number } | undefined): { minShift: number } | undefined {
  if (!value) return undefined;
  return { minShift: value === true ? DEFAULT_MIN_SHIFT : value.minShift };
}
