/**
 * The JSON Schema that editors (VS Code with the YAML extension, JetBrains) use to complete and
 * check scenario files while a designer types. Generated from the zod schema, never edited by hand.
 */
import * as z from 'zod/mini';
import { Scenario } from './schema';

/** Where the schema is committed, relative to the repository root. */
export const SCENARIO_SCHEMA_PATH = 'scenarios/scenario.schema.json';

/** The first line of every scenario file, which points editors at the schema. */
export const SCHEMA_MODELINE = '# yaml-language-server: $schema=./scenario.schema.json';

/** zod names recursive definitions "__schema0"…; editors show the name, so give it a real one. */
const RECURSIVE_DEFINITION_NAMES: Record<string, string> = {
  'A condition over the game state.': 'Condition',
};

type JsonObject = { [key: string]: unknown };

/** The schema of what a designer writes: inputs, so fields with defaults are optional. */
export function scenarioJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  const named = nameDefinitions(schema);
  return {
    $schema: named.$schema,
    title: 'Treaty Table scenario',
    ...named,
  };
}

/** The committed file's exact text: stable key order, two-space indent, final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

function nameDefinitions(schema: JsonObject): JsonObject {
  const definitions = (schema.$defs ?? {}) as Record<string, JsonObject>;
  const renames = new Map<string, string>();
  for (const [key, definition] of Object.entries(definitions)) {
    const description = String(definition.description ?? '');
    const name = Object.entries(RECURSIVE_DEFINITION_NAMES).find(([start]) => description.startsWith(start));
    if (name) renames.set(key, name[1]);
  }
  if (renames.size === 0) return schema;
  let text = JSON.stringify(schema);
  for (const [from, to] of renames) {
    text = text.replaceAll(`"#/$defs/${from}"`, `"#/$defs/${to}"`).replaceAll(`"${from}":`, `"${to}":`);
  }
  return JSON.parse(text) as JsonObject;
}
