/** A one-line progress bar on a terminal stream, redrawn at most every 100 ms. */
import type { WriteStream } from 'node:tty';

export interface ProgressBar {
  update(done: number): void;
  finish(): void;
}

const WIDTH = 30;
const REDRAW_MS = 100;

export function progressBar(stream: WriteStream, total: number): ProgressBar {
  let last = 0;
  const draw = (done: number) => {
    const filled = Math.round((done / Math.max(1, total)) * WIDTH);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} games`);
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < REDRAW_MS && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      draw(total);
      stream.write('\n');
    },
  };
}
