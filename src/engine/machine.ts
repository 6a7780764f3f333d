/**
 * The round as an XState v5 machine: events → replenish → talks (propose / counter / respond) →
 * commission session when convened → review → the next round or the end. What each step does to
 * the state is a pure rule function (rules/*.ts) applied through the Immer wrapper, or, for batch
 * runs, to the state in place.
 */
import { and, assign, setup } from 'xstate';
import { isLegal } from './legal';
import { type Rule, step } from './produce';
import { isSessionConvened, openSession } from './rules/commission';
import { accept, counter, propose, reject } from './rules/offers';
import { endGame, isLastRoundDone, review } from './rules/review';
import { isTalksOver, startRound } from './rules/round';
import { initialState } from './rules/setup';
import { pass, playAlone } from './rules/talks';
import type { CompiledScenario, GameEvent, GameState } from './types';

export interface MachineContext {
  compiled: CompiledScenario;
  state: GameState;
}

export interface MachineInput {
  compiled: CompiledScenario;
  seed: number;
}

type Args = { context: MachineContext; event: GameEvent };

/** What an action does to the game state: a rule's recipe, given the event being handled. */
type StateChange = Rule<[GameEvent]>;

/** A recipe for one type of event: the machine runs it only on the transitions for that type. */
const forEvent =
  <E extends GameEvent['type']>(
    recipe: (draft: GameState, c: CompiledScenario, e: Extract<GameEvent, { type: E }>) => void,
  ): StateChange =>
  (draft, compiled, event) =>
    recipe(draft, compiled, event as Extract<GameEvent, { type: E }>);

const CHANGES = {
  startRound,
  propose: forEvent<'PROPOSE'>(propose),
  counter: forEvent<'COUNTER'>(counter),
  accept: forEvent<'ACCEPT'>((draft, c, e) => accept(draft, c, e.seat)),
  reject: forEvent<'REJECT'>((draft, c, e) => reject(draft, c, e.seat)),
  playStatement: forEvent<'PLAY_STATEMENT'>((draft, c, e) => playAlone(draft, c, e.seat, e.card)),
  playGesture: forEvent<'PLAY_GESTURE'>((draft, c, e) => playAlone(draft, c, e.seat, e.card)),
  pass: forEvent<'PASS'>((draft, c, e) => pass(draft, c, e.seat, e.discard)),
  openSession,
  review,
  endByExpiry: (draft, c) => endGame(draft, c, 'expiry'),
  endByCollapse: (draft, c) => endGame(draft, c, 'collapse'),
} satisfies Record<string, StateChange>;

type ActionName = keyof typeof CHANGES;

/** Each change as an assign action: one Immer produce, the next snapshot's context. */
const snapshotAction = (change: StateChange) =>
  assign<MachineContext, GameEvent, undefined, GameEvent, never>({
    state: ({ context, event }: Args) => step(context.state, context.compiled, change, event),
  });

/**
 * Each change applied to the state itself: for batch runs that read each state only before the
 * next move (the simulator). No Immer copy, and no context or snapshot copy either (xstate's assign
 * makes both, and a spawner, on every step).
 */
const inPlaceAction =
  (change: StateChange) =>
  ({ context, event }: Args): void =>
    change(context.state, context.compiled, event);

function actionsOf<A>(make: (change: StateChange) => A): Record<ActionName, A> {
  const actions = {} as Record<ActionName, A>;
  for (const name of Object.keys(CHANGES) as ActionName[]) actions[name] = make(CHANGES[name]);
  return actions;
}

export const roundMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as GameEvent,
    input: {} as MachineInput,
  },
  guards: {
    isLegal: ({ context, event }) => isLegal(context.compiled, context.state, event),
    isCollapsed: ({ context }) => context.state.treaty === 'collapsed',
    isTalksOver: ({ context }) => isTalksOver(context.state, context.compiled),
    isSessionConvened: ({ context }) => isSessionConvened(context.state, context.compiled),
    isSessionOver: ({ context }) => context.state.session === null,
    isLastRoundDone: ({ context }) => isLastRoundDone(context.state, context.compiled),
  },
  actions: actionsOf(snapshotAction),
}).createMachine({
  id: 'treaty',
  context: ({ input }) => ({ compiled: input.compiled, state: initialState(input.compiled, input.seed) }),
  initial: 'roundStart',
  states: {
    roundStart: {
      entry: 'startRound',
      always: [{ guard: 'isCollapsed', target: 'collapsed' }, { target: 'talks' }],
    },
    // Whose move it is and what lies on the table live in the game state, and legal.ts judges every
    // event against them: the talks and the session have no sub-states that would say it twice (and
    // cost an exit and an entry per move). After each move their eventless transitions leave when
    // the treaty has collapsed or the talks (the session) are over.
    talks: {
      always: [
        { guard: 'isCollapsed', target: 'collapsed' },
        { guard: and(['isTalksOver', 'isSessionConvened']), target: 'session', actions: 'openSession' },
        { guard: 'isTalksOver', target: 'review' },
      ],
      on: {
        PROPOSE: { guard: 'isLegal', actions: 'propose' },
        COUNTER: { guard: 'isLegal', actions: 'counter' },
        ACCEPT: { guard: 'isLegal', actions: 'accept' },
        REJECT: { guard: 'isLegal', actions: 'reject' },
        PLAY_STATEMENT: { guard: 'isLegal', actions: 'playStatement' },
        PLAY_GESTURE: { guard: 'isLegal', actions: 'playGesture' },
        PASS: { guard: 'isLegal', actions: 'pass' },
      },
    },
    session: {
      always: [
        { guard: 'isCollapsed', target: 'collapsed' },
        { guard: 'isSessionOver', target: 'review' },
      ],
      on: {
        PROPOSE: { guard: 'isLegal', actions: 'propose' },
        ACCEPT: { guard: 'isLegal', actions: 'accept' },
        REJECT: { guard: 'isLegal', actions: 'reject' },
        PASS: { guard: 'isLegal', actions: 'pass' },
      },
    },
    review: {
      entry: 'review',
      always: [
        { guard: 'isCollapsed', target: 'collapsed' },
        { guard: 'isLastRoundDone', target: 'expired' },
        { target: 'roundStart' },
      ],
    },
    collapsed: { type: 'final', entry: 'endByCollapse' },
    expired: { type: 'final', entry: 'endByExpiry' },
  },
});

/** The same machine, changing one state in place (see inPlaceAction). */
export const inPlaceRoundMachine = roundMachine.provide({ actions: actionsOf(inPlaceAction) });
