// The suite as the runner, `check` and the Problems panel see it, whatever file format it came from.
import { access as fsAccess } from 'node:fs/promises';
import { readTextFile } from '../files';
import type { LoadedCase } from './cases';
import { hasErrors, type SuiteIssue } from './issues';
import type { Gates, SuiteJudge, SuiteProvider } from './schema';

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
  samples: number;
  concurrency: number;
  baseline: boolean;
  gates: Gates;
  /** the optional model-graded second opinion */
  judge?: SuiteJudge;
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
}

export interface ResolvedAccess {
  readFile: (absolutePath: string) => Promise<string>;
  fileExists: (absolutePath: string) => Promise<boolean>;
}

export function resolveAccess(options: LoadOptions): ResolvedAccess {
  return {
    // Size, regular file and UTF-8 are checked before parsing: a 100 MB or binary file is refused.
    readFile: options.readFile ?? ((p) => readTextFile(p)),
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
