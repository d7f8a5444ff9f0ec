// A real receiver for Qoldau form submissions (docs/data.md, "POST /api/forms/{form}" and "The
// reply"), used by the demo server (scripts/serve-demo.mjs) and the reference test server
// (test/server/server.mjs). No dependencies; one Node process.
//
// - Each idempotency key is stored once; a retry gets the first reply again, byte for byte.
// - Capacity is enforced atomically: every decision (read the counts, decide, record) runs in one
//   synchronous turn of the event loop, so of two simultaneous sign-ups for the last seat exactly
//   one is confirmed and the other waitlisted. (Several processes sharing one file would need a
//   file lock or a database: this receiver is for one process.)
// - The state is written to `file` (when given) before the reply leaves, through a temporary file
//   and a rename, so a crash never leaves half a file and a restart keeps every key and seat.
// - Suspected spam (honeypot filled, or a form filled faster than `minFillMs`) is kept apart in
//   `spam`, not counted and not lost: browsers' autofill sometimes fills honeypots, so the NGO
//   looks through it. The visitor is told `received` (not confirmed), never an error.
// - Rejected submissions keep only their key and reply (no personal data).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Fill times below this (ms between the form appearing and the submit) look like a bot. */
export const MIN_FILL_MS = 3000;

const emptyState = () => ({ version: 1, replies: {}, signups: [], volunteers: [], spam: [], other: [] });

const text = (value) => (typeof value === 'string' ? value.trim() : '');

/**
 * The essentials of @qoldau/core's validateEventSignup (which the form runs in full), on the data the
 * form sends (docs/data.md, "What an event sign-up sends"), plus the recorded consent: without it
 * the NGO may not keep the sign-up (Law No. 94-V, Art. 7–8).
 */
function checkSignup(data, event, consent) {
  const fields = [];
  const name = text(data.name);
  if (name === '') fields.push({ field: 'name', code: 'required' });
  else if ([...name].length > 200) fields.push({ field: 'name', code: 'too-long' });
  const email = text(data.email);
  const phone = text(data.phone);
  if (email === '' && phone === '') fields.push({ field: 'email', code: 'email-or-phone' });
  if (email !== '' && !/^[^\s@]+@([^\s@.]+\.)+[^\s@.]{2,}$/.test(email)) fields.push({ field: 'email', code: 'email' });
  // The form normalizes phones to E.164 before sending.
  if (phone !== '' && !/^\+[1-9]\d{7,14}$/.test(phone)) fields.push({ field: 'phone', code: 'phone' });
  const attendees = data.attendees === undefined ? 1 : data.attendees;
  const max = event.maxPerSignup ?? 1;
  if (!Number.isInteger(attendees) || attendees < 1) fields.push({ field: 'attendees', code: 'not-whole' });
  else if (attendees > max) fields.push({ field: 'attendees', code: 'too-large' });
  const extra = typeof data.extra === 'object' && data.extra !== null ? data.extra : {};
  for (const field of Array.isArray(event.fields) ? event.fields : []) {
    const value = extra[field.name];
    const given = field.type === 'checkbox' ? value === true : text(value) !== '';
    if (field.required && !given) fields.push({ field: field.name, code: 'required' });
    else if (field.type === 'select' && given) {
      const values = (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));
      if (!values.includes(value)) fields.push({ field: field.name, code: 'not-an-option' });
    }
  }
  if (consent?.given !== true) fields.push({ field: 'consent', code: 'consent' });
  return { fields, attendees };
}

/** The calendar day of `now` in `timeZone` as [year, month, day] (as @qoldau/core's dayIn). */
function dayIn(now, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(now))
      .map((part) => [part.type, Number(part.value)]),
  );
  return [parts.year, parts.month, parts.day];
}

/** A role's flag as @qoldau/core's validateRole reads it: `true`, or `true`/`yes`/`1` in any case. */
const flagOf = (value) => value === true || (typeof value === 'string' && /^(true|yes|1)$/i.test(value.trim()));

/**
 * A role's age field as core's validateRole reads it (toCount: a whole number 0–120, digits may be
 * spaced), or undefined. Where core refuses the whole role (-1, 121, 16.5), the receiver uses the
 * default instead: a role that core refuses shows no form, so nothing is sent for it.
 */
function ageSetting(value) {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value.replace(/[\s\u00a0\u202f]/g, ''))
        : NaN;
  return Number.isInteger(number) && number >= 0 && number <= 120 ? number : undefined;
}

/**
 * Who may apply, by age, as @qoldau/core's ageRule decides on the role's raw data: `alone` from
 * max(18, minAge); with `guardian`, `guardian` from minAge when it is under 18, else from
 * guardianMinAge (default 14); else `refused` with the youngest age accepted as `limit`.
 * scripts/form-receiver.test.mjs compares these decisions with core's for a table of roles and ages.
 */
export function volunteerAgeRule(age, role) {
  const minAge = ageSetting(role.minAge);
  const adult = Math.max(18, minAge ?? 0);
  const youngest = minAge !== undefined && minAge < 18 ? minAge : (ageSetting(role.guardianMinAge) ?? 14);
  const guardian = flagOf(role.guardian);
  if (age >= adult) return { rule: 'alone', limit: adult };
  if (guardian && age >= youngest) return { rule: 'guardian', limit: adult };
  return { rule: 'refused', limit: guardian ? Math.min(youngest, adult) : adult };
}

/**
 * The essentials of @qoldau/core's validateVolunteerSignup on what the volunteer form sends (docs/
 * data.md, "What a volunteer application sends"): name, a contact, the consent, shifts the role
 * offers, and the age on the day received in the role's zone (from `birthDate` when given, else
 * `age`), with a guardian's name, phone and consent where volunteerAgeRule says so.
 */
function checkVolunteer(data, role, consent, now) {
  const fields = [];
  const name = text(data.name);
  if (name === '') fields.push({ field: 'name', code: 'required' });
  else if ([...name].length > 200) fields.push({ field: 'name', code: 'too-long' });
  const email = text(data.email);
  const phone = text(data.phone);
  if (email === '' && phone === '') fields.push({ field: 'email', code: 'email-or-phone' });
  if (email !== '' && !/^[^\s@]+@([^\s@.]+\.)+[^\s@.]{2,}$/.test(email)) fields.push({ field: 'email', code: 'email' });
  if (phone !== '' && !/^\+[1-9]\d{7,14}$/.test(phone)) fields.push({ field: 'phone', code: 'phone' });
  let age = Number.isInteger(data.age) ? data.age : undefined;
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(data.birthDate));
  if (birth) {
    const [y, m, d] = dayIn(now, role.timezone ?? 'Asia/Almaty');
    const [by, bm, bd] = birth.slice(1).map(Number);
    age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  }
  const ageField = birth ? 'dob-day' : 'age';
  if (age === undefined || age < 0 || age > 120) fields.push({ field: ageField, code: birth ? 'date' : 'required' });
  else {
    const { rule, limit } = volunteerAgeRule(age, role);
    if (rule === 'refused') fields.push({ field: ageField, code: 'too-young', limit });
    else if (rule === 'guardian') {
      const guardian = typeof data.guardian === 'object' && data.guardian !== null ? data.guardian : {};
      if (text(guardian.name) === '') fields.push({ field: 'guardian-name', code: 'required' });
      if (!/^\+[1-9]\d{7,14}$/.test(text(guardian.phone))) fields.push({ field: 'guardian-phone', code: 'required' });
      if (guardian.consent !== true) fields.push({ field: 'guardian-consent', code: 'guardian-consent' });
    }
  }
  const offered = shiftsOf(role).map((shift) => shift.id);
  const shifts = Array.isArray(data.shifts) ? data.shifts : [];
  if (shifts.some((id) => !offered.includes(id))) fields.push({ field: 'shifts', code: 'not-an-option' });
  if (consent?.given !== true) fields.push({ field: 'consent', code: 'consent' });
  return { fields, shifts };
}

/** A role's shifts as `{ id, capacity?, taken }` (a shift may be given as its id alone). */
function shiftsOf(role) {
  return (Array.isArray(role.shifts) ? role.shifts : []).map((shift) =>
    typeof shift === 'string'
      ? { id: shift, taken: 0 }
      : { ...shift, capacity: Number(shift.capacity) || undefined, taken: Number(shift.taken) || 0 },
  );
}

/** Why a submission looks like a bot's (empty when it does not). */
function spamSignals(data) {
  const reasons = [];
  if (text(data.honeypot) !== '') reasons.push('honeypot');
  if (typeof data.elapsedMs === 'number' && data.elapsedMs < MIN_FILL_MS) reasons.push('too-fast');
  return reasons;
}

/**
 * @param {object} options
 * @param {string} [options.file] where the state lives (JSON); memory only without it
 * @param {(id: string) => object | undefined} options.events the event's payload (docs/data.md) by id
 * @param {(id: string) => object | undefined} [options.roles] a volunteer role's payload by id
 * @param {() => number} [options.now] the clock (ms), for closing after the deadline
 */
export function createFormReceiver({ file, events, roles = () => undefined, now = () => Date.now() }) {
  let state = load();

  function load() {
    if (!file || !existsSync(file)) return emptyState();
    try {
      const loaded = JSON.parse(readFileSync(file, 'utf8'));
      if (loaded?.version === 1 && typeof loaded.replies === 'object') return { ...emptyState(), ...loaded };
    } catch {
      // fall through
    }
    // Unreadable: keep it aside for a person to look at, start afresh.
    renameSync(file, `${file}.unreadable-${Date.now()}`);
    return emptyState();
  }

  function save() {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(state, null, 1));
    renameSync(temporary, file);
  }

  /** Confirmed attendees and waitlisted sign-ups this receiver holds for an event. */
  function tally(eventId) {
    let confirmed = 0;
    let waitlisted = 0;
    for (const signup of state.signups) {
      if (signup.eventId !== eventId) continue;
      if (signup.status === 'confirmed') confirmed += signup.attendees;
      else waitlisted += 1;
    }
    return { confirmed, waitlisted };
  }

  /** The event's payload with live counts: `registered` (as published + confirmed here) and `waitlisted`. */
  function liveEvent(id, base = events(id)) {
    if (!base) return undefined;
    const { confirmed, waitlisted } = tally(id);
    return { ...base, registered: (Number(base.registered) || 0) + confirmed, waitlisted };
  }

  function decideEvent(eventId, submission, receivedAt) {
    const event = events(eventId);
    if (!event) return { status: 404, body: { status: 'rejected', reason: 'not-found' } };
    const closesAt = Math.min(Date.parse(event.startsAt), event.deadline ? Date.parse(event.deadline) : Infinity);
    if (!(now() < closesAt)) return { status: 409, body: { status: 'rejected', reason: 'closed' } };
    const data = submission.data;
    const { fields, attendees } = checkSignup(data, event, submission.consent);
    if (fields.length > 0) return { status: 422, body: { status: 'rejected', reason: 'invalid', fields } };
    const reasons = spamSignals(data);
    if (reasons.length > 0) {
      state.spam.push({ key: submission.idempotencyKey, form: submission.form, receivedAt, reasons, submission });
      return { status: 202, body: { status: 'received' } };
    }
    const live = liveEvent(eventId, event);
    const capacity = Number(event.capacity) || undefined;
    const left = capacity === undefined ? Infinity : capacity - live.registered;
    const counts = (registered) => ({ registered, ...(capacity ? { capacity } : {}) });
    const record = { key: submission.idempotencyKey, eventId, attendees, receivedAt, submission };
    if (attendees <= left) {
      state.signups.push({ ...record, status: 'confirmed' });
      return { status: 201, body: { status: 'confirmed', ...counts(live.registered + attendees) } };
    }
    if (event.waitlist === false || event.waitlist === 'false') {
      return { status: 409, body: { status: 'rejected', reason: 'full' } };
    }
    // The whole sign-up waits (no partial seats): the form offers at most the seats left.
    const position = live.waitlisted + 1;
    state.signups.push({ ...record, status: 'waitlisted', position });
    return { status: 201, body: { status: 'waitlisted', position, ...counts(live.registered) } };
  }

  /** The role's payload with live counts: each shift's `taken` (as published + confirmed here). */
  function liveRole(id, base = roles(id)) {
    if (!base) return undefined;
    const confirmed = {};
    for (const volunteer of state.volunteers) {
      if (volunteer.roleId !== id) continue;
      for (const [shift, status] of Object.entries(volunteer.shifts))
        if (status === 'confirmed') confirmed[shift] = (confirmed[shift] ?? 0) + 1;
    }
    return {
      ...base,
      shifts: shiftsOf(base).map((shift) => ({ ...shift, taken: shift.taken + (confirmed[shift.id] ?? 0) })),
    };
  }

  /**
   * A volunteer application: each chosen shift confirmed while it has a spot, else waitlisted, all
   * in this one synchronous turn; the application is `confirmed` when any shift (or no shift) is.
   */
  function decideVolunteer(roleId, submission, receivedAt) {
    const role = roles(roleId);
    if (!role) return { status: 404, body: { status: 'rejected', reason: 'not-found' } };
    const { fields, shifts } = checkVolunteer(submission.data, role, submission.consent, now());
    if (fields.length > 0) return { status: 422, body: { status: 'rejected', reason: 'invalid', fields } };
    const reasons = spamSignals(submission.data);
    if (reasons.length > 0) {
      state.spam.push({ key: submission.idempotencyKey, form: submission.form, receivedAt, reasons, submission });
      return { status: 202, body: { status: 'received' } };
    }
    const live = liveRole(roleId, role);
    const outcomes = {};
    for (const id of shifts) {
      const shift = live.shifts.find((item) => item.id === id);
      outcomes[id] = shift.capacity === undefined || shift.taken < shift.capacity ? 'confirmed' : 'waitlisted';
    }
    const values = Object.values(outcomes);
    const status = values.length === 0 || values.includes('confirmed') ? 'confirmed' : 'waitlisted';
    state.volunteers.push({ key: submission.idempotencyKey, roleId, status, shifts: outcomes, receivedAt, submission });
    return { status: 201, body: { status, shifts: outcomes } };
  }

  /**
   * One POST to /api/forms/{form}: `{ form, text, headers }` → `{ status, body }` (body as JSON).
   * Synchronous on purpose (see the top of the file).
   */
  function receive({ form, text: bodyText, headers = {} }) {
    let submission;
    try {
      submission = JSON.parse(bodyText);
    } catch {
      return { status: 400, body: { status: 'rejected', reason: 'invalid', error: 'invalid-json' } };
    }
    const key = headers['idempotency-key'] ?? submission?.idempotencyKey;
    if (typeof key !== 'string' || key === '' || typeof submission !== 'object' || submission === null) {
      return { status: 400, body: { status: 'rejected', reason: 'invalid', error: 'missing-idempotency-key' } };
    }
    const replay = state.replies[key];
    if (replay) return { status: replay.status < 300 ? 200 : replay.status, body: { ...replay.body, duplicate: true } };
    if (typeof submission.data !== 'object' || submission.data === null) submission.data = {};
    submission.idempotencyKey = key;
    const receivedAt = new Date(now()).toISOString();
    const match = /^event:(.+)$/.exec(form);
    const volunteer = /^volunteer:(.+)$/.exec(form);
    let reply;
    if (match) reply = decideEvent(match[1], submission, receivedAt);
    else if (volunteer) reply = decideVolunteer(volunteer[1], submission, receivedAt);
    else {
      const reasons = spamSignals(submission.data);
      (reasons.length > 0 ? state.spam : state.other).push({ key, form, receivedAt, reasons, submission });
      reply = { status: reasons.length > 0 ? 202 : 201, body: { status: 'received' } };
    }
    state.replies[key] = { form, status: reply.status, body: reply.body, at: receivedAt };
    save();
    return reply;
  }

  return {
    receive,
    liveEvent,
    liveRole,
    /** A copy of everything stored: `replies` by key, `signups`, `volunteers`, `spam`, `other` (other forms). */
    snapshot: () => structuredClone(state),
    /** Forgets everything (and writes that). */
    reset() {
      state = emptyState();
      save();
    },
  };
}

const MAX_BODY = 200_000;

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

/**
 * Answers the receiver's routes on a node:http server; resolves false for any other request.
 * `POST /api/forms/{form}` (a submission), `GET /api/event/{id}.json` (the event with live counts),
 * `GET /api/role/{id}.json` (a volunteer role with each shift's live `taken`), and their CORS preflights.
 */
export async function handleFormHttp(receiver, req, res) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const form = /^\/api\/forms\/([^/]+)$/.exec(path);
  const event = /^\/api\/event\/([^/]+)\.json$/.exec(path);
  const role = /^\/api\/role\/([^/]+)\.json$/.exec(path);
  if (!form && !event && !role) return false;
  const send = (status, body) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'Content-Type, Idempotency-Key',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    });
    res.end(status === 204 ? undefined : JSON.stringify(body));
  };
  if (req.method === 'OPTIONS') send(204, {});
  else if ((event || role) && req.method === 'GET') {
    const id = decodeURIComponent((event ?? role)[1]);
    const live = event ? receiver.liveEvent(id) : receiver.liveRole(id);
    send(live ? 200 : 404, live ?? { error: 'not-found' });
  } else if (form && req.method === 'POST') {
    const text = await readBody(req);
    if (text === undefined) send(413, { status: 'rejected', reason: 'invalid', error: 'too-large' });
    else {
      const reply = receiver.receive({ form: decodeURIComponent(form[1]), text, headers: req.headers });
      send(reply.status, reply.body);
    }
  } else send(405, { error: 'method-not-allowed' });
  return true;
}
