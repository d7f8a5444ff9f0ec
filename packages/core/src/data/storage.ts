// Browser storage for the adapter, or null where it is blocked (private modes, strict settings, Node).

let prefix = 'qoldau:';
let probed: Storage | null | undefined;

/** localStorage if it works, else null. Probed once (writing, not just reading, is what fails). */
export function storage(): Storage | null {
  if (probed === undefined) {
    try {
      const store = globalThis.localStorage;
      store.setItem(`${prefix}probe`, '1');
      store.removeItem(`${prefix}probe`);
      probed = store;
    } catch {
      probed = null;
    }
  }
  return probed;
}

/** The storage key (and Web Lock name) for one of our items. */
export const storageKey = (name: string): string => prefix + name;

/** Our keys that start with `name`. */
export function storedKeys(name: string): string[] {
  const store = storage();
  const keys: string[] = [];
  if (store) {
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index);
      if (key?.startsWith(prefix + name)) keys.push(key);
    }
  }
  return keys;
}

/**
 * @internal For tests: isolates parallel test pages that share one origin, and re-probes storage.
 */
export function setStorageNamespace(namespace: string): void {
  prefix = namespace;
  probed = undefined;
}
