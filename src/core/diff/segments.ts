// Cuts a text into pieces at every boundary of several tagged ranges (diff marks, evidence spans of
// several behaviours, which may overlap), so a renderer can give each piece all the tags that cover
// it. Offsets are into the original string.
export interface TaggedRange<T> {
  start: number;
  end: number;
  tag: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  /** the tags covering this piece, in the order their ranges were given */
  tags: T[];
}

export function segmentText<T>(length: number, ranges: readonly TaggedRange<T>[]): Segment<T>[] {
  const clamped = ranges
    .map((r, order) => ({ start: Math.max(0, Math.min(length, r.start)), end: Math.max(0, Math.min(length, r.end)), tag: r.tag, order }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, length]);
  for (const r of clamped) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...clamped].sort((x, y) => x.start - y.start);
  const active: typeof clamped = [];
  const out: Segment<T>[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    for (let j = active.length - 1; j >= 0; j--) if ((active[j] as (typeof clamped)[number]).end <= start) active.splice(j, 1);
    while (next < byStart.length && (byStart[next] as (typeof clamped)[number]).start <= start) active.push(byStart[next++] as (typeof clamped)[number]);
    const tags = [...active].sort((x, y) => x.order - y.order).map((r) => r.tag);
    out.push({ start, end, tags });
  }
  return out;
}
