import { describe, expect, it } from 'vitest';
import { redLinesRefuseEverything } from '../../../src/scenario/lint/red-lines';
import type { RedLine } from '../../../src/scenario/schema';
import { changed, findings, minimalScenario } from './fixture';

const withRedLine = (line: RedLine) =>
  changed((s) => {
    const beta = s.delegations[1];
    if (beta) beta.persona.redLines = [line];
  });

describe('red-lines-refuse-everything', () => {
  it('finds nothing without red lines', () => {
    expect(findings(redLinesRefuseEverything, minimalScenario())).toEqual([]);
  });

  it("warns when a red line refuses every one of the other side's proposals", () => {
    const scenario = withRedLine({ id: 'no-access', text: 'No access.', refuse: { issues: ['access'] } });
    const [finding] = findings(redLinesRefuseEverything, scenario);
    expect(finding?.path).toEqual(['delegations', 1, 'persona', 'redLines']);
    expect(finding?.message).toContain('refuse all 2 proposals');
  });

  it('accepts a red line that refuses only some proposals', () => {
    const scenario = withRedLine({ id: 'no-open', text: 'Not yet.', refuse: { cards: ['a-open'] } });
    expect(findings(redLinesRefuseEverything, scenario)).toEqual([]);
  });

  it('accepts a red line that can be lifted, and warns if the lifting condition never holds', () => {
    const refuse = { issues: ['access'] };
    const liftable = withRedLine({ id: 'x', text: 'Later.', refuse, unless: { round: { atLeast: 3 } } });
    expect(findings(redLinesRefuseEverything, liftable)).toEqual([]);
    const never = withRedLine({ id: 'x', text: 'Never.', refuse, unless: { round: { atLeast: 30 } } });
    expect(findings(redLinesRefuseEverything, never)).toHaveLength(1);
  });
});
