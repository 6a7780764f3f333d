import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { checkScenarioText } from '../../src/scenario/lint/check';
import { formatProblem } from '../../src/scenario/problems';

const DOC = readFileSync('docs/scenario-format.md', 'utf8');
const FIRST_PATH = 'tests/fixtures/scenarios/first-scenario.yaml';
const FIRST = readFileSync(FIRST_PATH, 'utf8');

/** The tutorial's complete file: the last yaml block of the page. */
function completeFileInDoc(): string {
  const blocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.at(-1) ?? '';
}

function propertyNames(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(propertyNames);
  if (node === null || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  const own = Object.keys((object.properties ?? {}) as object);
  return [...own, ...Object.values(object).flatMap(propertyNames)];
}

describe('docs/scenario-format.md', () => {
  it('ends its tutorial with the file the tests check (only the schema path differs)', () => {
    const fixtureWithDocPath = FIRST.replace(
      /^# yaml-language-server: \$schema=.*$/m,
      '# yaml-language-server: $schema=./scenario.schema.json',
    );
    expect(completeFileInDoc()).toBe(fixtureWithDocPath);
  });

  it('has a tutorial file that passes scenario:check with no error and no warning', () => {
    expect(checkScenarioText(FIRST, FIRST_PATH)).toEqual([]);
  });

  it('shows the messages the checker really prints for the tutorial mistakes', () => {
    const mistakes: [string, string][] = [
      ['effects: { issues: { patrols: 1 } }', 'effects: { issues: { patrol: 1 } }'],
      ['{ patrols: { atLeast: 2 } }', '{ patrols: { atLeast: 2, atMost: 1 } }'],
    ];
    for (const [from, to] of mistakes) {
      const problems = checkScenarioText(FIRST.replace(from, to), 'scenarios/harbour-talks.yaml');
      expect(problems).toHaveLength(1);
      expect(DOC).toContain(formatProblem(problems[0] as (typeof problems)[0]));
    }
  });

  it('names every field of the format', () => {
    const names = new Set(propertyNames(scenarioJsonSchema()));
    const missing = [...names].filter((name) => !DOC.includes(`\`${name}\``) && !DOC.includes(`.${name}\``));
    expect(missing).toEqual([]);
  });
});
