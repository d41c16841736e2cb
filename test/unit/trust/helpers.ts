// Shared by the trust tests: temp workspaces, a CliIO with an environment, and a reader that sees
// everything PromptShift wrote (compressed prompt objects included) for secret scans.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/common';
import { ObjectStore } from '../../../src/core/history/objects';

(globalThis as { PROMPTSHIFT_VERSION?: string }).PROMPTSHIFT_VERSION = 'test';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/trust');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ps-trust-${prefix}-`));
}

export interface Captured extends CliIO {
  out: string[];
  err: string[];
  /** everything printed, stdout then stderr */
  printed(): string;
}

export function captureIO(cwd: string, env: NodeJS.ProcessEnv = {}, signal: AbortSignal = new AbortController().signal): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env, signal, stdout: (t) => out.push(t), stderr: (t) => err.push(t), out, err, printed: () => out.join('') + err.join('') };
}

/** Runs `promptshift <argv>` in-process. */
export async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; io: Captured }> {
  const io = captureIO(cwd, env);
  const code = await main(argv, io);
  return { code, io };
}

export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : e.isFile() ? [p] : [];
  });
}

/**
 * Each file under `dir` as text a secret could hide in: raw bytes as UTF-8 and Latin-1, plus the
 * decompressed content of prompt objects (.gz gunzipped, .dz inflated through the object store).
 */
export function readableContents(dir: string): { file: string; text: string }[] {
  const objectsDir = path.join(dir, '.promptshift', 'objects');
  const objects = new ObjectStore(objectsDir);
  return listFiles(dir).flatMap((file) => {
    const raw = fs.readFileSync(file);
    const out = [{ file, text: raw.toString('utf8') + '\n' + raw.toString('latin1') }];
    const m = /objects[\\/]([0-9a-f]{2})[\\/]([0-9a-f]{62})\.(gz|dz)$/.exec(file);
    if (m) {
      const decoded = m[3] === 'gz' ? gunzipSync(raw) : objects.get(`${m[1]}${m[2]}`);
      out.push({ file: `${file} (decompressed)`, text: decoded.toString('utf8') });
    }
    return out;
  });
}

export interface Workspace {
  root: string;
  suite: string;
  prompt: string;
}

/**
 * A workspace of its own (a `.promptshift/` marks the root, so nothing above it is used): the
 * fixture prompt at v1 in prompts/, the fixture cases, and a suite with the given provider block.
 */
export function makeWorkspace(prefix: string, providerYaml: string, extra = 'samples: 1\nbaseline: true\n'): Workspace {
  const root = tempDir(prefix);
  fs.mkdirSync(path.join(root, '.promptshift'));
  fs.mkdirSync(path.join(root, 'prompts'));
  const prompt = path.join(root, 'prompts', 'support.prompt.md');
  fs.copyFileSync(path.join(FIXTURES, 'support-v1.prompt.md'), prompt);
  fs.copyFileSync(path.join(FIXTURES, 'cases.jsonl'), path.join(root, 'cases.jsonl'));
  const suite = path.join(root, 'support.evals.yaml');
  fs.writeFileSync(suite, `prompt: prompts/support.prompt.md\nprovider:\n${providerYaml}\n${extra}gates:\n  escalation: decrease\ncases:\n  - file: cases.jsonl\n`);
  return { root, suite, prompt };
}

/** An openai provider block for the fake server. */
export function openaiProvider(url: string, extra = ''): string {
  return `  type: openai\n  model: fake-model-1\n  baseUrl: ${url}/v1\n  timeoutMs: 5000\n${extra}`;
}
