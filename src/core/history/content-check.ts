// Which file contents the history takes: text prompts, not binaries or huge files.
export const MAX_PROMPT_BYTES = 10 * 1024 * 1024;

/** Why `bytes` cannot be a prompt version, or undefined if it can. */
export function promptContentProblem(bytes: Uint8Array): string | undefined {
  if (bytes.byteLength > MAX_PROMPT_BYTES) {
    return `is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; prompt files are limited to ${MAX_PROMPT_BYTES / 1024 / 1024} MB`;
  }
  // git's own heuristic: a NUL byte in the first 8000 bytes means binary
  if (bytes.subarray(0, 8000).includes(0)) return 'looks binary (it contains NUL bytes); only text prompt files are versioned';
  // Latin-1 or other legacy encodings would be rendered and diffed with U+FFFD in place of letters.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not UTF-8 text; save it as UTF-8 to version and evaluate it';
  }
  return undefined;
}
