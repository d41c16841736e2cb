// The split of every labelled set into the part the detectors may be tuned on and the part they
// are only measured on. Fixed before any label was read (BENCHMARKS.md, "Behaviour detectors").
//
// Rule: sha256(`${SPLIT_SEED}|${group}`); an odd first byte puts the group in the held-out part.
// The group is what must not straddle the split, so that tuning on one output never teaches the
// answer to a near-copy in the held-out part:
// - XSTest: the prompt id (`v2-17`), shared by the three completion files, so a prompt is held
//   out for every model at once;
// - MSTS: the case (`case_0195`), shared by the text-only and multimodal versions and all models;
// - RBR: the whole conversation sent to the model (two ids share one).
import { createHash } from 'node:crypto';

export const SPLIT_SEED = 'promptshift-detectors-2026-split-v1';

export type SplitPart = 'tune' | 'heldout';

export function splitPart(group: string): SplitPart {
  const firstByte = createHash('sha256').update(`${SPLIT_SEED}|${group}`).digest()[0] ?? 0;
  return firstByte % 2 === 1 ? 'heldout' : 'tune';
}

/** The group key of an XSTest row: its prompt id. */
export function xstestGroup(promptId: string): string {
  return `xstest:${promptId}`;
}

/** The group key of an MSTS row: its case number, taken from the id (`file|model|case_0195|…`). */
export function mstsGroup(id: string): string {
  const caseId = id.split('|').find((part) => /^case_\d+$/.test(part));
  if (!caseId) throw new Error(`MSTS id without a case number: ${id}`);
  return `msts:${caseId}`;
}

/** The group key of an RBR row: the conversation the output answers. */
export function rbrGroup(prompt: unknown): string {
  return `rbr:${createHash('sha256').update(JSON.stringify(prompt)).digest('hex')}`;
}
