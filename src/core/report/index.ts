// The shift report: schema, builder and exports.
export * from './schema';
export type { CaseIn, GateRule, Gates, RawCase, RawReportInput, RawSample, ReportInput, RunMetadata, SampleIn } from './input';
export { buildReport, evaluateGates, gatesFailed, failedGates, ungatedReason, ReportBuilder, GateEvidence, caseSection } from './build';
export { briefOf, quotedCaseIds, type ReportBrief } from './brief';
export { toMarkdown, escapeMarkdown } from './markdown';
export { toHtml, escapeHtml } from './html';
export { toJunit, escapeXml } from './junit';
export { toTextSummary } from './text';
export { exportReport, toJson, EXPORT_FORMATS, EXPORT_EXTENSIONS, type ExportFormat } from './exports';
