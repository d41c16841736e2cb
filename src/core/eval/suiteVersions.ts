// Which prompt texts a paired eval compares as A and B, and which prompt each is read as.
// - A suite's prompt file: versions of that one file (CONTRACTS §1 refs; defaults: A = the newest
//   snapshot that differs from the working copy, else git:HEAD; B = the working copy).
// - A promptfoo config with two prompts (two files, a file of `---`-separated prompts, or two
//   written inline): the first prompt is A and the second is B, each as it is now, and A′ repeats
//   the first (CONTRACTS §2, docs/TEMPLATES.md). `--a`/`--b` still pick versions of the first
//   prompt's file when it is a file, as for any suite.
import * as path from 'node:path';
import { VersionStore, resolveRef, resolveDefaultA, sha256Hex, type ResolvedVersion } from '../history';
import type { LoadedSuite, PromptRef } from '../suite/loaded';

export interface SuiteVersions {
  a: ResolvedVersion;
  b: ResolvedVersion;
  /** the prompt B is read as: the suite's prompt, or promptfoo's second prompt */
  bPrompt: PromptRef;
}

export interface VersionChoice {
  a?: string;
  b?: string;
  /** the editor buffer of the suite's (first) prompt file */
  workingContent?: string;
  /**
   * Resuming a run whose B came from promptfoo's second prompt file: that file, relative to the
   * workspace root (the run's recorded `b.path`), so B is read as that prompt again.
   */
  bPath?: string;
}

export class VersionChoiceError extends Error {
  override name = 'VersionChoiceError';
}

export async function resolveSuiteVersions(suite: LoadedSuite, store: VersionStore, choice: VersionChoice): Promise<SuiteVersions> {
  const second = suite.alternatePrompt;
  const ctxOf = (file: string) => ({ store, file, ...(choice.workingContent !== undefined && file === suite.promptPath ? { workingContent: choice.workingContent } : {}) });
  const refsGiven = choice.a !== undefined || choice.b !== undefined;
  if (suite.prompt.text !== undefined || (second && !refsGiven)) {
    const a = await currentText(suite.prompt, 'prompts[0]', ctxOf);
    const pair = second ? { a, b: await currentText(second, 'prompts[1]', ctxOf), bPrompt: second } : { a, b: a, bPrompt: suite.prompt };
    // A resumed run names the exact texts it began with: those are still these prompts.
    if (refsGiven && !(choice.a === `snapshot:${pair.a.sha256}` && choice.b === `snapshot:${pair.b.sha256}`)) {
      throw new VersionChoiceError(`${suite.file}: prompts: --a/--b need a prompt file; this config's first prompt is written inline (or is one of several prompts in one file)`);
    }
    return pair;
  }
  const bPrompt = second && choice.bPath !== undefined && relative(store, second.path) === choice.bPath ? second : suite.prompt;
  try {
    // B first: an unreadable working copy is then named as such, not hidden behind "no default A".
    const b = await resolveRef(ctxOf(bPrompt.path), choice.b ?? 'working');
    const a = choice.a ? await resolveRef(ctxOf(suite.promptPath), choice.a) : await resolveDefaultA(ctxOf(suite.promptPath));
    return { a, b, bPrompt };
  } catch (err) {
    throw new VersionChoiceError(`${suite.promptPath}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** One of promptfoo's prompts as it is now: its inline text, or its file's working copy. */
async function currentText(prompt: PromptRef, fallbackLabel: string, ctxOf: (file: string) => Parameters<typeof resolveRef>[0]): Promise<ResolvedVersion> {
  const label = prompt.label ?? fallbackLabel;
  if (prompt.text !== undefined) return inlineVersion(label, prompt.text);
  try {
    return { ...(await resolveRef(ctxOf(prompt.path), 'working')), label: `${label}: ${path.basename(prompt.path)}` };
  } catch (err) {
    throw new VersionChoiceError(`${prompt.path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A prompt written inside the suite: versioned by its content only, never snapshotted. */
export function inlineVersion(ref: string, content: string): ResolvedVersion {
  return { ref, kind: 'snapshot', content, sha256: sha256Hex(Buffer.from(content, 'utf8')) };
}

const relative = (store: VersionStore, file: string) => path.relative(store.root, file).split(path.sep).join('/');
