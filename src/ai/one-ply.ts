/**
 * The standard AI's judgement: every legal action scored one move ahead. An action's value is the
 * persona's value of the situation after it; a proposal or counter is worth the outcomes of the
 * other side's answer, weighted by how likely the AI thinks the other side is to accept (judged from
 * the other delegation's public persona and red lines). Red lines are never crossed.
 */
import { currentTable } from '../engine/rules/table';
import type { CompiledScenario, GameEvent, GameState, Offer, SeatId } from '../engine/types';
import type { RedLine } from '../scenario/schema';
import { situationValue, type ValueOptions } from './evaluate';
import { applyMove, stateAfterMove } from './outcome';
import { type PersonaProfile, personaFor } from './persona';
import { projectInPlace } from './projection';
import { crossedRedLine, offerCardIds } from './red-lines';

export interface Deliberation {
  compiled: CompiledScenario;
  /** A full state consistent with the seat's view (hidden parts sampled). */
  world: GameState;
  seat: SeatId;
  legal: readonly GameEvent[];
  options: ValueOptions;
}

export interface ScoredAction {
  event: GameEvent;
  value: number;
  /** The red line that rules this action out, if any (refusing to accept, or to propose). */
  redLine: RedLine | null;
  /** For proposals and counters: the estimated chance the other side accepts. */
  acceptChance: number | null;
}

// Value given to an action that crosses one's own red line: below anything else, still comparable.
const RED_LINE_VALUE = -1000;
// How sharply the other side's acceptance follows its gain (score points per logit).
const ACCEPT_TEMPERATURE = 1.5;
// The chance that a delegation accepts an offer crossing its red line (the AI does not rule it out).
const RED_LINE_ACCEPT_CHANCE = 0.02;
// Every card played is replaced by a fresh draw: worth a little, so hands of dead cards get renewed.
const RENEWAL_VALUE = 0.25;
// Setting aside a card that could be played now throws away an option.
const USABLE_CARD_VALUE = 0.5;
// A persona that concedes readily (concede 1) adds this much to an offer with its concession; 0 subtracts it.
const CONCEDE_BIAS = 2;

export function scoreActions(d: Deliberation): ScoredAction[] {
  const persona = personaFor(d.compiled, d.seat);
  const usable = usableCards(d.legal);
  // Passing is worth the same whichever card is set aside (the hand is not valued; handRenewal is):
  // computed once per decision.
  let passing: number | undefined;
  const scored: ScoredAction[] = [];
  for (const event of d.legal) {
    let action: ScoredAction;
    if (event.type === 'PASS') {
      passing ??= value(d, persona, outcome(d, { type: 'PASS', seat: d.seat }));
      action = plain(event, passing);
    } else {
      action = scoreAction(d, persona, event);
    }
    if (d.options.foresight) action.value += handRenewal(event, usable);
    scored.push(action);
  }
  return scored;
}

/**
 * Every card that leaves the hand is replaced by a fresh draw next round: worth a little, so that
 * hands do not fill with dead cards. A card set aside while it could still be played is a loss.
 */
function handRenewal(event: GameEvent, usable: ReadonlySet<string>): number {
  switch (event.type) {
    case 'PROPOSE':
      return RENEWAL_VALUE * (1 + (event.concession ? 1 : 0) + (event.demand ? 1 : 0));
    case 'COUNTER':
    case 'PLAY_STATEMENT':
    case 'PLAY_GESTURE':
      return RENEWAL_VALUE;
    case 'PASS':
      if (event.discard === undefined) return 0;
      return usable.has(event.discard) ? -USABLE_CARD_VALUE : RENEWAL_VALUE;
    default:
      return 0;
  }
}

/** The cards some legal action (other than setting a card aside) would play now. */
function usableCards(legal: readonly GameEvent[]): Set<string> {
  const cards = new Set<string>();
  for (const event of legal) {
    if (event.type === 'PROPOSE') {
      cards.add(event.proposal);
      if (event.concession) cards.add(event.concession);
      if (event.demand) cards.add(event.demand);
    } else if (event.type === 'COUNTER' || event.type === 'PLAY_STATEMENT' || event.type === 'PLAY_GESTURE') {
      cards.add(event.card);
    }
  }
  return cards;
}

function scoreAction(d: Deliberation, persona: PersonaProfile, event: GameEvent): ScoredAction {
  const offer = currentTable(d.world).offer;
  switch (event.type) {
    case 'PROPOSE':
      return scoreProposal(d, persona, event);
    case 'COUNTER':
      return scoreCounter(d, persona, event, offer as Offer);
    case 'ACCEPT':
      return scoreAccept(d, persona, event, offer as Offer);
    default:
      return plain(event, value(d, persona, outcome(d, event)));
  }
}

function scoreProposal(
  d: Deliberation,
  persona: PersonaProfile,
  event: Extract<GameEvent, { type: 'PROPOSE' }>,
): ScoredAction {
  const cards = [event.proposal];
  if (event.concession !== undefined) cards.push(event.concession);
  if (event.demand !== undefined) cards.push(event.demand);
  return scoreOffer(d, persona, event, cards, persona.other, event.concession !== undefined);
}

function scoreCounter(
  d: Deliberation,
  persona: PersonaProfile,
  event: Extract<GameEvent, { type: 'COUNTER' }>,
  offer: Offer,
): ScoredAction {
  const cards = [...offerCardIds(offer), event.card];
  const concedes = d.compiled.cards.get(event.card)?.kind === 'concession';
  return scoreOffer(d, persona, event, cards, offer.lead, concedes);
}

/**
 * A move that puts an offer to the other side (a proposal, or a counter): worth the two answers,
 * weighted by the chance of acceptance; a persona that concedes readily likes offering concessions.
 */
function scoreOffer(
  d: Deliberation,
  persona: PersonaProfile,
  move: GameEvent,
  cards: string[],
  answerer: SeatId,
  concedes: boolean,
): ScoredAction {
  const ownLine = crossedRedLine(d.compiled, d.world, persona, cards);
  const [accepted, rejected] = answers(d, move, answerer);
  const chance = acceptChance(d, personaFor(d.compiled, answerer), cards, accepted, rejected);
  const bias = concedes ? (persona.concede - 0.5) * CONCEDE_BIAS : 0;
  const expected = chance * value(d, persona, accepted) + (1 - chance) * value(d, persona, rejected) + bias;
  return {
    event: move,
    value: ownLine ? RED_LINE_VALUE + expected : expected,
    redLine: ownLine,
    acceptChance: chance,
  };
}

function scoreAccept(
  d: Deliberation,
  persona: PersonaProfile,
  event: Extract<GameEvent, { type: 'ACCEPT' }>,
  offer: Offer,
): ScoredAction {
  const line = crossedRedLine(d.compiled, d.world, persona, offerCardIds(offer));
  const accepted = value(d, persona, outcome(d, event)) + (persona.concede - 0.5);
  return { event, value: line ? RED_LINE_VALUE + accepted : accepted, redLine: line, acceptChance: null };
}

/** How likely the answering delegation accepts, judged from its public persona only. */
function acceptChance(
  d: Deliberation,
  answerer: PersonaProfile,
  cards: string[],
  accepted: GameState,
  rejected: GameState,
): number {
  if (crossedRedLine(d.compiled, d.world, answerer, cards)) return RED_LINE_ACCEPT_CHANCE;
  const other = { foresight: d.options.foresight, objective: false, rivalry: d.options.rivalry };
  const gain =
    situationValue(d.compiled, accepted, answerer, other) -
    situationValue(d.compiled, rejected, answerer, other);
  return 1 / (1 + Math.exp(-gain / ACCEPT_TEMPERATURE));
}

/** The situation after this move; with foresight, as the end of the round will leave it. */
function outcome(d: Deliberation, move: GameEvent): GameState {
  return projected(d, stateAfterMove(d.compiled, d.world, move));
}

/** The outcomes of both answers to an offer: the offer is made once, then copied for acceptance. */
function answers(d: Deliberation, offer: GameEvent, answerer: SeatId): [GameState, GameState] {
  const offered = stateAfterMove(d.compiled, d.world, offer);
  const accepted = stateAfterMove(d.compiled, offered, { type: 'ACCEPT', seat: answerer });
  const rejected = applyMove(d.compiled, offered, { type: 'REJECT', seat: answerer });
  return [projected(d, accepted), projected(d, rejected)];
}

function projected(d: Deliberation, state: GameState): GameState {
  return d.options.foresight ? projectInPlace(d.compiled, state) : state;
}

function value(d: Deliberation, persona: PersonaProfile, state: GameState): number {
  return situationValue(d.compiled, state, persona, d.options);
}

function plain(event: GameEvent, v: number): ScoredAction {
  return { event, value: v, redLine: null, acceptChance: null };
}
