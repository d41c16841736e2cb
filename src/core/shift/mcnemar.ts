// Exact McNemar test: with one output per case and version, only the discordant cases carry
// information, and under no change each is equally likely to go either way (binomial, p = ½).

/** Two-sided exact McNemar p-value for discordant counts `onlyA` (A yes, B no) and `onlyB`. */
export function mcnemarExact(onlyA: number, onlyB: number): number {
  const n = onlyA + onlyB;
  if (n === 0) return 1;
  const k = Math.min(onlyA, onlyB);
  return Math.min(1, 2 * binomialLowerTailHalf(k, n));
}

/** P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so large n does not underflow. */
export function binomialLowerTailHalf(k: number, n: number): number {
  const logHalfN = -n * Math.LN2;
  const logTerms: number[] = [];
  let logChoose = 0; // ln C(n, 0)
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    logTerms.push(logChoose + logHalfN);
  }
  // a loop, not Math.max(...): a million discordant cases would overflow the argument list
  let max = -Infinity;
  for (const t of logTerms) if (t > max) max = t;
  let sum = 0;
  for (const t of logTerms) sum += Math.exp(t - max);
  return Math.min(1, Math.exp(max) * sum);
}
