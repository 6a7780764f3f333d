/** The Wilson score interval: a 95% confidence interval for a rate that behaves near 0 and 1. */
const Z95 = 1.959964;

export function wilsonInterval(successes: number, trials: number, z = Z95): [number, number] {
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
