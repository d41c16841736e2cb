// The export formats: their names and file extensions, with nothing else, so the results webview
// can name them without bundling the exporters.
export const EXPORT_FORMATS = ['md', 'html', 'junit', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file extension of each format (with its dot), for default output names. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { md: '.md', html: '.html', junit: '.xml', json: '.json' };
