/**
 * The balance targets of the rules (design/rules.md, "Balance targets"), checked on a report:
 * mandates met in 35–65% of games, collapse in 10–40%, every issue level and every dated event's
 * two outcomes seen, and no game ending early except by collapse.
 */
import type { CompiledScenario } from '../../engine/types';
import type { BalanceReport } from './report';

export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

const MANDATE_RANGE: [number, number] = [0.35, 0.65];
const COLLAPSE_RANGE: [number, number] = [0.1, 0.4];

export function checkTargets(compiled: CompiledScenario, report: BalanceReport): TargetCheck[] {
  return [
    ...Object.entries(report.seats).map(([seat, summary]) =>
      within(`${seat} meets its mandate in 35–65% of games`, summary.mandate.rate, MANDATE_RANGE),
    ),
    within('the treaty collapses in 10–40% of games', report.collapse.rate, COLLAPSE_RANGE),
    everyLevelReached(compiled, report),
    everyEventBothWays(report),
    {
      target: 'no game ends before its last round except by collapse',
      met: report.endings.expiryBeforeLastRound === 0,
      detail: `${report.endings.expiryBeforeLastRound} such games`,
    },
  ];
}

function within(target: string, value: number, [low, high]: [number, number]): TargetCheck {
  return { target, met: value >= low && value <= high, detail: `${percent(value)}` };
}

function everyLevelReached(compiled: CompiledScenario, report: BalanceReport): TargetCheck {
  const missing = compiled.scenario.issues.flatMap((issue) =>
    (report.issues[issue.id]?.reached ?? []).flatMap((games, level) =>
      games === 0 ? [`${issue.id} ${level}`] : [],
    ),
  );
  return {
    target: 'every issue reaches every level in some game',
    met: missing.length === 0,
    detail: missing.length ? `never reached: ${missing.join(', ')}` : 'all reached',
  };
}

function everyEventBothWays(report: BalanceReport): TargetCheck {
  const oneSided = Object.entries(report.datedEvents)
    .filter(([, counts]) => counts.fired === 0 || counts.averted === 0)
    .map(([id, counts]) => `${id} (${counts.fired === 0 ? 'never fires' : 'never averted'})`);
  return {
    target: 'every dated event both fires and is averted in some games',
    met: oneSided.length === 0,
    detail: oneSided.length ? oneSided.join(', ') : 'all both ways',
  };
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
