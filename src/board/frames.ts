/**
 * Draw on demand. A board game's table is still nearly all the time, yet Phaser's loop redraws it
 * every animation frame (on a school laptop drawing in software, ~15 fps of full redraws for
 * nothing, which drains the battery). So the loop sleeps once nothing moves, and anything that can
 * change the picture wakes it: a render, a resize, a pointer, a tween (a tween is always started by
 * one of those, and the loop stays awake while any tween runs).
 */

/** The part of Phaser's TimeStep this uses. */
export interface Loop {
  readonly running: boolean;
  sleep(): void;
  wake(seamless?: boolean): void;
}

/** A few frames after a change, so textures uploaded late and the last tween step are drawn. */
export const SETTLE_MS = 120;

export class OnDemandFrames {
  private until = 0;
  private stopped = false;

  constructor(
    private readonly loop: Loop,
    /** Whether something is animating (running tweens): the loop must keep drawing. */
    private readonly busy: () => boolean,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Something changed: draw now, and keep drawing for at least `ms`. */
  request(ms = SETTLE_MS): void {
    if (this.stopped) return;
    this.until = Math.max(this.until, this.now() + ms);
    if (!this.loop.running) this.loop.wake();
  }

  /** Called after every drawn frame: sleeps once the settle time is over and nothing animates. */
  afterFrame(): void {
    if (this.stopped || !this.loop.running) return;
    if (this.now() >= this.until && !this.busy()) this.loop.sleep();
  }

  /** Back to Phaser's own loop (before destroying the game, whose teardown runs in a frame). */
  stop(): void {
    this.stopped = true;
    if (!this.loop.running) this.loop.wake();
  }
}
