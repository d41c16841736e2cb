// The suite as the runner, `check` and the Problems panel see it, whatever file format it came from.
import { access as fsAccess } from 'node:fs/promises';
import type { Condition } from '../conditions/schema';
import { dirname } from 'node:path';
import { findWorkspaceRoot, OutsideWorkspaceError, readTextFile, resolveInside } from '../files';
import type { LoadedCase } from './cases';
import { hasErrors, type SuiteIssue } from './issues';
import type { Budget, Gates, SuiteJudge, SuiteProvider } from './schema';
import type { PriceOverrides } from '../providers/prices';
import type { CustomBehaviour } from '../behaviour/custom';

/** Where a prompt comes from: a file (versioned by history), or text inline in a promptfoo config. */
export interface PromptRef {
  /** absolute path: the prompt file, or for an inline prompt the config file holding it */
  path: string;
  /** inline prompt text (promptfoo `prompts: ["…"]`); absent for a prompt file */
  text?: string;
  label?: string;
  /**
   * Role of a prompt body without role markers: `system` for PromptShift suites (CONTRACTS §2),
   * `user` for promptfoo prompts (promptfoo sends the rendered prompt as the user message).
   * Pass it to parsePromptFile as `bodyRole` (parseSuitePrompt does).
   */
  bodyRole: 'system' | 'user';
  /**
   * `promptfoo`: the prompt file is read and rendered as promptfoo does (nunjucks, JSON/YAML chat);
   * `promptfoo-inline`: the same for a prompt written in the config (its text taken as it is).
   */
  dialect?: 'promptfoo' | 'promptfoo-inline';
}

export interface LoadedSuite {
  /** absolute path of the suite file */
  file: string;
  format: 'suite' | 'promptfoo';
  name?: string;
  description?: string;
  prompt: PromptRef;
  /** = prompt.path; the file whose versions A and B are compared */
  promptPath: string;
  /** promptfoo's second prompt, a natural default for version B */
  alternatePrompt?: PromptRef;
  /** absent when the suite names none (VS Code then uses the `promptshift.provider` setting);
   *  a replay `file` is absolute */
  provider?: SuiteProvider;
  /**
   * promptfoo: why the config's provider cannot be called (an agent, custom code, an API PromptShift
   * does not speak). `check` still renders every case; `eval` refuses unless a provider is given.
   */
  providerProblem?: SuiteIssue;
  /** `providerB:`, the second model's provider in a models or 2 × 2 design */
  providerB?: SuiteProvider;
  /** absent when the suite does not set them: resolveEvalSettings (core/eval/settings) supplies defaults */
  samples?: number;
  concurrency?: number;
  baseline?: boolean;
  gates: Gates;
  /** the optional model-graded second opinion */
  judge?: SuiteJudge;
  /** the suite's own model prices (USD per million tokens by model id prefix) */
  prices?: PriceOverrides;
  /** a cap on a run's planned cost or calls */
  budget?: Budget;
  /** stop when every gated behaviour is decided */
  stopEarly?: boolean | { minShift: number };
  /** run the calls as provider batches */
  batch?: boolean;
  /** the suite's own behaviours (`behaviours:`), scored beside the built-in seven */
  behaviours?: CustomBehaviour[];
  /** `paraphraser:`: the model that rewords inputs for conditions that paraphrase */
  paraphraser?: { provider: SuiteProvider };
  /** the suite's own conditions (`conditions:`), beside the built-ins */
  conditions?: Condition[];
  /** `gates.evalGap`: the largest observation gap allowed per behaviour (version B) */
  evalGapGate?: Record<string, number>;
  cases: LoadedCase[];
}

export interface SuiteLoadResult {
  /** present when there is no error (warnings allowed) */
  suite?: LoadedSuite;
  /** errors and warnings, in file order of discovery */
  errors: SuiteIssue[];
}

export interface LoadOptions {
  /** reads referenced files (case files); default: node:fs, UTF-8 */
  readFile?: (absolutePath: string) => Promise<string>;
  /** checks the prompt and replay files exist; default: node:fs access */
  fileExists?: (absolutePath: string) => Promise<boolean>;
  /**
   * The workspace every file the suite names must lie in (real paths, after links); default: the
   * nearest folder above the suite holding `.promptshift/` or `.git`, else the suite's folder.
   */
  workspaceRoot?: string;
}

export interface ResolvedAccess {
  readFile: (absolutePath: string) => Promise<string>;
  fileExists: (absolutePath: string) => Promise<boolean>;
  /**
   * Why a file the suite names may not be read (it is outside the workspace, or a link leading
   * there), said with `what` ("case file") and the rule; undefined when it may be read.
   */
  outside: (absolutePath: string, what: string) => string | undefined;
}

export function resolveAccess(options: LoadOptions, suiteFile: string): ResolvedAccess {
  const root = options.workspaceRoot ?? findWorkspaceRoot(dirname(suiteFile));
  const outside = (p: string, what: string): string | undefined => {
    try {
      resolveInside(root, p, what);
      return undefined;
    } catch (err) {
      if (err instanceof OutsideWorkspaceError) return err.message;
      throw err;
    }
  };
  return {
    outside,
    // Inside the workspace only; size, regular file and UTF-8 are checked before parsing.
    readFile:
      options.readFile ??
      ((p) => {
        resolveInside(root, p, 'file');
        return readTextFile(p);
      }),
    fileExists:
      options.fileExists ??
      (async (p) => {
        try {
          await fsAccess(p);
          return true;
        } catch {
          return false;
        }
      }),
  };
}

export function result(suite: LoadedSuite, issues: SuiteIssue[]): SuiteLoadResult {
  return hasErrors(issues) ? { errors: issues } : { suite, errors: issues };
}
