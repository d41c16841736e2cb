// Which conditions a run means: names from the CLI or the VS Code command, looked up among the
// suite's own (which win over a built-in of the same name) and the built-ins.
import { BUILTIN_CONDITIONS } from './builtins';
import type { Condition } from './schema';

export class ConditionChoiceError extends Error {
  override name = 'ConditionChoiceError';
}

export function resolveConditions(names: readonly string[], declared: readonly Condition[] = []): Condition[] {
  const known = new Map<string, Condition>([...BUILTIN_CONDITIONS, ...declared].map((c) => [c.name, c]));
  const seen = new Set<string>();
  const out: Condition[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    if (seen.has(name)) throw new ConditionChoiceError(`condition '${name}' is named twice`);
    seen.add(name);
    const c = known.get(name);
    if (!c) throw new ConditionChoiceError(`unknown condition '${name}' (known: ${[...known.keys()].join(', ')}; declare your own under conditions: in the suite)`);
    out.push(c);
  }
  return out;
}
