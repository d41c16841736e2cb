// The nunjucks template engine, as promptfoo (prompts, vars) and Prompty (Jinja2's common subset)
// use it, made safe to run on templates from a pull request:
//  - nunjucks compiles a template to JavaScript and, as shipped, lets it reach any property of any
//    value: `{{ range.constructor("…")() }}` runs arbitrary code. Lookups here are limited to a
//    value's own properties (plus the methods of strings and arrays), names such as `constructor`
//    and `__proto__` are never resolved, and functions have no members. Nothing of the process
//    (environment variables, files, modules) is reachable from a template.
//  - no loader: `{% include %}`, `{% import %}` and `{% extends %}` are refused with a message.
//  - `range()` is capped, so a template cannot make a billion-element list.
// A variable a template outputs that the case does not set is an error naming it (never an empty
// string): a value only tested (`{% if x %}`, `x is defined`, `x | default(…)`) may be absent.
// Prompty is the exception, because Prompty itself renders such a variable empty
// (renderTemplateAsPrompty): there it renders empty and is reported, so `check` can warn.
import type * as Nunjucks from 'nunjucks';

/**
 * The engine, loaded by harden() on first use: only promptfoo prompts, Prompty files and the http
 * provider's body template need it, so the extension's bundle keeps it in a file of its own
 * (dist/nunjucks.js, scripts/build.mjs) that activation never loads.
 */
let nunjucks: typeof Nunjucks;

/** Names never resolved in a template: they lead from a value to the code that made it. */
const BLOCKED = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'caller', 'callee', 'arguments']);
const RANGE_LIMIT = 100_000;

type Runtime = {
  memberLookup: (obj: unknown, key: unknown) => unknown;
  contextOrFrameLookup: (context: { ctx: Record<string, unknown>; env: { globals: Record<string, unknown> } }, frame: { lookup(name: string): unknown }, name: string) => unknown;
};

/** A member a template may read: own data, or a method of a string or an array; never a function's. */
function safeMember(obj: unknown, key: unknown): unknown {
  if (obj === undefined || obj === null) return undefined;
  const name = String(key);
  if (BLOCKED.has(name) || typeof obj === 'function') return undefined;
  const own = Object.hasOwn(Object(obj) as object, name);
  const method = (typeof obj === 'string' || Array.isArray(obj)) && !own && typeof (obj as unknown as Record<string, unknown>)[name] === 'function';
  if (!own && !method) return undefined;
  const value = (obj as Record<string, unknown>)[name];
  if (typeof value === 'function') return (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(obj, args);
  return value;
}

let hardened = false;
/** Replaces nunjucks' lookups with the safe ones, once, before any template is compiled. */
function harden(): void {
  if (hardened) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (above)
  nunjucks = require('nunjucks') as typeof Nunjucks;
  const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;
  runtime.memberLookup = safeMember;
  runtime.contextOrFrameLookup = (context, frame, name) => {
    if (BLOCKED.has(name)) return undefined;
    const local = frame.lookup(name);
    if (local !== undefined) return local;
    if (Object.hasOwn(context.ctx, name)) return context.ctx[name];
    if (Object.hasOwn(context.env.globals, name)) return context.env.globals[name];
    return undefined;
  };
  hardened = true;
}

let environment: Nunjucks.Environment | undefined;
function env(): Nunjucks.Environment {
  harden();
  if (environment) return environment;
  // autoescape off as promptfoo and Prompty have it: a prompt is text, not HTML.
  const e = new nunjucks.Environment([], { autoescape: false, throwOnUndefined: true });
  e.addGlobal('range', (start: number, stop?: number, step = 1) => {
    const [from, to] = stop === undefined ? [0, start] : [start, stop];
    if (!step || Math.abs((to - from) / step) > RANGE_LIMIT) throw new Error(`range() of more than ${RANGE_LIMIT} numbers is refused`);
    const out: number[] = [];
    for (let i = from; step > 0 ? i < to : i > to; i += step) out.push(i);
    return out;
  });
  // promptfoo's own filter: `{{ (style | load).tone }}` reads a var holding JSON (plain data only)
  e.addFilter('load', (text: unknown) => JSON.parse(String(text)) as unknown);
  environment = e;
  return e;
}

/** A template problem at a 1-based line and column of the template text. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** the variable a render missed, when that is the problem */
    readonly variable?: string,
  ) {
    super(message);
  }
}

const POSITION = /\[Line (\d+), Column (\d+)\]/;

/** nunjucks' message without its "(unknown path) [Line …]" wrapping, and its position. */
function fromNunjucks(err: unknown, template: string): TemplateError {
  const raw = err instanceof Error ? err.message : String(err);
  const at = POSITION.exec(raw);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  let message = raw.replace(/^\(unknown path\)\s*(\[Line \d+, Column \d+\])?\s*/, '').replace(/^(Template render error: \(unknown path\)\s*)+/, '').replace(/^\s*(Error|TypeError): /, '').trim();
  if (/^Cannot read properties of/.test(message)) message = `template syntax error (an unfinished tag or expression?): ${message}`;
  if (/template not found/.test(message)) message = `{% include %}, {% import %} and {% extends %} are not supported (${message})`;
  if (/attempted to output null or undefined value/.test(message)) {
    const expression = expressionAt(template, line, column);
    return new TemplateError(`'${expression}' has no value`, line, column, expression);
  }
  return new TemplateError(message, line, column);
}

/** The text of the `{{ … }}` output at a position (nunjucks points at the expression). */
function expressionAt(template: string, line: number, column: number): string {
  const lineText = template.split('\n')[line - 1] ?? '';
  const open = lineText.lastIndexOf('{{', column + 1);
  const start = open >= 0 ? open + 2 : column;
  const close = lineText.indexOf('}}', start);
  return lineText.slice(start, close >= 0 ? close : undefined).replace(/^-/, '').replace(/-$/, '').trim() || '?';
}

type NjNode = { typename: string; fields: string[]; value?: unknown; lineno: number; colno: number } & Record<string, unknown>;

function parse(template: string): NjNode {
  harden();
  try {
    return (nunjucks as unknown as { parser: { parse(src: string, extensions?: unknown[], opts?: unknown): NjNode } }).parser.parse(template, [], {});
  } catch (err) {
    throw fromNunjucks(err, template);
  }
}

const GLOBALS = new Set(['range', 'cycler', 'joiner', 'loop', 'caller', 'super', 'true', 'false', 'none', 'True', 'False', 'None']);
const TESTING_FILTERS = new Set(['default', 'd']);

export interface TemplateVariable {
  /** the top-level name (`user` of `user.name`) */
  name: string;
  /** the expression as written where first used (`user.name`) */
  path: string;
  line: number;
  column: number;
  /** false when every use only tests it (`if`, `is defined`, `| default`): it may be absent */
  required: boolean;
}

/**
 * The variables a template reads from its context (not those it sets or loops over), in order of
 * first use. Throws TemplateError for a syntax error.
 */
export function templateVariables(template: string): TemplateVariable[] {
  const root = parse(template);
  const bound = new Set<string>();
  const found = new Map<string, TemplateVariable>();
  const bind = (n: unknown) => {
    const node = n as NjNode | undefined;
    if (!node) return;
    if (node.typename === 'Symbol') bound.add(String(node.value));
    for (const child of childrenOf(node)) bind(child);
  };
  // names an enclosing `{% if %}` tested: inside its body they are known to be set
  const tested: string[] = [];
  const testedIn = (cond: unknown): string[] => {
    const names: string[] = [];
    const walk = (n: unknown) => {
      const node = n as NjNode | undefined;
      if (!node || typeof node !== 'object' || !('typename' in node)) return;
      const path = pathOf(node);
      if (path) names.push(path.root);
      else childrenOf(node).forEach(walk);
    };
    walk(cond);
    return names;
  };
  const visit = (n: unknown, guarded: boolean) => {
    const node = n as NjNode | undefined;
    if (!node || typeof node !== 'object' || !('typename' in node)) return;
    switch (node.typename) {
      case 'For':
      case 'AsyncEach':
      case 'AsyncAll':
        bind(node.name);
        visit(node.arr, guarded);
        visit(node.body, guarded);
        visit(node.else_, guarded);
        return;
      case 'Set':
        (node.targets as unknown[]).forEach(bind);
        visit(node.value, guarded);
        visit(node.body, guarded);
        return;
      case 'Macro':
      case 'Caller':
        bind(node.name);
        bind(node.args);
        visit(node.body, guarded);
        return;
      case 'If':
      case 'IfAsync':
      case 'InlineIf': {
        visit(node.cond, true);
        const names = testedIn(node.cond);
        tested.push(...names);
        visit(node.body, guarded);
        tested.length -= names.length;
        visit(node.else_, guarded);
        return;
      }
      case 'Is':
        visit(node.left, true);
        return;
      case 'Filter': {
        const name = String((node.name as NjNode | undefined)?.value ?? '');
        const [target, ...rest] = childrenOf(node.args as NjNode);
        visit(target, guarded || TESTING_FILTERS.has(name));
        rest.forEach((r) => visit(r, guarded));
        return;
      }
      case 'FunCall':
        // the called name is a global or macro; its arguments are read
        if ((node.name as NjNode).typename !== 'Symbol') visit(node.name, guarded);
        visit(node.args, guarded);
        return;
      case 'LookupVal':
      case 'Symbol': {
        const path = pathOf(node);
        if (path) {
          note(path.root, path.text, node, guarded);
          if (node.typename === 'LookupVal') visitKeys(node, guarded);
          return;
        }
        break;
      }
    }
    for (const child of childrenOf(node)) visit(child, guarded);
  };
  const visitKeys = (node: NjNode, guarded: boolean) => {
    // `a[b]`: b is read too
    for (let n: NjNode | undefined = node; n?.typename === 'LookupVal'; n = n.target as NjNode) {
      const key = n.val as NjNode;
      if (key.typename !== 'Literal') visit(key, guarded);
    }
  };
  const note = (name: string, path: string, node: NjNode, guarded: boolean) => {
    if (bound.has(name) || GLOBALS.has(name)) return;
    guarded ||= tested.includes(name);
    const seen = found.get(name);
    if (seen) {
      if (!guarded) seen.required = true;
      return;
    }
    found.set(name, { name, path, line: node.lineno + 1, column: node.colno + 1, required: !guarded });
  };
  visit(root, false);
  return [...found.values()];
}

function childrenOf(node: NjNode | undefined): unknown[] {
  if (!node) return [];
  const out: unknown[] = [];
  for (const field of node.fields) {
    const child = node[field];
    if (Array.isArray(child)) out.push(...child);
    else if (child && typeof child === 'object') out.push(child);
  }
  return out;
}

/** `user`, `user.name`, `user["name"]` → root and text; undefined for anything else. */
function pathOf(node: NjNode): { root: string; text: string } | undefined {
  if (node.typename === 'Symbol') return { root: String(node.value), text: String(node.value) };
  if (node.typename !== 'LookupVal') return undefined;
  const inner = pathOf(node.target as NjNode);
  if (!inner) return undefined;
  const key = node.val as NjNode;
  const text = key.typename === 'Literal' ? (typeof key.value === 'number' ? `${inner.text}[${key.value}]` : `${inner.text}.${String(key.value)}`) : `${inner.text}[…]`;
  return { root: inner.root, text };
}

/**
 * Checks a template's syntax; throws TemplateError at the problem. It is also compiled: nunjucks'
 * parser accepts a few malformed expressions that its compiler then turns into invalid JavaScript,
 * and that should be refused here, at the file, not when a case is rendered.
 */
export function checkTemplate(template: string): void {
  parse(template);
  try {
    new nunjucks.Template(template, env(), undefined, true);
  } catch (err) {
    const e = fromNunjucks(err, template);
    throw err instanceof SyntaxError ? new TemplateError(`template syntax error: nunjucks cannot compile it (${e.message})`, e.line, e.column) : e;
  }
}

/**
 * Renders a template with vars. A required variable that vars do not set, a value that is
 * undefined where it is output, and every nunjucks error throw TemplateError with a position.
 */
export function renderTemplate(template: string, vars: Record<string, unknown>): string {
  for (const v of templateVariables(template)) {
    if (v.required && (!Object.hasOwn(vars, v.name) || vars[v.name] === undefined || vars[v.name] === null)) {
      throw new TemplateError(`variable '${v.name}' is not set`, v.line, v.column, v.name);
    }
  }
  try {
    return env().renderString(template, vars);
  } catch (err) {
    throw fromNunjucks(err, template);
  }
}

/** True when text holds nunjucks/Jinja markup at all (a plain text prompt skips the engine). */
export function hasTemplateMarkup(text: string): boolean {
  return /\{\{|\{%|\{#/.test(text);
}

/**
 * Renders as Prompty's Jinja renderer does: a variable with no value (unset or null) renders as
 * empty text rather than failing. Each such variable is reported to `onUnset`, so the user hears
 * of it (a blank customer name changes the behaviour being measured) while what is sent stays
 * what Prompty would send.
 */
export function renderTemplateAsPrompty(template: string, vars: Record<string, unknown>, onUnset?: (variable: TemplateVariable) => void): string {
  for (const v of templateVariables(template)) {
    if (v.required && (vars[v.name] === undefined || vars[v.name] === null || !Object.hasOwn(vars, v.name))) onUnset?.(v);
  }
  return renderTemplateLeniently(template, vars);
}

let lenient: Nunjucks.Environment | undefined;
/**
 * promptfoo renders a rendered prompt a second time with undefined values as empty text; this is
 * that second pass (same safety limits), so what is sent matches what promptfoo would send.
 */
export function renderTemplateLeniently(template: string, vars: Record<string, unknown>): string {
  env();
  lenient ??= (() => {
    const e = new nunjucks.Environment([], { autoescape: false, throwOnUndefined: false });
    e.addGlobal('range', env().getGlobal('range'));
    e.addFilter('load', env().getFilter('load'));
    return e;
  })();
  try {
    return lenient.renderString(template, vars);
  } catch (err) {
    throw fromNunjucks(err, template);
  }
}
