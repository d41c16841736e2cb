// Every message between the extension host and the results-panel webview, as zod schemas.
// Both sides safeParse what they receive and drop (and log) anything that does not match.
// The host sends nothing until the webview has said `ready`.
import { z } from 'zod';

export const ReadyMessage = z.object({ type: z.literal('ready'), version: z.literal(1) });

/** Requests carry ids so the webview can match the host's response. */
export const RequestMessage = z.object({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  method: z.enum(['ping']),
  params: z.unknown().optional(),
});

export const WebviewToHost = z.discriminatedUnion('type', [ReadyMessage, RequestMessage]);
export type WebviewToHost = z.infer<typeof WebviewToHost>;

export const InitMessage = z.object({
  type: z.literal('init'),
  runId: z.string().nullable(),
  /** the report JSON; validated by the webview against the report schema before rendering */
  report: z.unknown().nullable(),
});

export const ResponseMessage = z.object({
  type: z.literal('response'),
  id: z.number().int().nonnegative(),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z.string().optional(),
});

export const HostToWebview = z.discriminatedUnion('type', [InitMessage, ResponseMessage]);
export type HostToWebview = z.infer<typeof HostToWebview>;

/** What the webview keeps with setState so the panel comes back after a reload. */
export const PanelState = z.object({ runId: z.string().nullable() });
export type PanelState = z.infer<typeof PanelState>;
