/**
 * The engine's vocabulary. Scenario content types come from the scenario schema (one source);
 * everything about a game in progress is defined here.
 */
import type { Card, ContextEvent, DatedEvent, Objective, Scenario, TreatyStatus } from '../scenario/schema';

export type { Card, CardKind, Condition, Effect, Scenario, TreatyStatus } from '../scenario/schema';

export type SeatId = string;
export type CardId = string;
export type EventId = string;
export type ObjectiveId = string;
export type IssueId = string;

/** Where the game waits for input. The automatic steps (events, replenish, review) never wait. */
export const PHASES = ['talks', 'session', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

/** A card placed on a proposal, and who placed it (the lead, or the responder by a counter). */
export interface Attachment {
  card: CardId;
  by: SeatId;
}

/** What lies on the table: a proposal and at most one concession and one demand. */
export interface Offer {
  lead: SeatId;
  proposal: CardId;
  concession: Attachment | null;
  demand: Attachment | null;
  countered: boolean;
}

export interface SeatState {
  capital: number;
  pressure: number;
  hand: CardId[];
  drawPile: CardId[];
  discard: CardId[];
  objective: ObjectiveId;
  /** Gave a concession this round: the review adds pressure. */
  conceded: boolean;
}

/** The talks step: which exchange, who leads, what is on the table, whose move it is. */
export interface TalksState {
  exchange: number;
  lead: SeatId;
  offer: Offer | null;
  awaiting: SeatId;
}

/** A commission session: agenda items are tabled alternately. */
export interface SessionState {
  item: number;
  tabler: SeatId;
  offer: Offer | null;
  awaiting: SeatId;
  agreed: number;
}

/** The state at the end of each round, for the debrief chart and the history comparison. */
export interface RoundRecord {
  round: number;
  month: number;
  tension: number;
  treaty: TreatyStatus;
  commission: number;
  issues: Record<IssueId, number>;
  capital: Record<SeatId, number>;
  pressure: Record<SeatId, number>;
}

export type EndReason = 'expiry' | 'collapse';

export interface SeatScore {
  issues: number;
  objective: number;
  treaty: number;
  pressure: number;
  total: number;
  mandate: number;
  metMandate: boolean;
  objectiveMet: boolean;
}

export interface GameResult {
  reason: EndReason;
  round: number;
  scores: Record<SeatId, SeatScore>;
}

/** Everything the log records; the UI and CLI turn entries into sentences (engine/narrate.ts). */
export type LogEntry = { round: number } & (
  | { kind: 'round-started' }
  | { kind: 'event-fired'; event: EventId }
  | { kind: 'event-averted'; event: EventId }
  | { kind: 'context-drawn'; event: EventId; fired: boolean }
  | { kind: 'proposed'; seat: SeatId; proposal: CardId; concession: CardId | null; demand: CardId | null }
  | { kind: 'countered'; seat: SeatId; card: CardId; replaced: CardId | null }
  | { kind: 'accepted'; seat: SeatId; proposal: CardId }
  | { kind: 'rejected'; seat: SeatId; proposal: CardId }
  | { kind: 'statement'; seat: SeatId; card: CardId }
  | { kind: 'gesture'; seat: SeatId; card: CardId }
  | { kind: 'passed'; seat: SeatId; discarded: CardId | null }
  | { kind: 'session-opened' }
  | { kind: 'session-closed'; agreed: number }
  | { kind: 'treaty-changed'; status: TreatyStatus }
  | { kind: 'objective-met'; seat: SeatId; objective: ObjectiveId }
  | { kind: 'game-ended'; reason: EndReason }
);

export interface GameState {
  scenarioId: string;
  seed: number;
  /** The PRNG state (one 32-bit integer); it lives here so a state fully determines what comes next. */
  rng: number;
  round: number;
  phase: Phase;
  tension: number;
  treaty: TreatyStatus;
  issues: Record<IssueId, number>;
  commission: number;
  sessionsHeld: number;
  /** Seats in table order; the first is the scenario's first delegation. */
  seatOrder: SeatId[];
  seats: Record<SeatId, SeatState>;
  /** How many exchanges have been led so far in the game; the lead alternates on it. */
  exchangesLed: number;
  talks: TalksState;
  session: SessionState | null;
  contextDeck: EventId[];
  fired: Record<EventId, number>;
  averted: Record<EventId, number>;
  objectivesMet: Record<ObjectiveId, number>;
  cardsPlayed: Record<CardId, number>;
  timeline: RoundRecord[];
  log: LogEntry[];
  result: GameResult | null;
}

/** What a player (or the AI) can send. Every event names the seat that sends it. */
export type GameEvent =
  | { type: 'PROPOSE'; seat: SeatId; proposal: CardId; concession?: CardId; demand?: CardId }
  | { type: 'COUNTER'; seat: SeatId; card: CardId }
  | { type: 'ACCEPT'; seat: SeatId }
  | { type: 'REJECT'; seat: SeatId }
  | { type: 'PLAY_STATEMENT'; seat: SeatId; card: CardId }
  | { type: 'PLAY_GESTURE'; seat: SeatId; card: CardId }
  /** In the talks, a lead who passes may set one card aside (to the discard pile), so a hand never clogs. */
  | { type: 'PASS'; seat: SeatId; discard?: CardId };

export const GAME_EVENT_TYPES = [
  'PROPOSE',
  'COUNTER',
  'ACCEPT',
  'REJECT',
  'PLAY_STATEMENT',
  'PLAY_GESTURE',
  'PASS',
] as const satisfies readonly GameEvent['type'][];

export const REFUSAL_CODES = [
  'malformed',
  'game-over',
  'not-your-turn',
  'wrong-step',
  'not-in-hand',
  'wrong-kind',
  'cannot-afford',
  'requirement-not-met',
  'needs-session',
  'not-applicable',
  'already-countered',
  'nothing-on-table',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why an event was not taken. The state is unchanged when an event is refused. */
export interface Refusal {
  code: RefusalCode;
  reason: string;
}

export type SendResult = { ok: true; state: GameState } | { ok: false; refusal: Refusal };

/** Who plays a seat. */
export const AI_STRENGTHS = ['novice', 'standard', 'expert'] as const;
export type AiStrength = (typeof AI_STRENGTHS)[number];
export type SeatController = { kind: 'human' } | { kind: 'ai'; strength: AiStrength } | { kind: 'random' };

/** A save: enough to rebuild the game exactly by replaying its events. */
export interface Save {
  format: 1;
  scenarioId: string;
  scenarioHash: string;
  seed: number;
  seats: Record<SeatId, SeatController>;
  events: GameEvent[];
}

/** The other seat as one seat may see it: no hand, no objective (until the game ends). */
export interface HiddenSeat extends Omit<SeatState, 'hand' | 'drawPile' | 'objective'> {
  handSize: number;
  drawPileSize: number;
  hand: CardId[] | null;
  objective: ObjectiveId | null;
}

/**
 * What one seat (or a spectator, seat null) may see: a pure projection of the state. No seed and no
 * PRNG state (either would let a seat recompute every shuffle, the other hand included).
 */
export interface GameView extends Omit<GameState, 'seats' | 'rng' | 'seed' | 'contextDeck'> {
  viewer: SeatId | null;
  seats: Record<SeatId, HiddenSeat>;
  contextDeckSize: number;
}

/** The scenario with its lookups built once, so that rules never search lists. */
export interface CompiledScenario {
  scenario: Scenario;
  hash: string;
  cards: ReadonlyMap<CardId, Card>;
  events: ReadonlyMap<EventId, DatedEvent | ContextEvent>;
  objectives: ReadonlyMap<ObjectiveId, Objective>;
  seats: readonly SeatId[];
  /** Each seat as a list of one: effects and conditions name one delegation thousands of times a game. */
  seatAlone: ReadonlyMap<SeatId, readonly SeatId[]>;
  /** Dated events by round (index 0 is round 1), split by when they resolve, in date order. */
  datedEvents: readonly { start: readonly DatedEvent[]; end: readonly DatedEvent[] }[];
  /** Month index of the first round, and the number of rounds to the end date. */
  startMonth: number;
  totalRounds: number;
  commissionTop: number;
  /** Each issue's highest level (its number of levels − 1). */
  issueTops: ReadonlyMap<IssueId, number>;
}
