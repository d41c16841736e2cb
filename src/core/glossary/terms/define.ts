import type { GlossaryTerm } from '../schema';

/** A term as written in the tables: list fields may be left out when empty. */
export type TermInput = Omit<GlossaryTerm, 'aliases' | 'abbreviations'> &
  Partial<Pick<GlossaryTerm, 'aliases' | 'abbreviations'>>;

export function defineTerms(inputs: readonly TermInput[]): GlossaryTerm[] {
  return inputs.map((input) => ({ aliases: [], abbreviations: [], ...input }));
}
