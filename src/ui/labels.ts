/** Words for the game's values, in one place so every panel says the same thing. */
import type {
  CardKind,
  CompiledScenario,
  Phase,
  SeatController,
  SeatId,
  TreatyStatus,
} from '../engine/types';

export const KIND_LABELS: Record<CardKind, string> = {
  proposal: 'Proposal',
  concession: 'Concession',
  demand: 'Demand',
  statement: 'Statement',
  gesture: 'Gesture',
};

export const TREATY_LABELS: Record<TreatyStatus, string> = {
  'in-force': 'In force',
  suspended: 'Participation suspended',
  collapsed: 'Collapsed',
};

export const PHASE_LABELS: Record<Phase, string> = {
  talks: 'Talks',
  session: 'Commission session',
  ended: 'Game over',
};

export function controllerLabel(controller: SeatController | undefined): string {
  if (!controller || controller.kind === 'human') return 'Human';
  if (controller.kind === 'random') return 'Random';
  return `AI · ${controller.strength}`;
}

export function delegation(compiled: CompiledScenario, seat: SeatId | null | undefined) {
  return compiled.scenario.delegations.find((d) => d.id === seat);
}

export function seatName(compiled: CompiledScenario, seat: SeatId | null | undefined): string {
  return delegation(compiled, seat)?.name ?? String(seat ?? '');
}

export function seatShortName(compiled: CompiledScenario, seat: SeatId | null | undefined): string {
  return delegation(compiled, seat)?.shortName ?? String(seat ?? '');
}

export function cardTitle(compiled: CompiledScenario, cardId: string | null | undefined): string {
  if (!cardId) return '';
  return compiled.cards.get(cardId)?.title ?? cardId;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
