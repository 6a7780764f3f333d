import type { LintFinding, LintRule } from './finding';

/** Levels that no sequence of card and event effects can bring a track to. */
export const unreachableLevels: LintRule = {
  id: 'unreachable-level',
  summary: 'A level of an issue or of the commission track that no card or event effect can reach.',
  run(scenario, facts) {
    const findings: LintFinding[] = [];
    scenario.issues.forEach((issue, i) => {
      const reachable = facts.issueLevels.get(issue.id);
      issue.levels.forEach((level, l) => {
        if (!reachable || reachable.has(l)) return;
        const formal = issue.formalFrom !== undefined && l >= issue.formalFrom && !facts.sessionPossible;
        const why = formal
          ? 'it is a formal level, and the commission can never convene a session to decide it'
          : l < issue.start
            ? `the track starts at level ${issue.start} and no card or event effect lowers it this far`
            : 'no card or event effect can take the track there';
        findings.push({
          rule: this.id,
          severity: 'warning',
          path: ['issues', i, 'levels', l],
          message: `level ${l} ("${level.label}") of issue "${issue.id}" can never be reached: ${why}`,
        });
      });
    });
    const top = scenario.commission.levels.length - 1;
    scenario.commission.levels.forEach((level, l) => {
      if (facts.commissionLevels.has(l)) return;
      const why = l === top ? ', so no commission session is ever held' : '';
      findings.push({
        rule: this.id,
        severity: 'warning',
        path: ['commission', 'levels', l],
        message: `commission level ${l} ("${level.label}") can never be reached by any card or event effect${why}`,
      });
    });
    return findings;
  },
};
