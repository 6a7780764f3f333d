import { describe, expect, it } from 'vitest';
import { gameSeed } from '../../src/ai/batch/seeds';
import { chooseAction } from '../../src/ai/choose';
import { personaFor } from '../../src/ai/persona';
import { crossedRedLine } from '../../src/ai/red-lines';
import { createGame } from '../../src/engine/game';
import { legalActions } from '../../src/engine/legal';
import type { CompiledScenario, GameState, IssueId, SeatId } from '../../src/engine/types';
import { viewFor } from '../../src/engine/view';
import { CAIRO, compiledScenario } from './helpers';

const cairo = () => compiledScenario(CAIRO);

/** A US proposal that moves inspections, from the scenario (so the test follows content edits). */
function usInspectionProposal(compiled: CompiledScenario): string {
  const card = compiled.scenario.cards.find(
    (c) =>
      c.owner === 'us' &&
      c.kind === 'proposal' &&
      !c.sessionOnly &&
      !c.requires &&
      (c.effects.issues?.inspections ?? 0) === 1,
  );
  if (!card) throw new Error('cairo-2022 has no plain US inspection proposal');
  return card.id;
}

/** Round 1 with a US proposal on the table, the Russian delegation to answer. */
function usOfferOnTable(compiled: CompiledScenario, issues: Record<IssueId, number>): GameState {
  const start = createGame(compiled, { seed: 3, seats: {} }).state;
  const proposal = usInspectionProposal(compiled);
  const us = start.seats.us;
  if (!us) throw new Error('no US seat');
  return {
    ...start,
    issues: { ...start.issues, ...issues },
    seats: { ...start.seats, us: { ...us, hand: us.hand.filter((c) => c !== proposal) } },
    talks: {
      ...start.talks,
      lead: 'us',
      awaiting: 'ru',
      offer: { lead: 'us', proposal, concession: null, demand: null, countered: false },
    },
  };
}

function russianAnswer(compiled: CompiledScenario, state: GameState) {
  const legal = legalActions(compiled, state, 'ru');
  return chooseAction({
    compiled,
    view: viewFor(state, 'ru'),
    legal,
    seat: 'ru',
    strength: 'standard',
    seed: 1,
  });
}

describe('personas negotiate like their governments’ records (cairo-2022)', () => {
  it('the Russian delegation ties inspections to the conversion dispute, and says so', () => {
    const compiled = cairo();
    const answer = russianAnswer(compiled, usOfferOnTable(compiled, { conversions: 0, inspections: 0 }));
    expect(answer.event.type).toBe('REJECT');
    const line = personaFor(compiled, 'ru').redLines.find((l) => l.refuse.issues?.includes('inspections'));
    expect(line).toBeDefined();
    expect(answer.reason).toMatch(/^The Russian delegation rejects “.+”: .+\.$/);
    expect(answer.reason.toLowerCase()).toContain('conversions');
  });

  it('the red line lifts once the conversion talks have started', () => {
    const compiled = cairo();
    const ru = personaFor(compiled, 'ru');
    const proposal = [usInspectionProposal(compiled)];
    const blocked = usOfferOnTable(compiled, { conversions: 0, inspections: 0 });
    const lifted = usOfferOnTable(compiled, { conversions: 1, inspections: 0 });
    expect(crossedRedLine(compiled, blocked, ru, proposal)).not.toBeNull();
    expect(crossedRedLine(compiled, lifted, ru, proposal)).toBeNull();
    // Russia now takes the offer up: it accepts it or counters with terms of its own.
    expect(['ACCEPT', 'COUNTER']).toContain(russianAnswer(compiled, lifted).event.type);
  });

  it('the US presses for inspections, Russia for the conversions', { timeout: 30_000 }, () => {
    const compiled = cairo();
    const proposed: Record<SeatId, Record<IssueId, number>> = { us: {}, ru: {} };
    // Count, over standard mirror games, the proposals each side tables by the issue they move.
    for (let i = 0; i < 25; i++) {
      const game = createGame(compiled, { seed: gameSeed(6, i), seats: {} });
      let move = 0;
      for (let seat = game.awaiting(); seat !== null; seat = game.awaiting()) {
        const legal = game.legalActions(seat);
        const { event } = chooseAction({
          compiled,
          view: game.view(seat),
          legal,
          seat,
          strength: 'standard',
          seed: move++,
        });
        if (event.type === 'PROPOSE') {
          for (const issue of Object.keys(compiled.cards.get(event.proposal)?.effects.issues ?? {})) {
            const bySeat = proposed[seat] as Record<IssueId, number>;
            bySeat[issue] = (bySeat[issue] ?? 0) + 1;
          }
        }
        game.send(event);
      }
    }
    expect(proposed.us?.inspections ?? 0).toBeGreaterThan(proposed.ru?.inspections ?? 0);
    expect(proposed.ru?.conversions ?? 0).toBeGreaterThan(proposed.us?.conversions ?? 0);
  });
});
