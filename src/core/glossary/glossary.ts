// The glossary the editor, the results panel and the CLI use: the built-in terms with the user's
// additions and changes applied, and term matching over text.
import { join } from 'node:path';
import { BEHAVIOUR_TERM_IDS } from './behaviourTerms';
import type { Range } from './markdownCode';
import { TermMatcher, type MatchOptions, type TermMatch } from './match';
import type { GlossaryTerm } from './schema';
import { BUILTIN_TERMS } from './terms/index';
import {
  applyUserTerms,
  parseUserGlossary,
  readUserGlossaryFile,
  USER_GLOSSARY_PATH,
  type GlossaryDiagnostic,
  type ParsedUserGlossary,
} from './userGlossary';
import { termKey } from './variants';

/** A match together with the term it names. */
export interface GlossaryMatch extends TermMatch {
  term: GlossaryTerm;
}

export interface LoadedGlossary {
  glossary: Glossary;
  /** Problems in the user glossary file (empty when it is absent or fine). */
  diagnostics: GlossaryDiagnostic[];
}

export class Glossary {
  private static builtInGlossary: Glossary | undefined;
  private readonly byId: Map<string, GlossaryTerm>;
  private readonly byKey = new Map<string, GlossaryTerm>();
  // Compiled on first use: activation must stay cheap.
  private compiled: TermMatcher | undefined;

  /** Terms in matching priority order (earlier wins a tie between equally long names). */
  constructor(
    private readonly terms: readonly GlossaryTerm[],
    private readonly userIds: ReadonlySet<string> = new Set(),
  ) {
    this.byId = new Map(terms.map((t) => [t.id, t]));
    for (const term of terms) {
      for (const name of [term.term, ...term.aliases, ...term.abbreviations]) {
        const key = termKey(name);
        if (!this.byKey.has(key)) this.byKey.set(key, term);
      }
    }
  }

  /** The built-in terms only (one shared instance). */
  static builtIn(): Glossary {
    Glossary.builtInGlossary ??= new Glossary(BUILTIN_TERMS);
    return Glossary.builtInGlossary;
  }

  /** Built-ins plus the user glossary given as text (`file` names it in diagnostics). */
  static fromUserGlossaryText(text: string, file: string): LoadedGlossary {
    return Glossary.fromParsed(parseUserGlossary(text, file));
  }

  /** Built-ins plus `<workspaceRoot>/.promptshift/glossary.yaml`, if present. */
  static async load(workspaceRoot: string): Promise<LoadedGlossary> {
    return Glossary.fromParsed(await readUserGlossaryFile(join(workspaceRoot, USER_GLOSSARY_PATH)));
  }

  private static fromParsed(parsed: ParsedUserGlossary): LoadedGlossary {
    if (parsed.entries.length === 0) return { glossary: Glossary.builtIn(), diagnostics: parsed.diagnostics };
    const merged = applyUserTerms(BUILTIN_TERMS, parsed.entries);
    return {
      glossary: new Glossary(merged.terms, merged.userIds),
      diagnostics: [...parsed.diagnostics, ...merged.diagnostics],
    };
  }

  get(id: string): GlossaryTerm | undefined {
    return this.byId.get(id);
  }

  /** Every term, sorted by display name (for a quick pick). */
  all(): GlossaryTerm[] {
    return [...this.terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  }

  /** A term by id, or by any of its names in any spelling ("Mesa Optimisation", "RLHF"). */
  lookup(idOrName: string): GlossaryTerm | undefined {
    return this.byId.get(idOrName) ?? this.byKey.get(termKey(idOrName));
  }

  /** True when the user glossary added or changed this term. */
  isUserDefined(id: string): boolean {
    return this.userIds.has(id);
  }

  /** The related terms that exist in this glossary. */
  related(term: GlossaryTerm): GlossaryTerm[] {
    return term.related.flatMap((id) => this.byId.get(id) ?? []);
  }

  /** Terms to show with a detected behaviour (`refusal`, `evalAwareness`, …), most specific first. */
  forBehaviour(name: string): GlossaryTerm[] {
    const ids = (BEHAVIOUR_TERM_IDS as Readonly<Record<string, readonly string[]>>)[name] ?? [];
    return ids.flatMap((id) => this.byId.get(id) ?? []);
  }

  /** The term under `offset` in text (see TermMatcher.findTermAt). */
  findTermAt(text: string, offset: number, opts?: MatchOptions): GlossaryMatch | undefined {
    const match = this.matcher.findTermAt(text, offset, opts);
    return match && this.withTerm(match);
  }

  /** Every term occurrence in text (or in the paragraphs overlapping `range`), in order (for decorations). */
  findAll(text: string, opts?: MatchOptions & { range?: Range }): GlossaryMatch[] {
    return this.matcher.findAll(text, opts).flatMap((m) => this.withTerm(m) ?? []);
  }

  private get matcher(): TermMatcher {
    this.compiled ??= new TermMatcher(this.terms);
    return this.compiled;
  }

  private withTerm(match: TermMatch): GlossaryMatch | undefined {
    const term = this.byId.get(match.termId);
    return term && { ...match, term };
  }
}
