/**
 * The only source of what a seat may do now. The machine's guard, the facade's refusals, the UI's
 * action bar and the AI's choices all come from here.
 */
import { holds } from './conditions';
import { changeLevel } from './effects';
import { currentTable } from './rules/table';
import type {
  Card,
  CardKind,
  CompiledScenario,
  GameEvent,
  GameState,
  Refusal,
  RefusalCode,
  SeatId,
} from './types';
import { GAME_EVENT_TYPES } from './types';

const refuse = (code: RefusalCode, reason: string): Refusal => ({ code, reason });

/** Why `event` cannot be taken now, or null if it can. Accepts anything: malformed input is refused too. */
export function refusalFor(compiled: CompiledScenario, state: GameState, event: unknown): Refusal | null {
  return shapeRefusal(compiled, event) ?? ruleRefusal(compiled, state, event as GameEvent);
}

/** Why a well-formed event cannot be taken now, or null if it can. */
function ruleRefusal(compiled: CompiledScenario, state: GameState, e: GameEvent): Refusal | null {
  if (state.phase === 'ended') return refuse('game-over', 'the game has ended');
  const table = currentTable(state);
  if (table.awaiting !== e.seat)
    return refuse('not-your-turn', `it is the ${seatName(compiled, table.awaiting)}'s move`);
  switch (e.type) {
    case 'PROPOSE':
      return proposeRefusal(compiled, state, e);
    case 'COUNTER':
      return counterRefusal(compiled, state, e);
    case 'ACCEPT':
      return acceptRefusal(compiled, state, e.seat);
    case 'REJECT':
      return table.offer ? null : refuse('nothing-on-table', 'there is no proposal on the table to reject');
    case 'PLAY_STATEMENT':
      return playAloneRefusal(compiled, state, e.seat, e.card, 'statement');
    case 'PLAY_GESTURE':
      return playAloneRefusal(compiled, state, e.seat, e.card, 'gesture');
    case 'PASS':
      return passRefusal(state, e.seat, e.discard);
  }
}

export function isLegal(compiled: CompiledScenario, state: GameState, event: unknown): boolean {
  return refusalFor(compiled, state, event) === null;
}

/** Every event the seat may send now, proposals enumerated with each legal choice of attachments. */
export function legalActions(compiled: CompiledScenario, state: GameState, seat: SeatId): GameEvent[] {
  if (state.phase === 'ended' || currentTable(state).awaiting !== seat) return [];
  const hand = state.seats[seat]?.hand ?? [];
  const ofKind = playableByKind(compiled, state, seat, hand);
  const candidates: GameEvent[] = [];
  if (currentTable(state).offer) {
    candidates.push({ type: 'ACCEPT', seat }, { type: 'REJECT', seat });
    for (const card of [...ofKind.concession, ...ofKind.demand])
      candidates.push({ type: 'COUNTER', seat, card });
  } else {
    const concessions = [undefined, ...ofKind.concession];
    const demands = [undefined, ...ofKind.demand];
    for (const proposal of ofKind.proposal) {
      for (const concession of concessions) {
        for (const demand of demands) candidates.push(proposeEvent(seat, proposal, concession, demand));
      }
    }
    for (const card of ofKind.statement) candidates.push({ type: 'PLAY_STATEMENT', seat, card });
    for (const card of ofKind.gesture) candidates.push({ type: 'PLAY_GESTURE', seat, card });
    candidates.push({ type: 'PASS', seat });
    if (state.phase === 'talks')
      for (const card of hand) candidates.push({ type: 'PASS', seat, discard: card });
  }
  // The candidates are well-formed by construction: only the rules can refuse them.
  return candidates.filter((event) => ruleRefusal(compiled, state, event) === null);
}

/**
 * The hand's cards of each kind whose requirement holds now, in hand order: any other card makes
 * every move that plays it illegal (cardRefusal), so no such move is even listed.
 */
function playableByKind(
  compiled: CompiledScenario,
  state: GameState,
  seat: SeatId,
  hand: readonly string[],
): Record<CardKind, string[]> {
  const byKind: Record<CardKind, string[]> = {
    proposal: [],
    concession: [],
    demand: [],
    statement: [],
    gesture: [],
  };
  for (const id of hand) {
    const card = compiled.cards.get(id);
    if (card && holds(compiled, state, card.requires, seat)) byKind[card.kind].push(id);
  }
  return byKind;
}

function proposeEvent(seat: SeatId, proposal: string, concession?: string, demand?: string): GameEvent {
  const event: GameEvent = { type: 'PROPOSE', seat, proposal };
  if (concession) event.concession = concession;
  if (demand) event.demand = demand;
  return event;
}

// The cards of a proposal, by the kind each must be: the event's keys are named after the kinds.
const PROPOSAL_SLOTS = ['proposal', 'concession', 'demand'] as const;

function proposeRefusal(
  compiled: CompiledScenario,
  state: GameState,
  e: Extract<GameEvent, { type: 'PROPOSE' }>,
): Refusal | null {
  if (currentTable(state).offer) return refuse('wrong-step', 'a proposal is already on the table');
  let cost = 0;
  for (const kind of PROPOSAL_SLOTS) {
    const id = e[kind];
    if (id === undefined) continue;
    const problem = cardRefusal(compiled, state, e.seat, id, kind);
    if (problem) return problem;
    cost += compiled.cards.get(id)?.cost ?? 0;
  }
  const proposal = compiled.cards.get(e.proposal) as Card;
  for (const id of [e.concession, e.demand]) {
    if (id !== undefined && !fitsProposal(compiled.cards.get(id) as Card, proposal)) {
      return refuse(
        'not-applicable',
        `"${compiled.cards.get(id)?.title}" cannot be attached to "${proposal.title}"`,
      );
    }
  }
  if (state.phase === 'talks') {
    if (proposal.sessionOnly || reachesFormalLevel(compiled, state, [e.proposal, e.concession, e.demand])) {
      return refuse(
        'needs-session',
        `"${proposal.title}" needs a decision of a ${compiled.scenario.commission.shortName} session`,
      );
    }
  }
  return affordable(compiled, state, e.seat, cost);
}

function counterRefusal(
  compiled: CompiledScenario,
  state: GameState,
  e: Extract<GameEvent, { type: 'COUNTER' }>,
): Refusal | null {
  if (state.phase !== 'talks') return refuse('wrong-step', 'there are no counters in a commission session');
  const offer = state.talks.offer;
  if (!offer) return refuse('nothing-on-table', 'there is no proposal on the table to counter');
  if (offer.countered) return refuse('already-countered', 'this exchange has had its counter already');
  const card = compiled.cards.get(e.card);
  const kind = card?.kind === 'demand' ? 'demand' : 'concession';
  const problem = cardRefusal(compiled, state, e.seat, e.card, kind);
  if (problem) return problem;
  const proposal = compiled.cards.get(offer.proposal) as Card;
  if (!fitsProposal(card as Card, proposal)) {
    return refuse('not-applicable', `"${card?.title}" cannot be attached to "${proposal.title}"`);
  }
  const otherSlot = kind === 'concession' ? offer.demand : offer.concession;
  if (reachesFormalLevel(compiled, state, [offer.proposal, e.card, otherSlot?.card])) {
    return refuse(
      'needs-session',
      `with "${card?.title}" the offer would need a ${compiled.scenario.commission.shortName} session`,
    );
  }
  return affordable(compiled, state, e.seat, card?.cost ?? 0);
}

function acceptRefusal(compiled: CompiledScenario, state: GameState, seat: SeatId): Refusal | null {
  const offer = currentTable(state).offer;
  if (!offer) return refuse('nothing-on-table', 'there is no proposal on the table to accept');
  if (offer.demand && offer.demand.by !== seat) {
    return affordable(compiled, state, seat, compiled.cards.get(offer.demand.card)?.acceptCost ?? 0);
  }
  return null;
}

function playAloneRefusal(
  compiled: CompiledScenario,
  state: GameState,
  seat: SeatId,
  cardId: string,
  kind: 'statement' | 'gesture',
): Refusal | null {
  if (state.phase !== 'talks')
    return refuse('wrong-step', `a ${kind} cannot be made in a commission session`);
  if (state.talks.offer) return refuse('wrong-step', 'answer the proposal on the table first');
  return (
    cardRefusal(compiled, state, seat, cardId, kind) ??
    affordable(compiled, state, seat, compiled.cards.get(cardId)?.cost ?? 0)
  );
}

function passRefusal(state: GameState, seat: SeatId, discard?: string): Refusal | null {
  if (currentTable(state).offer) return refuse('wrong-step', 'answer the proposal on the table first');
  if (discard === undefined) return null;
  if (state.phase !== 'talks')
    return refuse('wrong-step', 'cards are set aside only when passing in the talks');
  if (!state.seats[seat]?.hand.includes(discard))
    return refuse('not-in-hand', `"${discard}" is not in your hand`);
  return null;
}

/** The card is in the seat's hand, of the expected kind, and its requirement holds. */
function cardRefusal(
  compiled: CompiledScenario,
  state: GameState,
  seat: SeatId,
  cardId: string,
  kind: CardKind,
): Refusal | null {
  const card = compiled.cards.get(cardId);
  if (!card || !state.seats[seat]?.hand.includes(cardId))
    return refuse('not-in-hand', `"${cardId}" is not in your hand`);
  if (card.kind !== kind) return refuse('wrong-kind', `"${card.title}" is a ${card.kind}, not a ${kind}`);
  if (!holds(compiled, state, card.requires, seat)) {
    return refuse('requirement-not-met', `"${card.title}" cannot be played in the present situation`);
  }
  return null;
}

function affordable(
  compiled: CompiledScenario,
  state: GameState,
  seat: SeatId,
  cost: number,
): Refusal | null {
  const capital = state.seats[seat]?.capital ?? 0;
  return cost > capital
    ? refuse('cannot-afford', `that costs ${cost} capital and the ${seatName(compiled, seat)} has ${capital}`)
    : null;
}

/**
 * A concession or demand fits a proposal that moves one of the issues it applies to (default: any).
 * A loop, not some() with a closure: every AI decision lists the legal moves.
 */
function fitsProposal(attachment: Card, proposal: Card): boolean {
  if (!attachment.appliesTo) return true;
  const moved = proposal.effects.issues;
  if (moved) for (const issue of attachment.appliesTo) if (issue in moved) return true;
  return false;
}

/** Whether applying these cards' effects would raise any issue to its formal level or above. */
export function reachesFormalLevel(
  compiled: CompiledScenario,
  state: GameState,
  cards: readonly (string | undefined)[],
): boolean {
  for (const issue of compiled.scenario.issues) {
    if (issue.formalFrom === undefined) continue;
    let level = state.issues[issue.id] ?? 0;
    const before = level;
    for (const id of cards) {
      const change = id === undefined ? undefined : compiled.cards.get(id)?.effects.issues?.[issue.id];
      if (change !== undefined) level = changeLevel(level, change, issue.levels.length - 1);
    }
    if (level > before && level >= issue.formalFrom) return true;
  }
  return false;
}

/** Whether `event` is an event at all: a known type, a seat of the game, card names where needed. */
function shapeRefusal(compiled: CompiledScenario, event: unknown): Refusal | null {
  if (typeof event !== 'object' || event === null) return refuse('malformed', 'an event must be an object');
  const e = event as Record<string, unknown>;
  if (!GAME_EVENT_TYPES.includes(e.type as GameEvent['type'])) {
    return refuse('malformed', `unknown event type "${String(e.type)}"`);
  }
  if (typeof e.seat !== 'string' || !compiled.seats.includes(e.seat)) {
    return refuse('malformed', `unknown seat "${String(e.seat)}"`);
  }
  const cardKeys =
    e.type === 'PROPOSE'
      ? ['proposal']
      : e.type === 'COUNTER' || String(e.type).startsWith('PLAY_')
        ? ['card']
        : [];
  for (const key of cardKeys)
    if (typeof e[key] !== 'string') return refuse('malformed', `"${key}" must name a card`);
  const optionalCards =
    e.type === 'PROPOSE' ? ['concession', 'demand'] : e.type === 'PASS' ? ['discard'] : [];
  for (const key of optionalCards) {
    if (e[key] !== undefined && typeof e[key] !== 'string') {
      return refuse('malformed', `"${key}" must name a card`);
    }
  }
  return null;
}

function seatName(compiled: CompiledScenario, seat: SeatId): string {
  return compiled.scenario.delegations.find((d) => d.id === seat)?.name ?? seat;
}
