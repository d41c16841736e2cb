// promptfoo configs (`promptfooconfig.yaml`) loaded as PromptShift suites, read as promptfoo reads
// them, so a team can point PromptShift at what it already has:
//   prompts      → promptfoo-prompts.ts: the first prompt is A, the second (if any) the default B
//                  (a `.txt` of prompts separated by `---` lines is such a pair). A promptfoo prompt
//                  is rendered with nunjucks and sent as the user message (or as the chat its
//                  JSON/YAML structure describes), never with a system message of PromptShift's.
//   providers    → promptfoo-providers.ts: the first provider. One PromptShift cannot call is a
//                  warning: `check` renders every case whatever the provider; `eval` needs one it
//                  can call, which `eval --provider TYPE:MODEL` (or the VS Code setting) supplies.
//   tests, defaultTest → promptfoo-tests.ts (vars expanded, file:// vars loaded, var-to-var).
//   evaluateOptions.repeat → samples; evaluateOptions.maxConcurrency → concurrency.
// What cannot run offline (scripts, hubs, JS/Python asserts, agents) is named at its line: an
// error when the cases would be wrong without it, a warning when it is skipped.
import { assignIds } from './cases';
import type { DocumentLocator, FieldPath, SuiteIssue } from './issues';
import { suggest } from './issues';
import { result, type ResolvedAccess, type SuiteLoadResult } from './loaded';
import { readPromptfooPrompts } from './promptfoo-prompts';
import { readPromptfooProvider } from './promptfoo-providers';
import { readDefaultTest, readTests, type TestContext } from './promptfoo-tests';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const SUPPORTED_TOP = ['description', 'prompts', 'providers', 'tests', 'defaultTest', 'evaluateOptions'];
const IGNORED_TOP = ['outputPath', 'sharing', 'env', 'tags', 'metadata', 'writeLatestResults', 'derivedMetrics', 'commandLineOptions', 'tracing', 'redteam'];
/** Fields that hold code PromptShift does not run: named, never silently skipped. */
const CODE_TOP: Record<string, string> = {
  nunjucksFilters: 'custom nunjucks filters are JavaScript, which PromptShift does not run; a prompt that uses one fails to render',
  extensions: 'extension hooks are code (beforeAll/beforeEach…), which PromptShift does not run: tests they would change are used as written',
};

export async function importPromptfoo(data: Json, locator: DocumentLocator, access: ResolvedAccess): Promise<SuiteLoadResult> {
  const issues: SuiteIssue[] = [];
  const ctx: TestContext = { file: locator.file, locator, access, issues };
  const warn = (path: FieldPath, message: string) => issues.push(locator.issue(path, message, 'warning', { key: true }));
  const error = (path: FieldPath, message: string) => issues.push(locator.issue(path, message, 'error'));

  for (const key of Object.keys(data)) {
    if (SUPPORTED_TOP.includes(key)) continue;
    if (key === 'scenarios') error([key], "promptfoo 'scenarios' (data sets crossed with tests) are not supported by PromptShift: write the combined tests out");
    else if (key === 'targets') {
      // promptfoo reads `targets` as another name for `providers`
      if (data.providers !== undefined) warn([key], "promptfoo 'targets' is another name for 'providers', which this config also sets: 'targets' is ignored");
    }
    else if (CODE_TOP[key]) warn([key], CODE_TOP[key]);
    else if (IGNORED_TOP.includes(key)) warn([key], `promptfoo '${key}' is not used by PromptShift and is ignored`);
    else {
      const hint = suggest(key, [...SUPPORTED_TOP, ...IGNORED_TOP]);
      warn([key], `unknown promptfoo field '${key}' is ignored${hint ? ` — did you mean '${hint}'?` : ''}`);
    }
  }

  const prompts = data.prompts === undefined ? [] : await readPromptfooPrompts(data.prompts, locator.file, locator, access, issues);
  if (data.prompts === undefined) error(['prompts'], "missing required field 'prompts': PromptShift needs the prompt to compare");
  if (prompts.length > 2) {
    issues.push(locator.issue(['prompts'], `${prompts.length} prompts: PromptShift compares two versions, so it uses the first as A and the second as B; the rest are ignored`, 'warning'));
  }
  const { provider, problem } = readPromptfooProvider(data.providers ?? data.targets, locator, issues, data.providers === undefined && data.targets !== undefined ? 'targets' : 'providers');
  if (problem) issues.push(problem);
  const { samples, concurrency } = readEvaluateOptions(data.evaluateOptions, locator, issues);
  const defaults = await readDefaultTest(data.defaultTest, ctx);
  if (data.tests === undefined && data.redteam !== undefined) {
    // promptfoo runs such a config once with no vars; its real tests are what `promptfoo redteam generate` writes
    issues.push(locator.issue(['redteam'], "a red-team config's tests are written by `promptfoo redteam generate` (a model writes them), which PromptShift does not run: generate them with promptfoo, then load the generated config", 'error', { key: true }));
  }
  const raw = await readTests(data.tests, defaults, ctx);
  const { cases, issues: idIssues } = assignIds(raw);
  issues.push(...idIssues);

  const [prompt, alternate] = prompts;
  if (!prompt) return { errors: issues };
  return result(
    {
      file: locator.file,
      format: 'promptfoo',
      ...(typeof data.description === 'string' && { description: data.description }),
      prompt,
      promptPath: prompt.path,
      ...(alternate && { alternatePrompt: alternate }),
      ...(provider && { provider }),
      ...(problem && { providerProblem: problem }),
      ...(samples !== undefined ? { samples } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      gates: {},
      cases,
    },
    issues,
  );
}

function readEvaluateOptions(value: unknown, locator: DocumentLocator, issues: SuiteIssue[]): { samples?: number; concurrency?: number } {
  if (!isObject(value)) return {};
  const out: { samples?: number; concurrency?: number } = {};
  for (const [key, v] of Object.entries(value)) {
    const at = ['evaluateOptions', key];
    const positive = typeof v === 'number' && Number.isInteger(v) && v >= 1;
    if (key === 'repeat' || key === 'maxConcurrency') {
      if (!positive) issues.push(locator.issue(at, 'must be a whole number ≥ 1'));
      else if (key === 'repeat') out.samples = v;
      else out.concurrency = v;
    } else issues.push(locator.issue(at, `evaluateOptions.${key} is not used by PromptShift and is ignored`, 'warning', { key: true }));
  }
  return out;
}
