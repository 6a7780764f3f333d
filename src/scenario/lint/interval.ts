/** An inclusive range of integers; empty when lo > hi. */
export interface Interval {
  lo: number;
  hi: number;
}

export function intersect(a: Interval, b: Interval): Interval {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

export function isEmpty(interval: Interval): boolean {
  return interval.lo > interval.hi;
}

/** "3", "2 to 4", "at least 3", "at most 1": how a range reads in a message. */
export function describeInterval({ lo, hi }: Interval): string {
  if (lo === hi) return String(lo);
  if (lo === -Infinity) return `at most ${hi}`;
  if (hi === Infinity) return `at least ${lo}`;
  return `${lo} to ${hi}`;
}
