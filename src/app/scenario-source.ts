/**
 * Where a scenario comes from (built in, a file from disk, a URL) and turning its text into a
 * scenario, with every problem as a line a designer can act on.
 */
import type { ScenarioProblem } from '../scenario/problems';
import { formatProblem } from '../scenario/problems';
import type { Scenario } from '../scenario/schema';
import { builtinScenarios, findBuiltin } from './builtin-scenarios';
import type { ScenarioRef } from './save-file';

export interface LoadedScenario {
  ref: ScenarioRef;
  /** The file name shown in messages, e.g. "cairo-2022.yaml". */
  file: string;
  scenario: Scenario;
}

export type ScenarioResult =
  | { ok: true; value: LoadedScenario }
  | { ok: false; file: string; errors: string[] };

/** A built-in scenario by its registry id, or by the scenario id inside it (as bare saves name it). */
export function loadBuiltin(id: string): ScenarioResult {
  const entry = findBuiltin(id) ?? builtinScenarios().find((b) => b.result.ok && b.result.value.id === id);
  if (!entry) return { ok: false, file: id, errors: [`There is no built-in scenario "${id}".`] };
  return fromResult({ kind: 'builtin', id: entry.id }, entry.file, entry.result);
}

export function fromResult(
  ref: ScenarioRef,
  file: string,
  result: { ok: true; value: Scenario } | { ok: false; errors: ScenarioProblem[] },
): ScenarioResult {
  if (!result.ok) return { ok: false, file, errors: result.errors.map(formatProblem) };
  return { ok: true, value: { ref, file, scenario: result.value } };
}

/**
 * Parses scenario text from disk or a URL; errors come back as `file:line:column: error: message`.
 * The parser (YAML and the schema library, most of the page's weight) is fetched only when needed:
 * built-in scenarios arrive already parsed.
 */
export async function loadText(file: string, text: string): Promise<ScenarioResult> {
  const { parseScenario } = await import('../scenario/parse');
  return fromResult({ kind: 'inline', file, text }, file, parseScenario(text, file));
}

export async function loadRef(ref: ScenarioRef): Promise<ScenarioResult> {
  return ref.kind === 'builtin' ? loadBuiltin(ref.id) : loadText(ref.file, ref.text);
}

export type FetchResult = { ok: true; file: string; text: string } | { ok: false; message: string };

/** Fetches a scenario from a URL, saying exactly what went wrong (status, network) and where. */
export async function fetchScenarioText(url: string, base: string): Promise<FetchResult> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { ok: false, message: `"${url}" is not a valid address.` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { ok: false, message: `Only http and https addresses can be loaded, not "${target.protocol}".` };
  }
  let response: Response;
  try {
    response = await fetch(target.href);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Could not fetch ${target.href}: network error (${reason}).` };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { ok: false, message: `Could not fetch ${target.href}: the server answered HTTP ${status}.` };
  }
  // Single-page hosts answer unknown paths with their own page and status 200: say so plainly.
  if (response.headers.get('content-type')?.includes('text/html')) {
    return {
      ok: false,
      message: `Could not load ${target.href}: the server sent a web page, not a scenario file. Check the address.`,
    };
  }
  const file = decodeURIComponent(target.pathname.split('/').pop() || 'scenario.yaml');
  return { ok: true, file, text: await response.text() };
}
