/**
 * The scenarios shipped with the game. Every `scenarios/*.yaml` is picked up, already parsed and
 * checked by the build plugin (src/scenario/vite-plugin.ts), so the browser needs no YAML parser for
 * them; in the built site they are JSON files fetched by `loadBuiltinScenarios()` at start-up. The
 * registry id is the file name without `.yaml`; it is what `?scenario=<id>` links use.
 *
 * In the dev server an edited file comes back through hot reload: the new list replaces the old one
 * and `BUILTINS_CHANGED` is dispatched on window, so a running game can reload it (live-reload.ts).
 */
import type { Result, ScenarioProblem } from '../scenario/problems';
import type { Scenario } from '../scenario/schema';

const FILES = import.meta.glob<() => Promise<Result<Scenario, ScenarioProblem>>>('../../scenarios/*.yaml', {
  query: '?scenario',
  import: 'default',
  eager: true,
});

/** Picker order; the first is the default. Files not listed follow alphabetically. */
const ORDER = ['cairo-2022', 'tutorial'];

export const DEFAULT_SCENARIO_ID = 'cairo-2022';
export const BUILTINS_CHANGED = 'treaty-table:builtin-scenarios-changed';

export interface BuiltinScenario {
  id: string;
  file: string;
  result: Result<Scenario, ScenarioProblem>;
}

function rank(id: string): number {
  const index = ORDER.indexOf(id);
  return index === -1 ? ORDER.length : index;
}

// Each version of this module writes the shared list, so code holding the first version sees edits.
const shared: { list?: BuiltinScenario[] } = import.meta.hot?.data ?? {};

/** Loads every built-in scenario (in parallel); call once before `builtinScenarios()`. */
export async function loadBuiltinScenarios(): Promise<readonly BuiltinScenario[]> {
  const list = await Promise.all(
    Object.entries(FILES).map(async ([path, load]) => {
      const file = path.split('/').pop() ?? path;
      return { id: file.replace(/\.yaml$/, ''), file, result: await load() };
    }),
  );
  shared.list = list.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return shared.list;
}

export function builtinScenarios(): readonly BuiltinScenario[] {
  return shared.list ?? [];
}

export function findBuiltin(id: string): BuiltinScenario | undefined {
  return builtinScenarios().find((entry) => entry.id === id);
}

if (import.meta.hot) {
  // The new version of this module holds the new files; its loader writes the shared list.
  import.meta.hot.accept((next) => {
    const reload = (next as { loadBuiltinScenarios?: typeof loadBuiltinScenarios } | undefined)
      ?.loadBuiltinScenarios;
    void reload?.().then(() => window.dispatchEvent(new CustomEvent(BUILTINS_CHANGED)));
  });
}
