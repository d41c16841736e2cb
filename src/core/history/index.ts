// The version history's public surface, for the extension host and the CLI.
//
// Typical use from the extension host (one VersionStore per workspace folder, kept open: it caches
// what it read and reads only what other processes appended since):
//   const store = new VersionStore(folder.uri.fsPath);
//   onDidSaveTextDocument  → if (!promptContentProblem(bytes)) store.snapshot(doc.uri.fsPath, doc.getText(), { source: 'save' })
//   snapshot command       → store.snapshot(file, text, { source: 'manual', label })   // → { sha256, created, version }
//   restore (after the WorkspaceEdit) → store.snapshot(file, text, { source: 'restore', message: `restored v${n}` })
//   onDidRenameFiles       → store.rename(oldUri.fsPath, newUri.fsPath)             // files and folders
//   history view           → store.log(file).versions (newest first; added/removed, labels, source, time)
//                            + await gitLog(file) for commits; relativeTime(v.time) for labels
//                            + store.lineStatsOf(file, v) where v.added is undefined (files > 64 KB)
//                            + log(file).warnings → diagnostics {file, line, message}
//   diff documents         → (await resolveRef({ store, file, workingContent }, 'snapshot:<sha>' | '@label' | 'git:HEAD')).content
//   default compare pair   → await resolveDefaultA({ store, file, workingContent }) ↔ DEFAULT_REF_B ('working')
//   eval runner            → store.snapshot(file, b, { source: 'eval' }); store.storeContent(a) for A from git
// Files touched on disk: `.promptshift/history/*.jsonl` (watch them to refresh the view live).
export { VersionStore, type SnapshotOptions, type SnapshotResult, type FileHistory, type TrackedFile } from './store';
export { VERSION_SOURCES, LABEL_PATTERN, type VersionSource, type VersionEntry, type RenameEntry } from './log-model';
export { HistoryError, sha256Hex } from './objects';
export type { LogWarning } from '../files';
export { lineStats, type LineStats } from './line-stats';
export { gitLog, gitShow, gitRepoRoot, GitError, type GitCommit, type GitVersion } from './git';
export {
  parseRef,
  formatRef,
  resolveRef,
  resolveDefaultA,
  RefError,
  DEFAULT_REF_B,
  SNAPSHOT_REF_DIGITS,
  type VersionRef,
  type ResolvedVersion,
  type RefContext,
} from './refs';
export { toRelPath } from './workspace';
export { promptContentProblem, MAX_PROMPT_BYTES } from './content-check';
export { relativeTime } from './time';
