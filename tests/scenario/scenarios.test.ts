import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateGames } from '../../src/cli/scenario-check-simulate';
import { SCHEMA_MODELINE } from '../../src/scenario/json-schema';
import { checkScenarioText } from '../../src/scenario/lint/check';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';

const FILES = readdirSync('scenarios').filter((name) => name.endsWith('.yaml'));
/** The scenarios this kit wrote; the others are held to "no errors" only. */
const KIT_SCENARIOS = ['exemption-2022.yaml', 'suspension-2023.yaml', 'river-accord.yaml'];

const text = (file: string) => readFileSync(`scenarios/${file}`, 'utf8');

function load(file: string): Scenario {
  const parsed = parseScenario(text(file), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value;
}

describe('every built-in scenario', () => {
  it.each(FILES)('%s starts with the schema line for editors', (file) => {
    expect(text(file).split('\n')[0]).toBe(SCHEMA_MODELINE);
  });

  it.each(FILES)('%s passes scenario:check without errors', (file) => {
    const errors = checkScenarioText(text(file), file).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe.each(KIT_SCENARIOS)('%s', (file) => {
  const scenario = load(file);

  it('has no warnings either', () => {
    expect(checkScenarioText(text(file), file)).toEqual([]);
  });

  it('gives each delegation at least 16 cards of every kind, and objectives to be dealt', () => {
    for (const delegation of scenario.delegations) {
      const deck = scenario.cards.filter((card) => card.owner === delegation.id);
      expect(deck.length, delegation.id).toBeGreaterThanOrEqual(16);
      expect(new Set(deck.map((card) => card.kind)).size, delegation.id).toBe(5);
      expect(delegation.objectives.length, delegation.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has dated and context events, history points and a glossary', () => {
    expect(scenario.events.dated.length).toBeGreaterThanOrEqual(6);
    expect(scenario.events.context.length).toBeGreaterThanOrEqual(6);
    expect(scenario.history.length).toBeGreaterThanOrEqual(4);
    expect(scenario.glossary.length).toBeGreaterThanOrEqual(8);
  });

  it('attributes every card and event to someone who said it', () => {
    const claims = [...scenario.cards, ...scenario.events.dated, ...scenario.events.context];
    for (const claim of claims) {
      expect(claim.attribution.length, claim.id).toBeGreaterThan(3);
      expect(claim.source.date ?? claim.source.url, claim.id).toBeDefined();
    }
  });

  it('plays random games to the end through the engine', () => {
    const summary = simulateGames(scenario, 15, 1);
    expect(summary.endings.stuck).toBe(0);
    expect(summary.endings.expiry + summary.endings.collapse).toBe(15);
  });
});

describe('the historical openings', () => {
  it('exemption-2022 opens in August 2022, before the exemption of 8 August', () => {
    const scenario = load('exemption-2022.yaml');
    expect(scenario.calendar.start).toBe('2022-08');
    const exemption = scenario.events.dated.find((event) => event.id === 'exemption-notified');
    expect(exemption?.date).toBe('2022-08-08');
    expect(exemption?.when).toBe('end'); // the first round's talks can avert it
  });

  it('suspension-2023 opens in March 2023 with the treaty suspended, and can be restored', () => {
    const scenario = load('suspension-2023.yaml');
    expect(scenario.calendar.start).toBe('2023-03');
    expect(scenario.rules.treatyStart).toBe('suspended');
    expect(scenario.calendar.end).toBe('2026-02');
    const restorers = scenario.cards.filter((card) => card.effects.treaty === 'resume');
    expect(new Set(restorers.map((card) => card.owner))).toEqual(new Set(['us', 'ru']));
  });

  it('river-accord uses its own delegations, commission and issues', () => {
    const scenario = load('river-accord.yaml');
    expect(scenario.delegations.map((d) => d.id)).toEqual(['aldren', 'beroa']);
    expect(scenario.commission.shortName).toBe('JRC');
    expect(scenario.issues.map((issue) => issue.id)).toEqual(['flow', 'gauges', 'fisheries']);
  });
});
