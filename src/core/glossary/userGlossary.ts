// The user glossary, `.promptshift/glossary.yaml`: terms a team adds, and changes to built-in ones.
//
// File format (YAML):
//
//   terms:
//     - term: context rot                 # a new term: `term` and `definition` are required
//       id: context-rot                   # optional; made from `term` when absent (kebab-case)
//       aliases: [context decay]          # other names, matched like the term itself
//       abbreviations: [CR]               # matched case-sensitively
//       definition: One line.
//       explanation: Two to four sentences.
//       example: How it shows up in prompt work.
//       related: [objective-stability]    # ids of other terms, shown as links
//       sources:
//         - { authors: A. Author, year: 2025, title: A Paper, url: https://example.org/paper }
//     - id: hedging                       # an existing term (by `id`, or by `term` name): only the
//       definition: Our team's wording.   #   fields given replace the built-in ones
//     - id: calibration
//       disabled: true                    # hide a term from hovers and matching
//
// A top-level list (without `terms:`) is accepted too. Every problem is reported as a
// GlossaryDiagnostic with file, line, column and field; a bad entry is skipped and the others,
// and all built-in terms, keep working.
import { isAlias, isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { USER_TERM_FIELDS, UserTermSchema, type GlossaryTerm, type UserTerm } from './schema';
import { termKey } from './variants';
import { readTextFile } from '../files';

/** Where the user glossary lives, relative to the workspace root. */
export const USER_GLOSSARY_PATH = '.promptshift/glossary.yaml';

/** A problem in the user glossary, as data the host can put in the Problems panel. Lines and columns are 1-based. */
export interface GlossaryDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Path of the offending field, e.g. `terms[2].sources[0].url`; '' for the file as a whole. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

type PathPart = string | number;

/** One valid entry of the file, with a way to point at its fields in later checks. */
export interface UserTermEntry {
  value: UserTerm;
  /** The entry's field path prefix, e.g. `terms[3]`. */
  field: string;
  /** Diagnostic for a field of this entry (path inside the entry; [] for the entry itself). */
  diagnose(path: readonly PathPart[], message: string, severity: GlossaryDiagnostic['severity']): GlossaryDiagnostic;
}

export interface ParsedUserGlossary {
  entries: UserTermEntry[];
  diagnostics: GlossaryDiagnostic[];
}

function formatPath(prefix: string, path: readonly PathPart[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), prefix);
}

class Locator {
  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  /** A diagnostic over [start, end), cut to the first line so that a whole entry is not underlined. */
  at(start: number, end: number, field: string, message: string, severity: GlossaryDiagnostic['severity']): GlossaryDiagnostic {
    const lineEnd = this.text.indexOf('\n', start);
    const cut = Math.max(start, Math.min(end, lineEnd < 0 ? this.text.length : lineEnd));
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(cut);
    return { file: this.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col, field, message, severity };
  }

  node(node: YamlNode | undefined, field: string, message: string, severity: GlossaryDiagnostic['severity']): GlossaryDiagnostic {
    const [start, end] = node?.range ?? [0, 0];
    return this.at(start, end, field, message, severity);
  }
}

/** The deepest node along path inside a collection (a missing field points at its parent). */
function nodeAt(root: YamlNode, path: readonly PathPart[]): YamlNode {
  let node: YamlNode = root;
  for (const part of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const child = node.get(part, true) as unknown;
    if (child === undefined || child === null || typeof child !== 'object' || !('range' in child)) break;
    node = child as YamlNode;
  }
  return node;
}

function valueAt(value: unknown, path: readonly PathPart[]): unknown {
  return path.reduce<unknown>((v, part) => (v !== null && typeof v === 'object' ? (v as Record<PathPart, unknown>)[part] : undefined), value);
}

/** Parses and validates the user glossary text. Never throws. */
export function parseUserGlossary(text: string, file: string): ParsedUserGlossary {
  const lines = new LineCounter();
  const locate = new Locator(file, text, lines);
  const diagnostics: GlossaryDiagnostic[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  } catch (error) {
    return { entries: [], diagnostics: [locate.at(0, 0, '', `cannot parse YAML: ${String(error)}`, 'error')] };
  }
  const syntaxErrorOffsets: number[] = [];
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const severity = doc.errors.includes(problem as (typeof doc.errors)[number]) ? 'error' : 'warning';
    if (severity === 'error') syntaxErrorOffsets.push(problem.pos[0]);
    diagnostics.push(locate.at(problem.pos[0], problem.pos[1], '', problem.message.split('\n')[0] ?? problem.message, severity));
  }

  const root = doc.contents;
  if (root === null) return { entries: [], diagnostics };
  let list: YamlNode | undefined;
  let prefix = 'terms';
  if (isMap(root)) {
    for (const pair of (root as YAMLMap).items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if (key !== 'terms') {
        diagnostics.push(locate.node(pair.key as YamlNode, key, `unknown top-level key "${key}" (expected "terms")`, 'warning'));
      }
    }
    list = (root as YAMLMap).get('terms', true) as YamlNode | undefined;
  } else if (isSeq(root)) {
    list = root;
    prefix = '';
  }
  if (list === undefined || !isSeq(list)) {
    diagnostics.push(locate.node(list ?? root, prefix, 'expected "terms:" followed by a list of terms', 'error'));
    return { entries: [], diagnostics };
  }

  // Values come from the whole document, so that anchors and aliases (&src / *src) resolve.
  let values: unknown[] = [];
  try {
    const js = doc.toJS({ maxAliasCount: 1000 }) as unknown;
    const list = Array.isArray(js) ? js : (js as { terms?: unknown } | null)?.terms;
    values = Array.isArray(list) ? list : [];
  } catch (error) {
    diagnostics.push(locate.node(root, '', `cannot read the YAML: ${(error as Error).message}`, 'error'));
    return { entries: [], diagnostics };
  }

  const entries: UserTermEntry[] = [];
  list.items.forEach((item, index) => {
    const field = `${prefix}[${index}]`;
    const itemNode = (isAlias(item) ? (item.resolve(doc) ?? item) : item) as YamlNode;
    const [start, , end] = itemNode.range ?? [0, 0, 0];
    // The syntax error already said what is wrong here; a half-parsed entry would only add noise.
    if (syntaxErrorOffsets.some((offset) => offset >= start && offset <= end)) return;
    if (!isMap(itemNode)) {
      diagnostics.push(locate.node(itemNode, field, 'each term must be a mapping (term: …, definition: …)', 'error'));
      return;
    }
    for (const pair of itemNode.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if (!USER_TERM_FIELDS.includes(key)) {
        diagnostics.push(
          locate.node(pair.key as YamlNode, `${field}.${key}`, `unknown field "${key}" (ignored); known fields: ${USER_TERM_FIELDS.join(', ')}`, 'warning'),
        );
      }
    }
    const diagnose: UserTermEntry['diagnose'] = (path, message, severity) =>
      locate.node(nodeAt(itemNode, path), formatPath(field, path), message, severity);
    const value = values[index];
    const parsed = UserTermSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
        const missing = issue.code === 'invalid_type' && valueAt(value, path) === undefined;
        diagnostics.push(diagnose(path, missing ? `missing required field "${String(path.at(-1))}"` : issue.message, 'error'));
      }
      return;
    }
    if (parsed.data.id === undefined && parsed.data.term === undefined) {
      diagnostics.push(diagnose([], 'a term needs "term" (its name) or "id" (of a term to change)', 'error'));
      return;
    }
    entries.push({ value: parsed.data, field, diagnose });
  });
  return { entries, diagnostics };
}

/** Reads and parses the user glossary file; a missing file is an empty glossary, not an error. */
export async function readUserGlossaryFile(path: string): Promise<ParsedUserGlossary> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], diagnostics: [] };
    const message = `cannot read the glossary file: ${(error as Error).message}`;
    return {
      entries: [],
      diagnostics: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, field: '', message, severity: 'error' }],
    };
  }
  return parseUserGlossary(text, path);
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface MergedTerms {
  terms: GlossaryTerm[];
  /** Ids of the terms a user entry added or changed. */
  userIds: Set<string>;
  diagnostics: GlossaryDiagnostic[];
}

/**
 * Applies user entries to a base list of terms, in file order. An entry changes the term whose id
 * it gives, or else the term its `term` names (by any name, spelling-insensitively); otherwise it
 * adds a new term. New and changed terms come first, so a user term wins a tie with a built-in name.
 */
export function applyUserTerms(base: readonly GlossaryTerm[], entries: readonly UserTermEntry[]): MergedTerms {
  const byId = new Map(base.map((t) => [t.id, t]));
  const diagnostics: GlossaryDiagnostic[] = [];
  const userIds = new Set<string>();
  const entryOf = new Map<string, UserTermEntry>();
  const idForName = (name: string): string | undefined => {
    const key = termKey(name);
    for (const t of byId.values()) {
      if ([t.term, ...t.aliases, ...t.abbreviations].some((n) => termKey(n) === key)) return t.id;
    }
    return undefined;
  };

  for (const entry of entries) {
    const { disabled, ...fields } = entry.value;
    const targetId =
      fields.id !== undefined ? (byId.has(fields.id) ? fields.id : undefined) : idForName(fields.term as string);
    if (disabled) {
      if (targetId === undefined) diagnostics.push(entry.diagnose([], 'no such term to disable', 'warning'));
      else {
        byId.delete(targetId);
        userIds.delete(targetId);
      }
      continue;
    }
    if (targetId !== undefined) {
      const existing = byId.get(targetId) as GlossaryTerm;
      const changed: GlossaryTerm = { ...existing };
      for (const [key, value] of Object.entries(fields) as Array<[keyof UserTerm, unknown]>) {
        if (value !== undefined && key !== 'id' && key !== 'disabled') (changed as unknown as Record<string, unknown>)[key] = value;
      }
      byId.set(targetId, changed);
      userIds.add(targetId);
      entryOf.set(targetId, entry);
      continue;
    }
    if (fields.term === undefined) {
      diagnostics.push(entry.diagnose(['id'], `no term has id "${fields.id}"; to add a new term, give "term" and "definition"`, 'error'));
      continue;
    }
    if (fields.definition === undefined) {
      diagnostics.push(entry.diagnose(['definition'], `new term "${fields.term}" needs a "definition"`, 'error'));
      continue;
    }
    const id = fields.id ?? slugify(fields.term);
    if (id === '') {
      diagnostics.push(entry.diagnose(['term'], 'cannot make an id from this term name; give an "id"', 'error'));
      continue;
    }
    const clash = idForName(fields.term);
    if (clash !== undefined) {
      diagnostics.push(
        entry.diagnose(['term'], `"${fields.term}" is also a name of term "${clash}"; the new term "${id}" is matched first`, 'warning'),
      );
    }
    byId.set(id, {
      id,
      term: fields.term,
      aliases: fields.aliases ?? [],
      abbreviations: fields.abbreviations ?? [],
      definition: fields.definition,
      explanation: fields.explanation ?? '',
      example: fields.example ?? '',
      related: fields.related ?? [],
      sources: fields.sources ?? [],
    });
    userIds.add(id);
    entryOf.set(id, entry);
  }

  // Related links of user-touched terms must lead somewhere; unknown ids are dropped with a warning.
  for (const id of userIds) {
    const term = byId.get(id) as GlossaryTerm;
    const entry = entryOf.get(id) as UserTermEntry;
    const unknown = term.related.filter((r) => !byId.has(r));
    if (unknown.length === 0) continue;
    const at = entry.value.related === undefined ? [] : ['related'];
    diagnostics.push(entry.diagnose(at, `related term(s) not in the glossary: ${unknown.join(', ')}`, 'warning'));
    byId.set(id, { ...term, related: term.related.filter((r) => byId.has(r)) });
  }

  const all = [...byId.values()];
  const terms = [...all.filter((t) => userIds.has(t.id)), ...all.filter((t) => !userIds.has(t.id))];
  return { terms, userIds, diagnostics };
}
