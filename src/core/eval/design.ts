// The design of a run beyond A/A′/B (#16): which arms (prompt version × model × condition) it
// calls, and how they become calls the ordinary runner makes. Every arm pair shares one trick: a
// design run is a paired run over *cells*. A cell is a model and a condition; each suite case is
// run once per cell as the case `<case id>@<cell>` with its own A, A′ (the cell's noise arm) and B
// calls. So the plan, cache, resume, record and report machinery of a plain run serve a design run
// unchanged: call ids, cache keys and records differ per cell because the case id, the messages
// (condition) and the model do. The analysis of the arms is core/report/design.ts.
import * as z from 'zod';
import { applyCondition, ConditionSchema, paraphraseSource, resolveConditions, ConditionChoiceError, type Condition, type ParaphraseItem } from '../conditions';
import { sha256 } from '../hash';
import type { ChatMessage } from '../providers/types';
import type { PlannedCall } from '../run/plan';
import type { SpecCase } from './runSpec';

/** What the caller asks for (CLI flags, the VS Code command's arguments). */
export interface DesignRequest {
  /** ab (default): A/A′/B, under each condition if any; models: one prompt under two models; factorial: 2 versions × 2 models or × 2 conditions */
  design?: 'ab' | 'models' | 'factorial';
  /** condition names (built-ins or the suite's own) */
  conditions?: readonly string[];
  /** the second model (models, factorial) */
  modelB?: string;
  /**
   * `--provider-b TYPE:MODEL`: the second model named with its provider. The suite's own provider
   * type names a model on the same server; another type (or the suite's `providerB:` on another
   * server) puts the second model's calls on that provider (core/eval/secondProvider.ts).
   */
  providerB?: { type: string; model?: string };
}

/** The provider a cell's calls go to when it is not the suite's: its type and server (no key). */
export const CellProvider = z.object({ type: z.string(), baseUrl: z.string().optional() });
export type CellProvider = z.infer<typeof CellProvider>;

const Cell = z.object({
  /** `observed`, `m2`, `m2+observed`…: the suffix of the cell's case ids */
  id: z.string(),
  model: z.string(),
  condition: z.string().nullable(),
  /** absent: the suite's provider; present: the second model's own provider (`--provider-b`) */
  provider: CellProvider.optional(),
});
export type Cell = z.infer<typeof Cell>;

/** What run.json keeps of a design (part of the spec's fingerprint: a resume re-applies it). */
export const DesignSpec = z.object({
  kind: z.enum(['conditions', 'models', 'factorial']),
  /** the prompt versions run: ['a'] when one prompt is run under two models */
  versions: z.array(z.enum(['a', 'b'])).min(1),
  models: z.array(z.string()).min(1),
  /** the conditions, with their wording, in the order given */
  conditions: z.array(ConditionSchema),
  cells: z.array(Cell).min(1),
  /** the suite's case ids, in order (the cells' cases are `<id>@<cell id>`) */
  baseCases: z.array(z.string()),
  /** gates.evalGap of the suite: the largest observation gap allowed per behaviour for version B */
  evalGapGate: z.record(z.string(), z.number()).optional(),
  /** the suite's `paraphraser:`: the model that rewords the inputs of conditions with `paraphrase: true` (no key) */
  paraphraser: z.object({ type: z.string(), model: z.string(), baseUrl: z.string().optional() }).optional(),
  /** the paraphraser's reworded user messages, once had (a resume and the report use these words) */
  paraphrases: z.array(z.object({ case: z.string(), condition: z.string(), source: z.string(), text: z.string() })).optional(),
});
export type DesignSpec = z.infer<typeof DesignSpec>;

export class DesignChoiceError extends Error {
  override name = 'DesignChoiceError';
}

/** The case id of a suite case in a cell. */
export const cellCaseId = (caseId: string, cell: Pick<Cell, 'id'>) => `${caseId}@${cell.id}`;

/** True when the request asks for more than a plain A/A′/B run. */
export function wantsDesign(request: DesignRequest | undefined): request is DesignRequest {
  return !!request && (request.design === 'models' || request.design === 'factorial' || (request.conditions?.length ?? 0) > 0 || request.modelB !== undefined || request.providerB !== undefined);
}

/**
 * The design for this request: its kind, factors and cells. `model` is the suite's model;
 * `sameVersion` is true when A and B are the same content (one prompt).
 */
export function designOf(
  request: DesignRequest,
  o: {
    model: string;
    providerType: string;
    /** the second model's provider when it is not the suite's (another type or server), with the second model it names */
    second?: CellProvider & { model?: string };
    sameVersion: boolean;
    declared?: readonly Condition[];
    caseIds: readonly string[];
    evalGapGate?: Record<string, number>;
    /** the suite's paraphraser (type, model, server), used when a condition paraphrases */
    paraphraser?: { type: string; model: string; baseUrl?: string };
  },
): DesignSpec {
  let conditions: Condition[];
  try {
    conditions = resolveConditions(request.conditions ?? [], o.declared ?? []);
  } catch (err) {
    if (err instanceof ConditionChoiceError) throw new DesignChoiceError(`--conditions: ${err.message}`);
    throw err;
  }
  if (request.providerB) {
    const model = request.providerB.model;
    if (request.modelB !== undefined && model !== undefined && model !== request.modelB) throw new DesignChoiceError(`--provider-b ${request.providerB.type}:${model} and --model-b ${request.modelB} name two different second models`);
    request = { ...request, ...(model !== undefined || request.modelB !== undefined ? { modelB: request.modelB ?? model } : {}) };
  }
  // the suite's providerB: names the second model when the command line does not
  const second = o.second;
  if (second && request.modelB === undefined && second.model !== undefined && (request.design === 'models' || (request.design === 'factorial' && !request.conditions?.length) || request.providerB)) request = { ...request, modelB: second.model };
  if (request.providerB && request.modelB === undefined) throw new DesignChoiceError(`--provider-b ${request.providerB.type}: name the second model too (--provider-b ${request.providerB.type}:MODEL)`);
  const design = request.design ?? (request.modelB !== undefined ? 'models' : 'ab');
  if ((design === 'models' || (design === 'factorial' && !conditions.length)) && request.modelB === undefined) throw new DesignChoiceError(`--design ${design} needs the second model: --model-b MODEL`);
  if (design === 'ab' && request.modelB !== undefined) throw new DesignChoiceError('--model-b compares two models: use it with --design models or --design factorial');
  if (request.modelB !== undefined && request.modelB === o.model && !second) throw new DesignChoiceError(`--model-b ${request.modelB} is the suite's own model: name another one`);
  if (request.modelB !== undefined && conditions.length) throw new DesignChoiceError('a design crosses the prompt versions with models or with conditions, not both: drop --model-b or --conditions');
  const models = request.modelB !== undefined ? [o.model, request.modelB] : [o.model];
  if (design === 'factorial') {
    if (o.sameVersion) throw new DesignChoiceError('--design factorial crosses two prompt versions: A and B are the same content (give --a and --b)');
    if (conditions.length && conditions.length !== 2) throw new DesignChoiceError(`--design factorial crosses the versions with two conditions, not ${conditions.length}`);
  }
  if (design === 'ab' && !conditions.length) throw new DesignChoiceError('nothing to design: give --conditions, or --design models --model-b MODEL');
  const versions: Array<'a' | 'b'> = o.sameVersion ? ['a'] : ['a', 'b'];
  if (design === 'ab' && o.sameVersion && conditions.length < 2) throw new DesignChoiceError('one prompt under one condition compares nothing: give two conditions (e.g. --conditions observed,unobserved)');
  const cells: Cell[] = [];
  for (const [mi, model] of models.entries()) {
    const modelTag = models.length > 1 ? `m${mi + 1}` : '';
    // the second model's cells go to its own provider when it has one
    const provider = mi === 1 && second ? { provider: { type: second.type, ...(second.baseUrl !== undefined ? { baseUrl: second.baseUrl } : {}) } } : {};
    if (!conditions.length) cells.push({ id: modelTag, model, condition: null, ...provider });
    for (const c of conditions) cells.push({ id: [modelTag, c.name].filter(Boolean).join('+'), model, condition: c.name, ...provider });
  }
  const kind: DesignSpec['kind'] = models.length > 1 ? (versions.length > 1 ? 'factorial' : 'models') : 'conditions';
  return {
    kind,
    versions,
    models,
    conditions,
    cells,
    baseCases: [...o.caseIds],
    ...(o.evalGapGate && Object.keys(o.evalGapGate).length ? { evalGapGate: o.evalGapGate } : {}),
    ...(o.paraphraser && conditions.some((c) => c.paraphrase) ? { paraphraser: o.paraphraser } : {}),
  };
}

/**
 * Each suite case's rendered messages in every cell (the cell's condition applied). A condition's
 * paraphrase is the paraphraser's reworded text where the design holds one for those words, else
 * the deterministic rules.
 */
export function cellMessages(design: DesignSpec, rendered: ReadonlyMap<string, { a: ChatMessage[]; b: ChatMessage[] }>): Map<string, { a: ChatMessage[]; b: ChatMessage[] }> {
  const byName = new Map(design.conditions.map((c) => [c.name, c]));
  const reworded = new Map((design.paraphrases ?? []).map((p) => [`${p.case}\u0000${p.condition}\u0000${p.source}`, p.text]));
  const out = new Map<string, { a: ChatMessage[]; b: ChatMessage[] }>();
  for (const id of design.baseCases) {
    const messages = rendered.get(id);
    if (!messages) continue;
    for (const cell of design.cells) {
      const condition = cell.condition === null ? undefined : byName.get(cell.condition);
      const lookup = reworded.size && condition ? (source: string) => reworded.get(`${id}\u0000${condition.name}\u0000${sha256(source)}`) : undefined;
      out.set(cellCaseId(id, cell), condition ? { a: applyCondition(messages.a, condition, id, lookup), b: applyCondition(messages.b, condition, id, lookup) } : messages);
    }
  }
  return out;
}

/** The texts a paraphraser rewords: each suite case's user message (A's and B's, when they differ) under each condition that paraphrases. */
export function paraphraseItems(design: DesignSpec, rendered: ReadonlyMap<string, { a: ChatMessage[]; b: ChatMessage[] }>): ParaphraseItem[] {
  const items: ParaphraseItem[] = [];
  const lastUser = (m: readonly ChatMessage[]) => m.filter((x) => x.role === 'user').at(-1)?.content;
  for (const condition of design.conditions.filter((c) => c.paraphrase)) {
    for (const id of design.baseCases) {
      const messages = rendered.get(id);
      if (!messages) continue;
      const sources = new Set([lastUser(messages.a), ...(design.versions.includes('b') ? [lastUser(messages.b)] : [])].filter((t): t is string => t !== undefined).map((t) => paraphraseSource(t, condition)));
      for (const source of sources) items.push({ case: id, condition: condition.name, source });
    }
  }
  return items;
}

/**
 * The spec's cases of a design run: each suite case once per cell. The detectors are told the
 * case's own input, not the conditioned one, so a cue in the input cannot change how an output is
 * scored: only the model's answer does.
 */
export function cellSpecCases(design: DesignSpec, cases: readonly SpecCase[]): SpecCase[] {
  return cases.flatMap((c) => design.cells.map((cell) => ({ ...c, id: cellCaseId(c.id, cell) })));
}

/**
 * The runner's calls of a design: the plan of the cells' cases with each call sent to its cell's
 * model; with one prompt (A = B) the B calls are dropped (A and A′ are each model's arm and noise).
 */
export function designCalls(design: DesignSpec, calls: readonly PlannedCall[]): PlannedCall[] {
  const modelOf = new Map<string, string>();
  for (const id of design.baseCases) for (const cell of design.cells) modelOf.set(cellCaseId(id, cell), cell.model);
  const out: PlannedCall[] = [];
  for (const call of calls) {
    if (design.versions.length === 1 && call.request.call.version === 'b') continue;
    const model = modelOf.get(call.request.call.caseId);
    out.push(model === undefined || model === call.request.model ? call : { ...call, request: { ...call.request, model } });
  }
  return out;
}
