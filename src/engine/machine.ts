/**
 * The round as an XState v5 machine: events → replenish → talks (propose / counter / respond) →
 * commission session when convened → review → the next round or the end. What each step does to
 * the state is a pure rule function (rules/*.ts) applied through the Immer wrapper.
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
  /** Change the state in place instead of making snapshots (batch runs only; see produce.ts). */
  inPlace: boolean;
}

export interface MachineInput {
  compiled: CompiledScenario;
  seed: number;
  inPlace?: boolean;
}

type Args = { context: MachineContext; event: GameEvent };

/** An assign action that runs one rule over the game state. */
const apply = (rule: (args: Args) => Rule<[]>) =>
  assign<MachineContext, GameEvent, undefined, GameEvent, never>({
    state: (args: Args) => step(args.context.state, args.context.compiled, args.context.inPlace, rule(args)),
  });

const on = <E extends GameEvent['type']>(
  recipe: (draft: GameState, c: CompiledScenario, e: Extract<GameEvent, { type: E }>) => void,
) =>
  apply(
    ({ event }) =>
      (draft, compiled) =>
        recipe(draft, compiled, event as Extract<GameEvent, { type: E }>),
  );

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
  actions: {
    startRound: apply(() => startRound),
    propose: on<'PROPOSE'>(propose),
    counter: on<'COUNTER'>(counter),
    accept: on<'ACCEPT'>((draft, c, e) => accept(draft, c, e.seat)),
    reject: on<'REJECT'>((draft, c, e) => reject(draft, c, e.seat)),
    playStatement: on<'PLAY_STATEMENT'>((draft, c, e) => playAlone(draft, c, e.seat, e.card)),
    playGesture: on<'PLAY_GESTURE'>((draft, c, e) => playAlone(draft, c, e.seat, e.card)),
    pass: on<'PASS'>((draft, c, e) => pass(draft, c, e.seat, e.discard)),
    openSession: apply(() => openSession),
    review: apply(() => review),
    endByExpiry: apply(() => (draft, c) => endGame(draft, c, 'expiry')),
    endByCollapse: apply(() => (draft, c) => endGame(draft, c, 'collapse')),
  },
}).createMachine({
  id: 'treaty',
  context: ({ input }) => ({
    compiled: input.compiled,
    state: initialState(input.compiled, input.seed),
    inPlace: input.inPlace ?? false,
  }),
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
