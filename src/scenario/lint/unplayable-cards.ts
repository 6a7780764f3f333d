import type { PathKey } from '../locate';
import type { Card, Effect, LevelChange, Scenario } from '../schema';
import { whyNeverHolds } from './condition-analysis';
import type { ScenarioFacts } from './facts';
import type { LintFinding, LintRule } from './finding';

/** Cards that can never leave a hand: they would clutter it for the whole game. */
export const unplayableCards: LintRule = {
  id: 'unplayable-card',
  summary:
    'A card that can never be played: unaffordable, a requirement that never holds, nothing to attach to.',
  run(scenario, facts) {
    return scenario.cards.flatMap((card, c) =>
      whyUnplayable(card, scenario, facts).map(
        ({ path, reason }): LintFinding => ({
          rule: this.id,
          severity: 'error',
          path: ['cards', c, ...path],
          message: `card "${card.id}" can never be played: ${reason}`,
        }),
      ),
    );
  },
};

interface Why {
  path: PathKey[];
  reason: string;
}

function whyUnplayable(card: Card, scenario: Scenario, facts: ScenarioFacts): Why[] {
  const found: Why[] = [];
  if (card.cost > scenario.rules.capitalMax) {
    found.push({
      path: ['cost'],
      reason: `it costs ${card.cost} capital, and capital never exceeds ${scenario.rules.capitalMax}`,
    });
  }
  if (card.requires) {
    const rounds = { lo: 1, hi: facts.calendar.rounds };
    const reason = whyNeverHolds(card.requires, facts, rounds, { collapsedEndsGame: true });
    if (reason) found.push({ path: ['requires'], reason: `its requirement never holds: ${reason}` });
  }
  if (card.kind === 'proposal') found.push(...proposalProblems(card, scenario, facts));
  if (card.kind === 'concession' || card.kind === 'demand') found.push(...attachmentProblems(card, scenario));
  return found;
}

function proposalProblems(card: Card, scenario: Scenario, facts: ScenarioFacts): Why[] {
  if (changesNothing(card.effects)) {
    return [
      {
        path: ['effects'],
        reason: 'as a proposal it must change something when accepted, and its effects change nothing',
      },
    ];
  }
  if (facts.sessionPossible) return [];
  if (card.sessionOnly) {
    return [
      { path: ['sessionOnly'], reason: 'it is session-only, and the commission can never convene a session' },
    ];
  }
  const formal = formalTarget(card.effects, scenario, facts);
  if (formal) {
    return [
      {
        path: ['effects', 'issues', formal],
        reason: `it sets issue "${formal}" to a formal level, which needs a commission session, and none can ever be convened`,
      },
    ];
  }
  return [];
}

/**
 * An issue this proposal always raises to a formal level: it sets (to / atLeast) a formal level
 * that nothing else ever reaches, so every time it is tabled it would need a session.
 */
function formalTarget(effects: Effect, scenario: Scenario, facts: ScenarioFacts): string | undefined {
  return scenario.issues.find((issue) => {
    const change = effects.issues?.[issue.id];
    const { formalFrom } = issue;
    if (formalFrom === undefined || change === undefined || typeof change === 'number') return false;
    const target = change.to ?? change.atLeast;
    if (target === undefined || change.atMost !== undefined || target < formalFrom) return false;
    const levels = facts.issueLevels.get(issue.id) ?? new Set<number>();
    return ![...levels].some((level) => level >= formalFrom);
  })?.id;
}

/** Concessions and demands ride on a proposal: some proposal must move an issue they apply to. */
function attachmentProblems(card: Card, scenario: Scenario): Why[] {
  const proposals = scenario.cards.filter((other) => other.kind === 'proposal');
  if (proposals.length === 0)
    return [
      { path: ['kind'], reason: `a ${card.kind} is attached to a proposal, and the scenario has none` },
    ];
  const issues = card.appliesTo;
  if (!issues) return [];
  const fits = proposals.some((proposal) =>
    issues.some((issue) => proposal.effects.issues?.[issue] !== undefined),
  );
  if (fits) return [];
  return [
    {
      path: ['appliesTo'],
      reason: `no proposal moves ${issues.map((i) => `"${i}"`).join(' or ')}, so there is nothing to attach it to`,
    },
  ];
}

/** True when applying the effects can change no number and no status. */
export function changesNothing(effects: Effect): boolean {
  const noChange = (change: LevelChange | undefined) => change === undefined || change === 0;
  const noChanges = (record: Record<string, LevelChange> | undefined) =>
    Object.values(record ?? {}).every(noChange);
  return (
    noChange(effects.tension) &&
    noChange(effects.commission) &&
    noChanges(effects.issues) &&
    noChanges(effects.capital) &&
    noChanges(effects.pressure) &&
    effects.treaty === undefined &&
    Object.values(effects.draw ?? {}).every((count) => count === 0)
  );
}
