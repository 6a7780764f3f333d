/**
 * Vite plugin (runs in Node): `import load from './x.yaml?scenario'` gives a function that resolves
 * to the file already parsed and checked, as `Result<Scenario, ScenarioProblem>`. Built-in scenarios
 * therefore reach the browser without the YAML parser and the schema library, which load only when a
 * player opens a file of their own.
 *
 * - `vite build`: the result is emitted as a JSON asset and fetched when loaded, so scenario content is
 *   data, not JavaScript the page must parse; a broken built-in scenario fails the build.
 * - dev server: the result is inlined; an edited file is re-parsed on save and sent by hot reload,
 *   errors and all, so a designer sees them with their lines in the running game.
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
      if (!building) return `export default async () => (${JSON.stringify(result)});`;
      if (!result.ok) this.error(`broken built-in scenario:\n${result.errors.map(formatProblem).join('\n')}`);
      const asset = this.emitFile({
        type: 'asset',
        name: `${basename(path, '.yaml')}.json`,
        source: JSON.stringify(result),
      });
      const url = `new URL(import.meta.ROLLUP_FILE_URL_${asset}, import.meta.url)`;
      return `export default async () => {
  const response = await fetch(${url});
  if (!response.ok) throw new Error('the built-in scenario ${basename(path)} could not be fetched: HTTP ' + response.status);
  return response.json();
};`;
    },
  };
}
