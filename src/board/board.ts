/**
 * The board: the visual table, drawn with Phaser inside `parent`. It reads view snapshots and reports
 * card taps; it holds no rules and checks no legality (the `legal` events say what to highlight).
 * Menus, card details, the action bar, the log, keyboard access and ARIA belong to the HTML panels.
 *
 * The canvas is sized by Phaser's Scale Manager at device resolution (zoom 1/dpr), so text and lines
 * stay sharp on high-density screens, and the layout reflows to the parent's size. It is drawn only
 * when something changes (frames.ts): an idle table costs no frames at all.
 */
import { OnDemandFrames } from './frames';
import type { BoardInput } from './model';
import { Game, Scale, WEBGL } from './phaser-lite';
import { type CanvasSize, TableScene } from './table-scene';
import { colours } from './theme';

export type { BoardInput } from './model';

export interface BoardCallbacks {
  /** A card in the viewer's hand was clicked or tapped. */
  onCardSelected(cardId: string): void;
}

export interface Board {
  render(input: BoardInput): void;
  destroy(): void;
}

/** Beyond 2× the canvas costs fill rate that school laptops do not have, for no visible gain. */
const MAX_PIXEL_RATIO = 2;

export async function createBoard(parent: HTMLElement, callbacks: BoardCallbacks): Promise<Board> {
  let size = measure(parent);
  const scene = new TableScene((id) => callbacks.onCardSelected(id), size);
  const game = new Game({
    type: WEBGL,
    parent,
    backgroundColor: colours.felt,
    banner: false,
    autoFocus: false,
    disableContextMenu: true,
    input: { keyboard: false, gamepad: false },
    scale: {
      mode: Scale.NONE,
      width: Math.round(size.cssWidth * size.dpr),
      height: Math.round(size.cssHeight * size.dpr),
      zoom: 1 / size.dpr,
    },
    scene,
  });
  await scene.ready;
  describeCanvas(game.canvas);

  const frames = new OnDemandFrames(game.loop, () => scene.animating());
  game.events.on('postrender', () => frames.afterFrame());
  // A tap may start something (skipping the event reveal fades it out); the browser may also drop
  // the canvas's picture (a lost WebGL context, a tab brought back).
  scene.input.on('pointerdown', () => frames.request());
  scene.input.on('pointerup', () => frames.request());
  game.events.on('visible', () => frames.request());
  game.canvas.addEventListener('webglcontextrestored', () => frames.request());
  frames.request();

  const observer = new ResizeObserver(() => {
    const next = measure(parent);
    if (next.cssWidth === size.cssWidth && next.cssHeight === size.cssHeight && next.dpr === size.dpr) return;
    size = next;
    // In this order: setZoom rewrites the canvas's CSS size from the new game size.
    game.scale.resize(Math.round(size.cssWidth * size.dpr), Math.round(size.cssHeight * size.dpr));
    game.scale.setZoom(1 / size.dpr);
    scene.resizeTo(size);
    frames.request();
  });
  observer.observe(parent);

  let destroyed = false;
  return {
    render(input) {
      if (destroyed) return;
      scene.show(input);
      frames.request();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      game.destroy(true);
      // Phaser tears the game down in its next frame: a sleeping loop must run one more.
      frames.stop();
    },
  };
}

function measure(parent: HTMLElement): CanvasSize {
  const box = parent.getBoundingClientRect();
  return {
    // A parent not laid out yet still gets a usable table; the observer corrects it.
    cssWidth: Math.max(320, Math.floor(box.width) || 1024),
    cssHeight: Math.max(240, Math.floor(box.height) || 600),
    dpr: Math.min(MAX_PIXEL_RATIO, Math.max(1, window.devicePixelRatio || 1)),
  };
}

/** The canvas repeats what the HTML panels say in words; assistive technology reads those. */
function describeCanvas(canvas: HTMLCanvasElement): void {
  canvas.setAttribute('role', 'img');
  canvas.setAttribute(
    'aria-label',
    'The negotiating table. The panels beside it describe the same game in words.',
  );
  canvas.style.display = 'block';
  canvas.style.touchAction = 'manipulation';
}
