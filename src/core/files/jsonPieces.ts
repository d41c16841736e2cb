// A JSON value written as JSON.stringify(value, null, 2) writes it, byte for byte, but in pieces:
// the elements of its long arrays one at a time, so a large document (run.json holds every case of
// the run's spec: ~15 MB at 100,000 calls) is never one string, nor that string's UTF-8 copy, at
// once (issue 17: each such pair was ~30-45 MB of garbage at the start and the end of a run).

/** Arrays longer than this are written element by element; shorter values in one JSON.stringify. */
const LONG_ARRAY = 64;

/** Writes JSON.stringify(value, null, 2) through `write`, in pieces (undefined for a value JSON leaves out). */
export function writeJsonInPieces(write: (text: string) => void, value: unknown): void {
  writeAt(write, value, '\n');
}

/** A value whose keys this writer walks itself: a plain object without toJSON. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** `value` at the indentation `newline` gives its lines ('\n' + two spaces a level). */
function writeAt(write: (text: string) => void, value: unknown, newline: string): void {
  const inner = newline + '  ';
  if (Array.isArray(value) && value.length > LONG_ARRAY) {
    write('[');
    value.forEach((element, i) => {
      write((i === 0 ? '' : ',') + inner);
      // JSON writes undefined, functions and symbols in an array as null
      writeAt(write, element === undefined || typeof element === 'function' || typeof element === 'symbol' ? null : element, inner);
    });
    write(newline + ']');
    return;
  }
  if (isPlainObject(value)) {
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // as JSON leaves them out
      write((first ? '{' : ',') + inner + JSON.stringify(key) + ': ');
      writeAt(write, v, inner);
      first = false;
    }
    write(first ? '{}' : newline + '}');
    return;
  }
  // a JSON string never holds a raw line end, so every '\n' is between tokens
  write((JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', newline));
}
