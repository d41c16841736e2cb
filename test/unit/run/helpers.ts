// Shared by the runner tests: a temp run folder and a fake-server provider.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createProvider } from '../../../src/core/providers/factory';
import type { ModelProvider } from '../../../src/core/providers/types';

export const FAKE_KEY = 'sk-run-FAKEKEY-91b2c3d4e5';

export function tempDir(prefix = 'ps-run-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openaiAt(url: string, timeoutMs = 2000): Promise<ModelProvider> {
  return createProvider({ type: 'openai', baseUrl: `${url}/v1`, timeoutMs }, { apiKey: FAKE_KEY });
}

/** Every file under `dir`, concatenated: to check that a secret appears nowhere. */
export function allText(dir: string): string {
  return readdirSync(dir).map((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allText(p) : readFileSync(p, 'utf8');
  }).join('\n');
}

export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 50 };
