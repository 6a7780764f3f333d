/**
 * Loads the Phaser board on demand (a separate chunk), so the start screen paints text long before
 * the board's code arrives. If the board cannot start (no WebGL, say), the DOM panels still hold
 * everything needed to play, and the board area says so.
 */
import type { CardId, CompiledScenario, GameEvent, GameView } from '../engine/types';

export interface BoardRenderInput {
  compiled: CompiledScenario;
  view: GameView;
  legal: GameEvent[];
  selectedCard: CardId | null;
}

export interface Board {
  render(input: BoardRenderInput): void;
  destroy(): void;
}

interface BoardModule {
  createBoard(parent: HTMLElement, options: { onCardSelected(cardId: CardId): void }): Promise<Board>;
}

// Lazy glob: the board is a separate chunk, and the app still builds while the board is missing.
const loaders = import.meta.glob<BoardModule>('../board/{index,board,create-board}.ts');

/**
 * Whether the board can be expected to draw: its code is there and the browser offers WebGL. Asked
 * once, before the first paint of the table, so the layout does not shift when the board arrives.
 */
export function boardExpected(): boolean {
  if (Object.keys(loaders).length === 0) return false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

export class BoardHost {
  private board: Board | null = null;
  private pending: BoardRenderInput | null = null;
  private destroyed = false;

  constructor(
    private readonly parent: HTMLElement,
    onCardSelected: (cardId: CardId) => void,
    private readonly onFailed: () => void,
  ) {
    void this.load(onCardSelected);
  }

  render(input: BoardRenderInput): void {
    if (this.board) this.board.render(input);
    else this.pending = input;
  }

  destroy(): void {
    this.destroyed = true;
    this.board?.destroy();
    this.board = null;
  }

  private async load(onCardSelected: (cardId: CardId) => void): Promise<void> {
    const loader = Object.values(loaders)[0];
    if (!loader) return;
    try {
      const module = await loader();
      const board = await module.createBoard(this.parent, { onCardSelected });
      if (this.destroyed) {
        board.destroy();
        return;
      }
      this.board = board;
      if (this.pending) board.render(this.pending);
    } catch (error) {
      console.warn('The board could not start; the panels hold the whole game.', error);
      this.parent.classList.add('board--failed');
      this.parent.dataset.message =
        'The board could not start in this browser. Every move can be made from the panels.';
      this.onFailed();
    }
  }
}
