import { monthIndex } from './dates';
import type { PathKey } from './locate';
import type { Condition, Effect, LevelChange, Range, Scenario } from './schema';

export interface ReferenceProblem {
  path: PathKey[];
  message: string;
  /** The problem is the key itself (an unknown issue or delegation used as a key): point at the key. */
  atKey?: boolean;
}

/** Who an effect or condition may name: a delegation, "both" (effects), or "self"/"other" on cards. */
type WhoContext = 'card' | 'event';

/**
 * Checks that go beyond shape: ids that must exist, ids that must be unique, levels inside their
 * tracks, numbers that must agree with each other. Shape was already checked by the schema.
 */
export function checkReferences(scenario: Scenario): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (path: PathKey[], message: string, atKey = false) =>
    problems.push(atKey ? { path, message, atKey } : { path, message });

  const seats = scenario.delegations.map((d) => d.id);
  const issueLevels = new Map(scenario.issues.map((issue) => [issue.id, issue.levels.length]));
  const eventIds = [...scenario.events.dated, ...scenario.events.context].map((e) => e.id);
  const cardIds = new Set(scenario.cards.map((c) => c.id));
  const objectiveIds = new Set(scenario.objectives.map((o) => o.id));
  const commissionTop = scenario.commission.levels.length - 1;
  const seatList = seats.map((s) => `"${s}"`).join(', ');

  checkUnique(scenario.delegations, ['delegations'], 'delegation', report);
  checkUnique(scenario.issues, ['issues'], 'issue', report);
  checkUnique(scenario.cards, ['cards'], 'card', report);
  checkUnique(scenario.objectives, ['objectives'], 'objective', report);
  checkUnique(
    [...scenario.events.dated, ...scenario.events.context],
    ['events'],
    'event',
    (path, message) => {
      const index = path[1] as number;
      const dated = scenario.events.dated.length;
      report(
        index < dated ? ['events', 'dated', index, 'id'] : ['events', 'context', index - dated, 'id'],
        message,
      );
    },
  );

  const checkLevel = (path: PathKey[], track: string, level: number, levels: number) => {
    if (level < 0 || level >= levels) {
      report(path, `level ${level} is outside ${track}, whose levels run from 0 to ${levels - 1}`);
    }
  };
  const checkRange = (path: PathKey[], track: string, range: Range, levels: number) => {
    if (range.atLeast !== undefined) checkLevel([...path, 'atLeast'], track, range.atLeast, levels);
    if (range.atMost !== undefined) checkLevel([...path, 'atMost'], track, range.atMost, levels);
  };
  const checkWho = (path: PathKey[], who: string, context: WhoContext, allowBoth: boolean) => {
    const allowed = [
      ...seats,
      ...(allowBoth ? ['both'] : []),
      ...(context === 'card' ? ['self', 'other'] : []),
    ];
    if (!allowed.includes(who)) {
      report(
        path,
        `"${who}" is not a delegation here; use one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
        true,
      );
    }
  };
  const checkIssue = (path: PathKey[], issue: string, atKey = false): number | undefined => {
    const levels = issueLevels.get(issue);
    if (levels === undefined) {
      report(
        path,
        `unknown issue "${issue}"; the issues are ${[...issueLevels.keys()].map((i) => `"${i}"`).join(', ')}`,
        atKey,
      );
    }
    return levels;
  };
  const checkEvent = (path: PathKey[], event: string) => {
    if (!eventIds.includes(event)) report(path, `unknown event "${event}"`);
  };

  const checkCondition = (path: PathKey[], condition: Condition, context: WhoContext) => {
    condition.all?.forEach((c, i) => {
      checkCondition([...path, 'all', i], c, context);
    });
    condition.any?.forEach((c, i) => {
      checkCondition([...path, 'any', i], c, context);
    });
    if (condition.not) checkCondition([...path, 'not'], condition.not, context);
    for (const [issue, range] of Object.entries(condition.issues ?? {})) {
      const levels = checkIssue([...path, 'issues', issue], issue, true);
      if (levels !== undefined) checkRange([...path, 'issues', issue], `issue "${issue}"`, range, levels);
    }
    if (condition.commission) {
      checkRange([...path, 'commission'], 'the commission track', condition.commission, commissionTop + 1);
    }
    if (condition.tension) {
      checkRange([...path, 'tension'], 'the tension gauge', condition.tension, scenario.rules.tensionMax + 1);
    }
    for (const key of ['capital', 'pressure'] as const) {
      for (const who of Object.keys(condition[key] ?? {})) checkWho([...path, key, who], who, context, false);
    }
    condition.fired?.forEach((e, i) => {
      checkEvent([...path, 'fired', i], e);
    });
    condition.notFired?.forEach((e, i) => {
      checkEvent([...path, 'notFired', i], e);
    });
  };

  const checkChange = (path: PathKey[], track: string, change: LevelChange, levels: number) => {
    if (typeof change === 'number') return;
    for (const key of ['to', 'atMost', 'atLeast'] as const) {
      const value = change[key];
      if (value !== undefined) checkLevel([...path, key], track, value, levels);
    }
  };
  const checkEffect = (path: PathKey[], effect: Effect, context: WhoContext) => {
    for (const [issue, change] of Object.entries(effect.issues ?? {})) {
      const levels = checkIssue([...path, 'issues', issue], issue, true);
      if (levels !== undefined) checkChange([...path, 'issues', issue], `issue "${issue}"`, change, levels);
    }
    if (effect.commission !== undefined) {
      checkChange([...path, 'commission'], 'the commission track', effect.commission, commissionTop + 1);
    }
    for (const key of ['capital', 'pressure', 'draw'] as const) {
      for (const who of Object.keys(effect[key] ?? {})) checkWho([...path, key, who], who, context, true);
    }
  };

  // Calendar and rules.
  if (monthIndex(scenario.calendar.end) <= monthIndex(scenario.calendar.start)) {
    report(['calendar', 'end'], 'the end date must come after the start date');
  }
  if (!seats.includes(scenario.rules.firstLead)) {
    report(
      ['rules', 'firstLead'],
      `"${scenario.rules.firstLead}" is not a delegation; use one of ${seatList}`,
    );
  }
  if (scenario.rules.tensionStart > scenario.rules.tensionMax) {
    report(['rules', 'tensionStart'], `tension starts above its maximum of ${scenario.rules.tensionMax}`);
  }
  if (scenario.rules.tensionAfterSuspension >= scenario.rules.tensionMax) {
    report(
      ['rules', 'tensionAfterSuspension'],
      `must be below the maximum tension of ${scenario.rules.tensionMax}`,
    );
  }
  for (const key of ['onSuspension', 'jointStatement', 'sessionFailed'] as const) {
    checkEffect(['rules', key], scenario.rules[key], 'event');
  }

  // Delegations.
  scenario.delegations.forEach((delegation, d) => {
    const path: PathKey[] = ['delegations', d];
    if (delegation.capital > scenario.rules.capitalMax) {
      report([...path, 'capital'], `starting capital is above the maximum of ${scenario.rules.capitalMax}`);
    }
    if (delegation.pressure > scenario.rules.pressureMax) {
      report(
        [...path, 'pressure'],
        `starting pressure is above the maximum of ${scenario.rules.pressureMax}`,
      );
    }
    delegation.objectives.forEach((objective, i) => {
      if (!objectiveIds.has(objective))
        report([...path, 'objectives', i], `unknown objective "${objective}"`);
    });
    for (const key of Object.keys(delegation.persona.weights)) {
      if (!issueLevels.has(key) && key !== 'commission' && key !== 'tension') {
        report(
          [...path, 'persona', 'weights', key],
          `unknown issue "${key}" (or use "commission" / "tension")`,
          true,
        );
      }
    }
    delegation.persona.redLines.forEach((redLine, r) => {
      const linePath: PathKey[] = [...path, 'persona', 'redLines', r];
      redLine.refuse.issues?.forEach((issue, i) => {
        checkIssue([...linePath, 'refuse', 'issues', i], issue);
      });
      redLine.refuse.cards?.forEach((card, i) => {
        if (!cardIds.has(card)) report([...linePath, 'refuse', 'cards', i], `unknown card "${card}"`);
      });
      if (redLine.unless) checkCondition([...linePath, 'unless'], redLine.unless, 'event');
    });
    const deck = scenario.cards.filter((card) => card.owner === delegation.id).length;
    if (deck < scenario.rules.handSize) {
      report(
        [...path, 'id'],
        `the deck of "${delegation.id}" has ${deck} cards, fewer than the hand size of ${scenario.rules.handSize}`,
      );
    }
  });

  // Issues and the commission.
  scenario.issues.forEach((issue, i) => {
    const path: PathKey[] = ['issues', i];
    checkLevel([...path, 'start'], `issue "${issue.id}"`, issue.start, issue.levels.length);
    if (issue.formalFrom !== undefined)
      checkLevel([...path, 'formalFrom'], `issue "${issue.id}"`, issue.formalFrom, issue.levels.length);
    for (const who of Object.keys(issue.weights)) checkWho([...path, 'weights', who], who, 'event', false);
  });
  checkLevel(['commission', 'start'], 'the commission track', scenario.commission.start, commissionTop + 1);

  // Cards.
  scenario.cards.forEach((card, c) => {
    const path: PathKey[] = ['cards', c];
    if (!seats.includes(card.owner))
      report([...path, 'owner'], `"${card.owner}" is not a delegation; use one of ${seatList}`);
    if (card.requires) checkCondition([...path, 'requires'], card.requires, 'card');
    checkEffect([...path, 'effects'], card.effects, 'card');
    card.appliesTo?.forEach((issue, i) => {
      checkIssue([...path, 'appliesTo', i], issue);
    });
    if (card.kind !== 'demand' && card.acceptCost > 0)
      report([...path, 'acceptCost'], 'only demands have an acceptCost');
    if (card.kind !== 'proposal' && card.sessionOnly)
      report([...path, 'sessionOnly'], 'only proposals can be session-only');
    if (card.appliesTo && card.kind !== 'concession' && card.kind !== 'demand') {
      report([...path, 'appliesTo'], 'only concessions and demands are attached to proposals');
    }
    if (card.kind === 'proposal' && Object.keys(card.effects).length === 0) {
      report([...path, 'effects'], 'a proposal needs effects: what changes if it is accepted');
    }
  });

  // Events, objectives, history.
  const eventGroups = [
    ['dated', scenario.events.dated],
    ['context', scenario.events.context],
  ] as const;
  for (const [group, events] of eventGroups) {
    events.forEach((event, e) => {
      const path: PathKey[] = ['events', group, e];
      if (event.condition) checkCondition([...path, 'condition'], event.condition, 'event');
      checkEffect([...path, 'effects'], event.effects, 'event');
    });
  }
  scenario.objectives.forEach((objective, o) => {
    checkCondition(['objectives', o, 'goal'], objective.goal, 'event');
  });
  scenario.history.forEach((point, h) => {
    if (point.commission !== undefined) {
      checkLevel(['history', h, 'commission'], 'the commission track', point.commission, commissionTop + 1);
    }
    if (point.tension !== undefined) {
      checkLevel(
        ['history', h, 'tension'],
        'the tension gauge',
        point.tension,
        scenario.rules.tensionMax + 1,
      );
    }
    for (const [issue, level] of Object.entries(point.issues ?? {})) {
      const levels = checkIssue(['history', h, 'issues', issue], issue, true);
      if (levels !== undefined)
        checkLevel(['history', h, 'issues', issue], `issue "${issue}"`, level, levels);
    }
  });
  return problems;
}

function checkUnique(
  items: readonly { id: string }[],
  path: PathKey[],
  what: string,
  report: (path: PathKey[], message: string) => void,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      report([...path, i, 'id'], `duplicate ${what} id "${item.id}" (first used at item ${first + 1})`);
    else seen.set(item.id, i);
  });
}
