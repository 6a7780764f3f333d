import { roundLabel } from './calendar';
import type { CompiledScenario, LogEntry, SeatId } from './types';

/** The log in plain sentences, for the game log, the debrief and the simulator's transcripts. */
export function narrate(compiled: CompiledScenario, entry: LogEntry): string {
  const name = (seat: SeatId) => compiled.scenario.delegations.find((d) => d.id === seat)?.name ?? seat;
  const card = (id: string) => `“${compiled.cards.get(id)?.title ?? id}”`;
  const event = (id: string) => `“${compiled.events.get(id)?.title ?? id}”`;
  const commission = compiled.scenario.commission.shortName;
  switch (entry.kind) {
    case 'round-started':
      return `Round ${entry.round} of ${compiled.totalRounds} opens: ${roundLabel(compiled, entry.round)}.`;
    case 'event-fired':
      return `Event: ${event(entry.event)}.`;
    case 'event-averted': {
      const dated = compiled.scenario.events.dated.find((e) => e.id === entry.event);
      return `History changed: ${event(entry.event)} did not happen.${dated?.avertedText ? ` ${dated.avertedText}` : ''}`;
    }
    case 'context-drawn':
      return entry.fired
        ? `In the news: ${event(entry.event)}.`
        : `In the news: ${event(entry.event)} — it has no effect in the present situation.`;
    case 'proposed': {
      const extras = [
        entry.concession ? `offering ${card(entry.concession)}` : '',
        entry.demand ? `asking ${card(entry.demand)} in return` : '',
      ].filter(Boolean);
      return `The ${name(entry.seat)} proposes ${card(entry.proposal)}${extras.length ? `, ${extras.join(' and ')}` : ''}.`;
    }
    case 'countered':
      return `The ${name(entry.seat)} counters with ${card(entry.card)}${entry.replaced ? ` in place of ${card(entry.replaced)}` : ''}.`;
    case 'accepted':
      return `The ${name(entry.seat)} accepts ${card(entry.proposal)}.`;
    case 'rejected':
      return `The ${name(entry.seat)} rejects ${card(entry.proposal)}.`;
    case 'statement':
      return `The ${name(entry.seat)} makes a statement: ${card(entry.card)}.`;
    case 'gesture':
      return `The ${name(entry.seat)} makes a gesture: ${card(entry.card)}.`;
    case 'passed':
      return entry.discarded
        ? `The ${name(entry.seat)} passes and sets ${card(entry.discarded)} aside.`
        : `The ${name(entry.seat)} passes.`;
    case 'session-opened':
      return `A ${commission} session convenes.`;
    case 'session-closed':
      return entry.agreed > 0
        ? `The ${commission} session closes with a joint statement (${entry.agreed} item${entry.agreed === 1 ? '' : 's'} agreed).`
        : `The ${commission} session closes without agreement.`;
    case 'treaty-changed':
      return entry.status === 'suspended'
        ? 'Participation in the treaty is suspended.'
        : entry.status === 'in-force'
          ? 'Full participation in the treaty is restored.'
          : 'The treaty has collapsed.';
    case 'objective-met':
      return `The ${name(entry.seat)} meets its objective ${`“${compiled.objectives.get(entry.objective)?.title ?? entry.objective}”`}.`;
    case 'game-ended':
      return entry.reason === 'expiry'
        ? 'The treaty reaches its expiry date: the game ends.'
        : 'The game ends with the collapse of the treaty.';
  }
}
