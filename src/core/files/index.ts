// File primitives shared by history, runs, reports and the CLI: crash-safe writes, bounded reads
// of untrusted files, the state folder, and the workspace boundary (real paths, links included).
// Nothing else in the project opens files for writing by its own rules.
export { writeFileAtomic, writeFileAtomicInPieces, AtomicFileWriter, FILE_PIECE_BYTES, appendJsonLine, appendJsonLines, JsonlAppender, JsonlTail, TEMP_SUFFIX, NO_FOLLOW, linkRefused, type LogWarning } from './durable';
export { arrayKeyLine, emptiedLastArray, writeJsonInPieces } from './jsonPieces';
export { readTextFile, readTextFileSync, readRegularFileSync, readRegularFileAround, decodeText, TextFileError, MAX_INPUT_FILE_BYTES, type ReadOptions } from './textFile';
export { STATE_DIR, findWorkspaceRoot, ensureStateDir, stateDirOf, makeStateDir, checkStateFolder, userStateDir } from './stateDir';
export { OutsideWorkspaceError, resolveInside, isInside, realPathOf } from './inside';
