import type { PathKey } from '../locate';
import type { Source } from '../schema';
import type { LintFinding, LintRule } from './finding';

/** A source a player cannot look up: neither a link nor a date to find it by. */
export const sourceDetails: LintRule = {
  id: 'source-without-url-or-date',
  summary: 'A card or event source with neither a url nor a date, so nobody can check it.',
  run(scenario) {
    const sourced: { path: PathKey[]; id: string; source: Source }[] = [
      ...scenario.cards.map((card, c) => ({
        path: ['cards', c, 'source'],
        id: card.id,
        source: card.source,
      })),
      ...scenario.events.dated.map((event, e) => ({
        path: ['events', 'dated', e, 'source'],
        id: event.id,
        source: event.source,
      })),
      ...scenario.events.context.map((event, e) => ({
        path: ['events', 'context', e, 'source'],
        id: event.id,
        source: event.source,
      })),
    ];
    return sourced.flatMap(({ path, id, source }): LintFinding[] =>
      source.url === undefined && source.date === undefined
        ? [
            {
              rule: this.id,
              severity: 'warning',
              path,
              message: `the source of "${id}" has neither url nor date: add one so that players can check the claim`,
            },
          ]
        : [],
    );
  },
};
