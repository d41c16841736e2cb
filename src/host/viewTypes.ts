// Webview panel types registered at activation (their serializers), kept apart from the modules
// that draw them so that activate() does not load those modules. package.json lists each as an
// `onWebviewPanel:` activation event.
export const MONITOR_VIEW_TYPE = 'promptshift.monitor';
export const TIMELINE_VIEW_TYPE = 'promptshift.timeline';
