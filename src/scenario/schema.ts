/**
 * The scenario format: one zod source for the TypeScript types, validation and the JSON Schema that
 * editors use (scenarios/scenario.schema.json). Every field carries a description, because the
 * description is what a designer sees when hovering in the editor.
 */
import { z } from 'zod';

const text = (what: string) => z.string().min(1).max(4000).describe(what);
const id = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case kebab-case, like "us-visa-guarantee"')
    .max(80)
    .describe(what);

/** A calendar month "2022-11" or a day "2022-11-28". */
export const DateText = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
    'a date is written "YYYY-MM" or "YYYY-MM-DD", like "2022-11" or "2022-11-28"',
  )
  .describe('A date, "YYYY-MM" or "YYYY-MM-DD".');

export const TREATY_STATUSES = ['in-force', 'suspended', 'collapsed'] as const;
export const TreatyStatus = z
  .enum(TREATY_STATUSES)
  .describe('Treaty status: "in-force", "suspended" (participation suspended) or "collapsed" (terminal).');

export const CARD_KINDS = ['proposal', 'concession', 'demand', 'statement', 'gesture'] as const;
export const CardKind = z
  .enum(CARD_KINDS)
  .describe(
    'proposal: moves issues if accepted; concession / demand: attached to a proposal; statement and gesture: played alone.',
  );

export const Source = z
  .strictObject({
    title: text('Title of the document, article or statement.'),
    publisher: text('Who published it: a ministry, a news agency, a research body.'),
    date: DateText.optional().describe('When it was published.'),
    url: z.url().max(2000).optional().describe('Where to read it.'),
  })
  .describe('Where a claim comes from. Every card and event must cite one.');

/** An inclusive range over a number; either bound may be left out. */
export const Range = z
  .strictObject({
    atLeast: z.number().int().optional().describe('Holds when the value is at least this.'),
    atMost: z.number().int().optional().describe('Holds when the value is at most this.'),
  })
  .describe('An inclusive range: { atLeast: 2 }, { atMost: 4 } or both.');

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

export const Condition: z.ZodType<Condition> = z
  .strictObject({
    get all() {
      return z.array(Condition).max(50).optional().describe('Every one of these conditions holds.');
    },
    get any() {
      return z.array(Condition).min(1).max(50).optional().describe('At least one of these conditions holds.');
    },
    get not() {
      return Condition.optional().describe('This condition does not hold.');
    },
    tension: Range.optional().describe('The shared tension gauge is in this range.'),
    issues: z
      .record(z.string(), Range)
      .optional()
      .describe('Issue id → range of its level, e.g. { inspections: { atMost: 1 } }.'),
    commission: Range.optional().describe('The commission track level is in this range.'),
    sessionsHeld: Range.optional().describe(
      'The number of commission sessions held so far is in this range.',
    ),
    treaty: z.array(TreatyStatus).min(1).optional().describe('The treaty status is one of these.'),
    capital: z
      .record(z.string(), Range)
      .optional()
      .describe('Delegation id (or "self" / "other" on cards) → range of its capital.'),
    pressure: z
      .record(z.string(), Range)
      .optional()
      .describe('Delegation id (or "self" / "other" on cards) → range of its pressure.'),
    round: Range.optional().describe('The round number (1 is the first) is in this range.'),
    date: z
      .strictObject({
        from: DateText.optional().describe('The round starts on or after this date.'),
        before: DateText.optional().describe('The round starts before this date.'),
      })
      .optional()
      .describe('The current round starts within these dates.'),
    fired: z.array(z.string()).optional().describe('These events have fired.'),
    notFired: z.array(z.string()).optional().describe('None of these events has fired.'),
  })
  .describe(
    'A condition over the game state. All keys given must hold; use "any" for or, "not" for negation.',
  );

/** How an effect changes a level: a number adds (or subtracts); { to: n } sets; atMost / atLeast clamp. */
export const LevelChange = z
  .union([
    z.number().int().min(-20).max(20),
    z.strictObject({
      to: z.number().int().optional().describe('Set the level to this.'),
      atMost: z.number().int().optional().describe('Lower the level to this if it is above.'),
      atLeast: z.number().int().optional().describe('Raise the level to this if it is below.'),
    }),
  ])
  .describe(
    'A change: +1 / -2 adds; { to: 1 } sets; { atMost: 1 } lowers to 1 if higher; { atLeast: 2 } raises.',
  );

export const TREATY_CHANGES = ['suspend', 'resume', 'collapse'] as const;

export const Effect = z
  .strictObject({
    tension: LevelChange.optional().describe('Change the shared tension gauge.'),
    issues: z.record(z.string(), LevelChange).optional().describe('Issue id → change of its level.'),
    commission: LevelChange.optional().describe('Change the commission track.'),
    capital: z
      .record(z.string(), LevelChange)
      .optional()
      .describe('Who → change of capital. Who is a delegation id, "both", or on cards "self" / "other".'),
    pressure: z
      .record(z.string(), LevelChange)
      .optional()
      .describe('Who → change of pressure. Who is a delegation id, "both", or on cards "self" / "other".'),
    treaty: z
      .enum(TREATY_CHANGES)
      .optional()
      .describe('Suspend participation, resume full participation, or collapse the treaty (ends the game).'),
    draw: z
      .record(z.string(), z.number().int().min(0).max(5))
      .optional()
      .describe('Who → number of extra cards drawn.'),
  })
  .describe('What happens. All keys given apply together.');

const Attributed = {
  title: text('Short title shown on the card.'),
  text: text('What is said or done, attributed: "The Russian MFA says …". Plain language.'),
  attribution: text('Who makes the claim: a government body or named official.'),
  source: Source,
};

export const Card = z
  .strictObject({
    id: id('Stable id of the card, unique in the scenario.'),
    owner: z.string().describe('Id of the delegation whose deck holds this card.'),
    kind: CardKind,
    ...Attributed,
    cost: z.number().int().min(0).max(10).default(0).describe('Capital the player pays to play it.'),
    acceptCost: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(0)
      .describe('Demands only: capital the other side pays to accept a proposal that carries this demand.'),
    requires: Condition.optional().describe('The card can only be played while this holds.'),
    sessionOnly: z
      .boolean()
      .default(false)
      .describe(
        'Proposals only: can only be tabled in a commission session. Proposals that would reach a formal level are session-only anyway.',
      ),
    appliesTo: z
      .array(z.string())
      .optional()
      .describe(
        'Concessions and demands only: the issues of proposals this can be attached to (default: any).',
      ),
    effects: Effect.default({}).describe(
      'Proposals, concessions and demands: applied when the proposal is accepted. Statements and gestures: applied at once. "self" is the card owner.',
    ),
  })
  .describe('A delegation card.');

const EventBase = {
  id: id('Stable id of the event, unique in the scenario.'),
  ...Attributed,
  condition: Condition.optional().describe('The event fires only if this holds (default: always).'),
  effects: Effect.default({}).describe('What the event does when it fires.'),
};

export const DatedEvent = z
  .strictObject({
    ...EventBase,
    date: DateText.describe('When it happened. It fires in the round whose window holds this date.'),
    when: z
      .enum(['start', 'end'])
      .default('start')
      .describe('"start": fires in the events step of its round; "end": fires at review, after the talks.'),
    avertedText: text('Shown in the log when the condition does not hold and history changes.').optional(),
  })
  .describe('A dated event from the historical timeline.');

export const ContextEvent = z
  .strictObject({
    ...EventBase,
    copies: z.number().int().min(1).max(5).default(1).describe('How many copies are shuffled into the deck.'),
  })
  .describe('A context event: one is drawn each round (seeded).');

export const Objective = z
  .strictObject({
    id: id('Stable id of the objective.'),
    title: text('Short title.'),
    text: text('What the delegation is asked to achieve.'),
    goal: Condition.describe('The state that meets the objective.'),
    deadline: DateText.optional().describe(
      'The goal must be met at a review of a round that starts before this date.',
    ),
    atEnd: z
      .boolean()
      .default(false)
      .describe(
        'If true the goal must hold when the game ends; otherwise holding once at a review is enough.',
      ),
    points: z.number().int().min(0).max(50).describe('Points scored when met.'),
  })
  .describe('A hidden objective.');

export const RedLine = z
  .strictObject({
    id: id('Stable id of the red line.'),
    text: text('The position, as the delegation would say it; shown in the AI log.'),
    refuse: z
      .strictObject({
        issues: z.array(z.string()).optional().describe('Refuse proposals that move any of these issues.'),
        cards: z.array(z.string()).optional().describe('Refuse offers that carry any of these cards.'),
      })
      .describe('What the AI refuses.'),
    unless: Condition.optional().describe('The red line is lifted while this holds.'),
  })
  .describe("A red line of an AI persona: offers it refuses while the condition doesn't hold.");

export const Persona = z
  .strictObject({
    name: text('Name of the persona, e.g. "Career diplomat".'),
    description: text('How it negotiates, in a sentence.').optional(),
    weights: z
      .record(z.string(), z.number().min(0).max(10))
      .default({})
      .describe('Issue id (or "commission", "tension") → how much it cares. Defaults to the issue weights.'),
    riskTolerance: z.number().min(0).max(1).default(0.5).describe('0: avoids tension; 1: accepts it freely.'),
    concede: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe('0: never attaches concessions; 1: concedes readily.'),
    redLines: z.array(RedLine).default([]).describe('Offers it refuses.'),
  })
  .describe('How the AI plays this delegation.');

export const Delegation = z
  .strictObject({
    id: id('Stable id of the delegation, e.g. "us".'),
    name: text('Full name, e.g. "United States delegation".'),
    shortName: z.string().min(1).max(12).describe('Short name for tight spaces, e.g. "US".'),
    agency: text('Who leads it, e.g. "Department of State".'),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written "#rrggbb"')
      .describe('Colour on the board, "#rrggbb".'),
    capital: z.number().int().min(0).max(10).describe('Starting political capital.'),
    pressure: z.number().int().min(0).max(5).describe('Starting domestic pressure.'),
    objectives: z.array(z.string()).min(1).describe('Ids of the objectives one is dealt from at setup.'),
    mandate: z.number().int().describe('Score at or above which the delegation meets its mandate.'),
    persona: Persona.describe('The AI persona for this delegation.'),
  })
  .describe('One of the two delegations.');

export const Level = z
  .strictObject({
    label: z.string().min(1).max(60).describe('Short label shown on the board.'),
    description: text('What this level means.').optional(),
  })
  .describe('One level of a track.');

export const Issue = z
  .strictObject({
    id: id('Stable id of the issue.'),
    name: text('Name shown on the board.'),
    description: text('What the issue is about.').optional(),
    levels: z.array(Level).min(2).max(8).describe('The ordered levels, lowest first.'),
    start: z.number().int().min(0).describe('The level at the start (index into levels).'),
    formalFrom: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Levels at or above this can only be reached by a decision of a commission session.'),
    weights: z
      .record(z.string(), z.number().int().min(0).max(10))
      .describe('Delegation id → points per level.'),
  })
  .describe('An issue track.');

export const Commission = z
  .strictObject({
    name: text('Name of the commission, e.g. "Bilateral Consultative Commission".'),
    shortName: z.string().min(1).max(12).describe('Short name, e.g. "BCC".'),
    venue: text('Where sessions meet, e.g. "Cairo".').optional(),
    levels: z
      .array(Level)
      .min(2)
      .max(6)
      .describe('The track from "no session planned" up to "session convened" (the last level).'),
    start: z.number().int().min(0).describe('The level at the start.'),
    agendaItems: z.number().int().min(1).max(6).default(3).describe('Formal proposals a session can take.'),
  })
  .describe('The commission whose sessions take formal decisions.');

export const Calendar = z
  .strictObject({
    start: DateText.describe('Date of the first round.'),
    end: DateText.describe('The game ends when a round would start on or after this date.'),
    monthsPerRound: z.number().int().min(1).max(12).describe('Months between rounds.'),
  })
  .describe('When the game starts and ends.');

export const Rules = z
  .strictObject({
    handSize: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(5)
      .describe('Cards each delegation holds after replenishing.'),
    exchangesPerRound: z.number().int().min(1).max(6).default(2).describe('Exchanges of the talks step.'),
    firstLead: z.string().describe('Delegation id that leads the first exchange.'),
    capitalBase: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(2)
      .describe('Capital gained each round before pressure.'),
    capitalMax: z.number().int().min(1).max(50).default(10).describe('Capital ceiling.'),
    pressureMax: z.number().int().min(1).max(20).default(5).describe('Pressure ceiling.'),
    tensionMax: z.number().int().min(2).max(30).default(10).describe('Tension at which the treaty breaks.'),
    tensionStart: z.number().int().min(0).describe('Tension at the start.'),
    tensionAfterSuspension: z
      .number()
      .int()
      .min(0)
      .default(7)
      .describe('Tension falls back to this when the treaty is suspended by the gauge.'),
    highTension: z
      .number()
      .int()
      .min(0)
      .default(8)
      .describe('At review, tension at or above this gives both +1 pressure.'),
    acceptTension: z.number().int().default(-1).describe('Tension change when a proposal is accepted.'),
    rejectTension: z.number().int().default(1).describe('Tension change when a proposal is rejected.'),
    rejectPressure: z.number().int().default(-1).describe("Change of the rejecting side's pressure."),
    concessionPressure: z
      .number()
      .int()
      .default(1)
      .describe('Pressure gained at review by a side that conceded.'),
    treatyStart: TreatyStatus.default('in-force'),
    onSuspension: Effect.default({}).describe(
      'What happens when participation is suspended (e.g. data drops).',
    ),
    jointStatement: Effect.default({}).describe('Effect of a session that agreed at least one item.'),
    sessionFailed: Effect.default({}).describe('Effect of a session that agreed nothing.'),
  })
  .describe('The numbers of the round. Defaults follow the design.');

export const Scoring = z
  .strictObject({
    treatyBonus: z
      .strictObject({
        'in-force': z.number().int().describe('Points when the treaty is in force at the end.'),
        suspended: z.number().int().describe('Points when participation is suspended at the end.'),
        collapsed: z.number().int().describe('Points when the treaty has collapsed.'),
      })
      .describe('Points each delegation gets for the treaty status at the end.'),
  })
  .describe('How the game is scored beyond issue weights and objectives.');

export const HistoryPoint = z
  .strictObject({
    date: DateText.describe('The date this describes.'),
    note: text('What happened, attributed where it is a position.'),
    tension: z.number().int().optional().describe('Our reading of tension then.'),
    treaty: TreatyStatus.optional(),
    issues: z.record(z.string(), z.number().int()).optional().describe('Issue id → its level then.'),
    commission: z.number().int().optional().describe('The commission track then.'),
  })
  .describe('What history had at a date, for the debrief.');

export const GlossaryEntry = z
  .strictObject({
    term: z.string().min(1).max(80).describe('The term.'),
    definition: text('What it means, in plain language.'),
  })
  .describe('A glossary entry.');

export const Scenario = z
  .strictObject({
    id: id('Stable id of the scenario; saves refer to it.'),
    title: text('Title shown in the scenario picker.'),
    summary: text('A paragraph for the picker and the instructor.'),
    audience: text('Who it is for and how long it takes.').optional(),
    calendar: Calendar,
    rules: Rules,
    scoring: Scoring,
    delegations: z.array(Delegation).length(2).describe('Exactly two delegations.'),
    issues: z.array(Issue).min(1).max(6).describe('The issue tracks.'),
    commission: Commission,
    cards: z.array(Card).min(1).max(200).describe('Every delegation card; owner says whose deck.'),
    objectives: z.array(Objective).min(1).max(40).describe('The objective pool; delegations list theirs.'),
    events: z
      .strictObject({
        dated: z.array(DatedEvent).max(60).default([]).describe('Events from the timeline.'),
        context: z.array(ContextEvent).max(60).default([]).describe('One is drawn each round.'),
      })
      .describe('The event deck.'),
    history: z.array(HistoryPoint).max(60).default([]).describe('What history had, for the debrief.'),
    glossary: z.array(GlossaryEntry).max(100).default([]).describe('Terms explained to players.'),
  })
  .describe('A Treaty Table scenario.');

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
