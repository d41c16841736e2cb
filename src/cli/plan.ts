// `promptshift plan <suite> [--a REF] [--b REF] [--samples N] [--provider TYPE:MODEL] [--no-baseline]
//  [--detect SHIFT] [--budget USD] [--budget-calls N] [--design …] [--conditions …] [--model-b M]
//  [--provider-b TYPE:MODEL] [--shard i/n] [--json]`: what a paired run would cost and
// what it could detect, without calling a model. Exit 0, or 2 on bad input; a plan above a budget
// still exits 0 here (it is `eval` that refuses to start).
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { EvalInputError } from '../core/eval/pairedEval';
import { planPairedEval, formatPlan } from '../core/plan';
import { parseProviderOverride } from '../core/suite/providerOverride';
import { commandHelp } from './help';
import { DESIGN_OPTIONS, designRequestOf } from './designFlags';
import { parseShard } from '../core/eval/shard';
import { CliInputError, EXIT, RUN_OPTIONS, positiveInt, budgetOptions, type CliCommand } from './common';

const USAGE = commandHelp('plan')!.split('\n')[0]!;

/** A shift as a rate (0.2) or in points (20). */
function shiftOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value.replace(/\s*(pts?|%)$/, ''));
  const shift = x > 1 ? x / 100 : x;
  if (!Number.isFinite(shift) || shift <= 0 || shift > 1) throw new CliInputError(`--detect: expected a shift such as 0.2 or 20 (points), got '${value}'`);
  return shift;
}

export const planCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...RUN_OPTIONS, ...DESIGN_OPTIONS, detect: { type: 'string' }, shard: { type: 'string' } },
    });
  } catch (err) {
    throw new CliInputError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliInputError(USAGE);
  const provider = values.provider === undefined ? undefined : parseProviderOverride(values.provider);
  if (typeof provider === 'string') throw new CliInputError(provider);
  const samples = positiveInt('samples', values.samples);
  const concurrency = positiveInt('concurrency', values.concurrency);
  const detect = shiftOption(values.detect);
  const budget = budgetOptions(values.budget, values['budget-calls']);
  const design = designRequestOf(values, USAGE);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string') throw new CliInputError(`${shard}\n${USAGE}`);
  const suitePath = path.resolve(io.cwd, positionals[0]!);
  try {
    const plan = await planPairedEval({
      suitePath,
      ...(values.a ? { a: values.a } : {}),
      ...(values.b ? { b: values.b } : {}),
      ...(samples !== undefined ? { samples } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(provider ? { provider } : {}),
      ...(values['no-baseline'] ? { baseline: false } : {}),
      ...(detect !== undefined ? { detect } : {}),
      ...(budget ? { budget } : {}),
      ...(design ? { design } : {}),
      ...(shard ? { shard } : {}),
    });
    io.stdout(values.json ? JSON.stringify(plan, null, 2) + '\n' : formatPlan(plan, path.relative(io.cwd, suitePath) || suitePath));
    return EXIT.ok;
  } catch (err) {
    if (err instanceof EvalInputError) throw new CliInputError(err.message);
    throw err;
  }
};
