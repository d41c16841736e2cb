// File globs as promptfoo's config uses them (`file://prompts/*.txt`, `file://tests/**/*.yaml`,
// `{a,b}`): `*` and `?` within a path segment, `**` for any depth. Matches come in sorted order, so
// cases and prompts keep a stable order between runs. At most MAX_MATCHES paths are returned.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const MAX_MATCHES = 10_000;

export const isGlob = (path: string): boolean => /[*?{]/.test(path);

function segmentRegex(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = segment.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${segment.slice(i + 1, close).split(',').map((alt) => alt.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** The files a pattern (relative to `base`, or absolute) matches; hidden files only when named. */
export function globFiles(pattern: string, base: string): string[] {
  const absolute = isAbsolute(pattern) ? pattern : resolve(base, pattern);
  const segments = absolute.split('/');
  const firstGlob = segments.findIndex(isGlob);
  if (firstGlob < 0) return [absolute];
  const out: string[] = [];
  const walk = (dir: string, rest: string[]) => {
    if (out.length >= MAX_MATCHES) return;
    if (rest.length === 0) {
      try {
        if (statSync(dir).isFile()) out.push(dir);
      } catch { /* gone */ }
      return;
    }
    const [head, ...tail] = rest as [string, ...string[]];
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    if (head === '**') {
      walk(dir, tail);
      for (const e of entries) {
        if (e.startsWith('.')) continue;
        try {
          if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e), rest);
        } catch { /* gone */ }
      }
      return;
    }
    if (!isGlob(head)) return walk(join(dir, head), tail);
    const re = segmentRegex(head);
    for (const e of entries) if ((!e.startsWith('.') || head.startsWith('.')) && re.test(e)) walk(join(dir, e), tail);
  };
  walk(segments.slice(0, firstGlob).join('/') || '/', segments.slice(firstGlob));
  return [...new Set(out)];
}
