// The shape of a glossary term, as zod schemas: built-in terms are checked against them in the unit
// tests, and user terms from `.promptshift/glossary.yaml` are validated with them at load time.
import * as z from 'zod';

/** A link is only ever rendered when it is http(s): a glossary file must not smuggle in `command:` links. */
const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), {
    message: 'must be an http(s) URL',
  });

export const SourceSchema = z.object({
  authors: z.string().trim().min(1),
  year: z.number().int().min(1900).max(2100),
  title: z.string().trim().min(1),
  url: httpUrl,
});
export type Source = z.infer<typeof SourceSchema>;

/** Ids are kebab-case so that they are stable in command links and settings. */
export const TermIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** A complete term, as every built-in term must be. */
export const GlossaryTermSchema = z.object({
  id: TermIdSchema,
  /** Display name, also matched in text. */
  term: z.string().trim().min(1),
  /** Other names matched case-insensitively (spelling variants are generated, so list only true synonyms). */
  aliases: z.array(z.string().trim().min(1)),
  /** Abbreviations matched case-sensitively (so `RLHF` matches and `rlhf` in an identifier does not). */
  abbreviations: z.array(z.string().trim().min(1)),
  definition: z.string().trim().min(1),
  explanation: z.string().trim().min(1),
  example: z.string().trim().min(1),
  related: z.array(TermIdSchema),
  sources: z.array(SourceSchema).min(1),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

/**
 * One entry of the user glossary file. Everything but the key is optional: an entry whose `id` or
 * `term` names an existing term changes only the fields it gives; a new term needs `term` and
 * `definition`. `disabled: true` hides a term (built-in or not) from hovers and matching.
 */
export const UserTermSchema = z.object({
  id: TermIdSchema.optional(),
  term: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).optional(),
  abbreviations: z.array(z.string().trim().min(1)).optional(),
  definition: z.string().trim().min(1).optional(),
  explanation: z.string().trim().min(1).optional(),
  example: z.string().trim().min(1).optional(),
  related: z.array(TermIdSchema).optional(),
  sources: z.array(SourceSchema).optional(),
  disabled: z.boolean().optional(),
});
export type UserTerm = z.infer<typeof UserTermSchema>;

export const USER_TERM_FIELDS: readonly string[] = Object.keys(UserTermSchema.shape);
