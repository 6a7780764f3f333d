/**
 * The scenario format: one zod source for the TypeScript types, validation and the JSON Schema that
 * editors use (scenarios/scenario.schema.json). Every field carries a description, because the
 * description is what a designer sees when hovering in the editor.
 *
 * Written with zod/mini, the functional API of zod 4: unlike classic zod, whose methods hang on
 * prototypes, it tree-shakes, which keeps the validator a few KB in the browser bundle instead of ~90 KB.
 */

import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini loads no messages by default; the parser rewords some issues and passes the rest through.
z.config(en());

/** A copy of `schema` carrying `description`, as classic zod's `.describe()` makes it. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** Like classic `.optional().describe(…)`. */
const optional = <T extends z.ZodMiniType>(schema: T, description: string) =>
  described(z.optional(schema), description);

/** A whole number with optional inclusive bounds. */
function int(min?: number, max?: number): z.ZodMiniInt {
  const checks = [
    ...(min === undefined ? [] : [z.minimum(min)]),
    ...(max === undefined ? [] : [z.maximum(max)]),
  ];
  return checks.length === 0 ? z.int() : z.int().check(...checks);
}

/** A number with inclusive bounds. */
const number = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

const text = (what: string) => described(z.string().check(z.minLength(1), z.maxLength(4000)), what);
const id = (what: string) =>
  described(
    z
      .string()
      .check(
        z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case kebab-case, like "us-visa-guarantee"'),
        z.maxLength(80),
      ),
    what,
  );

/** A calendar month "2022-11" or a day "2022-11-28". */
export const DateText = described(
  z
    .string()
    .check(
      z.regex(
        /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
        'a date is written "YYYY-MM" or "YYYY-MM-DD", like "2022-11" or "2022-11-28"',
      ),
    ),
  'A date, "YYYY-MM" or "YYYY-MM-DD".',
);

export const TREATY_STATUSES = ['in-force', 'suspended', 'collapsed'] as const;
export const TreatyStatus = described(
  z.enum(TREATY_STATUSES),
  'Treaty status: "in-force", "suspended" (participation suspended) or "collapsed" (terminal).',
);

export const CARD_KINDS = ['proposal', 'concession', 'demand', 'statement', 'gesture'] as const;
export const CardKind = described(
  z.enum(CARD_KINDS),
  'proposal: moves issues if accepted; concession / demand: attached to a proposal; statement and gesture: played alone.',
);

export const Source = described(
  z.strictObject({
    title: text('Title of the document, article or statement.'),
    publisher: text('Who published it: a ministry, a news agency, a research body.'),
    date: optional(DateText, 'When it was published.'),
    url: optional(z.url().check(z.maxLength(2000)), 'Where to read it.'),
  }),
  'Where a claim comes from. Every card and event must cite one.',
);

/** An inclusive range over a number; either bound may be left out. */
export const Range = described(
  z.strictObject({
    atLeast: optional(int(), 'Holds when the value is at least this.'),
    atMost: optional(int(), 'Holds when the value is at most this.'),
  }),
  'An inclusive range: { atLeast: 2 }, { atMost: 4 } or both.',
);

/**
 * A condition over the game state. Every key given must hold (they are joined by "and");
 * use `any` for "or" and `not` for negation. An empty condition always holds.
 */
export interface Condition {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  tension?: z.infer<typeof Range>;
  issues?: Record<string, z.infer<typeof Range>>;
  commission?: z.infer<typeof Range>;
  sessionsHeld?: z.infer<typeof Range>;
  treaty?: z.infer<typeof TreatyStatus>[];
  capital?: Record<string, z.infer<typeof Range>>;
  pressure?: Record<string, z.infer<typeof Range>>;
  round?: z.infer<typeof Range>;
  date?: { from?: string; before?: string };
  fired?: string[];
  notFired?: string[];
}

export const Condition: z.ZodMiniType<Condition> = described(
  z.strictObject({
    get all() {
      return optional(z.array(Condition).check(z.maxLength(50)), 'Every one of these conditions holds.');
    },
    get any() {
      return optional(
        z.array(Condition).check(z.minLength(1), z.maxLength(50)),
        'At least one of these conditions holds.',
      );
    },
    get not() {
      return optional(Condition, 'This condition does not hold.');
    },
    tension: optional(Range, 'The shared tension gauge is in this range.'),
    issues: optional(
      z.record(z.string(), Range),
      'Issue id → range of its level, e.g. { inspections: { atMost: 1 } }.',
    ),
    commission: optional(Range, 'The commission track level is in this range.'),
    sessionsHeld: optional(Range, 'The number of commission sessions held so far is in this range.'),
    treaty: optional(z.array(TreatyStatus).check(z.minLength(1)), 'The treaty status is one of these.'),
    capital: optional(
      z.record(z.string(), Range),
      'Delegation id (or "self" / "other" on cards) → range of its capital.',
    ),
    pressure: optional(
      z.record(z.string(), Range),
      'Delegation id (or "self" / "other" on cards) → range of its pressure.',
    ),
    round: optional(Range, 'The round number (1 is the first) is in this range.'),
    date: optional(
      z.strictObject({
        from: optional(DateText, 'The round starts on or after this date.'),
        before: optional(DateText, 'The round starts before this date.'),
      }),
      'The current round starts within these dates.',
    ),
    fired: optional(z.array(z.string()), 'These events have fired.'),
    notFired: optional(z.array(z.string()), 'None of these events has fired.'),
  }),
  'A condition over the game state. All keys given must hold; use "any" for or, "not" for negation.',
);

/** How an effect changes a level: a number adds (or subtracts); { to: n } sets; atMost / atLeast clamp. */
export const LevelChange = described(
  z.union([
    int(-20, 20),
    z.strictObject({
      to: optional(int(), 'Set the level to this.'),
      atMost: optional(int(), 'Lower the level to this if it is above.'),
      atLeast: optional(int(), 'Raise the level to this if it is below.'),
    }),
  ]),
  'A change: +1 / -2 adds; { to: 1 } sets; { atMost: 1 } lowers to 1 if higher; { atLeast: 2 } raises.',
);

export const TREATY_CHANGES = ['suspend', 'resume', 'collapse'] as const;

export const Effect = described(
  z.strictObject({
    tension: optional(LevelChange, 'Change the shared tension gauge.'),
    issues: optional(z.record(z.string(), LevelChange), 'Issue id → change of its level.'),
    commission: optional(LevelChange, 'Change the commission track.'),
    capital: optional(
      z.record(z.string(), LevelChange),
      'Who → change of capital. Who is a delegation id, "both", or on cards "self" / "other".',
    ),
    pressure: optional(
      z.record(z.string(), LevelChange),
      'Who → change of pressure. Who is a delegation id, "both", or on cards "self" / "other".',
    ),
    treaty: optional(
      z.enum(TREATY_CHANGES),
      'Suspend participation, resume full participation, or collapse the treaty (ends the game).',
    ),
    draw: optional(z.record(z.string(), int(0, 5)), 'Who → number of extra cards drawn.'),
  }),
  'What happens. All keys given apply together.',
);

const Attributed = {
  title: text('Short title shown on the card.'),
  text: text('What is said or done, attributed: "The Russian MFA says …". Plain language.'),
  attribution: text('Who makes the claim: a government body or named official.'),
  source: Source,
};

export const Card = described(
  z.strictObject({
    id: id('Stable id of the card, unique in the scenario.'),
    owner: described(z.string(), 'Id of the delegation whose deck holds this card.'),
    kind: CardKind,
    ...Attributed,
    cost: described(z._default(int(0, 10), 0), 'Capital the player pays to play it.'),
    acceptCost: described(
      z._default(int(0, 10), 0),
      'Demands only: capital the other side pays to accept a proposal that carries this demand.',
    ),
    requires: optional(Condition, 'The card can only be played while this holds.'),
    sessionOnly: described(
      z._default(z.boolean(), false),
      'Proposals only: can only be tabled in a commission session. Proposals that would reach a formal level are session-only anyway.',
    ),
    appliesTo: optional(
      z.array(z.string()),
      'Concessions and demands only: the issues of proposals this can be attached to (default: any).',
    ),
    effects: described(
      z._default(Effect, {}),
      'Proposals, concessions and demands: applied when the proposal is accepted. Statements and gestures: applied at once. "self" is the card owner.',
    ),
  }),
  'A delegation card.',
);

const EventBase = {
  id: id('Stable id of the event, unique in the scenario.'),
  ...Attributed,
  condition: optional(Condition, 'The event fires only if this holds (default: always).'),
  effects: described(z._default(Effect, {}), 'What the event does when it fires.'),
};

export const DatedEvent = described(
  z.strictObject({
    ...EventBase,
    date: described(DateText, 'When it happened. It fires in the round whose window holds this date.'),
    when: described(
      z._default(z.enum(['start', 'end']), 'start'),
      '"start": fires in the events step of its round; "end": fires at review, after the talks.',
    ),
    avertedText: z.optional(text('Shown in the log when the condition does not hold and history changes.')),
  }),
  'A dated event from the historical timeline.',
);

export const ContextEvent = described(
  z.strictObject({
    ...EventBase,
    copies: described(z._default(int(1, 5), 1), 'How many copies are shuffled into the deck.'),
  }),
  'A context event: one is drawn each round (seeded).',
);

export const Objective = described(
  z.strictObject({
    id: id('Stable id of the objective.'),
    title: text('Short title.'),
    text: text('What the delegation is asked to achieve.'),
    goal: described(Condition, 'The state that meets the objective.'),
    deadline: optional(DateText, 'The goal must be met at a review of a round that starts before this date.'),
    atEnd: described(
      z._default(z.boolean(), false),
      'If true the goal must hold when the game ends; otherwise holding once at a review is enough.',
    ),
    points: described(int(0, 50), 'Points scored when met.'),
  }),
  'A hidden objective.',
);

export const RedLine = described(
  z.strictObject({
    id: id('Stable id of the red line.'),
    text: text('The position, as the delegation would say it; shown in the AI log.'),
    refuse: described(
      z.strictObject({
        issues: optional(z.array(z.string()), 'Refuse proposals that move any of these issues.'),
        cards: optional(z.array(z.string()), 'Refuse offers that carry any of these cards.'),
      }),
      'What the AI refuses.',
    ),
    unless: optional(Condition, 'The red line is lifted while this holds.'),
  }),
  "A red line of an AI persona: offers it refuses while the condition doesn't hold.",
);

export const Persona = described(
  z.strictObject({
    name: text('Name of the persona, e.g. "Career diplomat".'),
    description: z.optional(text('How it negotiates, in a sentence.')),
    weights: described(
      z._default(z.record(z.string(), number(0, 10)), {}),
      'Issue id (or "commission", "tension") → how much it cares. Defaults to the issue weights.',
    ),
    riskTolerance: described(z._default(number(0, 1), 0.5), '0: avoids tension; 1: accepts it freely.'),
    concede: described(z._default(number(0, 1), 0.5), '0: never attaches concessions; 1: concedes readily.'),
    redLines: described(z._default(z.array(RedLine), []), 'Offers it refuses.'),
  }),
  'How the AI plays this delegation.',
);

export const Delegation = described(
  z.strictObject({
    id: id('Stable id of the delegation, e.g. "us".'),
    name: text('Full name, e.g. "United States delegation".'),
    shortName: described(
      z.string().check(z.minLength(1), z.maxLength(12)),
      'Short name for tight spaces, e.g. "US".',
    ),
    agency: text('Who leads it, e.g. "Department of State".'),
    colour: described(
      z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written "#rrggbb"')),
      'Colour on the board, "#rrggbb".',
    ),
    capital: described(int(0, 10), 'Starting political capital.'),
    pressure: described(int(0, 5), 'Starting domestic pressure.'),
    objectives: described(
      z.array(z.string()).check(z.minLength(1)),
      'Ids of the objectives one is dealt from at setup.',
    ),
    mandate: described(int(), 'Score at or above which the delegation meets its mandate.'),
    persona: described(Persona, 'The AI persona for this delegation.'),
  }),
  'One of the two delegations.',
);

export const Level = described(
  z.strictObject({
    label: described(z.string().check(z.minLength(1), z.maxLength(60)), 'Short label shown on the board.'),
    description: z.optional(text('What this level means.')),
  }),
  'One level of a track.',
);

export const Issue = described(
  z.strictObject({
    id: id('Stable id of the issue.'),
    name: text('Name shown on the board.'),
    description: z.optional(text('What the issue is about.')),
    levels: described(
      z.array(Level).check(z.minLength(2), z.maxLength(8)),
      'The ordered levels, lowest first.',
    ),
    start: described(int(0), 'The level at the start (index into levels).'),
    formalFrom: optional(
      int(1),
      'Levels at or above this can only be reached by a decision of a commission session.',
    ),
    weights: described(z.record(z.string(), int(0, 10)), 'Delegation id → points per level.'),
  }),
  'An issue track.',
);

export const Commission = described(
  z.strictObject({
    name: text('Name of the commission, e.g. "Bilateral Consultative Commission".'),
    shortName: described(z.string().check(z.minLength(1), z.maxLength(12)), 'Short name, e.g. "BCC".'),
    venue: z.optional(text('Where sessions meet, e.g. "Cairo".')),
    levels: described(
      z.array(Level).check(z.minLength(2), z.maxLength(6)),
      'The track from "no session planned" up to "session convened" (the last level).',
    ),
    start: described(int(0), 'The level at the start.'),
    agendaItems: described(z._default(int(1, 6), 3), 'Formal proposals a session can take.'),
  }),
  'The commission whose sessions take formal decisions.',
);

export const Calendar = described(
  z.strictObject({
    start: described(DateText, 'Date of the first round.'),
    end: described(DateText, 'The game ends when a round would start on or after this date.'),
    monthsPerRound: described(int(1, 12), 'Months between rounds.'),
  }),
  'When the game starts and ends.',
);

export const Rules = described(
  z.strictObject({
    handSize: described(z._default(int(1, 10), 5), 'Cards each delegation holds after replenishing.'),
    exchangesPerRound: described(z._default(int(1, 6), 2), 'Exchanges of the talks step.'),
    firstLead: described(z.string(), 'Delegation id that leads the first exchange.'),
    capitalBase: described(z._default(int(0, 10), 2), 'Capital gained each round before pressure.'),
    capitalMax: described(z._default(int(1, 50), 10), 'Capital ceiling.'),
    pressureMax: described(z._default(int(1, 20), 5), 'Pressure ceiling.'),
    tensionMax: described(z._default(int(2, 30), 10), 'Tension at which the treaty breaks.'),
    tensionStart: described(int(0), 'Tension at the start.'),
    tensionAfterSuspension: described(
      z._default(int(0), 7),
      'Tension falls back to this when the treaty is suspended by the gauge.',
    ),
    highTension: described(
      z._default(int(0), 8),
      'At review, tension at or above this gives both +1 pressure.',
    ),
    acceptTension: described(z._default(int(), -1), 'Tension change when a proposal is accepted.'),
    rejectTension: described(z._default(int(), 1), 'Tension change when a proposal is rejected.'),
    rejectPressure: described(z._default(int(), -1), "Change of the rejecting side's pressure."),
    concessionPressure: described(z._default(int(), 1), 'Pressure gained at review by a side that conceded.'),
    treatyStart: z._default(TreatyStatus, 'in-force'),
    onSuspension: described(
      z._default(Effect, {}),
      'What happens when participation is suspended (e.g. data drops).',
    ),
    jointStatement: described(z._default(Effect, {}), 'Effect of a session that agreed at least one item.'),
    sessionFailed: described(z._default(Effect, {}), 'Effect of a session that agreed nothing.'),
  }),
  'The numbers of the round. Defaults follow the design.',
);

export const Scoring = described(
  z.strictObject({
    treatyBonus: described(
      z.strictObject({
        'in-force': described(int(), 'Points when the treaty is in force at the end.'),
        suspended: described(int(), 'Points when participation is suspended at the end.'),
        collapsed: described(int(), 'Points when the treaty has collapsed.'),
      }),
      'Points each delegation gets for the treaty status at the end.',
    ),
  }),
  'How the game is scored beyond issue weights and objectives.',
);

export const HistoryPoint = described(
  z.strictObject({
    date: described(DateText, 'The date this describes.'),
    note: text('What happened, attributed where it is a position.'),
    tension: optional(int(), 'Our reading of tension then.'),
    treaty: z.optional(TreatyStatus),
    issues: optional(z.record(z.string(), int()), 'Issue id → its level then.'),
    commission: optional(int(), 'The commission track then.'),
  }),
  'What history had at a date, for the debrief.',
);

export const GlossaryEntry = described(
  z.strictObject({
    term: described(z.string().check(z.minLength(1), z.maxLength(80)), 'The term.'),
    definition: text('What it means, in plain language.'),
  }),
  'A glossary entry.',
);

export const Scenario = described(
  z.strictObject({
    id: id('Stable id of the scenario; saves refer to it.'),
    title: text('Title shown in the scenario picker.'),
    summary: text('A paragraph for the picker and the instructor.'),
    audience: z.optional(text('Who it is for and how long it takes.')),
    calendar: Calendar,
    rules: Rules,
    scoring: Scoring,
    delegations: described(z.array(Delegation).check(z.length(2)), 'Exactly two delegations.'),
    issues: described(z.array(Issue).check(z.minLength(1), z.maxLength(6)), 'The issue tracks.'),
    commission: Commission,
    cards: described(
      z.array(Card).check(z.minLength(1), z.maxLength(200)),
      'Every delegation card; owner says whose deck.',
    ),
    objectives: described(
      z.array(Objective).check(z.minLength(1), z.maxLength(40)),
      'The objective pool; delegations list theirs.',
    ),
    events: described(
      z.strictObject({
        dated: described(
          z._default(z.array(DatedEvent).check(z.maxLength(60)), []),
          'Events from the timeline.',
        ),
        context: described(
          z._default(z.array(ContextEvent).check(z.maxLength(60)), []),
          'One is drawn each round.',
        ),
      }),
      'The event deck.',
    ),
    history: described(
      z._default(z.array(HistoryPoint).check(z.maxLength(60)), []),
      'What history had, for the debrief.',
    ),
    glossary: described(
      z._default(z.array(GlossaryEntry).check(z.maxLength(100)), []),
      'Terms explained to players.',
    ),
  }),
  'A Treaty Table scenario.',
);

export type Scenario = z.infer<typeof Scenario>;
export type Card = z.infer<typeof Card>;
export type CardKind = z.infer<typeof CardKind>;
export type Effect = z.infer<typeof Effect>;
export type LevelChange = z.infer<typeof LevelChange>;
export type Range = z.infer<typeof Range>;
export type TreatyStatus = z.infer<typeof TreatyStatus>;
export type DatedEvent = z.infer<typeof DatedEvent>;
export type ContextEvent = z.infer<typeof ContextEvent>;
export type Objective = z.infer<typeof Objective>;
export type Delegation = z.infer<typeof Delegation>;
export type Persona = z.infer<typeof Persona>;
export type RedLine = z.infer<typeof RedLine>;
export type Issue = z.infer<typeof Issue>;
export type Source = z.infer<typeof Source>;
export type Rules = z.infer<typeof Rules>;
export type HistoryPoint = z.infer<typeof HistoryPoint>;
