import { describe, expect, it } from 'vitest';
import { type Loop, OnDemandFrames, SETTLE_MS } from '../../src/board/frames';

/** Phaser's TimeStep, reduced to what the scheduler touches, counting wakes and sleeps. */
class FakeLoop implements Loop {
  running = true;
  wakes = 0;
  sleeps = 0;
  sleep(): void {
    if (this.running) this.sleeps += 1;
    this.running = false;
  }
  wake(): void {
    if (!this.running) this.wakes += 1;
    this.running = true;
  }
}

function setup(busy = () => false) {
  const loop = new FakeLoop();
  let now = 1000;
  const frames = new OnDemandFrames(loop, busy, () => now);
  return { loop, frames, advance: (ms: number) => (now += ms) };
}

describe('the board draws on demand', () => {
  it('sleeps after the settle time once nothing changes', () => {
    const { loop, frames, advance } = setup();
    frames.request();
    frames.afterFrame();
    expect(loop.running).toBe(true);
    advance(SETTLE_MS);
    frames.afterFrame();
    expect(loop.running).toBe(false);
  });

  it('a change wakes a sleeping loop, and only once', () => {
    const { loop, frames, advance } = setup();
    frames.request();
    advance(SETTLE_MS);
    frames.afterFrame();
    frames.request();
    frames.request();
    expect(loop.running).toBe(true);
    expect(loop.wakes).toBe(1);
  });

  it('stays awake while anything animates, however long', () => {
    let animating = true;
    const { loop, frames, advance } = setup(() => animating);
    frames.request();
    for (let i = 0; i < 100; i++) {
      advance(16);
      frames.afterFrame();
    }
    expect(loop.running).toBe(true);
    animating = false;
    advance(16);
    frames.afterFrame();
    expect(loop.running).toBe(false);
  });

  it('a longer request is not cut short by a shorter one', () => {
    const { loop, frames, advance } = setup();
    frames.request(1000);
    frames.request();
    advance(SETTLE_MS * 2);
    frames.afterFrame();
    expect(loop.running).toBe(true);
    advance(1000);
    frames.afterFrame();
    expect(loop.running).toBe(false);
  });

  it('stop hands the loop back to Phaser (its teardown runs in a frame) and never sleeps again', () => {
    const { loop, frames, advance } = setup();
    advance(SETTLE_MS);
    frames.afterFrame();
    expect(loop.running).toBe(false);
    frames.stop();
    expect(loop.running).toBe(true);
    advance(SETTLE_MS * 10);
    frames.afterFrame();
    frames.request();
    expect(loop.running).toBe(true);
    expect(loop.sleeps).toBe(1);
  });
});
