/** Messages between the page and the AI worker. The scenario is sent once; each decision sends view + legal. */
import type { AiStrength, GameEvent, GameView, SeatId } from '../engine/types';
import type { Scenario } from '../scenario/schema';

export interface AiDecisionRequest {
  view: GameView;
  legal: GameEvent[];
  seat: SeatId;
  strength: AiStrength;
  seed: number;
}

export interface AiDecision {
  event: GameEvent;
  reason: string;
}

export type ToWorker =
  | { type: 'init'; scenario: Scenario }
  | ({ type: 'choose'; id: number } & AiDecisionRequest);

export type FromWorker =
  | { type: 'chosen'; id: number; event: GameEvent; reason: string }
  | { type: 'failed'; id: number; message: string };
