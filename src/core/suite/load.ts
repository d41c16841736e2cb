// Suite files (CONTRACTS §2: `*.evals.yaml`, `.yml`, `.json`) → LoadedSuite, with every problem
// positioned (file, line, column, field). A promptfoo config is recognised and imported.
import { basename, resolve } from 'node:path';
import { fromInlineCase, type RawCase } from './case-files';
import { assignIds, loadCaseFile, resolveFrom } from './cases';
import { readDocument } from './document';
import { hasErrors, sortIssues, type SuiteIssue } from './issues';
import { resolveAccess, result, type LoadOptions, type LoadedSuite, type SuiteLoadResult } from './loaded';
import { importPromptfoo } from './promptfoo';
import type { Condition } from '../conditions/schema';
import { CaseFileSchema, gateNameIssues, InlineCaseSchema, SuiteSchema, type Gates, type SuiteJudge, type SuiteProvider } from './schema';

export async function loadSuite(path: string, options: LoadOptions = {}): Promise<SuiteLoadResult> {
  const file = resolve(path);
  const access = resolveAccess(options, file);
  const outside = access.outside(file, 'suite');
  if (outside) return { errors: [{ file, line: 1, column: 1, field: '', message: outside, severity: 'error' }] };
  let text: string;
  try {
    text = await access.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'suite file not found' : `cannot read the suite: ${(err as Error).message}`;
    return { errors: [{ file, line: 1, column: 1, field: '', message, severity: 'error' }] };
  }
  return parseSuiteText(text, file, options);
}

/** Validates suite text that may not be saved (the editor buffer); only referenced files are read. */
export async function parseSuiteText(text: string, fileName: string, options: LoadOptions = {}): Promise<SuiteLoadResult> {
  const file = resolve(fileName);
  const loaded = await readSuite(text, file, options);
  return { ...loaded, errors: sortIssues(loaded.errors, file) };
}

async function readSuite(text: string, file: string, options: LoadOptions): Promise<SuiteLoadResult> {
  const access = resolveAccess(options, file);
  const { data, locator, issues } = readDocument(text, file);
  if (data === undefined) return { errors: issues };
  if (isPromptfooConfig(file, data as Record<string, unknown>)) {
    const imported = await importPromptfoo(data as Record<string, unknown>, locator, access);
    return { ...imported, errors: [...issues, ...imported.errors] };
  }

  const parsed = SuiteSchema.safeParse(data);
  if (!parsed.success) issues.push(...locator.fromZod(parsed.error, SuiteSchema));
  for (const [key, message] of gateNameIssues(data)) issues.push(locator.issue(['gates', key], message, 'error', { key: true }));
  const entries = Array.isArray((data as { cases?: unknown }).cases) ? ((data as { cases: unknown[] }).cases) : [];

  const raw: RawCase[] = [];
  for (const [i, entry] of entries.entries()) {
    const isFile = entry !== null && typeof entry === 'object' && 'file' in entry;
    if (isFile) {
      const checked = CaseFileSchema.safeParse(entry);
      if (!checked.success) {
        issues.push(...locator.fromZod(checked.error, CaseFileSchema, ['cases', i]));
        continue;
      }
      const where = locator.issue(['cases', i, 'file'], '');
      const loaded = await loadCaseFile(resolveFrom(file, checked.data.file), access, where);
      issues.push(...loaded.issues);
      raw.push(...loaded.cases);
      continue;
    }
    const checked = InlineCaseSchema.safeParse(entry);
    if (!checked.success) {
      issues.push(...locator.fromZod(checked.error, InlineCaseSchema, ['cases', i]));
      continue;
    }
    const c = checked.data;
    const at = locator.locate(c.id === undefined ? ['cases', i] : ['cases', i, 'id']);
    raw.push(fromInlineCase(c, { file, line: at.line, column: at.column, field: `cases[${i}]` }));
  }
  const { cases, issues: idIssues } = assignIds(raw);
  issues.push(...idIssues);
  if (!parsed.success) return { errors: issues };

  const s = parsed.data;
  const promptPath = resolveFrom(file, s.prompt);
  const promptOutside = access.outside(promptPath, 'prompt file');
  if (promptOutside) issues.push(locator.issue(['prompt'], promptOutside));
  else if (!(await access.fileExists(promptPath))) issues.push(locator.issue(['prompt'], `prompt file not found: ${promptPath}`));
  // zod types optional fields as `T | undefined` but never sets an absent key: the casts are exact.
  let provider = s.provider as SuiteProvider | undefined;
  if (provider?.file !== undefined) {
    const replayFile = resolveFrom(file, provider.file);
    const replayOutside = access.outside(replayFile, 'replay file');
    if (replayOutside) issues.push(locator.issue(['provider', 'file'], replayOutside));
    else if (!(await access.fileExists(replayFile))) issues.push(locator.issue(['provider', 'file'], `replay file not found: ${replayFile}`));
    provider = { ...provider, file: replayFile };
  }
  if (cases.length === 0 && !hasErrors(issues)) issues.push(locator.issue(['cases'], 'the suite has no cases (its case files are empty)'));

  const suite: LoadedSuite = {
    file,
    format: 'suite',
    ...(s.name !== undefined && { name: s.name }),
    ...(s.description !== undefined && { description: s.description }),
    prompt: { path: promptPath, bodyRole: 'system' },
    promptPath,
    ...(provider !== undefined && { provider }),
    ...(s.providerB !== undefined && { providerB: s.providerB as SuiteProvider }),
    ...(s.samples !== undefined ? { samples: s.samples } : {}),
    ...(s.concurrency !== undefined ? { concurrency: s.concurrency } : {}),
    ...(s.baseline !== undefined ? { baseline: s.baseline } : {}),
    gates: gatesOf(s.gates),
    ...(s.gates?.evalGap && Object.keys(s.gates.evalGap).length ? { evalGapGate: s.gates.evalGap } : {}),
    ...(s.conditions?.length ? { conditions: s.conditions as Condition[] } : {}),
    ...(s.judge !== undefined && { judge: s.judge as SuiteJudge }),
    ...(s.paraphraser !== undefined && { paraphraser: s.paraphraser as { provider: SuiteProvider } }),
    ...(s.prices !== undefined && { prices: s.prices }),
    ...(s.budget !== undefined && { budget: s.budget }),
    ...(s.stopEarly !== undefined && { stopEarly: s.stopEarly }),
    ...(s.batch !== undefined && { batch: s.batch }),
    ...(s.behaviours?.length ? { behaviours: s.behaviours } : {}),
    cases,
  };
  return result(suite, issues);
}

/** The behaviour rules of `gates:` (the design gates, evalGap, are kept apart). */
function gatesOf(gates: Record<string, unknown> | undefined): Gates {
  const { evalGap: _evalGap, ...rules } = gates ?? {};
  return rules as Gates;
}

/** By name (`promptfooconfig.yaml`), or by shape: promptfoo's plural keys and none of ours. */
export function isPromptfooConfig(file: string, data: Record<string, unknown>): boolean {
  if (/^promptfooconfig\.(ya?ml|json)$/i.test(basename(file))) return true;
  const ours = 'prompt' in data || 'cases' in data;
  return !ours && ('prompts' in data || 'tests' in data || 'providers' in data);
}

export type { SuiteIssue };
