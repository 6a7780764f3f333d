/**
 * Full game states that agree with everything one seat can see: its own hand, both discard piles,
 * the table, the gauges and the log. `determinize` samples what the seat cannot see with the AI's own
 * seeded generator: the other hand and draw pile (from the other deck minus what is visible), the
 * order of its own draw pile, the other's objective (from its pool), the rest of the context deck.
 * `knownWorld` leaves those out instead, for a one-move look-ahead that never reads them. Either way
 * the hidden state is never read, so the AI cannot peek.
 */
import { nextInt, shuffle } from '../engine/rng';
import type {
  CardId,
  CompiledScenario,
  EventId,
  GameState,
  GameView,
  HiddenSeat,
  SeatId,
  SeatState,
} from '../engine/types';

/** A world with every hidden card and the other objective sampled, for rollouts that play rounds out. */
export function determinize(
  compiled: CompiledScenario,
  view: GameView,
  seat: SeatId,
  rng: { rng: number },
): GameState {
  const onTable = cardsOnTable(view);
  const seats: Record<SeatId, SeatState> = {};
  for (const id of compiled.seats) {
    const hidden = view.seats[id] as HiddenSeat;
    seats[id] =
      id === seat
        ? ownSeat(compiled, id, hidden, onTable, rng)
        : otherSeat(compiled, id, hidden, onTable, rng);
  }
  const contextDeck = remainingContextDeck(compiled, view, view.contextDeckSize, rng);
  return worldOf(view, seats, rng.rng, contextDeck);
}

/**
 * The world as far as the seat knows it, with no hidden card in it: the other hand, both draw piles,
 * the other objective and the context deck are empty. A one-move look-ahead to the end of the round
 * needs nothing more: no rule it runs reads a hand or an objective of the other side, hands are not
 * valued, and only the start of a round draws from the context deck.
 */
export function knownWorld(compiled: CompiledScenario, view: GameView, seat: SeatId): GameState {
  const seats: Record<SeatId, SeatState> = {};
  for (const id of compiled.seats) {
    const hidden = view.seats[id] as HiddenSeat;
    const own = id === seat;
    seats[id] = {
      capital: hidden.capital,
      pressure: hidden.pressure,
      hand: own ? (hidden.hand ?? []) : [],
      drawPile: [],
      discard: hidden.discard,
      objective: own ? (hidden.objective ?? '') : '',
      conceded: hidden.conceded,
    };
  }
  return worldOf(view, seats, 0, []);
}

/**
 * The rest of the world is the view's own data, shared, not copied: a world is only read, and the
 * look-ahead runs rules on scratch copies of it (scratch.ts) or through Immer (engine-step.ts).
 * No seed (the view has none: it would reveal every shuffle), only a PRNG state; no log (no rule
 * reads it). Fields are listed, not spread, for the reason given in scratch.ts.
 */
function worldOf(
  view: GameView,
  seats: Record<SeatId, SeatState>,
  rng: number,
  contextDeck: EventId[],
): GameState {
  return {
    scenarioId: view.scenarioId,
    seed: 0,
    rng,
    round: view.round,
    phase: view.phase,
    tension: view.tension,
    treaty: view.treaty,
    issues: view.issues,
    commission: view.commission,
    sessionsHeld: view.sessionsHeld,
    seatOrder: view.seatOrder,
    seats,
    exchangesLed: view.exchangesLed,
    talks: view.talks,
    session: view.session,
    contextDeck,
    fired: view.fired,
    averted: view.averted,
    objectivesMet: view.objectivesMet,
    cardsPlayed: view.cardsPlayed,
    timeline: view.timeline,
    log: [],
    result: view.result,
  };
}

function ownSeat(
  compiled: CompiledScenario,
  seat: SeatId,
  hidden: HiddenSeat,
  onTable: ReadonlySet<CardId>,
  rng: { rng: number },
): SeatState {
  const hand = hidden.hand ?? [];
  const unseen = unseenCards(compiled, seat, hidden, onTable, hand);
  return {
    capital: hidden.capital,
    pressure: hidden.pressure,
    hand: [...hand],
    drawPile: shuffle(rng, unseen).slice(0, hidden.drawPileSize),
    discard: [...hidden.discard],
    objective: hidden.objective ?? sampleObjective(compiled, seat, rng),
    conceded: hidden.conceded,
  };
}

function otherSeat(
  compiled: CompiledScenario,
  seat: SeatId,
  hidden: HiddenSeat,
  onTable: ReadonlySet<CardId>,
  rng: { rng: number },
): SeatState {
  const unseen = shuffle(rng, unseenCards(compiled, seat, hidden, onTable, []));
  const hand = unseen.slice(0, hidden.handSize);
  return {
    capital: hidden.capital,
    pressure: hidden.pressure,
    hand,
    drawPile: unseen.slice(hand.length, hand.length + hidden.drawPileSize),
    discard: [...hidden.discard],
    objective: sampleObjective(compiled, seat, rng),
    conceded: hidden.conceded,
  };
}

/** The seat's deck minus its visible cards: what may be in its hidden hand or draw pile. */
function unseenCards(
  compiled: CompiledScenario,
  seat: SeatId,
  hidden: HiddenSeat,
  onTable: ReadonlySet<CardId>,
  hand: readonly CardId[],
): CardId[] {
  const seen = new Set<CardId>([...hidden.discard, ...hand]);
  return deckOf(compiled, seat).filter((card) => !seen.has(card) && !onTable.has(card));
}

const decks = new WeakMap<CompiledScenario, Map<SeatId, CardId[]>>();

function deckOf(compiled: CompiledScenario, seat: SeatId): CardId[] {
  let bySeat = decks.get(compiled);
  if (!bySeat) {
    bySeat = new Map(
      compiled.seats.map((id) => [
        id,
        compiled.scenario.cards.filter((c) => c.owner === id).map((c) => c.id),
      ]),
    );
    decks.set(compiled, bySeat);
  }
  return bySeat.get(seat) ?? [];
}

function sampleObjective(compiled: CompiledScenario, seat: SeatId, rng: { rng: number }): string {
  const pool = compiled.scenario.delegations.find((d) => d.id === seat)?.objectives ?? [];
  return pool[nextInt(rng, pool.length)] ?? '';
}

function cardsOnTable(view: GameView): Set<CardId> {
  const cards = new Set<CardId>();
  for (const offer of [view.talks.offer, view.session?.offer ?? null]) {
    if (!offer) continue;
    cards.add(offer.proposal);
    if (offer.concession) cards.add(offer.concession.card);
    if (offer.demand) cards.add(offer.demand.card);
  }
  return cards;
}

/**
 * The context deck is public in content, hidden in order: the full deck minus the events drawn
 * since it was last shuffled (the log says which), in a sampled order.
 */
function remainingContextDeck(
  compiled: CompiledScenario,
  view: GameView,
  size: number,
  rng: { rng: number },
): EventId[] {
  const full = compiled.scenario.events.context.flatMap((e) => Array.from({ length: e.copies }, () => e.id));
  if (size <= 0 || full.length === 0) return [];
  const drawnSinceShuffle = full.length - size;
  const drawn = view.log.filter((entry) => entry.kind === 'context-drawn').map((entry) => entry.event);
  const remaining = [...full];
  for (const id of drawnSinceShuffle > 0 ? drawn.slice(-drawnSinceShuffle) : []) {
    const index = remaining.indexOf(id);
    if (index >= 0) remaining.splice(index, 1);
  }
  return shuffle(rng, remaining).slice(0, size);
}
