/**
 * The autosave slot in localStorage. A save that cannot be loaded is never thrown away: it is moved
 * to a numbered "rejected" key first, and if even that fails, autosaving stops for the session so
 * nothing overwrites it.
 */
export const AUTOSAVE_KEY = 'treaty-table:autosave';
export const REJECTED_PREFIX = `${AUTOSAVE_KEY}:rejected:`;

/** The part of the Web Storage API this needs, so tests can pass a plain fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type WriteResult = { ok: true } | { ok: false; reason: string };

export class SaveStore {
  private blockedReason: string | null = null;

  constructor(private readonly storage: KeyValueStorage | null) {}

  /** The raw autosave text, or null when there is none (or storage is unavailable). */
  read(): string | null {
    try {
      return this.storage?.getItem(AUTOSAVE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  write(text: string): WriteResult {
    if (this.blockedReason) return { ok: false, reason: this.blockedReason };
    if (!this.storage)
      return { ok: false, reason: 'this browser does not allow saving (storage is unavailable)' };
    try {
      this.storage.setItem(AUTOSAVE_KEY, text);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: `the browser refused to save (${errorText(error)})` };
    }
  }

  /** Forgets the autosave, e.g. when a game ends. Refused while a rejected save could not be moved. */
  clear(): void {
    if (this.blockedReason) return;
    try {
      this.storage?.removeItem(AUTOSAVE_KEY);
    } catch {
      // Nothing to do: the slot is overwritten by the next game anyway.
    }
  }

  /**
   * Moves the current autosave to the next free `…:rejected:<n>` key and returns that key. The
   * original is removed only after the copy reads back identical.
   */
  keepRejected(): { ok: true; key: string } | { ok: false; reason: string } {
    const raw = this.read();
    if (raw === null || !this.storage) return { ok: false, reason: 'there is no autosave to keep' };
    const key = this.nextRejectedKey();
    try {
      this.storage.setItem(key, raw);
      if (this.storage.getItem(key) !== raw) throw new Error('the copy did not read back');
      this.storage.removeItem(AUTOSAVE_KEY);
      return { ok: true, key };
    } catch (error) {
      this.blockedReason = `autosave is off so that the save that could not be loaded is not overwritten (${errorText(error)})`;
      return { ok: false, reason: this.blockedReason };
    }
  }

  get blocked(): string | null {
    return this.blockedReason;
  }

  private nextRejectedKey(): string {
    for (let n = 1; ; n += 1) {
      const key = `${REJECTED_PREFIX}${n}`;
      if (this.storage?.getItem(key) === null) return key;
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** localStorage, or null where the browser blocks it (private modes, file:// in some browsers). */
export function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(AUTOSAVE_KEY);
    return storage;
  } catch {
    return null;
  }
}
