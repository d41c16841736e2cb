// The version history's public surface, for the extension host and the CLI.
export { VersionStore, type SnapshotOptions, type SnapshotResult, type FileHistory, type TrackedFile } from './store';
export { VERSION_SOURCES, LABEL_PATTERN, type VersionSource, type VersionEntry, type RenameEntry } from './log-model';
export { HistoryError, sha256Hex } from './objects';
export type { LogWarning } from './fsutil';
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
export { findWorkspaceRoot, ensureStateDir, toRelPath, STATE_DIR } from './workspace';
export { promptContentProblem, MAX_PROMPT_BYTES } from './content-check';
export { relativeTime } from './time';
