import { describe, expect, it } from 'vitest';
import { undealtObjectives } from '../../../src/scenario/lint/undealt-objectives';
import { changed, findings, minimalScenario } from './fixture';

describe('undealt-objective', () => {
  it('finds nothing when every objective is in some pool', () => {
    expect(findings(undealtObjectives, minimalScenario())).toEqual([]);
  });

  it('finds an objective no delegation lists', () => {
    const scenario = changed((s) => {
      const beta = s.delegations[1];
      if (beta) beta.objectives = ['a-goal'];
    });
    const [finding] = findings(undealtObjectives, scenario);
    expect(finding?.path).toEqual(['objectives', 1, 'id']);
    expect(finding?.message).toContain('"b-goal" is in no delegation');
  });
});
