// Seeded randomness for the runner: the same seed gives the same plan order and the same jitter,
// so runs and tests are reproducible. The generator itself is shared with the shift statistics.
import { seededRandom, type Random } from '../shift/random';

export type Rng = Random;
export const seededRng = seededRandom;

/** Fisher–Yates shuffle in place, driven by `rng`. */
export function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
