// The user's own labels of outputs (.promptshift/labels.jsonl) and what they say of each detector.
export * from './labels';
export { withUserLabels } from './cards';
