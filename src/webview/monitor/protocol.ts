// Messages between the extension host and the monitor timeline webview, each a zod schema that the
// receiver safeParses (DESIGN.md rule 5). The host sends nothing before the webview says `ready`.
import * as z from 'zod';
import { MonitorReport } from '../../core/monitor/schema';

export const MonitorToWebview = z.discriminatedUnion('type', [
  /** the report to draw; windows carry no samples (the host keeps them and opens them on request) */
  z.object({ type: z.literal('show'), report: MonitorReport }),
]);
export type MonitorToWebview = z.infer<typeof MonitorToWebview>;

export const MonitorToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** open a window's sampled outputs */
  z.object({ type: z.literal('openWindow'), group: z.string(), index: z.number().int().nonnegative() }),
]);
export type MonitorToHost = z.infer<typeof MonitorToHost>;

/** What the webview keeps with setState (and the serializer gets back after a window reload). */
export const MonitorViewState = z.object({ report: MonitorReport, behaviour: z.string().optional(), group: z.string().optional() });
export type MonitorViewState = z.infer<typeof MonitorViewState>;
