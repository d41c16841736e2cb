// JSON syntax errors of untrusted files, said without quoting the file. V8's messages quote the
// text around the bad token (`Unexpected token 'r', "root:x:0:0:"... is not valid JSON`): for a
// file a repository named (a link to a secret, a replay file anywhere) that would print what it
// holds. The reason and the position are enough to fix a file one can open.

/**
 * Where JSON.parse failed. V8 says either "at position N" or quotes the text around the bad token
 * (`Unexpected token ']', ..."a" }, ]..." is not valid JSON`, 10 characters each side when cut).
 */
export function jsonErrorOffset(message: string, text: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const quoted = /^Unexpected token '([^']+)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted) return undefined;
  const [, token, cut, snippet] = quoted as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(snippet);
  if (start < 0) return undefined;
  return start + (cut ? 10 : Math.max(0, snippet.indexOf(token)));
}

/** V8's reason without the quoted text or the raw offset: "Unexpected token 'x'", "Unexpected end of JSON input". */
function reasonOf(message: string): string {
  const reason = message
    .replace(/,? ?(\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ at position \d+.*$/, '')
    .trim();
  return reason || 'not JSON';
}

/**
 * A JSON.parse error of `text` as "<reason> at column C" (one line) or "at line L, column C",
 * never quoting the text.
 */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = reasonOf(message);
  const offset = jsonErrorOffset(message, text);
  if (offset === undefined) return reason;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return text.includes('\n') ? `${reason} at line ${line}, column ${column}` : `${reason} at column ${column}`;
}
