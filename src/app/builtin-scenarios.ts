/**
 * The scenarios shipped with the game, bundled as text: every `scenarios/*.yaml` is picked up, so
 * adding a scenario is adding its file (list it in ORDER to place it). The registry id is the file
 * name without `.yaml`; it is what `?scenario=<id>` links use.
 */
const FILES = import.meta.glob<string>('../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Picker order; the first is the default. Files not listed follow alphabetically. */
const ORDER = ['cairo-2022', 'tutorial'];

export interface BuiltinScenario {
  id: string;
  file: string;
  text: string;
}

export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = Object.entries(FILES)
  .map(([path, text]) => {
    const file = path.split('/').pop() ?? path;
    return { id: file.replace(/\.yaml$/, ''), file, text };
  })
  .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));

function rank(id: string): number {
  const index = ORDER.indexOf(id);
  return index === -1 ? ORDER.length : index;
}

export const DEFAULT_SCENARIO_ID = 'cairo-2022';

export function findBuiltin(id: string): BuiltinScenario | undefined {
  return BUILTIN_SCENARIOS.find((entry) => entry.id === id);
}
