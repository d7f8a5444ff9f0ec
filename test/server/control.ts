// Typed helper for browser tests: drives the reference data server through web-test-runner.
import { executeServerCommand } from '@web/test-runner-commands';

/** How the server misbehaves for matching requests (first matching rule wins). */
export interface FailureRule {
  /** Substring of `"METHOD /path"`, e.g. `'POST /api/forms'`; every request when absent. */
  match?: string;
  /**
   * `status`: answer `status` (with `Retry-After: retryAfter` when given); `hang`: never answer;
   * `drop`: destroy the socket before handling; `drop-after`: store a submission, then destroy
   * the socket (the confirmation is lost); `malformed`: 200 with broken JSON; `slow`: answer
   * normally after `delay` ms; `random`: one of 500, 503, 429, drop, drop-after.
   */
  mode: 'status' | 'hang' | 'drop' | 'drop-after' | 'malformed' | 'slow' | 'random';
  status?: number;
  retryAfter?: number;
  /** Delay in ms before answering (any mode). */
  delay?: number;
  /** Applies to this many requests, then no more. */
  times?: number;
  /** Probability (0–1) that a matching request fails. */
  rate?: number;
}

export interface StoredSubmission {
  key: string;
  form: string;
  body: Record<string, unknown>;
  at: number;
  contentType: string;
  headerKey: string | null;
  headers: Record<string, string | null>;
}

export interface ServerStats {
  /** `"GET /api/campaign/batyr-van.json"` → number of requests that reached the server. */
  requests: Record<string, number>;
  /** path → number of CORS preflights. */
  preflights: Record<string, number>;
  /** Every POST that got an answer from the handler, in order. */
  attempts: { path: string; key?: string; at: number; outcome: number }[];
  /** Submissions stored, once per idempotency key. */
  submissions: StoredSubmission[];
  listening: boolean;
  /** What the receiver (scripts/form-receiver.mjs) decided and kept. */
  forms: ReceiverState;
}

/** The receiver's state: each key's reply, event sign-ups, suspected spam (kept apart), other forms. */
export interface ReceiverState {
  replies: Record<string, { form: string; status: number; body: Record<string, unknown>; at: string }>;
  signups: {
    key: string;
    eventId: string;
    attendees: number;
    status: 'confirmed' | 'waitlisted';
    position?: number;
    submission: Record<string, unknown>;
  }[];
  spam: { key: string; form: string; reasons: ('honeypot' | 'too-fast')[]; submission: Record<string, unknown> }[];
  other: { key: string; form: string; submission: Record<string, unknown> }[];
}

const command = <T>(payload: Record<string, unknown>): Promise<T> =>
  executeServerCommand<T, Record<string, unknown>>('qoldau-server', payload);

/** The reference server of this test file (each test file gets its own). */
export const testServer = {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: async (): Promise<string> => (await command<{ url: string }>({ action: 'url' })).url,
  /** Forgets counts, submissions, failure rules and overrides. */
  reset: (): Promise<unknown> => command({ action: 'reset' }),
  fail: (rule: FailureRule): Promise<unknown> => command({ action: 'fail', rule }),
  /** Removes every failure rule. */
  heal: (): Promise<unknown> => command({ action: 'heal' }),
  /** Serves a fixed answer for GET `path` (e.g. a malformed campaign). */
  respond: (path: string, response: { status?: number; body: unknown; contentType?: string }): Promise<unknown> =>
    command({ action: 'respond', path, response }),
  /** Replaces a resource served at `/api/{kind}/{id}.json`. */
  resource: (kind: string, id: string, body: unknown): Promise<unknown> =>
    command({ action: 'resource', kind, id, body }),
  /** Sets many resources (and fixed answers) in one command: the hostile suite sets hundreds. */
  resources: (
    items: { kind: string; id: string; body: unknown }[],
    responses: { path: string; response: { status?: number; body: unknown; contentType?: string } }[] = [],
  ): Promise<unknown> => command({ action: 'resources', items, responses }),
  /** Serves `csv` at `/sheets/{name}.csv`. */
  sheet: (name: string, csv: string): Promise<unknown> => command({ action: 'sheet', name, csv }),
  stats: (): Promise<ServerStats> => command<ServerStats>({ action: 'stats' }),
  /** Closes the listening socket and every connection: clients get "connection refused". */
  stop: (): Promise<unknown> => command({ action: 'stop' }),
  /** Listens again on the same port. */
  start: (): Promise<unknown> => command({ action: 'start' }),
};
