import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SCENARIO_SCHEMA_PATH,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
} from '../../src/scenario/json-schema';

type Json = { [key: string]: unknown };

/** Every named property anywhere in the schema, with the path an editor user would follow. */
function properties(node: unknown, path: string): { path: string; schema: Json }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => properties(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const object = node as Json;
  const own = Object.entries((object.properties ?? {}) as Record<string, Json>).map(([key, schema]) => ({
    path: `${path}.${key}`,
    schema,
  }));
  const nested = Object.entries(object).flatMap(([key, value]) => properties(value, `${path}/${key}`));
  return [...own, ...nested];
}

describe('the JSON Schema for editors', () => {
  it('is committed as generated (run `npm run schema` after changing src/scenario/schema.ts)', () => {
    const committed = readFileSync(SCENARIO_SCHEMA_PATH, 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('describes every property, because the description is what a designer sees on hover', () => {
    const all = properties(scenarioJsonSchema(), '');
    expect(all.length).toBeGreaterThan(100);
    const undescribed = all.filter(
      ({ schema }) => typeof schema.description !== 'string' || schema.description === '',
    );
    expect(undescribed.map(({ path }) => path)).toEqual([]);
  });

  it('describes inputs: fields with a default are optional', () => {
    const schema = scenarioJsonSchema() as { properties: { rules: { required?: string[] } } };
    expect(schema.properties.rules.required).not.toContain('handSize');
    expect(schema.properties.rules.required).toContain('tensionStart');
  });

  it('gives the recursive condition a readable name', () => {
    const schema = scenarioJsonSchema() as { $defs?: Record<string, unknown> };
    expect(Object.keys(schema.$defs ?? {})).toEqual(['Condition']);
  });
});
