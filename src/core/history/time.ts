// "3 min ago" for the history view and `promptshift history`.
const UNITS: Array<[limitSeconds: number, unitSeconds: number, name: string]> = [
  [60, 1, 's'],
  [3600, 60, 'min'],
  [86_400, 3600, 'h'],
  [86_400 * 30, 86_400, 'd'],
  [86_400 * 365, 86_400 * 30, 'mo'],
  [Infinity, 86_400 * 365, 'y'],
];

export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((now.getTime() - Date.parse(iso)) / 1000);
  if (Number.isNaN(seconds)) return '?';
  if (seconds < 5 && seconds > -5) return 'just now';
  const abs = Math.abs(seconds);
  for (const [limit, unit, name] of UNITS) {
    if (abs < limit) {
      const n = Math.floor(abs / unit);
      return seconds >= 0 ? `${n} ${name} ago` : `in ${n} ${name}`;
    }
  }
  return iso;
}
