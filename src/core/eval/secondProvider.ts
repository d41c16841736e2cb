// The second model's provider in a models or 2 × 2 design, when it is not the suite's own: another
// provider type (`--provider-b anthropic:claude-x` beside an OpenAI-compatible suite) or another
// server (the suite's `providerB:` with its own baseUrl). The design's cells record its type and
// server (never a key), so a resume sends the second model's calls to the same place; the key and
// headers are chosen for it by the key rules like any provider's (providers/keyPolicy.ts).
import type { SuiteProvider } from '../suite';
import { cellCaseId, type CellProvider, type DesignRequest, type DesignSpec } from './design';

/** Its type and server: the same as the suite provider's means a model on that provider, not a second provider. */
const sameServer = (x: Pick<SuiteProvider, 'type' | 'baseUrl'>, y: Pick<SuiteProvider, 'type' | 'baseUrl'>) => x.type === y.type && (x.baseUrl ?? '') === (y.baseUrl ?? '');

/**
 * The second model's provider settings the request and the suite's `providerB:` name, or undefined
 * when the second model (if any) runs on the suite's own provider. `--provider-b TYPE:…` wins over
 * the suite block; the block's settings (baseUrl, key variable, headers) serve when its type is TYPE,
 * the suite provider's when TYPE is its own (then it is one server, and no second provider).
 */
export function secondProviderOf(request: DesignRequest, main: SuiteProvider, block: SuiteProvider | undefined): SuiteProvider | undefined {
  const named = request.providerB;
  if (!named && !block) return undefined;
  // `--provider-b TYPE:MODEL` of the suite's own type, with no block of that type: a model on the suite's server
  const base: SuiteProvider = named ? (block?.type === named.type ? block : named.type === main.type ? main : ({ type: named.type } as SuiteProvider)) : block!;
  const model = request.modelB ?? named?.model ?? base.model;
  const settings: SuiteProvider = { ...base, ...(model !== undefined ? { model } : {}) };
  return sameServer(settings, main) ? undefined : settings;
}

/** The cell's own provider as the design records it. */
export function cellProviderOf(p: SuiteProvider): CellProvider {
  return { type: p.type, ...(p.baseUrl !== undefined ? { baseUrl: p.baseUrl } : {}) };
}

/**
 * The settings to build the second provider from, for a design whose cells name one (a new run or
 * a resume): its recorded type, server and model, with the key variable and headers of the suite's
 * `providerB:` when that block names the same provider and server. Undefined: no second provider.
 */
export function secondProviderSettings(design: DesignSpec, block: SuiteProvider | undefined): SuiteProvider | undefined {
  const cell = design.cells.find((c) => c.provider);
  if (!cell?.provider) return undefined;
  const recorded = { type: cell.provider.type, ...(cell.provider.baseUrl !== undefined ? { baseUrl: cell.provider.baseUrl } : {}) } as SuiteProvider;
  const base = block && sameServer(block, recorded) ? block : recorded;
  return { ...base, model: cell.model };
}

/** Each planned call's case id → true when it goes to the second provider (built once per run). */
export function secondProviderCases(design: DesignSpec): Set<string> {
  const out = new Set<string>();
  for (const cell of design.cells) if (cell.provider) for (const id of design.baseCases) out.add(cellCaseId(id, cell));
  return out;
}
