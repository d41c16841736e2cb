// Serves recorded outputs instead of calling a model (CONTRACTS §2): one JSONL line per output,
// {"id", "promptSha256" (full or a ≥ 8-char prefix), "output", "finishReason"?}; a recorded finish
// reason is served as the provider gave it (a content filter's stop is a refusal: behaviour/providerStop.ts). Lines with the same case and prompt
// are that case's samples in file order; a call's draw (A: sample, A′: samples + sample) picks one,
// wrapping round when there are too few.
import * as z from 'zod';
import { keptFinishReason } from '../behaviour/providerStop';
import { parseJsonl, type Problem } from '../problems';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from './types';

const lineSchema = z.object({
  id: z.string().min(1),
  promptSha256: z.string().regex(/^[0-9a-fA-F]{8,64}$/, 'expected a sha256 hex digest or a prefix of at least 8 characters'),
  output: z.string(),
  finishReason: z.string().transform(keptFinishReason).optional(),
});

interface Recording {
  promptPrefix: string;
  output: string;
  finishReason?: string;
}

const VERSION_LABEL = { a: 'A', aPrime: 'A′', b: 'B' } as const;

/** Parses a replay file; every bad line is a problem naming file:line and the field, none is dropped. */
export function parseReplayFile(text: string, file: string): { byCase: Map<string, Recording[]>; problems: Problem[] } {
  const byCase = new Map<string, Recording[]>();
  const { lines, problems } = parseJsonl(lineSchema, text, file);
  for (const { value } of lines) {
    const list = byCase.get(value.id) ?? [];
    list.push({ promptPrefix: value.promptSha256.toLowerCase(), output: value.output, ...(value.finishReason !== undefined && { finishReason: value.finishReason }) });
    byCase.set(value.id, list);
  }
  return { byCase, problems };
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
    return { text: recording.output, model: request.model || 'replay', finishReason: recording.finishReason ?? 'replay', latencyMs: 0 };
  }
}
