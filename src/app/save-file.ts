/**
 * The file a game is saved to (in localStorage or as a download). It wraps the engine's Save with
 * where the scenario came from, so a game on a scenario loaded from disk or a URL can be resumed too.
 */
export type ScenarioRef = { kind: 'builtin'; id: string } | { kind: 'inline'; file: string; text: string };

export interface SaveFile {
  app: 'treaty-table';
  version: 1;
  scenario: ScenarioRef;
  savedAt: string;
  /** A line for the resume button, e.g. "Cairo 2022 · round 3 (May 2023)". */
  summary: string;
  /** The engine's Save; validated by loadGame, not here. */
  save: unknown;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function makeSaveFile(scenario: ScenarioRef, save: unknown, summary: string, now: Date): SaveFile {
  return { app: 'treaty-table', version: 1, scenario, savedAt: now.toISOString(), summary, save };
}

/**
 * Reads a save file's text. A bare engine Save (no wrapper) is accepted as well and refers to a
 * built-in scenario by its id.
 */
export function parseSaveFile(text: string): Parsed<SaveFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reason: `the file is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
  if (!isRecord(data))
    return { ok: false, reason: 'the file does not hold a saved game (expected a JSON object)' };
  if (data.app === 'treaty-table') return readWrapped(data);
  if (data.format !== undefined && typeof data.scenarioId === 'string') {
    return {
      ok: true,
      value: makeSaveFile({ kind: 'builtin', id: data.scenarioId }, data, '', new Date(0)),
    };
  }
  return { ok: false, reason: 'the file does not hold a Treaty Table saved game' };
}

function readWrapped(data: Record<string, unknown>): Parsed<SaveFile> {
  if (data.version !== 1)
    return { ok: false, reason: `save version ${String(data.version)} is not supported` };
  const scenario = readScenarioRef(data.scenario);
  if (!scenario) return { ok: false, reason: 'the save does not say which scenario it was played on' };
  if (!isRecord(data.save)) return { ok: false, reason: 'the save holds no game' };
  return {
    ok: true,
    value: {
      app: 'treaty-table',
      version: 1,
      scenario,
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
      summary: typeof data.summary === 'string' ? data.summary : '',
      save: data.save,
    },
  };
}

function readScenarioRef(value: unknown): ScenarioRef | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'builtin' && typeof value.id === 'string') return { kind: 'builtin', id: value.id };
  if (value.kind === 'inline' && typeof value.file === 'string' && typeof value.text === 'string') {
    return { kind: 'inline', file: value.file, text: value.text };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
