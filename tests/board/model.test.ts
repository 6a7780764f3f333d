import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel, playableCards, revealItems } from '../../src/board/model';
import { compileScenario, createGame } from '../../src/engine/game';
import type { CompiledScenario, GameEvent } from '../../src/engine/types';
import { parseScenario } from '../../src/scenario/parse';

function load(path: string): CompiledScenario {
  const parsed = parseScenario(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return compileScenario(parsed.value);
}

const cairo = load('scenarios/cairo-2022.yaml');
const newGame = (compiled: CompiledScenario) =>
  createGame(compiled, {
    seed: 7,
    seats: Object.fromEntries(compiled.seats.map((s) => [s, { kind: 'human' as const }])),
  });

describe('playableCards: the cards named by legal events, nothing more', () => {
  const cases: { legal: GameEvent[]; cards: string[]; why: string }[] = [
    { legal: [], cards: [], why: 'not your turn' },
    {
      legal: [
        { type: 'PASS', seat: 'us' },
        { type: 'ACCEPT', seat: 'us' },
      ],
      cards: [],
      why: 'no card in these events',
    },
    {
      legal: [{ type: 'PROPOSE', seat: 'us', proposal: 'p', concession: 'c', demand: 'd' }],
      cards: ['p', 'c', 'd'],
      why: 'a proposal with both attachments',
    },
    { legal: [{ type: 'COUNTER', seat: 'ru', card: 'x' }], cards: ['x'], why: 'a counter' },
    {
      legal: [
        { type: 'PLAY_STATEMENT', seat: 'us', card: 's' },
        { type: 'PLAY_GESTURE', seat: 'us', card: 'g' },
      ],
      cards: ['s', 'g'],
      why: 'statements and gestures',
    },
  ];
  it.each(cases)('$why', ({ legal, cards }) => {
    expect([...playableCards(legal)].sort()).toEqual([...cards].sort());
  });
});

describe('buildModel on the default scenario', () => {
  const game = newGame(cairo);
  const viewer = game.awaiting() ?? 'us';
  const model = buildModel({
    compiled: cairo,
    view: game.view(viewer),
    legal: game.legalActions(viewer),
    selectedCard: null,
  });

  it('draws every issue with its levels and formal threshold from the scenario', () => {
    expect(model.lanes.map((l) => l.id)).toEqual(cairo.scenario.issues.map((i) => i.id));
    for (const [i, issue] of cairo.scenario.issues.entries()) {
      expect(model.lanes[i]?.levels).toEqual(issue.levels.map((l) => l.label));
      expect(model.lanes[i]?.formalFrom).toBe(issue.formalFrom ?? null);
    }
    expect(model.commission.levels).toHaveLength(cairo.scenario.commission.levels.length);
  });

  it('labels the rounds by date from the start month', () => {
    expect(model.calendar.rounds).toHaveLength(cairo.totalRounds);
    expect(model.calendar.rounds[0]).toBe('Nov 2022');
    expect(model.calendar.rounds[1]).toBe('Feb 2023');
    expect(model.calendar.current).toBe(1);
  });

  it("shows the viewer's hand, highlights exactly the legal cards, and hides the other objective", () => {
    const hand = game.view(viewer).seats[viewer]?.hand ?? [];
    const playable = playableCards(game.legalActions(viewer));
    expect(model.hand?.map((c) => c.id)).toEqual(hand);
    expect(model.hand?.filter((c) => c.playable).map((c) => c.id)).toEqual(
      hand.filter((id) => playable.has(id)),
    );
    const other = model.seats.find((s) => s.id !== viewer);
    expect(other?.objective).toBeNull();
    expect(model.seats.find((s) => s.id === viewer)?.objective).not.toBeNull();
  });

  it('a spectator has no hand', () => {
    const spectator = buildModel({ compiled: cairo, view: game.view(null), legal: [], selectedCard: null });
    expect(spectator.hand).toBeNull();
    expect(spectator.seats.every((s) => s.objective === null)).toBe(true);
  });

  it('marks the selected card', () => {
    const first = model.hand?.[0]?.id ?? '';
    const selected = buildModel({ compiled: cairo, view: game.view(viewer), legal: [], selectedCard: first });
    expect(selected.hand?.filter((c) => c.selected).map((c) => c.id)).toEqual([first]);
  });

  it('puts dated events on the calendar in date order, inside the game', () => {
    const at = model.calendar.markers.map((m) => m.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(at.every((a) => a >= 0 && a < cairo.totalRounds * cairo.scenario.calendar.monthsPerRound)).toBe(
      true,
    );
  });
});

describe('revealItems: the events step of one round, with the scenario titles', () => {
  const dated = cairo.scenario.events.dated[0];
  const context = cairo.scenario.events.context[0];
  it('keeps order, names averted events with their averted text, and ignores other rounds', () => {
    if (!dated || !context) throw new Error('the default scenario has dated and context events');
    const items = revealItems(
      cairo.scenario,
      [
        { round: 1, kind: 'event-fired', event: dated.id },
        { round: 2, kind: 'round-started' },
        { round: 2, kind: 'event-averted', event: dated.id },
        { round: 2, kind: 'context-drawn', event: context.id, fired: false },
        { round: 2, kind: 'passed', seat: 'us', discarded: null },
      ],
      2,
    );
    expect(items.map((i) => [i.kind, i.title, i.quiet])).toEqual([
      ['averted', dated.title, false],
      ['context', context.title, true],
    ]);
    expect(items[0]?.text).toBe(dated.avertedText ?? dated.text);
  });
});
