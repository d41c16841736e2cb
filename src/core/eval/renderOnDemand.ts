// A plain run's cases as its compact plan reads them: each case's messages rendered again when a
// call of it is built, and kept only while that case's calls are near, instead of every case's
// messages held for the whole run (~20-30 MB at 100,000 calls, the run's largest live part while
// its calls are made; issue 17). Rendering is deterministic: the calls, their order and their ids
// are those of a plan made from the messages rendered up front.
import type { ChatMessage } from '../providers/types';
import type { PlanCase } from '../run';

export interface CaseMessages {
  a: ChatMessage[];
  b: ChatMessage[];
}

/**
 * How many cases' messages are kept: a plan takes a case's calls together (its A, A′ and B in one
 * block), and the calls in flight at once (the concurrency) come from at most this many cases.
 */
const KEPT_CASES = 256;

/** The most recently rendered cases' messages, the oldest let go first. */
class RecentMessages<C> {
  private readonly kept = new Map<C, CaseMessages>();

  constructor(
    private readonly render: (c: C) => CaseMessages,
    private readonly limit: number,
  ) {}

  of(c: C): CaseMessages {
    let messages = this.kept.get(c);
    if (!messages) {
      messages = this.render(c);
      this.kept.set(c, messages);
      if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value as C);
    }
    return messages;
  }
}

class CaseRenderedOnDemand<C> implements PlanCase {
  constructor(
    readonly id: string,
    private readonly source: C,
    private readonly recent: RecentMessages<C>,
  ) {}

  get a(): ChatMessage[] {
    return this.recent.of(this.source).a;
  }

  get b(): ChatMessage[] {
    return this.recent.of(this.source).b;
  }
}

/** The plan's cases, in the order given, each rendered by `render` when a call of it is built. */
export function casesRenderedOnDemand<C extends { id: string }>(cases: readonly C[], render: (c: C) => CaseMessages, kept = KEPT_CASES): PlanCase[] {
  const recent = new RecentMessages(render, kept);
  return cases.map((c) => new CaseRenderedOnDemand(c.id, c, recent));
}
