/**
 * Builds a full game state that agrees with everything one seat can see: its own hand, both
 * discard piles, the table, the gauges and the log. What it cannot see is sampled with the AI's own
 * seeded generator: the other hand and draw pile (from the other deck minus what is visible), the
 * order of its own draw pile, the other's objective (from its pool), the rest of the context deck.
 * The hidden state is never read, so the AI cannot peek.
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
import { copyOffer } from './scratch';

export function determinize(
  compiled: CompiledScenario,
  view: GameView,
  seat: SeatId,
  rng: { rng: number },
  { withContextDeck = true } = {},
): GameState {
  const { seats: hiddenSeats, viewer: _viewer, contextDeckSize, log: _log, ...shared } = view;
  const onTable = cardsOnTable(view);
  const seats: Record<SeatId, SeatState> = {};
  for (const id of compiled.seats) {
    const hidden = hiddenSeats[id] as HiddenSeat;
    seats[id] =
      id === seat
        ? ownSeat(compiled, id, hidden, onTable, rng)
        : otherSeat(compiled, id, hidden, onTable, rng);
  }
  return {
    ...shared,
    // The view has no seed (it would reveal every shuffle); a sampled world only needs a PRNG state.
    seed: 0,
    rng: rng.rng,
    issues: { ...view.issues },
    seats,
    talks: { ...view.talks, offer: copyOffer(view.talks.offer) },
    session: view.session ? { ...view.session, offer: copyOffer(view.session.offer) } : null,
    // Only a new round draws from it: a look-ahead within the round can do without.
    contextDeck: withContextDeck ? remainingContextDeck(compiled, view, contextDeckSize, rng) : [],
    fired: { ...view.fired },
    averted: { ...view.averted },
    objectivesMet: { ...view.objectivesMet },
    cardsPlayed: { ...view.cardsPlayed },
    timeline: [...view.timeline],
    // No rule reads the log; rollouts run faster without carrying it.
    log: [],
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
