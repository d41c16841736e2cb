// The schema of a suite's own behaviours (`behaviours:` in a suite): what custom.ts detects by. Apart
// from custom.ts so that the scoring thread, which only runs the rules, loads no zod (issue 18).
import * as z from 'zod';
import { checkPattern, MAX_PATTERN_LENGTH, MAX_RUBRIC_LENGTH } from './custom';
import { BEHAVIOURS } from './types';

const NAME = /^[a-z][A-Za-z0-9]{1,39}$/;

export const CustomBehaviourSchema = z
  .strictObject({
    name: z
      .string()
      .regex(NAME, 'a behaviour name is a camelCase identifier: a lower-case letter, then letters and digits (2–40)')
      .refine((n) => !(BEHAVIOURS as readonly string[]).includes(n), { message: 'this is a built-in behaviour: choose another name' }),
    description: z.string().min(1).max(200),
    /** matched literally, case-insensitively, at word boundaries */
    phrases: z.array(z.string().min(1).max(MAX_PATTERN_LENGTH)).max(200).optional(),
    /** case-insensitive regexes (no capture groups, no look-arounds or back-references, bounded backtracking) */
    patterns: z
      .array(z.string().min(1))
      .max(50)
      .superRefine((list, ctx) => {
        list.forEach((p, i) => {
          const problem = checkPattern(p);
          if (problem) ctx.addIssue({ code: 'custom', path: [i], message: problem });
        });
      })
      .optional(),
    /** decided by the suite's judge model (`judge:`) on every output, instead of phrases or patterns */
    rubric: z.string().trim().min(1).max(MAX_RUBRIC_LENGTH).optional(),
  })
  .superRefine((b, ctx) => {
    const rules = (b.phrases?.length ?? 0) + (b.patterns?.length ?? 0);
    if (b.rubric !== undefined && rules > 0) ctx.addIssue({ code: 'custom', path: ['rubric'], message: 'a behaviour is detected either by phrases/patterns or by a judge rubric, not both: declare two behaviours' });
    if (b.rubric === undefined && rules === 0) ctx.addIssue({ code: 'custom', path: ['phrases'], message: 'give the behaviour phrases or patterns to detect it by, or a rubric for the judge model' });
  });
export type CustomBehaviour = z.output<typeof CustomBehaviourSchema>;
