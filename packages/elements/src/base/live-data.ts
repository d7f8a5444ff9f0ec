// Connects a component to the data adapter. The adapter is imported only when a component names a
// resource (campaign="…", metric="…"), so pages that put numbers in attributes never download it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QoldauError, type ResourceDataMap, type ResourceKind, type ResourceState } from '@qoldau/core';

export class LiveData<K extends ResourceKind> implements ReactiveController {
  /** The adapter's latest word on the resource; undefined when the component names none. */
  state?: ResourceState<ResourceDataMap[K]>;

  #following?: { id: string; refresh?: number };
  #stop?: () => void;
  #generation = 0;

  readonly #host: ReactiveControllerHost;
  readonly #kind: K;

  constructor(host: ReactiveControllerHost, kind: K) {
    this.#host = host;
    this.#kind = kind;
    host.addController(this);
  }

  /** Follows resource `id` (or nothing). Call it from willUpdate(); repeated calls are cheap. */
  follow(id: string | undefined, refresh?: number): void {
    // Object.is: a NaN refresh ("60s") must equal itself, or every update would watch anew.
    if (id === this.#following?.id && Object.is(refresh, this.#following?.refresh)) return;
    this.#unwatch();
    this.#following = id ? { id, refresh } : undefined;
    this.state = id ? { status: 'loading', stale: false, fromStorage: false } : undefined;
    if (id) this.#watch(id, refresh);
  }

  #watch(id: string, refresh: number | undefined): void {
    const generation = ++this.#generation;
    import('@qoldau/core/data/read').then(
      ({ watch }) => {
        if (generation !== this.#generation) return;
        this.#stop = watch({ kind: this.#kind, id }, { refresh }, (state) => {
          this.state = state;
          this.#host.requestUpdate();
        });
      },
      () => {
        // The adapter's chunk did not arrive (offline on first visit): say so, like a failed fetch.
        if (generation !== this.#generation) return;
        this.state = {
          status: 'error',
          error: new QoldauError('network', this.#kind),
          stale: false,
          fromStorage: false,
        };
        this.#host.requestUpdate();
      },
    );
  }

  #unwatch(): void {
    this.#generation++;
    this.#stop?.();
    this.#stop = undefined;
  }

  hostConnected(): void {
    if (this.#following && !this.#stop) this.#watch(this.#following.id, this.#following.refresh);
  }

  hostDisconnected(): void {
    this.#unwatch();
  }
}
