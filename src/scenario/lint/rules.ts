import { datedEventsOutsideCalendar } from './dated-events-calendar';
import { deckSize } from './deck-size';
import { duplicates } from './duplicates';
import type { LintRule } from './finding';
import { impossibleEvents } from './impossible-events';
import { impossibleObjectives } from './impossible-objectives';
import { redLinesRefuseEverything } from './red-lines';
import { sourceDetails } from './source-details';
import { unacceptableDemands } from './unacceptable-demands';
import { undealtObjectives } from './undealt-objectives';
import { unplayableCards } from './unplayable-cards';
import { unreachableLevels } from './unreachable-levels';

/** Every deeper check, in the order their findings are listed for a line. */
export const LINT_RULES: readonly LintRule[] = [
  unreachableLevels,
  unplayableCards,
  unacceptableDemands,
  impossibleEvents,
  datedEventsOutsideCalendar,
  impossibleObjectives,
  undealtObjectives,
  sourceDetails,
  deckSize,
  redLinesRefuseEverything,
  duplicates,
];
