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

export function behaviourClass(b: Behaviour): string {
  return `bh-${b}`;
}
