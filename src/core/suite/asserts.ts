// Deterministic checks on one output (promptfoo's names, so configs carry over): each has a
// positive form and a `not-` form. Checked at load time (unknown type, wrong value, bad regex)
// so a mistake is a suite error with a position, not a failure half way through a run.
import type { FormatRequirement } from '../behaviour/types';
import type { AssertResult } from '../report/schema';
import { suggest } from './suggest';

const STRING_ASSERTS = ['equals', 'contains', 'icontains', 'regex', 'starts-with'] as const;
const LIST_ASSERTS = ['contains-any', 'contains-all', 'icontains-any', 'icontains-all'] as const;
const LENGTH_ASSERTS = ['max-length', 'min-length'] as const;
const BASE_ASSERTS = [...STRING_ASSERTS, ...LIST_ASSERTS, 'is-json', ...LENGTH_ASSERTS] as const;
type BaseAssertType = (typeof BASE_ASSERTS)[number];

export const ASSERT_TYPES: readonly string[] = [...BASE_ASSERTS, ...BASE_ASSERTS.map((t) => `not-${t}`)];

export interface Assert {
  type: string;
  value?: string | string[] | number;
}

export interface AssertProblem {
  field: 'type' | 'value';
  message: string;
}

type Checked = { assert: Assert; problems: [] } | { assert?: undefined; problems: AssertProblem[] };

/** Validates a raw `{type, value}` and normalises it (a comma-separated list becomes an array). */
export function checkAssert(raw: { type: string; value?: unknown }): Checked {
  const base = baseOf(raw.type);
  if (!base) {
    const hint = suggest(raw.type, ASSERT_TYPES);
    return fail('type', `unknown assert type '${raw.type}'${hint ? ` — did you mean '${hint}'?` : ''}`);
  }
  const value = raw.value;
  if ((STRING_ASSERTS as readonly string[]).includes(base)) {
    if (typeof value !== 'string' && typeof value !== 'number') return fail('value', `'${raw.type}' needs a string value`);
    if (base === 'regex') {
      const problem = regexProblem(String(value));
      if (problem) return fail('value', problem);
    }
    return ok({ type: raw.type, value: String(value) });
  }
  if ((LIST_ASSERTS as readonly string[]).includes(base)) {
    const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;
    if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return fail('value', `'${raw.type}' needs a non-empty list of strings (or a comma-separated string)`);
    }
    return ok({ type: raw.type, value: list.map(String) });
  }
  if ((LENGTH_ASSERTS as readonly string[]).includes(base)) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return fail('value', `'${raw.type}' needs a whole number of characters`);
    return ok({ type: raw.type, value });
  }
  if (value !== undefined) return fail('value', `'${raw.type}' takes no value (JSON schemas are not checked)`);
  return ok({ type: raw.type });
}

function ok(assert: Assert): Checked {
  return { assert, problems: [] };
}
function fail(field: AssertProblem['field'], message: string): Checked {
  return { problems: [{ field, message }] };
}

function baseOf(type: string): BaseAssertType | undefined {
  const base = type.startsWith('not-') ? type.slice(4) : type;
  return (BASE_ASSERTS as readonly string[]).includes(base) ? (base as BaseAssertType) : undefined;
}

/** `/pattern/flags` or a bare pattern (as promptfoo's `new RegExp(value)`). */
function compileRegex(source: string): RegExp {
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(source);
  return literal ? new RegExp(literal[1]!, literal[2]!.replace('g', '')) : new RegExp(source);
}

function regexProblem(source: string): string | undefined {
  try {
    compileRegex(source);
    return undefined;
  } catch (err) {
    return `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
}

/** Runs every assert on one output. Asserts must have passed checkAssert (load does that). */
export function runAsserts(output: string, asserts: readonly Assert[]): AssertResult[] {
  return asserts.map((a) => {
    const negated = a.type.startsWith('not-');
    const base = baseOf(a.type);
    if (!base) return { type: a.type, value: a.value, pass: false, reason: `unknown assert type '${a.type}'` };
    const { holds, what } = evaluate(base, output, a.value);
    const pass = holds !== negated;
    const result: AssertResult = { type: a.type, value: a.value, pass };
    if (!pass) result.reason = `expected the output ${negated ? 'not ' : ''}to ${what}`;
    return result;
  });
}

function evaluate(base: BaseAssertType, output: string, value: Assert['value']): { holds: boolean; what: string } {
  const list = Array.isArray(value) ? value : [String(value)];
  const lower = output.toLowerCase();
  const quoted = list.map((v) => JSON.stringify(v)).join(', ');
  switch (base) {
    case 'equals':
      return { holds: output === value, what: `equal ${JSON.stringify(value)}` };
    case 'contains':
      return { holds: output.includes(String(value)), what: `contain ${quoted}` };
    case 'icontains':
      return { holds: lower.includes(String(value).toLowerCase()), what: `contain ${quoted} (ignoring case)` };
    case 'starts-with':
      return { holds: output.startsWith(String(value)), what: `start with ${quoted}` };
    case 'regex':
      return { holds: compileRegex(String(value)).test(output), what: `match /${String(value)}/` };
    case 'contains-any':
      return { holds: list.some((v) => output.includes(v)), what: `contain any of ${quoted}` };
    case 'contains-all':
      return { holds: list.every((v) => output.includes(v)), what: `contain all of ${quoted}` };
    case 'icontains-any':
      return { holds: list.some((v) => lower.includes(v.toLowerCase())), what: `contain any of ${quoted} (ignoring case)` };
    case 'icontains-all':
      return { holds: list.every((v) => lower.includes(v.toLowerCase())), what: `contain all of ${quoted} (ignoring case)` };
    case 'is-json':
      return { holds: isJson(output), what: 'be valid JSON' };
    case 'max-length':
      return { holds: output.length <= Number(value), what: `be at most ${String(value)} characters (it is ${output.length})` };
    case 'min-length':
      return { holds: output.length >= Number(value), what: `be at least ${String(value)} characters (it is ${output.length})` };
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The output format a case's asserts demand, for the formatBreak detector's DetectionContext. */
export function formatRequirementOf(asserts: readonly Assert[]): FormatRequirement {
  const format: FormatRequirement = {};
  for (const a of asserts) {
    if (a.type === 'is-json') format.json = true;
    if (a.type === 'max-length' && typeof a.value === 'number') format.maxLength = Math.min(a.value, format.maxLength ?? Infinity);
  }
  return format;
}
