// Serves recorded outputs instead of calling a model (CONTRACTS §2): one JSONL line per output,
// {"id", "promptSha256" (full or a ≥ 8-char prefix), "output"}. Lines with the same case and prompt
// are that case's samples in file order; a call's draw (A: sample, A′: samples + sample) picks one,
// wrapping round when there are too few.
import * as z from 'zod';
import { describeJsonError } from '../files/json';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from './types';

const lineSchema = z.object({
  id: z.string().min(1),
  promptSha256: z.string().regex(/^[0-9a-fA-F]{8,64}$/, 'expected a sha256 hex digest or a prefix of at least 8 characters'),
  output: z.string(),
});

interface Recording {
  promptPrefix: string;
  output: string;
}

/** A JSONL problem with its place: file:line and the field. */
export class ReplayFileError extends Error {
  override name = 'ReplayFileError';
  constructor(readonly file: string, readonly line: number, readonly field: string | undefined, detail: string) {
    super(`${file}:${line}${field ? ` (${field})` : ''}: ${detail}`);
  }
}

const VERSION_LABEL = { a: 'A', aPrime: 'A′', b: 'B' } as const;

/** Parses a replay file; every bad line is reported, none is silently dropped. */
export function parseReplayFile(text: string, file: string): { byCase: Map<string, Recording[]>; errors: ReplayFileError[] } {
  const byCase = new Map<string, Recording[]>();
  const errors: ReplayFileError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      errors.push(new ReplayFileError(file, line, undefined, `not valid JSON (${describeJsonError(error, raw)})`));
      return;
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(new ReplayFileError(file, line, issue?.path.join('.') || undefined, issue?.message ?? 'invalid line'));
      return;
    }
    const list = byCase.get(parsed.data.id) ?? [];
    list.push({ promptPrefix: parsed.data.promptSha256.toLowerCase(), output: parsed.data.output });
    byCase.set(parsed.data.id, list);
  });
  return { byCase, errors };
}

export class ReplayProvider implements ModelProvider {
  readonly type = 'replay';

  constructor(private readonly byCase: Map<string, Recording[]>, private readonly file: string) {}

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    signal.throwIfAborted();
    const { caseId, version, promptSha256, sample } = request.call;
    const sha = promptSha256.toLowerCase();
    const samples = (this.byCase.get(caseId) ?? []).filter((r) => sha.startsWith(r.promptPrefix));
    const draw = request.call.draw ?? sample;
    const recording = samples[draw % Math.max(1, samples.length)];
    if (!recording) {
      throw new ProviderError(
        `replay: no recorded output for case "${caseId}", version ${VERSION_LABEL[version]} (prompt ${sha.slice(0, 8)}) in ${this.file}`,
        false, undefined, undefined, 'not-recorded',
      );
    }
    return { text: recording.output, model: request.model || 'replay', finishReason: 'replay', latencyMs: 0 };
  }
}
