// Every command PromptShift contributes, in one list. No `vscode` import here, so the build check
// (scripts/check-commands.mjs) can compare it with package.json, and `Record<CommandId, …>` in
// commands.ts makes the compiler insist that each one has a handler.
export const COMMAND_IDS = [
  'promptshift.snapshot',
  'promptshift.showHistory',
  'promptshift.compareWithVersion',
  'promptshift.restoreVersion',
  'promptshift.runPairedEval',
  'promptshift.runEvalGamingProbe',
  'promptshift.openRun',
  'promptshift.explainShift',
  'promptshift.setApiKey',
  'promptshift.defineTerm',
  'promptshift.history.refresh',
  'promptshift.history.compareWithWorking',
  'promptshift.history.compareSelected',
  'promptshift.history.label',
  'promptshift.history.copySha',
  'promptshift.history.runEvalAgainstWorking',
  'promptshift.runs.refresh',
  'promptshift.exportRun',
  'promptshift.revealRunRecord',
  'promptshift.monitorLogs',
  'promptshift.showBehaviourTimeline',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
