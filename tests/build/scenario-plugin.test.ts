/** The build plugin hands the browser exactly what the parser gives, without shipping the parser. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import loadTutorial from '../../scenarios/tutorial.yaml?scenario';
import { parseScenario } from '../../src/scenario/parse';

describe('scenario files imported with ?scenario', () => {
  it('arrive parsed and checked, identical to parsing the text', async () => {
    const tutorial = await loadTutorial();
    const direct = parseScenario(readFileSync('scenarios/tutorial.yaml', 'utf8'), 'tutorial.yaml');
    expect(tutorial.ok).toBe(true);
    expect(tutorial).toEqual(JSON.parse(JSON.stringify(direct)));
  });
});
