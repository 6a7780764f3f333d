/** The balance report as Markdown, for docs/balance.md and for designers reading it in a review. */
import type { CompiledScenario } from '../../engine/types';
import type { BalanceReport, Rate } from './report';
import { percent } from './targets';

export function reportMarkdown(compiled: CompiledScenario, report: BalanceReport, command: string): string {
  return [
    `### ${compiled.scenario.title} — ${report.games} games, seed ${report.seed}`,
    '',
    `Regenerate: \`${command}\``,
    '',
    ...targetLines(report),
    '',
    ...seatTable(report),
    '',
    ...gameLines(report),
    '',
    ...issueTable(compiled, report),
    '',
    ...eventTable(compiled, report),
    '',
    `Cards never played: ${report.cardsNeverPlayed.length ? report.cardsNeverPlayed.map((id) => `\`${id}\``).join(', ') : 'none'}.`,
    '',
  ].join('\n');
}

function targetLines(report: BalanceReport): string[] {
  return [
    '| balance target | met | measured |',
    '|---|---|---|',
    ...report.targets.map((t) => `| ${t.target} | ${t.met ? 'yes' : '**no**'} | ${t.detail} |`),
  ];
}

function seatTable(report: BalanceReport): string[] {
  return [
    '| seat | player | persona | mandate met (95% CI) | objective met | mean score | score p10 / p50 / p90 | wins |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(report.seats).map(
      ([seat, s]) =>
        `| ${seat} | ${s.player} | ${s.persona} | ${rateText(s.mandate)} | ${percent(s.objective.rate)} | ${s.meanScore.toFixed(2)} | ${s.scorePercentiles.p10} / ${s.scorePercentiles.p50} / ${s.scorePercentiles.p90} | ${s.wins} |`,
    ),
    `| draws | | | | | | | ${report.draws} |`,
  ];
}

function gameLines(report: BalanceReport): string[] {
  const { endings } = report;
  return [
    `- Rounds played: mean ${report.rounds.mean.toFixed(2)} (min ${report.rounds.min}, max ${report.rounds.max}, scheduled ${report.scenario.rounds}); moves per game: mean ${report.moves.mean.toFixed(1)}.`,
    `- Endings: expiry ${endings.expiry}, collapse ${endings.collapse}; expiry before the last round: ${endings.expiryBeforeLastRound}.`,
    `- Collapse: ${rateText(report.collapse)}; participation suspended at some point: ${rateText(report.suspension)}.`,
    `- Commission sessions: mean ${report.sessions.mean.toFixed(2)} per game; at least one in ${report.sessions.gamesWithSession} games.`,
    `- Moves refused by the engine: ${report.refusedMoves}.`,
  ];
}

function issueTable(compiled: CompiledScenario, report: BalanceReport): string[] {
  const width = Math.max(...compiled.scenario.issues.map((i) => i.levels.length));
  const levels = Array.from({ length: width }, (_, l) => `${l}`);
  return [
    `| issue: final level (games reaching it) | ${levels.join(' | ')} |`,
    `|---|${levels.map(() => '---').join('|')}|`,
    ...compiled.scenario.issues.map((issue) => {
      const d = report.issues[issue.id];
      const cells = levels.map((_, l) =>
        l < issue.levels.length ? `${d?.final[l] ?? 0} (${d?.reached[l] ?? 0})` : '',
      );
      return `| ${issue.name} | ${cells.join(' | ')} |`;
    }),
  ];
}

function eventTable(compiled: CompiledScenario, report: BalanceReport): string[] {
  return [
    '| dated event | date | fired | averted |',
    '|---|---|---|---|',
    ...compiled.scenario.events.dated.map((event) => {
      const counts = report.datedEvents[event.id] ?? { fired: 0, averted: 0 };
      return `| ${event.title} | ${event.date} | ${counts.fired} | ${counts.averted} |`;
    }),
  ];
}

function rateText(rate: Rate): string {
  return `${percent(rate.rate)} (${percent(rate.ci95[0])}–${percent(rate.ci95[1])})`;
}
