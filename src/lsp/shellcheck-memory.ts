import type { ScriptResults, ShellcheckComment } from '../shellcheck/index.js';

/** Scripts remembered, across documents: enough for many open files, few enough to bound memory. */
const CAPACITY = 2000;

/**
 * ShellCheck's comments on the scripts it checked when documents were opened or saved, per
 * executable. ShellCheck runs then only; as a document is typed, each script whose text (and
 * dialect and known variables) is unchanged keeps its comments, placed where the script now is,
 * and a script being edited has none until the next save.
 */
export class ShellcheckMemory {
  private readonly byExecutable = new Map<string, Map<string, readonly ShellcheckComment[]>>();

  /** Results that check the scripts not remembered (on open and save), and remember them. */
  readonly checking = (executable: string): ScriptResults => {
    const store = this.storeOf(executable);
    return {
      get: (key) => touch(store, key),
      set: (key, comments) => {
        store.set(key, comments);
        if (store.size > CAPACITY) store.delete(store.keys().next().value!);
      },
    };
  };

  /** Results that never check: a script not remembered has no comments (as a document changes). */
  readonly remembered = (executable: string): ScriptResults => {
    const store = this.storeOf(executable);
    return { get: (key) => touch(store, key) ?? [], set: () => undefined };
  };

  private storeOf(executable: string): Map<string, readonly ShellcheckComment[]> {
    let store = this.byExecutable.get(executable);
    if (!store) {
      store = new Map();
      this.byExecutable.set(executable, store);
    }
    return store;
  }
}

/** A remembered value, moved to the end so the least recently used go first. */
function touch(store: Map<string, readonly ShellcheckComment[]>, key: string): readonly ShellcheckComment[] | undefined {
  const value = store.get(key);
  if (value !== undefined) {
    store.delete(key);
    store.set(key, value);
  }
  return value;
}
