import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtinScenarios, DEFAULT_SCENARIO_ID, loadBuiltinScenarios } from '../../src/app/builtin-scenarios';
import { fetchScenarioText, loadBuiltin, loadRef, loadText } from '../../src/app/scenario-source';

beforeAll(async () => {
  await loadBuiltinScenarios();
});

describe('built-in scenarios', () => {
  it('lists the default scenario first and every built-in file parses', () => {
    expect(builtinScenarios()[0]?.id).toBe(DEFAULT_SCENARIO_ID);
    for (const builtin of builtinScenarios()) {
      const result = loadBuiltin(builtin.id);
      expect(result.ok ? [] : result.errors, builtin.file).toEqual([]);
    }
  });

  it('finds a built-in by the id inside the file too (bare saves name that)', async () => {
    const result = loadBuiltin('tutorial');
    expect(result.ok && result.value.scenario.id).toBe('tutorial');
    expect((await loadRef({ kind: 'builtin', id: 'tutorial' })).ok).toBe(true);
  });

  it('says when there is no such built-in', () => {
    expect(loadBuiltin('nope')).toEqual({
      ok: false,
      file: 'nope',
      errors: ['There is no built-in scenario "nope".'],
    });
  });
});

describe('scenario text from a file or URL', () => {
  it('gives every problem as file:line:column', async () => {
    const result = await loadText('mine.yaml', 'id: mine\ntitle: x\ncalendar: 3\n');
    expect(result.ok).toBe(false);
    if (!result.ok) for (const line of result.errors) expect(line).toMatch(/^mine\.yaml:\d+:\d+: error: /);
  });

  it('keeps the text inline so saves can be resumed without the file', async () => {
    const text = readFileSync('scenarios/tutorial.yaml', 'utf8');
    const result = await loadText('copy.yaml', text);
    expect(result.ok && result.value.ref).toEqual({ kind: 'inline', file: 'copy.yaml', text });
  });
});

describe('fetchScenarioText', () => {
  afterEach(() => vi.unstubAllGlobals());
  const base = 'https://school.example/game/';

  it('fetches relative to the page and names the file', async () => {
    const fetch = vi.fn(async () => new Response('id: x', { headers: { 'content-type': 'text/yaml' } }));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchScenarioText('scenarios/my%20class.yaml', base)).toEqual({
      ok: true,
      file: 'my class.yaml',
      text: 'id: x',
    });
    expect(fetch).toHaveBeenCalledWith('https://school.example/game/scenarios/my%20class.yaml');
  });

  it('reports an HTTP status with the address', async () => {
    vi.stubGlobal('fetch', async () => new Response('no', { status: 404, statusText: 'Not Found' }));
    expect(await fetchScenarioText('x.yaml', base)).toEqual({
      ok: false,
      message: 'Could not fetch https://school.example/game/x.yaml: the server answered HTTP 404 Not Found.',
    });
  });

  it('reports a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await fetchScenarioText('https://elsewhere.example/s.yaml', base);
    expect(result).toEqual({
      ok: false,
      message: 'Could not fetch https://elsewhere.example/s.yaml: network error (Failed to fetch).',
    });
  });

  it('refuses a web page served in place of a scenario', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    const result = await fetchScenarioText('missing.yaml', base);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/sent a web page, not a scenario file/);
  });

  it('refuses addresses that are not http(s)', async () => {
    const result = await fetchScenarioText('javascript:alert(1)', base);
    expect(result).toEqual({
      ok: false,
      message: 'Only http and https addresses can be loaded, not "javascript:".',
    });
  });
});
