import type { LevelChange } from '../schema';

/** A change to a track and the highest level it may produce (formal levels cap offers). */
export interface TrackChange {
  change: LevelChange;
  ceiling: number;
}

/** The level a change leads to from `level` on a track of `levelCount` levels (engine order: to, atMost, atLeast). */
export function applyChange(level: number, change: LevelChange, levelCount: number): number {
  const top = levelCount - 1;
  if (typeof change === 'number') return clamp(level + change, 0, top);
  let next = change.to ?? level;
  if (change.atMost !== undefined) next = Math.min(next, change.atMost);
  if (change.atLeast !== undefined) next = Math.max(next, change.atLeast);
  return clamp(next, 0, top);
}

/**
 * Every level some sequence of the given changes can lead to, ignoring conditions (so a level
 * missing here is certainly unreachable). A breadth-first search over at most eight levels.
 */
export function reachableLevels(
  start: number,
  levelCount: number,
  changes: readonly TrackChange[],
): Set<number> {
  const reached = new Set<number>([clamp(start, 0, levelCount - 1)]);
  const queue = [...reached];
  for (let level = queue.shift(); level !== undefined; level = queue.shift()) {
    for (const { change, ceiling } of changes) {
      const next = applyChange(level, change, levelCount);
      if (next > level && next > ceiling) continue;
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
