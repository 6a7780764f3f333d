import { applyEffect, changePressure, changeTension } from '../effects';
import { otherSeat } from '../seats';
import type { CompiledScenario, GameEvent, GameState, Offer, SeatId } from '../types';
import { closeAgendaItem } from './commission';
import { discard, returnToHand, takeFromHand } from './deck';
import { record } from './log';
import { closeExchange } from './round';
import { currentTable } from './table';

type Propose = Extract<GameEvent, { type: 'PROPOSE' }>;
type Counter = Extract<GameEvent, { type: 'COUNTER' }>;

function pay(state: GameState, compiled: CompiledScenario, seat: SeatId, card: string): void {
  const s = state.seats[seat];
  const cost = compiled.cards.get(card)?.cost ?? 0;
  if (s) s.capital -= cost;
  takeFromHand(state, seat, card);
}

/** Tables a proposal with its attachments; the lead pays every card's cost now. */
export function propose(state: GameState, compiled: CompiledScenario, event: Propose): void {
  const { seat } = event;
  for (const card of [event.proposal, event.concession, event.demand]) {
    if (card) pay(state, compiled, seat, card);
  }
  const table = currentTable(state);
  table.offer = {
    lead: seat,
    proposal: event.proposal,
    concession: event.concession ? { card: event.concession, by: seat } : null,
    demand: event.demand ? { card: event.demand, by: seat } : null,
    countered: false,
  };
  table.awaiting = otherSeat(compiled, seat);
  record(state, {
    kind: 'proposed',
    seat,
    proposal: event.proposal,
    concession: event.concession ?? null,
    demand: event.demand ?? null,
  });
}

/** The responder adds a concession or demand, or swaps it for the one of the same kind on the table. */
export function counter(state: GameState, compiled: CompiledScenario, event: Counter): void {
  const table = currentTable(state);
  const offer = table.offer as Offer;
  const slot = compiled.cards.get(event.card)?.kind === 'concession' ? 'concession' : 'demand';
  const replaced = offer[slot];
  if (replaced) returnToHand(state, replaced.by, replaced.card);
  pay(state, compiled, event.seat, event.card);
  offer[slot] = { card: event.card, by: event.seat };
  offer.countered = true;
  table.awaiting = offer.lead;
  record(state, { kind: 'countered', seat: event.seat, card: event.card, replaced: replaced?.card ?? null });
}

/** Accepting applies every card on the table; the accepter pays the other side's demand. */
export function accept(state: GameState, compiled: CompiledScenario, seat: SeatId): void {
  const offer = currentTable(state).offer as Offer;
  const { demand, concession } = offer;
  if (demand && demand.by !== seat) {
    const s = state.seats[seat];
    if (s) s.capital -= compiled.cards.get(demand.card)?.acceptCost ?? 0;
  }
  applyCard(state, compiled, offer.proposal, offer.lead);
  if (concession) applyCard(state, compiled, concession.card, concession.by);
  if (demand) applyCard(state, compiled, demand.card, demand.by);
  if (concession) {
    const giver = state.seats[concession.by];
    if (giver) giver.conceded = true;
  }
  changeTension(state, compiled, compiled.scenario.rules.acceptTension);
  record(state, { kind: 'accepted', seat, proposal: offer.proposal });
  clearTable(state, compiled, true);
}

/** Rejecting raises tension and relieves the rejecter's domestic pressure. */
export function reject(state: GameState, compiled: CompiledScenario, seat: SeatId): void {
  const offer = currentTable(state).offer as Offer;
  const { rejectTension, rejectPressure } = compiled.scenario.rules;
  changeTension(state, compiled, rejectTension);
  changePressure(state, compiled, seat, rejectPressure);
  record(state, { kind: 'rejected', seat, proposal: offer.proposal });
  clearTable(state, compiled, false);
}

function applyCard(state: GameState, compiled: CompiledScenario, card: string, owner: SeatId): void {
  const effects = compiled.cards.get(card)?.effects;
  if (effects) applyEffect(state, compiled, effects, owner);
}

// The table's cards are named one by one, not gathered in an array: offers are settled thousands
// of times in every AI decision.
function clearTable(state: GameState, compiled: CompiledScenario, agreed: boolean): void {
  const table = currentTable(state);
  const { proposal, lead, concession, demand } = table.offer as Offer;
  discard(state, lead, proposal);
  if (concession) discard(state, concession.by, concession.card);
  if (demand) discard(state, demand.by, demand.card);
  table.offer = null;
  closeTurn(state, compiled, agreed);
}

/** Ends the current turn at the table: the exchange in talks, the agenda item in a session. */
export function closeTurn(state: GameState, compiled: CompiledScenario, agreed: boolean): void {
  if (state.phase === 'session') closeAgendaItem(state, compiled, agreed);
  else closeExchange(state, compiled);
}
