// Where a provider setting is written in its suite file, for problems found after loading (the key
// rules of providers/keyPolicy.ts depend on the environment, not on the file alone): the line,
// column and the field as that file's format names it (`judge.provider.apiKeyEnv`,
// `providers[0].config.apiKeyEnvar`).
import { readTextFile } from '../files';
import { readDocument } from './document';
import { fieldOf, type FieldPath } from './issues';
import type { LoadedSuite } from './loaded';

export type ProviderRole = 'provider' | 'judge' | 'providerB' | 'paraphraser';

export interface FieldPosition {
  line: number;
  column: number;
  /** the field's path in the file, e.g. `provider.headers.Authorization` */
  field: string;
}

/** promptfoo's names for our provider settings, in the order they are looked for. */
const PROMPTFOO_NAMES: Record<string, readonly string[]> = { baseUrl: ['apiBaseUrl', 'baseUrl', 'apiHost'], apiKeyEnv: ['apiKeyEnvar'] };

/** `field` is relative to the provider block: `baseUrl`, `apiKeyEnv`, `headers.<name>`. */
export async function locateProviderField(suite: LoadedSuite, role: ProviderRole, field: string): Promise<FieldPosition> {
  const [head, ...rest] = field.split('.');
  const tail = rest.length ? [rest.join('.')] : [];
  let candidates: FieldPath[];
  let data: unknown;
  let locate: (path: FieldPath) => { line: number; column: number; exact: boolean };
  try {
    const doc = readDocument(await readTextFile(suite.file), suite.file);
    data = doc.data;
    locate = (path) => doc.locator.locate(path);
  } catch {
    return { line: 1, column: 1, field: `${role === 'judge' || role === 'paraphraser' ? `${role}.provider` : role}.${field}` };
  }
  if (suite.format === 'promptfoo') {
    const providers = (data as { providers?: unknown } | undefined)?.providers;
    let base: FieldPath = Array.isArray(providers) ? ['providers', 0] : ['providers'];
    const entry = Array.isArray(providers) ? providers[0] : providers;
    // `{ "openai:chat:gpt-4o": { config: … } }`: the id is the only key
    if (entry && typeof entry === 'object' && !('id' in entry) && Object.keys(entry).length === 1) base = [...base, Object.keys(entry)[0]!];
    candidates = (PROMPTFOO_NAMES[head!] ?? [head!]).map((name) => [...base, 'config', name, ...tail]);
  } else {
    candidates = [[...(role === 'judge' || role === 'paraphraser' ? [role, 'provider'] : [role]), head!, ...tail]];
  }
  const found = candidates.find((c) => locate(c).exact) ?? candidates[0]!;
  const at = locate(found);
  return { line: at.line, column: at.column, field: fieldOf(found) };
}
