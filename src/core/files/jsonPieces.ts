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

/** The line that opens the array under `key` at `depth` levels of nesting, as the writers above lay it out. */
export function arrayKeyLine(key: string, depth: number): string {
  return '\n' + '  '.repeat(depth) + JSON.stringify(key) + ': [';
}

/**
 * A document written with two spaces' indent, whose long array `key` at `depth` (each object on the
 * way the last value of its parent) is its last value, with that array emptied: `start` is the
 * document up to and including the array's key line (arrayKeyLine), `end` its last bytes. A reader
 * can so skip what lies between: a run's outputs, a spec's cases. Undefined unless `end` shows the
 * array last: the document closes an array and then only its objects, and the last key of this depth
 * or shallower in `end` is `key`, or none (the array is longer than `end`; a writer that puts a long
 * array last puts it after every other long one).
 */
export function emptiedLastArray(start: string, end: string, key: string, depth: number): string | undefined {
  let closing = '';
  for (let level = depth - 1; level >= 0; level--) closing += '\n' + '  '.repeat(level) + '}';
  if (!end.replace(/\n$/, '').endsWith(']' + closing)) return undefined;
  const keys = [...end.matchAll(new RegExp(`\\n( {2,${2 * depth}})"((?:[^"\\\\]|\\\\.)*)": `, 'g'))];
  const last = keys.at(-1);
  if (last && !(last[1]!.length === 2 * depth && JSON.parse(`"${last[2]}"`) === key)) return undefined;
  return start + ']' + closing;
}
