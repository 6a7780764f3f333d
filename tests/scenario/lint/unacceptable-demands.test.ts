import { describe, expect, it } from 'vitest';
import { unacceptableDemands } from '../../../src/scenario/lint/unacceptable-demands';
import { card, changed, findings, minimalScenario } from './fixture';

describe('unacceptable-demand', () => {
  it('finds nothing when accept costs can be paid', () => {
    expect(findings(unacceptableDemands, minimalScenario())).toEqual([]);
  });

  it('warns on an accept cost above the capital ceiling', () => {
    const scenario = changed((s) => {
      s.rules.capitalMax = 6;
      card(s, 'b-fee').acceptCost = 7;
    });
    const [finding] = findings(unacceptableDemands, scenario);
    expect(finding?.path).toEqual(['cards', 4, 'acceptCost']);
    expect(finding?.message).toContain('offers carrying it can only be rejected');
  });
});
