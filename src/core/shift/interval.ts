// Wilson score interval for a binomial proportion: unlike the normal approximation it stays inside
// [0, 1] and behaves at rates of 0 and 1, which behaviour rates often are.
export const Z95 = 1.959963984540054;

export function wilsonInterval(count: number, n: number, z = Z95): [number, number] {
  if (n <= 0) return [0, 1];
  const p = count / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
