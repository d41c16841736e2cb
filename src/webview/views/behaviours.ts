// Display names of the behaviours. Colours are in media/results.css (class `bh-<name>`), each taken
// from the theme's chart palette so they follow light, dark and high-contrast themes.
import type { Behaviour } from '../../core/behaviour/types';

export const BEHAVIOUR_LABELS: Record<Behaviour, string> = {
  refusal: 'Refusal',
  escalation: 'Escalation',
  hedging: 'Hedging',
  overconfidence: 'Overconfidence',
  sycophancy: 'Sycophancy',
  evalAwareness: 'Eval awareness',
  formatBreak: 'Format break',
};

/** A built-in behaviour's display name, or a suite's own behaviour by its name. */
export function behaviourLabel(b: string): string {
  return (BEHAVIOUR_LABELS as Record<string, string>)[b] ?? b;
}

/** The colour class: each built-in behaviour has its own, a suite's own behaviours share one. */
export function behaviourClass(b: string): string {
  return b in BEHAVIOUR_LABELS ? `bh-${b}` : 'bh-custom';
}
