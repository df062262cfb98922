import type { Model } from '../model/types.js';

/**
 * Memoises a fact computed from a whole model: the first call computes it (one pass over the
 * file), later calls from any rule look it up. Keyed weakly, so a model and its facts are freed
 * together once linted. This is how rule-kit keeps rules from re-scanning the instructions before
 * each one they check, which made linting quadratic in the length of a stage.
 */
export function perModel<T>(compute: (model: Model) => T): (model: Model) => T {
  return perObject(compute);
}

/** Memoises a fact of one object (an instruction, a stage) the same way. */
export function perObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
