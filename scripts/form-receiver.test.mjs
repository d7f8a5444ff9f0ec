// The demo receiver (scripts/form-receiver.mjs), in Node: `node --test scripts/form-receiver.test.mjs`.
// Real HTTP where it matters: simultaneous sign-ups go through a node:http server, and the restart
// test runs the real demo server (scripts/serve-demo.mjs) as a child process, twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { createFormReceiver, handleFormHttp, volunteerAgeRule } from './form-receiver.mjs';

const DAY = 24 * 3600_000;
const inDays = (days) => new Date(Date.now() + days * DAY).toISOString();

/** An event a month from now: 3 of 20 seats left, up to 2 per sign-up, one required select. */
const workshop = (overrides = {}) => ({
  id: 'clay',
  title: 'Clay workshop',
  startsAt: inDays(30),
  deadline: inDays(28),
  capacity: 20,
  registered: 17,
  maxPerSignup: 2,
  fields: [{ name: 'group', type: 'select', required: true, label: 'Who', options: ['youth', 'caregiver'] }],
  ...overrides,
});

const signup = (data = {}, key = randomUUID()) => ({
  form: 'event:clay',
  data: {
    name: 'Әлия Нұрланқызы',
    phone: '+77012345678',
    attendees: 1,
    extra: { group: 'youth' },
    honeypot: '',
    elapsedMs: 42_000,
    ...data,
  },
  locale: 'kk',
  consent: { given: true, version: '2027-01', at: new Date().toISOString() },
  idempotencyKey: key,
  createdAt: new Date().toISOString(),
});

const temporary = () => mkdtempSync(join(tmpdir(), 'qoldau-receiver-'));

function receiverWith(events, file) {
  return createFormReceiver({ file, events: (id) => events[id] });
}

const post = (receiver, body, form = body.form) => receiver.receive({ form, text: JSON.stringify(body) });

/** A node:http server around the receiver, as the demo server wires it. */
async function httpServer(receiver) {
  const server = createServer(async (req, res) => {
    if (!(await handleFormHttp(receiver, req, res))) res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, close: () => new Promise((resolve) => server.close(resolve)) };
}

const send = async (base, body) => {
  const response = await fetch(`${base}/api/forms/${encodeURIComponent(body.form)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.idempotencyKey },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};

test('confirms while seats last, then waitlists whole sign-ups with positions', () => {
  const receiver = receiverWith({ clay: workshop() });
  const first = post(receiver, signup({ attendees: 2 }));
  assert.equal(first.status, 201);
  assert.deepEqual(first.body, { status: 'confirmed', registered: 19, capacity: 20 });
  // One seat left, two asked for: the whole sign-up waits (no partial seats).
  assert.deepEqual(post(receiver, signup({ attendees: 2 })).body, {
    status: 'waitlisted',
    position: 1,
    registered: 19,
    capacity: 20,
  });
  assert.equal(post(receiver, signup()).body.status, 'confirmed');
  assert.deepEqual(post(receiver, signup()).body, { status: 'waitlisted', position: 2, registered: 20, capacity: 20 });
  assert.deepEqual(
    { registered: receiver.liveEvent('clay').registered, waitlisted: receiver.liveEvent('clay').waitlisted },
    { registered: 20, waitlisted: 2 },
  );
});

test('an event without capacity confirms everyone; without a waitlist a full event refuses as full', () => {
  const receiver = receiverWith({
    open: workshop({ id: 'open', capacity: undefined }),
    strict: workshop({ id: 'strict', registered: 20, waitlist: false }),
  });
  assert.deepEqual(post(receiver, signup(), 'event:open').body, { status: 'confirmed', registered: 18 });
  const full = post(receiver, signup(), 'event:strict');
  assert.equal(full.status, 409);
  assert.deepEqual(full.body, { status: 'rejected', reason: 'full' });
  assert.equal(receiver.liveEvent('strict').registered, 20);
});

test('the last seat goes to exactly one of two simultaneous sign-ups (real HTTP)', async () => {
  const receiver = receiverWith({ clay: workshop({ registered: 19 }) });
  const { base, close } = await httpServer(receiver);
  try {
    const replies = await Promise.all([send(base, signup()), send(base, signup())]);
    const statuses = replies.map((reply) => reply.body.status).sort();
    assert.deepEqual(statuses, ['confirmed', 'waitlisted']);
    assert.equal(replies.find((reply) => reply.body.status === 'waitlisted').body.position, 1);
    // Ten more at once: all waitlisted, positions 2 to 11, each exactly once.
    const more = await Promise.all(Array.from({ length: 10 }, () => send(base, signup())));
    assert.deepEqual(
      more.map((reply) => reply.body.position).sort((a, b) => a - b),
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    const live = await (await fetch(`${base}/api/event/clay.json`)).json();
    assert.equal(live.registered, 20);
    assert.equal(live.waitlisted, 11);
  } finally {
    await close();
  }
});

test('one idempotency key is stored once, even when sent twice at the same time', async () => {
  const receiver = receiverWith({ clay: workshop() });
  const { base, close } = await httpServer(receiver);
  try {
    const body = signup();
    const [a, b] = await Promise.all([send(base, body), send(base, body)]);
    assert.deepEqual([a.status, b.status].sort(), [200, 201]);
    assert.equal(a.body.status, 'confirmed');
    assert.equal(b.body.status, 'confirmed');
    const state = receiver.snapshot();
    assert.equal(state.signups.length, 1);
    assert.equal(receiver.liveEvent('clay').registered, 18);
  } finally {
    await close();
  }
});

test('closed, invalid and unknown events are refused with a reason; rejections keep no personal data', () => {
  const receiver = receiverWith({
    clay: workshop(),
    past: workshop({ id: 'past', startsAt: inDays(-1), deadline: undefined }),
    late: workshop({ id: 'late', deadline: inDays(-1) }),
  });
  assert.deepEqual(post(receiver, signup(), 'event:past'), {
    status: 409,
    body: { status: 'rejected', reason: 'closed' },
  });
  assert.equal(post(receiver, signup(), 'event:late').body.reason, 'closed');
  assert.deepEqual(post(receiver, signup(), 'event:nope'), {
    status: 404,
    body: { status: 'rejected', reason: 'not-found' },
  });
  const invalid = post(
    receiver,
    signup({ name: ' ', phone: '', email: 'not-an-address', attendees: 3, extra: { group: 'teachers' } }),
  );
  assert.equal(invalid.status, 422);
  assert.deepEqual(invalid.body, {
    status: 'rejected',
    reason: 'invalid',
    fields: [
      { field: 'name', code: 'required' },
      { field: 'email', code: 'email' },
      { field: 'attendees', code: 'too-large' },
      { field: 'group', code: 'not-an-option' },
    ],
  });
  assert.equal(post(receiver, signup({ email: '', phone: '' })).body.fields[0].code, 'email-or-phone');
  assert.equal(post(receiver, signup({ phone: '8 701 234 56 78' })).body.fields[0].code, 'phone');
  // No recorded consent, no sign-up.
  assert.deepEqual(post(receiver, { ...signup(), consent: null }).body.fields, [{ field: 'consent', code: 'consent' }]);
  assert.deepEqual(post(receiver, { ...signup(), consent: { given: false } }).body.reason, 'invalid');
  assert.equal(receiver.receive({ form: 'event:clay', text: '{"broken' }).status, 400);
  assert.equal(receiver.receive({ form: 'event:clay', text: '{"data":{}}' }).body.error, 'missing-idempotency-key');
  const state = receiver.snapshot();
  assert.equal(state.signups.length, 0);
  assert.ok(Object.values(state.replies).every((reply) => !JSON.stringify(reply).includes('Әлия')));
});

test('suspected spam is kept apart, answered as received, and takes no seat', () => {
  const receiver = receiverWith({ clay: workshop({ registered: 19 }) });
  const honeypot = post(receiver, signup({ honeypot: 'https://spam.example' }));
  const fast = post(receiver, signup({ elapsedMs: 900 }));
  assert.deepEqual([honeypot.status, honeypot.body], [202, { status: 'received' }]);
  assert.deepEqual(fast.body, { status: 'received' });
  const state = receiver.snapshot();
  assert.deepEqual(
    state.spam.map((entry) => entry.reasons),
    [['honeypot'], ['too-fast']],
  );
  assert.equal(state.spam[0].submission.data.name, 'Әлия Нұрланқызы');
  // The seat is still there for a person.
  assert.equal(post(receiver, signup()).body.status, 'confirmed');
  // Other forms (e.g. the volunteer form) are stored as received, spam apart there too.
  const volunteer = { ...signup(), form: 'volunteer' };
  assert.deepEqual(post(receiver, volunteer).body, { status: 'received' });
  assert.equal(receiver.snapshot().other.length, 1);
});

/** Starts the real demo server (scripts/serve-demo.mjs) on a free port with `env`; resolves its base URL. */
const startDemo = (env) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('error', reject);
    child.stdout.on('data', (chunk) => {
      const port = /localhost:(\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ base: `http://127.0.0.1:${port}`, child });
    });
  });

/** Kills the demo server at once (no chance to flush anything: what is on disk is all there is). */
const stopDemo = ({ child }) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });

test('the state survives a restart of the demo server; a retry after it gets the first reply', async () => {
  const dir = temporary();
  const file = join(dir, 'forms.json');
  mkdirSync(join(dir, 'events'));
  writeFileSync(join(dir, 'events', 'clay.json'), JSON.stringify(workshop({ registered: 19 })));
  const start = () => startDemo({ QOLDAU_FORMS_FILE: file, QOLDAU_EVENTS_DIR: join(dir, 'events') });
  const stop = stopDemo;
  try {
    const first = await start();
    const mine = signup();
    assert.equal((await send(first.base, mine)).body.status, 'confirmed');
    assert.equal((await send(first.base, signup())).body.position, 1);
    await stop(first);

    const second = await start();
    const again = await send(second.base, mine);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { status: 'confirmed', registered: 20, capacity: 20, duplicate: true });
    assert.equal((await send(second.base, signup())).body.position, 2);
    // The demo page reads the event where its data files are: live counts there too.
    const live = await (await fetch(`${second.base}/demo/data/event/clay.json`)).json();
    assert.deepEqual([live.registered, live.waitlisted], [20, 2]);
    await stop(second);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(Object.keys(stored.replies).length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unreadable state file is set aside, not overwritten', () => {
  const dir = temporary();
  const file = join(dir, 'forms.json');
  writeFileSync(file, '{"version":1,"replies":');
  try {
    const receiver = receiverWith({ clay: workshop() }, file);
    assert.equal(post(receiver, signup()).body.status, 'confirmed');
    const names = readdirSync(dir);
    assert.ok(names.some((name) => name.startsWith('forms.json.unreadable-')));
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).signups.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Volunteer applications (form `volunteer:{role id}`): per-shift decisions, ages and guardians.

/** Workshop helpers: 1 spot left on Saturdays, Sundays full, evenings without a limit; 14+ with a guardian. */
const helperRole = {
  id: 'helper',
  title: 'Workshop helper',
  guardian: true,
  guardianMinAge: 14,
  shifts: [{ id: 'saturday', capacity: 5, taken: 4 }, { id: 'sunday', capacity: 3, taken: 3 }, 'evening'],
};

/** A birth date `years` years before today in Almaty, the day shifted by `days`. */
function bornYearsAgo(years, days = 0) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' })
    .format(new Date())
    .split('-')
    .map(Number);
  return new Date(Date.UTC(y - years, m - 1, d + days)).toISOString().slice(0, 10);
}

const application = (data = {}, key = randomUUID()) => ({
  form: 'volunteer:helper',
  data: {
    name: 'Дана Ерланқызы',
    phone: '+77012345678',
    birthDate: bornYearsAgo(30),
    age: 30,
    shifts: ['saturday'],
    honeypot: '',
    elapsedMs: 42_000,
    ...data,
  },
  locale: 'kk',
  consent: { given: true, version: '1', at: new Date().toISOString() },
  idempotencyKey: key,
  createdAt: new Date().toISOString(),
});

const volunteerReceiver = (file) =>
  createFormReceiver({ file, events: () => undefined, roles: (id) => (id === 'helper' ? helperRole : undefined) });

test('volunteers: each shift confirmed while it has a spot, then waitlisted; live spots served', () => {
  const receiver = volunteerReceiver();
  const first = post(receiver, application({ shifts: ['saturday', 'evening'] }));
  assert.equal(first.status, 201);
  assert.deepEqual(first.body, { status: 'confirmed', shifts: { saturday: 'confirmed', evening: 'confirmed' } });
  assert.deepEqual(post(receiver, application({ shifts: ['saturday', 'evening'] })).body, {
    status: 'confirmed',
    shifts: { saturday: 'waitlisted', evening: 'confirmed' },
  });
  assert.deepEqual(post(receiver, application({ shifts: ['sunday'] })).body, {
    status: 'waitlisted',
    shifts: { sunday: 'waitlisted' },
  });
  assert.deepEqual(
    receiver.liveRole('helper').shifts.map((shift) => [shift.id, shift.taken]),
    [
      ['saturday', 5],
      ['sunday', 3],
      ['evening', 2],
    ],
  );
  assert.equal(post(receiver, application({}, 'x'), 'volunteer:nobody').status, 404);
});

test('volunteers: the last spot goes to exactly one of two simultaneous applications (real HTTP), a key is stored once', async () => {
  const receiver = volunteerReceiver();
  const { base, close } = await httpServer(receiver);
  try {
    const replies = await Promise.all([send(base, application()), send(base, application())]);
    assert.deepEqual(replies.map((reply) => reply.body.shifts.saturday).sort(), ['confirmed', 'waitlisted']);
    const again = application({}, 'same-key');
    const [one, two] = await Promise.all([send(base, again), send(base, again)]);
    assert.equal(one.body.status, two.body.status);
    assert.equal(receiver.snapshot().volunteers.filter((item) => item.key === 'same-key').length, 1);
    const live = await (await fetch(`${base}/api/role/helper.json`)).json();
    assert.equal(live.shifts[0].taken, 5);
  } finally {
    await close();
  }
});

test('volunteers: ages on the day received in Almaty; a guardian below 18, refused below 14; spam kept apart', () => {
  const receiver = volunteerReceiver();
  const sixteen = post(receiver, application({ birthDate: bornYearsAgo(16), age: 16, shifts: ['evening'] }));
  assert.equal(sixteen.status, 422);
  assert.deepEqual(
    sixteen.body.fields.map((field) => field.field),
    ['guardian-name', 'guardian-phone', 'guardian-consent'],
  );
  const guardian = { name: 'Ерлан Сапаров', phone: '+77017654321', consent: true };
  assert.equal(
    post(receiver, application({ birthDate: bornYearsAgo(16), age: 16, minor: true, guardian, shifts: ['evening'] }))
      .body.status,
    'confirmed',
  );
  // 18 today counts as 18; 18 tomorrow is still 17. The birth date wins over a typed `age`.
  assert.equal(
    post(receiver, application({ birthDate: bornYearsAgo(18), age: 17, shifts: ['evening'] })).body.status,
    'confirmed',
  );
  assert.equal(
    post(receiver, application({ birthDate: bornYearsAgo(18, 1), age: 18, shifts: ['evening'] })).status,
    422,
  );
  const young = post(receiver, application({ birthDate: bornYearsAgo(13), age: 13, guardian }));
  assert.deepEqual(young.body.fields, [{ field: 'dob-day', code: 'too-young', limit: 14 }]);
  const noConsent = receiver.receive({
    form: 'volunteer:helper',
    text: JSON.stringify({ ...application(), consent: null }),
  });
  assert.deepEqual(noConsent.body.fields, [{ field: 'consent', code: 'consent' }]);
  assert.deepEqual(post(receiver, application({ shifts: ['monday'] })).body.fields, [
    { field: 'shifts', code: 'not-an-option' },
  ]);
  const spam = post(receiver, application({ honeypot: 'x' }));
  assert.deepEqual(spam.body, { status: 'received' });
  assert.equal(receiver.snapshot().spam.length, 1);
  assert.equal(receiver.liveRole('helper').shifts[0].taken, 4);
});

// The receiver's age rules against @qoldau/core's. The demo server runs in plain Node without a
// build, so the receiver cannot import core (TypeScript sources, no dist); this test transpiles
// core's sources with the project's TypeScript and compares the two on a table of roles and ages.

/** @qoldau/core's validate-role module, transpiled into a temporary folder (no type check). */
async function coreRoles(dir) {
  const ts = (await import('typescript')).default;
  const source = join(process.cwd(), 'packages', 'core', 'src');
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(folder, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(folder, entry.name)]
          : [],
    );
  for (const file of walk(source)) {
    const out = join(dir, file.slice(source.length)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(out, outputText);
  }
  return import(pathToFileURL(join(dir, 'validate-role.js')).href);
}

test('volunteers: the receiver decides ages as core does (alone, guardian, refused and its limit), flags and numbers as sheets write them', async () => {
  const dir = temporary();
  try {
    const core = await coreRoles(dir);
    const roles = [
      {},
      { guardian: true },
      { guardian: 'yes' },
      { guardian: 'YES' },
      { guardian: '1' },
      { guardian: 'true' },
      { guardian: ' True ' },
      { guardian: 'no' },
      { guardian: '0' },
      { guardian: false },
      { guardian: true, minAge: 16 },
      { guardian: 'yes', minAge: '16' },
      { guardian: true, minAge: 16, guardianMinAge: 14 },
      { guardian: true, minAge: 12 },
      { guardian: true, minAge: 0 },
      { minAge: 16 },
      { guardian: 'no', minAge: 16 },
      { guardian: true, minAge: 18, guardianMinAge: 14 },
      { guardian: true, minAge: 21 },
      { guardian: true, minAge: '21', guardianMinAge: '16' },
      { guardian: true, minAge: '1 6' },
      { guardian: true, minAge: '\u00a016', guardianMinAge: '1\u202f5' },
      { guardian: true, guardianMinAge: 15 },
      { guardian: true, guardianMinAge: 20 },
      { minAge: 21 },
      { minAge: '' },
      { guardian: '1', minAge: ' 17 ', guardianMinAge: '' },
    ];
    const ages = [0, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 40];
    const compared = [];
    for (const [index, fields] of roles.entries()) {
      const raw = { ...helperRole, guardianMinAge: undefined, ...fields, id: `role-${index}` };
      const role = core.validateRole(raw);
      const receiver = createFormReceiver({
        events: () => undefined,
        roles: (id) => (id === raw.id ? raw : undefined),
      });
      for (const age of ages) {
        const expected = core.ageRule(age, role);
        const reply = post(receiver, {
          ...application({ birthDate: bornYearsAgo(age), age, shifts: ['evening'] }),
          form: `volunteer:${raw.id}`,
        });
        const ageError = reply.body.fields?.find((field) => field.field === 'dob-day');
        const decided =
          reply.status === 201
            ? { rule: 'alone' }
            : ageError?.code === 'too-young'
              ? { rule: 'refused', limit: ageError.limit }
              : reply.body.fields?.every((field) => field.field.startsWith('guardian-'))
                ? { rule: 'guardian' }
                : { rule: 'unexpected', reply };
        const label = `${JSON.stringify(fields)}, age ${age}`;
        assert.deepEqual(decided, expected.rule === 'refused' ? expected : { rule: expected.rule }, label);
        // The age the guardian's hint names, as core says it.
        assert.deepEqual(volunteerAgeRule(age, raw), expected, label);
        compared.push(expected.rule);
      }
    }
    // The table covers every outcome.
    assert.deepEqual([...new Set(compared)].sort(), ['alone', 'guardian', 'refused']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the demo volunteer form reaches the demo server: its role with live spots where the page reads it, applications decided per shift', async () => {
  const dir = temporary();
  const file = join(dir, 'forms.json');
  // The demo's own role (packages/qoldau/demo/data/role), as the demo page asks for it.
  const demo = await startDemo({ QOLDAU_FORMS_FILE: file });
  const rolePath = '/demo/data/role/batyr-class-helper.json';
  const taken = async () => {
    const response = await fetch(`${demo.base}${rolePath}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control'), /no-store/);
    const role = await response.json();
    assert.equal(role.id, 'batyr-class-helper');
    return role.shifts.map((shift) => [shift.id, shift.taken]);
  };
  // As the page's form sends it: form `volunteer:{role-id}` to the sink /api/forms/{form}.
  const apply = (data) =>
    send(demo.base, {
      ...application({ skills: ['computers'], languages: ['kk'], ...data }),
      form: 'volunteer:batyr-class-helper',
    });
  try {
    const published = JSON.parse(readFileSync('packages/qoldau/demo/data/role/batyr-class-helper.json', 'utf8'));
    assert.deepEqual(
      await taken(),
      published.shifts.map((shift) => [shift.id, shift.taken]),
    );
    const adult = await apply({ shifts: ['weekday-morning', 'weekday-afternoon'] });
    assert.equal(adult.status, 201);
    assert.deepEqual(adult.body, {
      status: 'confirmed',
      shifts: { 'weekday-morning': 'confirmed', 'weekday-afternoon': 'waitlisted' },
    });
    // The demo role: 14 to 17 with a parent's consent, younger refused with the age.
    const fifteen = { birthDate: bornYearsAgo(15), age: 15, minor: true, shifts: ['saturday'] };
    assert.deepEqual(
      (await apply(fifteen)).body.fields.map((field) => field.field),
      ['guardian-name', 'guardian-phone', 'guardian-consent'],
    );
    const guardian = { name: 'Ерлан Сапаров', phone: '+77017654321', consent: true };
    assert.deepEqual((await apply({ ...fifteen, guardian })).body, {
      status: 'confirmed',
      shifts: { saturday: 'confirmed' },
    });
    const young = await apply({ birthDate: bornYearsAgo(14, 1), age: 13, guardian, shifts: ['saturday'] });
    assert.equal(young.status, 422);
    assert.deepEqual(young.body.fields, [{ field: 'dob-day', code: 'too-young', limit: 14 }]);
    assert.deepEqual(await taken(), [
      ['weekday-morning', 4],
      ['weekday-afternoon', 4],
      ['saturday', 2],
    ]);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(
      stored.volunteers.map((volunteer) => [volunteer.roleId, volunteer.status]),
      [
        ['batyr-class-helper', 'confirmed'],
        ['batyr-class-helper', 'confirmed'],
      ],
    );
  } finally {
    await stopDemo(demo);
    rmSync(dir, { recursive: true, force: true });
  }
});
