import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_ALIAS_COUNT,
  MAX_NESTING_DEPTH,
  MAX_SCENARIO_CHARS,
  parseScenario,
} from '../../src/scenario/parse';
import { formatProblem, type ScenarioProblem } from '../../src/scenario/problems';

const BASE = readFileSync('tests/fixtures/scenarios/minimal.yaml', 'utf8');
const FILE = 'minimal.yaml';

/** The base fixture with one exact piece of text replaced (it must occur once, so the test stays honest). */
function mutate(from: string, to: string): string {
  expect(BASE.split(from).length, `"${from}" must occur once in the fixture`).toBe(2);
  return BASE.replace(from, to);
}

function problemsOf(text: string): ScenarioProblem[] {
  const result = parseScenario(text, FILE);
  expect(result.ok, 'the mutated file should be refused').toBe(false);
  return result.ok ? [] : result.errors;
}

interface Mistake {
  name: string;
  from: string;
  to: string;
  at: `${number}:${number}`;
  path: string;
  says: string;
}

/** Each mistake a designer makes, where the checker must point, and what it must say. */
const MISTAKES: Mistake[] = [
  {
    name: 'a word where a number belongs',
    from: '    capital: 4\n    pressure: 1\n    objectives: [a-goal]',
    to: '    capital: four\n    pressure: 1\n    objectives: [a-goal]',
    at: '19:14',
    path: 'delegations.0.capital',
    says: 'expected number, received string',
  },
  {
    name: 'a misspelt key',
    from: '    cost: 1\n    effects: { issues: { access: 1 } }\n  - id: a-open',
    to: '    costs: 1\n    effects: { issues: { access: 1 } }\n  - id: a-open',
    at: '54:5',
    path: 'cards.0.costs',
    says: 'unknown key "costs"',
  },
  {
    name: 'an unknown card in a red line',
    from: 'persona: { name: Alpha envoy }',
    to: 'persona: { name: Alpha envoy, redLines: [{ id: no-fee, text: No fee., refuse: { cards: [b-fees] } }] }',
    at: '23:93',
    path: 'delegations.0.persona.redLines.0.refuse.cards.0',
    says: 'unknown card "b-fees"',
  },
  {
    name: 'an unknown issue in an effect (pointing at the key)',
    from: '    effects: { issues: { access: 1 } }\n  - id: a-open',
    to: '    effects: { issues: { acess: 1 } }\n  - id: a-open',
    at: '55:26',
    path: 'cards.0.effects.issues.acess',
    says: 'unknown issue "acess"',
  },
  {
    name: 'a level above the top of its track',
    from: 'goal: { issues: { access: { atLeast: 2 } } }',
    to: 'goal: { issues: { access: { atLeast: 5 } } }',
    at: '106:42',
    path: 'objectives.0.goal.issues.access.atLeast',
    says: 'level 5 is outside issue "access", whose levels run from 0 to 2',
  },
  {
    name: 'a duplicated card id',
    from: '  - id: b-talks',
    to: '  - id: a-talks',
    at: '75:9',
    path: 'cards.3.id',
    says: 'duplicate card id "a-talks" (first used at item 1)',
  },
  {
    name: 'a missing required key (points at the block to add it to)',
    from: '    shortName: A\n',
    to: '',
    at: '14:5',
    path: 'delegations.0.shortName',
    says: 'missing required key "shortName"',
  },
  {
    name: 'a month that does not exist',
    from: 'date: 2030-04-10',
    to: 'date: 2030-13-10',
    at: '120:13',
    path: 'events.dated.0.date',
    says: 'a date is written "YYYY-MM" or "YYYY-MM-DD"',
  },
  {
    name: 'a YAML syntax error (an unclosed flow map)',
    from: '  treatyBonus: { in-force: 2, suspended: 0, collapsed: -2 }',
    to: '  treatyBonus: { in-force: 2, suspended: 0, collapsed: -2',
    at: '13:1',
    path: '',
    says: 'YAML syntax:',
  },
  {
    name: 'a colour that is not #rrggbb',
    from: "colour: '#2255aa'",
    to: 'colour: blue',
    at: '18:13',
    path: 'delegations.0.colour',
    says: 'a colour is written "#rrggbb"',
  },
  {
    name: 'three delegations',
    from: 'issues:\n  - id: access',
    to: '  - { id: c, name: Gamma, shortName: C, agency: Gamma office, colour: "#00aa00", capital: 1, pressure: 1, objectives: [a-goal], mandate: 1, persona: { name: Gamma envoy } }\nissues:\n  - id: access',
    at: '14:3',
    path: 'delegations',
    says: 'must have exactly 2 items',
  },
  {
    name: 'a card owned by nobody',
    from: '    owner: b\n    kind: demand',
    to: '    owner: c\n    kind: demand',
    at: '85:12',
    path: 'cards.4.owner',
    says: '"c" is not a delegation; use one of "a", "b"',
  },
  {
    name: 'a level change that is neither a number nor a mapping',
    from: '    effects: { issues: { access: 1 } }\n  - id: a-open',
    to: '    effects: { issues: { access: up } }\n  - id: a-open',
    at: '55:34',
    path: 'cards.0.effects.issues.access',
    says: 'a change is written +1 or -1',
  },
  {
    name: 'a card kind that does not exist',
    from: 'kind: gesture\n    title: Propose a date',
    to: 'kind: offer\n    title: Propose a date',
    at: '68:11',
    path: 'cards.2.kind',
    says: 'expected one of "proposal"|"concession"|"demand"|"statement"|"gesture"',
  },
  {
    name: 'a key written twice in one mapping',
    from: '  tensionStart: 3\n',
    to: '  tensionStart: 3\n  tensionStart: 4\n',
    at: '11:3',
    path: '',
    says: 'Map keys must be unique',
  },
  {
    name: 'an alias without its anchor',
    from: 'persona: { name: Beta envoy }',
    to: 'persona: *envoy',
    at: '33:14',
    path: '',
    says: 'YAML alias "*envoy" has no anchor "&envoy" above it',
  },
  {
    name: 'a fraction where a whole number belongs',
    from: 'formalFrom: 2',
    to: 'formalFrom: 1.5',
    at: '39:17',
    path: 'issues.0.formalFrom',
    says: 'must be a whole number',
  },
  {
    name: '"self" in an event, where only delegation ids mean anything',
    from: 'effects: { tension: -1 }',
    to: 'effects: { tension: -1, pressure: { self: 1 } }',
    at: '129:43',
    path: 'events.context.0.effects.pressure.self',
    says: '"self" is not a delegation here',
  },
];

describe('parseScenario points at each mistake', () => {
  it('accepts the base fixture', () => {
    expect(parseScenario(BASE, FILE).ok).toBe(true);
  });

  it.each(MISTAKES)('$name at $at', ({ from, to, at, path, says }) => {
    const [first] = problemsOf(mutate(from, to));
    expect(first).toBeDefined();
    expect(`${first?.line}:${first?.column}`).toBe(at);
    expect(first?.path).toBe(path);
    expect(first?.message).toContain(says);
    expect(first?.severity).toBe('error');
  });

  it('formats a problem the way editors link it', () => {
    const [first] = problemsOf(mutate("colour: '#2255aa'", 'colour: blue'));
    expect(formatProblem(first as ScenarioProblem)).toBe(
      'minimal.yaml:18:13: error: a colour is written "#rrggbb" (delegations.0.colour)',
    );
  });

  it('says an empty file is empty', () => {
    const [first] = problemsOf('');
    expect(first?.message).toContain('the file is empty');
  });
});

describe('parseScenario refuses resource-exhausting files', () => {
  it(`refuses a file over ${MAX_SCENARIO_CHARS} characters before parsing it`, () => {
    const huge = `${BASE}\n# ${'x'.repeat(MAX_SCENARIO_CHARS)}\n`;
    const [first] = problemsOf(huge);
    expect(first?.message).toMatch(/a scenario may have at most \d+/);
    expect(`${first?.line}:${first?.column}`).toBe('1:1');
  });

  it(`refuses a "billion laughs" file that expands aliases more than ${MAX_ALIAS_COUNT} times`, () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const started = performance.now();
    const [first] = problemsOf(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(first?.message).toContain(`at most ${MAX_ALIAS_COUNT}`);
  });

  it('accepts a few aliases, which are ordinary YAML', () => {
    const text = mutate('persona: { name: Alpha envoy }', 'persona: &envoy { name: Alpha envoy }').replace(
      'persona: { name: Beta envoy }',
      'persona: *envoy',
    );
    expect(parseScenario(text, FILE).ok).toBe(true);
  });
});

describe('parseScenario refuses nesting deeper than a scenario needs', () => {
  it(`points at the place where the file goes deeper than ${MAX_NESTING_DEPTH} levels`, () => {
    const deep = `${'{ not: '.repeat(80)}{}${' }'.repeat(80)}`;
    const [first] = problemsOf(
      mutate('requires: { issues: { access: { atLeast: 1 } } }', `requires: ${deep}`),
    );
    expect(first?.message).toBe(
      `the file nests more than ${MAX_NESTING_DEPTH} levels deep here; a scenario needs far fewer`,
    );
    expect(first?.line).toBe(64);
  });

  it('says so when the YAML itself is too deep to read', () => {
    const [first] = problemsOf(`id: x\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(first?.message).toMatch(/nested too deeply|nests more than/);
  });
});
