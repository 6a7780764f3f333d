/**
 * `npm run schema`: writes scenarios/scenario.schema.json from the zod schema, so that editors
 * complete and check scenario files. Run it after changing src/scenario/schema.ts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCENARIO_SCHEMA_PATH, scenarioJsonSchemaText } from '../scenario/json-schema';

const target = resolve(process.cwd(), SCENARIO_SCHEMA_PATH);
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${SCENARIO_SCHEMA_PATH}`);
