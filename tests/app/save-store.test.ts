import { describe, expect, it } from 'vitest';
import { makeSaveFile, parseSaveFile } from '../../src/app/save-file';
import { AUTOSAVE_KEY, type KeyValueStorage, SaveStore } from '../../src/app/save-store';

class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('SaveStore', () => {
  it('writes and reads the autosave slot', () => {
    const store = new SaveStore(new FakeStorage());
    expect(store.read()).toBeNull();
    expect(store.write('{"a":1}')).toEqual({ ok: true });
    expect(store.read()).toBe('{"a":1}');
  });

  it('moves a rejected save to the next free numbered key and keeps it intact', () => {
    const storage = new FakeStorage();
    storage.items.set(`${AUTOSAVE_KEY}:rejected:1`, 'older');
    storage.items.set(AUTOSAVE_KEY, 'not json {');
    const store = new SaveStore(storage);
    expect(store.keepRejected()).toEqual({ ok: true, key: `${AUTOSAVE_KEY}:rejected:2` });
    expect(storage.items.get(`${AUTOSAVE_KEY}:rejected:2`)).toBe('not json {');
    expect(storage.items.get(`${AUTOSAVE_KEY}:rejected:1`)).toBe('older');
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
  });

  it('stops autosaving when the rejected save cannot be moved, so it is never overwritten', () => {
    const storage = new FakeStorage();
    storage.items.set(AUTOSAVE_KEY, 'corrupt');
    storage.failWrites = true;
    const store = new SaveStore(storage);
    const kept = store.keepRejected();
    expect(kept.ok).toBe(false);
    storage.failWrites = false;
    expect(store.write('new game').ok).toBe(false);
    store.clear();
    expect(storage.items.get(AUTOSAVE_KEY)).toBe('corrupt');
  });

  it('reports a refused write instead of throwing', () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const result = new SaveStore(storage).write('x');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('QuotaExceededError') });
  });

  it('works without storage at all', () => {
    const store = new SaveStore(null);
    expect(store.read()).toBeNull();
    expect(store.write('x').ok).toBe(false);
  });
});

describe('parseSaveFile', () => {
  const save = { format: 1, scenarioId: 'tutorial', scenarioHash: 'h', seed: 1, seats: {}, events: [] };

  it('round-trips a wrapped save', () => {
    const file = makeSaveFile({ kind: 'builtin', id: 'tutorial' }, save, 'round 2', new Date(0));
    expect(parseSaveFile(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });

  it('accepts a bare engine save and refers to the built-in scenario by id', () => {
    const parsed = parseSaveFile(JSON.stringify(save));
    expect(parsed.ok && parsed.value.scenario).toEqual({ kind: 'builtin', id: 'tutorial' });
  });

  it.each([
    ['not json', /not valid JSON/],
    ['[1,2]', /JSON object/],
    ['{"hello":1}', /not hold a Treaty Table/],
    ['{"app":"treaty-table","version":2}', /version 2/],
    ['{"app":"treaty-table","version":1,"scenario":{"kind":"web"},"save":{}}', /which scenario/],
    ['{"app":"treaty-table","version":1,"scenario":{"kind":"builtin","id":"x"}}', /no game/],
  ])('refuses %s with a reason', (text, reason) => {
    const parsed = parseSaveFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
