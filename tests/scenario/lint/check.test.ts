import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText, hasErrors } from '../../../src/scenario/lint/check';
import { LINT_RULES } from '../../../src/scenario/lint/rules';

const MINIMAL = readFileSync('tests/fixtures/scenarios/minimal.yaml', 'utf8');

describe('checkScenarioText', () => {
  it('says nothing about a clean file', () => {
    expect(checkScenarioText(MINIMAL, 'minimal.yaml')).toEqual([]);
  });

  it('locates deeper findings at their line and names the rule', () => {
    const text = MINIMAL.replace('{ access: { atLeast: 1 } }', '{ access: { atLeast: 1, atMost: 0 } }');
    const problems = checkScenarioText(text, 'minimal.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'minimal.yaml',
      line: 64,
      column: 15,
      path: 'cards.1.requires',
      severity: 'error',
      rule: 'unplayable-card',
    });
    expect(hasErrors(problems)).toBe(true);
  });

  it('reports parse errors alone: deeper checks need a file that loads', () => {
    const problems = checkScenarioText(MINIMAL.replace('firstLead: a', 'firstLead: c'), 'minimal.yaml');
    expect(problems.map((p) => p.rule)).toEqual([undefined]);
  });

  it('lists findings in file order', () => {
    const text = MINIMAL.replace('date: 2030-04-10', 'date: 2035-04-10').replace(
      'source: { title: Press note, publisher: Beta press office, date: 2030-05 }',
      'source: { title: Press note, publisher: Beta press office }',
    );
    const lines = checkScenarioText(text, 'minimal.yaml').map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toHaveLength(2);
  });
});

describe('the rule list', () => {
  it('has unique ids, each with a summary', () => {
    const ids = LINT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LINT_RULES) expect(rule.summary.length).toBeGreaterThan(20);
  });

  it('has a test file for every rule', () => {
    const tests = readdirSync('tests/scenario/lint').join(' ');
    const sources = readdirSync('src/scenario/lint');
    for (const rule of LINT_RULES) {
      const file = sources.find((name) =>
        readFileSync(`src/scenario/lint/${name}`, 'utf8').includes(`id: '${rule.id}'`),
      );
      expect(file, rule.id).toBeDefined();
      expect(tests, rule.id).toContain(file?.replace('.ts', '.test.ts'));
    }
  });
});
