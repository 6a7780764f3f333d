/**
 * What the table shows, derived from the render input in one pure pass: the widgets only draw this
 * model, so they hold no game knowledge, and this file can be tested without a browser. Nothing here
 * decides what is legal: playable cards are exactly the cards named by the `legal` events given.
 */

import type { CompiledScenario, GameEvent, GameView, LogEntry, Offer, Phase, SeatId } from '../engine/types';
import { dateLabel, monthIndex, monthLabel } from '../scenario/dates';
import type { Card, CardKind, Scenario, TreatyStatus } from '../scenario/schema';
import { parseColour } from './theme';

export interface BoardInput {
  compiled: CompiledScenario;
  view: GameView;
  legal: GameEvent[];
  selectedCard: string | null;
}

export interface SeatModel {
  id: SeatId;
  name: string;
  shortName: string;
  agency: string;
  colour: number;
  capital: number;
  capitalMax: number;
  pressure: number;
  pressureMax: number;
  handSize: number;
  drawPile: number;
  discards: number;
  /** Gave a concession this round: the review will add pressure. */
  conceded: boolean;
  /** Face up only when the view reveals it. */
  objective: { title: string; text: string } | null;
  leads: boolean;
  awaited: boolean;
  isViewer: boolean;
}

export interface LaneModel {
  id: string;
  name: string;
  levels: string[];
  /** First formal level, or null when the track has none. */
  formalFrom: number | null;
  level: number;
}

export interface CalendarMarker {
  id: string;
  title: string;
  /** Months since the start of the calendar, with the day as a fraction. */
  at: number;
  /** "28 Nov 2022". */
  when: string;
  state: 'ahead' | 'fired' | 'averted';
}

export interface CalendarModel {
  rounds: string[];
  /** 1-based; 0 before the first round. */
  current: number;
  monthsPerRound: number;
  markers: CalendarMarker[];
}

export interface CardFace {
  id: string;
  kind: CardKind;
  title: string;
  cost: number;
  ownerColour: number;
}

export interface HandCard extends CardFace {
  playable: boolean;
  selected: boolean;
}

export interface OfferModel {
  by: SeatModel;
  proposal: CardFace;
  concession: { card: CardFace; by: SeatModel } | null;
  demand: { card: CardFace; by: SeatModel } | null;
  countered: boolean;
}

export interface TalksModel {
  exchange: number;
  exchanges: number;
  lead: SeatModel;
  offer: OfferModel | null;
}

export interface SessionModel {
  commission: string;
  venue: string | null;
  item: number;
  agendaItems: number;
  tabler: SeatModel;
  agreed: number;
  offer: OfferModel | null;
}

export interface RevealItem {
  key: string;
  kind: 'dated' | 'averted' | 'context';
  title: string;
  text: string;
  /** A context event drawn whose condition did not hold. */
  quiet: boolean;
}

export interface BoardModel {
  scenarioKey: string;
  round: number;
  roundLabel: string;
  totalRounds: number;
  phase: Phase;
  calendar: CalendarModel;
  lanes: LaneModel[];
  commission: LaneModel;
  commissionShort: string;
  sessionsHeld: number;
  tension: { value: number; max: number; high: number };
  treaty: TreatyStatus;
  /** In table order: the scenario's first delegation first. */
  seats: [SeatModel, SeatModel];
  hand: HandCard[] | null;
  talks: TalksModel | null;
  session: SessionModel | null;
  ended: { reason: string } | null;
  reveal: RevealItem[];
}

export function buildModel(input: BoardInput): BoardModel {
  const { compiled, view } = input;
  const { scenario } = compiled;
  const seats = seatModels(input);
  const seatById = (id: SeatId) => seats.find((s) => s.id === id) ?? seats[0];
  const currentMonth = compiled.startMonth + (Math.max(view.round, 1) - 1) * scenario.calendar.monthsPerRound;
  return {
    scenarioKey: `${scenario.id}:${compiled.hash}`,
    round: view.round,
    roundLabel: monthLabel(currentMonth),
    totalRounds: compiled.totalRounds,
    phase: view.phase,
    calendar: calendarModel(compiled, view),
    lanes: scenario.issues.map((issue) => ({
      id: issue.id,
      name: issue.name,
      levels: issue.levels.map((l) => l.label),
      formalFrom: issue.formalFrom ?? null,
      level: view.issues[issue.id] ?? issue.start,
    })),
    commission: {
      id: 'commission',
      name: scenario.commission.shortName,
      levels: scenario.commission.levels.map((l) => l.label),
      formalFrom: null,
      level: view.commission,
    },
    commissionShort: scenario.commission.shortName,
    sessionsHeld: view.sessionsHeld,
    tension: { value: view.tension, max: scenario.rules.tensionMax, high: scenario.rules.highTension },
    treaty: view.treaty,
    seats,
    hand: handModel(input),
    talks:
      view.phase === 'talks'
        ? {
            exchange: view.talks.exchange,
            exchanges: scenario.rules.exchangesPerRound,
            lead: seatById(view.talks.lead),
            offer: offerModel(compiled, view.talks.offer, seatById),
          }
        : null,
    session:
      view.phase === 'session' && view.session
        ? {
            commission: scenario.commission.shortName,
            venue: scenario.commission.venue ?? null,
            item: view.session.item,
            agendaItems: scenario.commission.agendaItems,
            tabler: seatById(view.session.tabler),
            agreed: view.session.agreed,
            offer: offerModel(compiled, view.session.offer, seatById),
          }
        : null,
    ended: view.phase === 'ended' ? { reason: view.result?.reason ?? 'expiry' } : null,
    reveal: revealItems(scenario, view.log, view.round),
  };
}

/** Every card named by a legal event: the board highlights them, it never works legality out. */
export function playableCards(legal: readonly GameEvent[]): Set<string> {
  const cards = new Set<string>();
  for (const event of legal) {
    switch (event.type) {
      case 'PROPOSE':
        cards.add(event.proposal);
        if (event.concession) cards.add(event.concession);
        if (event.demand) cards.add(event.demand);
        break;
      case 'COUNTER':
      case 'PLAY_STATEMENT':
      case 'PLAY_GESTURE':
        cards.add(event.card);
        break;
      default:
        break;
    }
  }
  return cards;
}

function seatModels(input: BoardInput): [SeatModel, SeatModel] {
  const { compiled, view } = input;
  const { scenario } = compiled;
  const awaited = awaitedSeat(view);
  const leader =
    view.phase === 'session' ? view.session?.tabler : view.phase === 'talks' ? view.talks.lead : null;
  const [first, second] = scenario.delegations.map((d): SeatModel => {
    const seat = view.seats[d.id];
    const objective = seat?.objective ? scenario.objectives.find((o) => o.id === seat.objective) : undefined;
    return {
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      agency: d.agency,
      colour: parseColour(d.colour),
      capital: seat?.capital ?? 0,
      capitalMax: scenario.rules.capitalMax,
      pressure: seat?.pressure ?? 0,
      pressureMax: scenario.rules.pressureMax,
      handSize: seat?.handSize ?? 0,
      drawPile: seat?.drawPileSize ?? 0,
      discards: seat?.discard.length ?? 0,
      conceded: seat?.conceded ?? false,
      objective: objective ? { title: objective.title, text: objective.text } : null,
      leads: leader === d.id,
      awaited: awaited === d.id,
      isViewer: view.viewer === d.id,
    };
  });
  // The schema guarantees exactly two delegations.
  return [first!, second!];
}

function awaitedSeat(view: GameView): SeatId | null {
  if (view.phase === 'talks') return view.talks.awaiting;
  if (view.phase === 'session') return view.session?.awaiting ?? null;
  return null;
}

function calendarModel(compiled: CompiledScenario, view: GameView): CalendarModel {
  const { monthsPerRound } = compiled.scenario.calendar;
  const rounds = Array.from({ length: compiled.totalRounds }, (_, i) =>
    monthLabel(compiled.startMonth + i * monthsPerRound),
  );
  const span = compiled.totalRounds * monthsPerRound;
  const markers: CalendarMarker[] = [];
  for (const event of compiled.scenario.events.dated) {
    const at = monthIndex(event.date) - compiled.startMonth + dayFraction(event.date);
    if (at < 0 || at >= span) continue;
    const state =
      view.fired[event.id] !== undefined
        ? 'fired'
        : view.averted[event.id] !== undefined
          ? 'averted'
          : 'ahead';
    markers.push({ id: event.id, title: event.title, at, when: dateLabel(event.date), state });
  }
  markers.sort((a, b) => a.at - b.at);
  return { rounds, current: Math.min(view.round, compiled.totalRounds), monthsPerRound, markers };
}

function dayFraction(date: string): number {
  const day = Number(date.split('-')[2]);
  return Number.isFinite(day) && day > 0 ? (day - 1) / 31 : 0;
}

function handModel(input: BoardInput): HandCard[] | null {
  const { compiled, view, selectedCard } = input;
  if (view.viewer === null) return null;
  const hand = view.seats[view.viewer]?.hand;
  if (!hand) return null;
  const playable = playableCards(input.legal);
  return hand.map((id) => ({
    ...cardFace(compiled, id),
    playable: playable.has(id),
    selected: id === selectedCard,
  }));
}

function cardFace(compiled: CompiledScenario, id: string): CardFace {
  const card: Card | undefined = compiled.cards.get(id);
  const owner = compiled.scenario.delegations.find((d) => d.id === card?.owner);
  return {
    id,
    kind: card?.kind ?? 'statement',
    title: card?.title ?? id,
    cost: card?.cost ?? 0,
    ownerColour: owner ? parseColour(owner.colour) : 0x777777,
  };
}

function offerModel(
  compiled: CompiledScenario,
  offer: Offer | null,
  seatById: (id: SeatId) => SeatModel,
): OfferModel | null {
  if (!offer) return null;
  const attached = (a: Offer['concession']) =>
    a ? { card: cardFace(compiled, a.card), by: seatById(a.by) } : null;
  return {
    by: seatById(offer.lead),
    proposal: cardFace(compiled, offer.proposal),
    concession: attached(offer.concession),
    demand: attached(offer.demand),
    countered: offer.countered,
  };
}

/** The events step of this round, in the order it happened, with the scenario's titles. */
export function revealItems(scenario: Scenario, log: readonly LogEntry[], round: number): RevealItem[] {
  const items: RevealItem[] = [];
  log.forEach((entry, index) => {
    if (entry.round !== round) return;
    if (entry.kind !== 'event-fired' && entry.kind !== 'event-averted' && entry.kind !== 'context-drawn')
      return;
    const dated = scenario.events.dated.find((e) => e.id === entry.event);
    const context = scenario.events.context.find((e) => e.id === entry.event);
    const event = dated ?? context;
    const averted = entry.kind === 'event-averted';
    items.push({
      key: `${round}:${index}`,
      kind: averted ? 'averted' : entry.kind === 'context-drawn' ? 'context' : 'dated',
      title: event?.title ?? entry.event,
      text: (averted ? dated?.avertedText : undefined) ?? event?.text ?? '',
      quiet: entry.kind === 'context-drawn' && !entry.fired,
    });
  });
  return items;
}
