// Messages between the extension host and a prompt file's behaviour timeline webview, each a zod
// schema that the receiver safeParses (DESIGN.md rule 5). The host sends nothing before `ready`.
import * as z from 'zod';
import { PromptTimeline } from '../../core/timeline/schema';

export const TimelineToWebview = z.discriminatedUnion('type', [z.object({ type: z.literal('show'), timeline: PromptTimeline })]);
export type TimelineToWebview = z.infer<typeof TimelineToWebview>;

export const TimelineToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** open the run a version's figures come from in the results panel */
  z.object({ type: z.literal('openRun'), runId: z.string() }),
]);
export type TimelineToHost = z.infer<typeof TimelineToHost>;

/** What the webview keeps with setState; the serializer rebuilds the timeline of `path` after a reload. */
export const TimelineViewState = z.object({ path: z.string(), behaviour: z.string().optional() });
export type TimelineViewState = z.infer<typeof TimelineViewState>;
