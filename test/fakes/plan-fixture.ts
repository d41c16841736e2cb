// A paired plan for tests and benchmarks: n cases, two prompt versions, rendered the simple way.
import { planCalls, type PlanOptions, type PlannedCall } from '../../src/core/run/plan';

export const SHA_A = '1a'.repeat(32);
export const SHA_B = '2b'.repeat(32);

export interface FixturePlanOptions {
  baseline?: boolean;
  seed?: number;
  model?: string;
}

/** The plan options of fixturePlan (for planCompact, the same plan built call by call). */
export function fixturePlanOptions(cases: number, samples: number, options: FixturePlanOptions = {}): PlanOptions {
  return {
    cases: Array.from({ length: cases }, (_, i) => ({
      id: `case-${i}`,
      a: [{ role: 'system' as const, content: 'Version A: answer kindly.' }, { role: 'user' as const, content: `Question number ${i}?` }],
      b: [{ role: 'system' as const, content: 'Version B: answer briefly.' }, { role: 'user' as const, content: `Question number ${i}?` }],
    })),
    versions: { a: { promptSha256: SHA_A }, b: { promptSha256: SHA_B } },
    samples,
    baseline: options.baseline ?? true,
    seed: options.seed ?? 1,
    params: { model: options.model ?? 'gpt-4o-mini', temperature: 0.7, maxTokens: 128 },
  };
}

export function fixturePlan(cases: number, samples: number, options: FixturePlanOptions = {}): PlannedCall[] {
  return planCalls(fixturePlanOptions(cases, samples, options));
}
