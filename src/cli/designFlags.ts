// The design flags that `eval` and `plan` share (#16): --design, --conditions, --model-b and
// --provider-b, read into a design request (core/eval/design.ts), so a plan counts exactly the
// calls the same flags make `eval` send.
import type { DesignRequest } from '../core/eval/design';
import { parseProviderOverride } from '../core/suite/providerOverride';
import { CliInputError } from './common';

export const DESIGN_OPTIONS = {
  conditions: { type: 'string' },
  design: { type: 'string' },
  'model-b': { type: 'string' },
  'provider-b': { type: 'string' },
} as const;

const DESIGNS = ['ab', 'models', 'factorial'] as const;

/** --design, --conditions, --model-b and --provider-b as a design request (none: a plain A/A′/B run). */
export function designRequestOf(values: { design?: string | undefined; conditions?: string | undefined; 'model-b'?: string | undefined; 'provider-b'?: string | undefined }, usage: string): DesignRequest | undefined {
  const { design, conditions, 'model-b': modelB, 'provider-b': providerB } = values;
  if (design === undefined && conditions === undefined && modelB === undefined && providerB === undefined) return undefined;
  const second: { type: string; model?: string | undefined } | string | undefined = providerB === undefined ? undefined : providerB.includes(':') ? parseProviderOverride(providerB) : { type: providerB };
  if (typeof second === 'string') throw new CliInputError(`${second.replace(/^--provider /, '--provider-b ')}\n${usage}`);
  if (design !== undefined && !(DESIGNS as readonly string[]).includes(design)) throw new CliInputError(`--design: expected one of ${DESIGNS.join(', ')}, got '${design}'\n${usage}`);
  const names = conditions === undefined ? [] : conditions.split(',').map((c) => c.trim()).filter(Boolean);
  if (conditions !== undefined && !names.length) throw new CliInputError(`--conditions: give condition names, e.g. --conditions observed,unobserved\n${usage}`);
  if (modelB !== undefined && !modelB.trim()) throw new CliInputError(`--model-b: give a model name\n${usage}`);
  return {
    ...(design ? { design: design as DesignRequest['design'] & string } : {}),
    ...(names.length ? { conditions: names } : {}),
    ...(modelB ? { modelB: modelB.trim() } : {}),
    ...(second ? { providerB: { type: second.type, ...(second.model ? { model: second.model } : {}) } } : {}),
  };
}
