// A bounded, seeded, uniform sample of a stream (Vitter's algorithm R): after n items each one is
// kept with probability k/n, whatever n is, in O(k) memory. Seeded, so the same log gives the same
// evidence in the report every time.
import { seededRandom, type Random } from '../shift/random';

export class Reservoir<T> {
  private readonly items: T[] = [];
  private seen = 0;
  private readonly random: Random;

  constructor(readonly capacity: number, seed: number) {
    this.random = seededRandom(seed);
  }

  /** Offers the item built by `make` (called only when it is kept, so dropping costs nothing). */
  offer(make: () => T): void {
    this.seen++;
    if (this.items.length < this.capacity) {
      this.items.push(make());
      return;
    }
    const j = Math.floor(this.random() * this.seen);
    if (j < this.capacity) this.items[j] = make();
  }

  /** How many items were offered. */
  get offered(): number {
    return this.seen;
  }

  values(): readonly T[] {
    return this.items;
  }
}
