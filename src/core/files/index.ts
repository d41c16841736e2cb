// File primitives shared by history, runs, reports and the CLI: crash-safe writes, bounded reads
// of untrusted files, and the state folder. Nothing else in the project opens files for writing
// by its own rules.
export { writeFileAtomic, appendJsonLine, JsonlTail, TEMP_SUFFIX, type LogWarning } from './durable';
export { readTextFile, readTextFileSync, readRegularFileSync, decodeText, TextFileError, MAX_INPUT_FILE_BYTES } from './textFile';
export { STATE_DIR, findWorkspaceRoot, ensureStateDir, stateDirOf } from './stateDir';
