// Reading: validated data per resource, cached with a TTL, identical in-flight reads shared,
// polling while visible, and the last good value kept across failures and across visits.
import { QoldauError, isQoldauError } from '../errors.js';
import { validateCampaign } from '../validate.js';
import { toBounded } from '../validate-bounds.js';
import { configVersion, getConfig } from './config.js';
import { loadRaw } from './source.js';
import { storage, storageKey } from './storage.js';
import type {
  ResourceDataMap,
  ResourceKind,
  ResourceRef,
  ResourceState,
  SourceConfig,
  ValidatedData,
} from './types.js';

type Listener = (state: ResourceState) => void;

interface Watcher {
  listener: Listener;
  refresh: number;
}

interface Slot {
  ref: ResourceRef;
  state: ResourceState;
  version: number;
  inflight?: Promise<ValidatedData>;
  timer?: ReturnType<typeof setTimeout>;
  lastAttempt: number;
  watchers: Set<Watcher>;
}

/** Payloads larger than this are not kept for the next visit (localStorage is small and shared). */
const PERSIST_LIMIT = 16_000;

const slots = new Map<string, Slot>();
let visibilityHooked = false;

const initialState = (): ResourceState => ({ status: 'loading', stale: false, fromStorage: false });

/** The configured source, as part of a storage key: its type, and its URL (template) if it has one. */
const sourceId = (source: SourceConfig | undefined): string =>
  `${source?.type}:${source && 'url' in source ? JSON.stringify(source.url) : ''}`;

/**
 * The storage key of a saved figure: the source is part of it, so two sources on one origin (two
 * NGOs on one host, a test sheet and the real one) never show each other's numbers.
 */
const persistKey = (ref: ResourceRef): string =>
  storageKey(`data:${sourceId(getConfig().source)}:${ref.kind}:${ref.id}`);

function slotFor(ref: ResourceRef): Slot {
  const key = `${ref.kind}\n${ref.id}`;
  let slot = slots.get(key);
  if (!slot) {
    slot = {
      ref: { kind: ref.kind, id: ref.id },
      state: initialState(),
      version: -1,
      lastAttempt: 0,
      watchers: new Set(),
    };
    slots.set(key, slot);
  }
  return slot;
}

function update(slot: Slot, state: ResourceState): void {
  slot.state = state;
  for (const watcher of slot.watchers) watcher.listener(state);
}

function isFresh(slot: Slot, ttl: number): boolean {
  const { data, fromStorage, fetchedAt = 0 } = slot.state;
  return data !== undefined && !fromStorage && slot.version === configVersion() && Date.now() - fetchedAt < ttl * 1000;
}

// Campaign validation ships with the donation progress; the other kinds' validators are loaded with
// the first read of such a kind, so a page of campaign meters does not download them. Events have a
// module of their own (validate-event.ts), and so do roles (validate-role.ts), donor lists
// (validate-donors.ts, which the donor wall also imports for inline lists) and donate options
// (validate-donate.ts): a page of metrics downloads none of them.
const loaded: Partial<Record<ResourceKind, (value: unknown) => ValidatedData>> = { campaign: validateCampaign };

const validatorFor = (kind: ResourceKind) => loaded[kind];

async function loadValidator(kind: ResourceKind): Promise<(value: unknown) => ValidatedData> {
  return (loaded[kind] ??=
    kind === 'event'
      ? (await import('../validate-event.js')).validateEvent
      : kind === 'role'
        ? (await import('../validate-role.js')).validateRole
        : kind === 'donors'
          ? (await import('../validate-donors.js')).validateDonors
          : kind === 'donate'
            ? (await import('../validate-donate.js')).validateDonate
            : (await import('../validate-resources.js')).validators[
                kind as Exclude<ResourceKind, 'event' | 'role' | 'donors' | 'donate'>
              ]);
}

function persist(ref: ResourceRef, raw: unknown, fetchedAt: number): void {
  try {
    const text = JSON.stringify({ t: fetchedAt, d: raw });
    if (text.length <= PERSIST_LIMIT) storage()?.setItem(persistKey(ref), text);
  } catch {
    // Full or blocked storage only costs the next visit its instant paint.
  }
}

function restore(ref: ResourceRef): { data: ValidatedData; fetchedAt: number } | undefined {
  try {
    const text = storage()?.getItem(persistKey(ref));
    if (!text) return undefined;
    const saved = JSON.parse(text) as { t: number; d: unknown };
    const validate = validatorFor(ref.kind);
    return validate ? { data: validate(saved.d), fetchedAt: saved.t } : undefined;
  } catch {
    storage()?.removeItem(persistKey(ref));
    return undefined;
  }
}

function load(slot: Slot, maxAge: number): Promise<ValidatedData> {
  if (slot.inflight) return slot.inflight;
  const version = configVersion();
  slot.lastAttempt = Date.now();
  if (slot.state.status === 'error') update(slot, initialState());
  const attempt = (async () => {
    try {
      const raw = await loadRaw(getConfig().source, slot.ref, maxAge);
      const data = (await loadValidator(slot.ref.kind))(raw);
      const fetchedAt = Date.now();
      if (version === configVersion()) {
        slot.version = version;
        persist(slot.ref, raw, fetchedAt);
        update(slot, { status: 'ready', data, fetchedAt, stale: false, fromStorage: false });
      }
      return data;
    } catch (caught) {
      // Anything else comes from a custom source or a lazy chunk that failed to load.
      const error = isQoldauError(caught) ? caught : new QoldauError('network', slot.ref.kind);
      update(
        slot,
        slot.state.data === undefined
          ? { status: 'error', error, stale: false, fromStorage: false }
          : { ...slot.state, status: 'ready', error, stale: true },
      );
      throw error;
    } finally {
      slot.inflight = undefined;
      schedule(slot);
    }
  })();
  slot.inflight = attempt;
  return attempt;
}

/** (Re)arms the polling timer of a slot: the shortest refresh among its watchers, only while visible. */
function schedule(slot: Slot): void {
  clearTimeout(slot.timer);
  slot.timer = undefined;
  const interval = Math.min(...[...slot.watchers].map((watcher) => watcher.refresh || Infinity));
  if (interval === Infinity || slot.inflight || globalThis.document?.visibilityState === 'hidden') return;
  slot.timer = setTimeout(
    () => load(slot, 1000).catch(() => undefined),
    Math.max(0, slot.lastAttempt + interval * 1000 - Date.now()),
  );
}

/**
 * Reads one resource: validated, cached for `cacheTtl` seconds, and identical reads in flight
 * share one request. Rejects with a `QoldauError` (never anything else).
 */
export async function read<K extends ResourceKind>(ref: ResourceRef<K>): Promise<ResourceDataMap[K]> {
  const { cacheTtl } = getConfig();
  const slot = slotFor(ref);
  if (isFresh(slot, cacheTtl)) return slot.state.data as ResourceDataMap[K];
  return (await load(slot, cacheTtl * 1000)) as ResourceDataMap[K];
}

/**
 * Reads one resource again now, past the cache (an event's seats after a sign-up), and tells every
 * watcher. Rejects like `read()`.
 */
export async function refresh<K extends ResourceKind>(ref: ResourceRef<K>): Promise<ResourceDataMap[K]> {
  return (await load(slotFor(ref), 0)) as ResourceDataMap[K];
}

/**
 * Follows one resource: calls `listener` at once (with the value from a previous visit if one was
 * kept, marked `fromStorage`), then on every change. With `refresh` (seconds; default: the
 * configured `refresh`) it polls while the page is visible; a failed refresh keeps the last good
 * value and marks it `stale`. Returns a function that stops watching.
 */
export function watch<K extends ResourceKind>(
  ref: ResourceRef<K>,
  options: { refresh?: number },
  listener: (state: ResourceState<ResourceDataMap[K]>) => void,
): () => void {
  let config;
  try {
    // An id set from script may be anything (an object, a number): only text names a resource.
    if (typeof ref.id !== 'string') throw new QoldauError('invalid-type', ref.kind);
    config = getConfig();
  } catch (error) {
    listener({ status: 'error', error: error as QoldauError, stale: false, fromStorage: false });
    return () => undefined;
  }
  const slot = slotFor(ref);
  // Out-of-bounds refreshes (-1, 0.001, 1e308, NaN) are clamped or fall back to the configured one.
  const watcher: Watcher = {
    listener: listener as Listener,
    refresh: toBounded(options.refresh, 'refresh', config.refresh),
  };
  slot.watchers.add(watcher);
  if (!visibilityHooked) {
    visibilityHooked = true;
    globalThis.document?.addEventListener('visibilitychange', () => slots.forEach(schedule));
  }
  const savedState = (): ResourceState | undefined => {
    const saved = slot.state.data === undefined ? restore(slot.ref) : undefined;
    return saved && { status: 'loading', ...saved, stale: false, fromStorage: true };
  };
  slot.state = savedState() ?? slot.state;
  listener(slot.state as ResourceState<ResourceDataMap[K]>);
  // The first read of a kind loads its validator; the saved value paints as soon as it is there.
  if (!validatorFor(slot.ref.kind)) {
    loadValidator(slot.ref.kind).then(
      () => {
        const state = savedState();
        if (state) update(slot, state);
      },
      () => undefined,
    );
  }
  if (isFresh(slot, config.cacheTtl)) schedule(slot);
  else load(slot, config.cacheTtl * 1000).catch(() => undefined);
  return () => {
    slot.watchers.delete(watcher);
    schedule(slot);
  };
}

/** @internal For tests: forgets every cached resource and timer. */
export function resetCache(): void {
  for (const slot of slots.values()) clearTimeout(slot.timer);
  slots.clear();
}
