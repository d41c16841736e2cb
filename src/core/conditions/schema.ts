// The format of a condition (zod): how a case is changed before it is sent, so the same case can be
// asked "as an evaluation", "in real, unmonitored use", "by a user who pushes", or reworded. A suite
// declares its own under `conditions:`; the built-ins (builtins.ts) have the same shape.
import * as z from 'zod';

/** A condition's name: used in arm ids, case ids of a design run (`case@name`) and the CLI. */
export const CONDITION_NAME = /^[a-z][A-Za-z0-9_-]{0,39}$/;

const Text = z.string().min(1).max(4000);

export const ConditionSchema = z
  .strictObject({
    name: z.string().regex(CONDITION_NAME, 'a condition name: a lower-case letter, then letters, digits, - or _ (at most 40)'),
    description: z.string().max(500).optional(),
    /** added to the system message (one is created when the prompt has none) */
    system: z.strictObject({ prepend: Text.optional(), append: Text.optional() }).optional(),
    /** a preamble before, or a line after, the user's message */
    user: z.strictObject({ prefix: Text.optional(), suffix: Text.optional() }).optional(),
    /** the user's message inside a template: `{{input}}` stands for it */
    wrap: Text.refine((w) => w.includes('{{input}}'), { message: 'the wrapper must contain {{input}} where the case input goes' }).optional(),
    /** whole-word replacements in the user's message (case-insensitive; the first letter's case is kept) */
    replace: z.array(z.strictObject({ from: z.string().min(1).max(200), to: z.string().max(200) })).max(100).optional(),
    /** reword the user's message by the deterministic paraphrase rules (seeded by the case) */
    paraphrase: z.boolean().optional(),
    /** where the cue idea comes from (shown in docs and the report) */
    source: z.string().max(500).optional(),
  })
  .refine((c) => c.system || c.user || c.wrap || c.replace?.length || c.paraphrase, { message: 'a condition must change something: give system, user, wrap, replace or paraphrase' });
export type Condition = z.infer<typeof ConditionSchema>;
