/**
 * Vite plugin (runs in Node): `import result from './x.yaml?scenario'` gives the file already parsed
 * and checked, as `Result<Scenario, ScenarioProblem>` JSON. Built-in scenarios therefore reach the
 * browser without the YAML parser and the schema library (about 120 KB gzip), which load only when a
 * player opens a file of their own. In the dev server an edited file is re-parsed on save and sent by
 * hot reload, errors and all, so a designer sees them with their lines; a production build refuses a
 * broken built-in scenario outright.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { parseScenario } from './parse';
import { formatProblem } from './problems';

const QUERY = '?scenario';

export function scenarioFiles(): Plugin {
  let building = false;
  return {
    name: 'treaty-table:scenarios',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const path = id.slice(0, -QUERY.length);
      this.addWatchFile(path);
      const result = parseScenario(await readFile(path, 'utf8'), basename(path));
      if (!result.ok && building)
        this.error(`broken built-in scenario:\n${result.errors.map(formatProblem).join('\n')}`);
      return `export default ${JSON.stringify(result)};`;
    },
  };
}
