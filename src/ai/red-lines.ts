/**
 * Red lines: offers a persona refuses while the red line's `unless` condition does not hold, e.g.
 * "no movement on inspections until the conversion dispute is addressed".
 */
import { holds } from '../engine/conditions';
import type { CardId, CompiledScenario, GameState, Offer } from '../engine/types';
import type { LevelChange, RedLine } from '../scenario/schema';
import type { PersonaProfile } from './persona';

/** The first red line of the persona that an offer made of these cards crosses now, if any. */
export function crossedRedLine(
  compiled: CompiledScenario,
  state: GameState,
  persona: PersonaProfile,
  cards: readonly CardId[],
): RedLine | null {
  for (const line of persona.redLines) {
    if (!touches(compiled, line, cards)) continue;
    if (line.unless && holds(compiled, state, line.unless, persona.seat)) continue;
    return line;
  }
  return null;
}

/** The cards of an offer on the table, proposal first. */
export function offerCardIds(offer: Offer): CardId[] {
  const cards = [offer.proposal];
  if (offer.concession) cards.push(offer.concession.card);
  if (offer.demand) cards.push(offer.demand.card);
  return cards;
}

function touches(compiled: CompiledScenario, line: RedLine, cards: readonly CardId[]): boolean {
  const { issues, cards: refusedCards } = line.refuse;
  for (const id of cards) {
    if (refusedCards?.includes(id)) return true;
    const moved = compiled.cards.get(id)?.effects.issues;
    if (moved && issues) for (const issue of issues) if (movesUp(moved[issue])) return true;
  }
  return false;
}

/** A red line is about movement towards agreement; a card that only lowers an issue does not cross it. */
function movesUp(change: LevelChange | undefined): boolean {
  return typeof change === 'number' ? change > 0 : change !== undefined;
}
