import type { Effect, Scenario } from '../schema';

/**
 * Every effect in a scenario and how it comes into play. "offer" effects (proposals and their
 * attachments) are the ones the commission's formal levels restrict.
 */
export interface EffectSource {
  effect: Effect;
  origin: 'offer' | 'alone' | 'event' | 'rules';
  /** A session-only proposal: it only ever applies in a commission session. */
  sessionOnly: boolean;
}

export function effectSources(scenario: Scenario): EffectSource[] {
  const cards = scenario.cards.map(
    (card): EffectSource => ({
      effect: card.effects,
      origin: card.kind === 'statement' || card.kind === 'gesture' ? 'alone' : 'offer',
      sessionOnly: card.kind === 'proposal' && card.sessionOnly,
    }),
  );
  const events = [...scenario.events.dated, ...scenario.events.context].map(
    (event): EffectSource => ({ effect: event.effects, origin: 'event', sessionOnly: false }),
  );
  const { onSuspension, jointStatement, sessionFailed } = scenario.rules;
  const rules: EffectSource[] = [
    { effect: onSuspension, origin: 'rules', sessionOnly: false },
    { effect: jointStatement, origin: 'rules', sessionOnly: true },
    { effect: sessionFailed, origin: 'rules', sessionOnly: true },
  ];
  return [...cards, ...events, ...rules];
}
