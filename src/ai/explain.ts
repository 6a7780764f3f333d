/**
 * The one plain sentence the game log shows for an AI move: what the delegation did and the reason
 * that weighed most — a red line in the persona's own words, the issue it cares most about, tension,
 * or domestic pressure.
 */
import { currentTable } from '../engine/rules/table';
import type { CardId, CompiledScenario, GameEvent, GameState } from '../engine/types';
import type { ScoredAction } from './one-ply';
import type { PersonaProfile } from './persona';

export interface Explanation {
  compiled: CompiledScenario;
  world: GameState;
  persona: PersonaProfile;
  chosen: ScoredAction;
  /** Every action considered: a rejection is explained by the red line that ruled out accepting. */
  scored: readonly ScoredAction[];
}

export function explain(x: Explanation): string {
  const who = `The ${x.persona.delegationName}`;
  const event = x.chosen.event;
  switch (event.type) {
    case 'PROPOSE':
      return `${who} proposes ${title(x, event.proposal)}${attachmentClause(x, event)}: ${motive(x, [event.proposal])}.`;
    case 'COUNTER':
      return `${who} counters with ${title(x, event.card)}: ${counterMotive(x, event.card)}.`;
    case 'ACCEPT':
      return `${who} accepts ${title(x, tabledProposal(x))}: ${motive(x, tabledCards(x))}.`;
    case 'REJECT':
      return `${who} rejects ${title(x, tabledProposal(x))}: ${rejectMotive(x)}`;
    case 'PLAY_STATEMENT':
      return `${who} makes a public statement, ${title(x, event.card)}, to answer critics at home.`;
    case 'PLAY_GESTURE':
      return `${who} makes a gesture, ${title(x, event.card)}, to lower tension.`;
    case 'PASS':
      return event.discard
        ? `${who} passes and sets ${title(x, event.discard)} aside: it has no use for it now.`
        : `${who} passes: nothing in its hand is worth the political capital at this point.`;
  }
}

function rejectMotive(x: Explanation): string {
  const blocked = x.scored.find((action) => action.event.type === 'ACCEPT')?.redLine;
  if (blocked) return sentenceTail(firstSentence(withoutSpeaker(blocked.text)));
  return 'it would give up more than it gains.';
}

function counterMotive(x: Explanation, card: CardId): string {
  return x.compiled.cards.get(card)?.kind === 'demand'
    ? 'it asks for something in return before it can agree'
    : 'it sweetens the deal to get an agreement';
}

/** Why these cards matter: the issue they move that the persona weighs most, or their effect on the table. */
function motive(x: Explanation, cards: readonly CardId[]): string {
  const issue = mostValuedIssue(x, cards);
  if (issue) return `${issue.name.toLowerCase()} matter${issue.name.endsWith('s') ? '' : 's'} most to it`;
  const commission = cards.some((id) => x.compiled.cards.get(id)?.effects.commission !== undefined);
  if (commission) return `it wants a ${x.compiled.scenario.commission.shortName} session to take decisions`;
  return 'it judges the exchange worth its cost';
}

function mostValuedIssue(x: Explanation, cards: readonly CardId[]) {
  let best: { id: string; name: string; weight: number } | null = null;
  for (const issue of x.compiled.scenario.issues) {
    const moved = cards.some((id) => issue.id in (x.compiled.cards.get(id)?.effects.issues ?? {}));
    const weight = x.persona.issueWeights[issue.id] ?? 0;
    if (moved && weight > 0 && (!best || weight > best.weight))
      best = { id: issue.id, name: issue.name, weight };
  }
  return best;
}

function attachmentClause(x: Explanation, event: Extract<GameEvent, { type: 'PROPOSE' }>): string {
  const parts: string[] = [];
  if (event.concession) parts.push(`offering ${title(x, event.concession)}`);
  if (event.demand) parts.push(`asking ${title(x, event.demand)} in return`);
  return parts.length ? `, ${parts.join(' and ')}` : '';
}

function tabledProposal(x: Explanation): CardId {
  return currentTable(x.world).offer?.proposal ?? '';
}

function tabledCards(x: Explanation): CardId[] {
  const offer = currentTable(x.world).offer;
  if (!offer) return [];
  return [offer.proposal, offer.concession?.card, offer.demand?.card].filter((c): c is CardId => !!c);
}

function title(x: Explanation, card: CardId): string {
  return `“${x.compiled.cards.get(card)?.title ?? card}”`;
}

// Opening words that are lower-cased when a red line continues a sentence; names keep their capital.
const COMMON_OPENINGS = new Set([
  'It',
  'We',
  'There',
  'This',
  'That',
  'No',
  'Not',
  'Nothing',
  'Any',
  'Only',
  'The',
]);

/** Red lines are written as quotes ("Russian delegation: we will not …"); the log names the speaker already. */
function withoutSpeaker(text: string): string {
  const match = /^([^:.]{1,60}):\s+(.*)$/s.exec(text.trim());
  return match?.[1]?.toLowerCase().includes('delegation') ? (match[2] ?? text) : text;
}

/** The log line is one sentence: a red line's first sentence carries the position. */
function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text;
}

/** A red line's text continues the sentence after a colon, with one closing full stop. */
function sentenceTail(text: string): string {
  const trimmed = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
  const first = trimmed.split(/\s/, 1)[0] ?? '';
  const start = COMMON_OPENINGS.has(first) ? trimmed.charAt(0).toLowerCase() : trimmed.charAt(0);
  return `${start}${trimmed.slice(1)}.`;
}
