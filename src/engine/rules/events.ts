import { holds } from '../conditions';
import { applyEffect } from '../effects';
import { shuffle } from '../rng';
import type { CompiledScenario, GameState } from '../types';
import { record } from './log';
import { markRound } from './marks';

/**
 * Fires the dated events of this round's span of months that resolve at `when` (start: the events step;
 * end: the review), in date order. An event whose condition fails is averted: history changed.
 */
export function resolveDatedEvents(
  state: GameState,
  compiled: CompiledScenario,
  when: 'start' | 'end',
): void {
  for (const event of compiled.datedEvents[state.round - 1]?.[when] ?? []) {
    if (state.treaty === 'collapsed') return;
    if (holds(compiled, state, event.condition)) {
      markRound(state, 'fired', event.id);
      record(state, { kind: 'event-fired', event: event.id });
      applyEffect(state, compiled, event.effects);
    } else {
      markRound(state, 'averted', event.id);
      record(state, { kind: 'event-averted', event: event.id });
    }
  }
}

/** Draws one context event (the deck is reshuffled, seeded, when it runs out); it fires if its condition holds. */
export function drawContextEvent(state: GameState, compiled: CompiledScenario): void {
  const { context } = compiled.scenario.events;
  if (context.length === 0 || state.treaty === 'collapsed') return;
  if (state.contextDeck.length === 0) {
    state.contextDeck = shuffle(
      state,
      context.flatMap((event) => Array.from({ length: event.copies }, () => event.id)),
    );
  }
  const id = state.contextDeck.pop() as string;
  const event = compiled.events.get(id);
  if (!event) return;
  const fires = holds(compiled, state, event.condition);
  record(state, { kind: 'context-drawn', event: id, fired: fires });
  if (fires) {
    markRound(state, 'fired', id);
    applyEffect(state, compiled, event.effects);
  }
}
