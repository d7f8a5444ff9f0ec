// Stories for <qoldau-event-signup>: every state (open, invalid after submit, full → waiting list,
// closed, confirmed, waitlisted, refused as full or closed by the receiver, saved offline, no sink,
// invalid event data with the fallback) in en, ru and kk. The receiver is a custom
// sink answering as the demo receiver does (no server in Storybook); each play function checks
// what a visitor and a screen reader get, and axe runs on every story.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import '@qoldau/elements/event-signup/define.js';
import { inKk, inRu, partText, useReceiver, type Receiver } from './support.js';
import { sampleOperator, storyLocale, type LocalizedText } from './data/sample-data.js';

interface EventSignupArgs {
  heading?: string;
  starts?: string;
  ends?: string;
  location?: string;
  capacity?: number;
  registered?: number;
  deadline?: string;
  'max-per-signup'?: number;
  require?: 'email' | 'phone' | 'either' | 'both';
  operator?: string;
  'operator-bin'?: string;
  'privacy-url'?: string;
  'visitor-timezone'?: string;
  marketing?: boolean;
  receiver?: Receiver;
}

let stories = 0;

/**
 * What the NGO's page says around the form, in the page's language as an NGO writes it. The
 * heading, location and operator args override it; left empty, the story's language picks.
 */
const page = {
  heading: {
    en: 'Clay sculpting workshop',
    ru: 'Мастер-класс по лепке из глины',
    kk: 'Саздан мүсін жасау шеберханасы',
  },
  location: { en: 'Atyrau, Satpayev St 15', ru: 'Атырау, ул. Сатпаева 15', kk: 'Атырау, Сәтбаев к-сі 15' },
  operator: sampleOperator,
  description: {
    en: 'We learn to sculpt clay together: materials and tea are on us.',
    ru: 'Учимся лепить из глины вместе: материалы и чай — за наш счёт.',
    kk: 'Саздан мүсін жасауды бірге үйренеміз: материалдар мен шай — біздің есептен.',
  },
  fallback: { en: 'Sign up on our website', ru: 'Записаться на нашем сайте', kk: 'Біздің сайтта тіркелу' },
} satisfies Record<string, LocalizedText>;

// The workshop is on a Saturday about three months from whenever the stories run (a fixed date
// would close it one day), 11:00–13:30 in Almaty (UTC+5).
const workshopDay = (() => {
  const day = new Date(Date.now() + 90 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7));
  return day;
})();
const workshopDate = workshopDay.toISOString().slice(0, 10);
/** "Saturday, March 13, 2027", worked out without Intl. */
const workshopInEnglish = `Saturday, ${
  [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ][workshopDay.getUTCMonth()]
} ${workshopDay.getUTCDate()}, ${workshopDay.getUTCFullYear()}`;

const meta = {
  title: 'Forms/Event sign-up',
  component: 'qoldau-event-signup',
  tags: ['autodocs'],
  render: (args, { globals }) => {
    useReceiver(args.receiver ?? { status: 'confirmed' });
    const locale = storyLocale(globals);
    // A new element per story, so each starts idle.
    return html`${keyed(
      stories++,
      html`<qoldau-event-signup
        heading=${args.heading || page.heading[locale]}
        starts=${ifDefined(args.starts)}
        ends=${ifDefined(args.ends)}
        location=${args.location || page.location[locale]}
        capacity=${ifDefined(args.capacity)}
        registered=${ifDefined(args.registered)}
        deadline=${ifDefined(args.deadline)}
        max-per-signup=${ifDefined(args['max-per-signup'])}
        require=${ifDefined(args.require)}
        operator=${args.operator || page.operator[locale]}
        operator-bin=${ifDefined(args['operator-bin'])}
        privacy-url=${ifDefined(args['privacy-url'])}
        visitor-timezone=${ifDefined(args['visitor-timezone'])}
        ?marketing=${args.marketing}
      >
        <p slot="description">${page.description[locale]}</p>
        <a href="https://example.org/events/clay">${page.fallback[locale]}</a>
      </qoldau-event-signup>`,
    )}`;
  },
  argTypes: {
    receiver: { control: 'object', table: { category: 'story' } },
    heading: { control: 'text', description: 'Empty: the sample heading in the story’s language.' },
    location: { control: 'text', description: 'Empty: the sample address in the story’s language.' },
    operator: { control: 'text', description: 'Empty: the sample NGO’s name in the story’s language.' },
  },
  args: {
    starts: `${workshopDate}T11:00:00+05:00`,
    ends: `${workshopDate}T13:30:00+05:00`,
    capacity: 20,
    registered: 17,
    'max-per-signup': 2,
    require: 'either',
    'operator-bin': '180240012345',
    'privacy-url': 'https://example.org/privacy',
    'visitor-timezone': 'Asia/Almaty',
  },
} satisfies Meta<EventSignupArgs>;

export default meta;
type Story = StoryObj<EventSignupArgs>;

const signupIn = async (canvas: HTMLElement) => {
  const element = canvas.querySelector('qoldau-event-signup')!;
  // The skeleton (.loading) draws the form too, inert: wait for the event's.
  await waitFor(() => expect(element.shadowRoot?.querySelector('.widget:not(.loading) [part="seats"]')).toBeTruthy());
  return element;
};

const field = (element: Element, name: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

/** Fills the form as a visitor would and sends it. */
async function signUp(element: Element): Promise<void> {
  field(element, 'name').value = 'Айгерім Сейітова';
  field(element, 'phone').value = '8 701 234 56 78';
  field(element, 'consent').checked = true;
  element.shadowRoot!.querySelector('form')!.requestSubmit();
}

/**
 * Waits for what a submission brings. The first one of a page imports the outbox on demand (the
 * dev server transforms it then): allow as long as the volunteer stories do.
 */
const SENT = { timeout: 10_000 };

const outcomeOf = async (element: Element) => {
  await waitFor(() => expect(element.shadowRoot!.querySelector('.outcome')).toBeTruthy(), SENT);
  return partText(element, 'outcome');
};

/** Open for sign-ups: seats left, the visitor's own time when it differs, the form. */
export const Open: Story = {
  args: { 'visitor-timezone': 'Europe/Berlin', marketing: true },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    expect(partText(element, 'seats')).toBe('3 seats left');
    // 06:00 UTC: 07:00 in Berlin in winter, 08:00 in summer.
    expect(partText(element, 'details')).toMatch(new RegExp(`Your time: ${workshopInEnglish}, 0[78]:00`));
  },
};
export const OpenRu: Story = {
  ...Open,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await waitFor(() => expect(partText(element, 'seats')).toBe('Осталось 3 места'));
  },
};
export const OpenKk: Story = {
  ...Open,
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await waitFor(() => expect(partText(element, 'seats')).toBe('3 орын қалды'));
  },
};

/** An empty submit: the summary is focused and links every error to its field. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    element.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitFor(() => expect(element.shadowRoot!.activeElement?.className).toBe('summary'));
    expect(field(element, 'name').getAttribute('aria-invalid')).toBe('true');
  },
};
export const InvalidRu: Story = {
  ...Invalid,
  globals: { locale: 'ru' },
  play: async (context) => {
    await Invalid.play!(context);
    expect(partText(context.canvasElement.querySelector('qoldau-event-signup')!, 'error-summary')).toContain(
      'Введите ваше имя',
    );
  },
};
export const InvalidKk: Story = {
  ...Invalid,
  globals: { locale: 'kk' },
  play: async (context) => {
    await Invalid.play!(context);
    expect(partText(context.canvasElement.querySelector('qoldau-event-signup')!, 'error-summary')).toContain(
      'Атыңызды енгізіңіз',
    );
  },
};

/** Full: the form becomes a waiting-list sign-up. */
export const Full: Story = {
  args: { registered: 20 },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    expect(partText(element, 'submit')).toBe('Join the waiting list');
  },
};
export const FullRu: Story = {
  ...Full,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await waitFor(() => expect(partText(element, 'submit')).toBe('Записаться в лист ожидания'));
    expect(partText(element, 'seats')).toBe('Все места заняты. Можно записаться в лист ожидания.');
  },
};
export const FullKk: Story = {
  ...Full,
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await waitFor(() => expect(partText(element, 'submit')).toBe('Күту тізіміне жазылу'));
    expect(partText(element, 'seats')).toBe('Барлық орын толды. Күту тізіміне жазыла аласыз.');
  },
};

/** After the deadline: closed, no form. */
export const Closed: Story = {
  args: { deadline: '2026-01-01T18:00:00+05:00' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    expect(element.shadowRoot!.querySelector('form')).toBeNull();
    expect(partText(element, 'seats')).toBe('Registration for this event is closed.');
  },
};
export const ClosedRu: Story = {
  ...Closed,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await waitFor(() => expect(partText(element, 'seats')).toBe('Регистрация на это событие закрыта.'));
    expect(element.shadowRoot!.querySelector('form')).toBeNull();
  },
};
export const ClosedKk: Story = {
  ...Closed,
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await waitFor(() => expect(partText(element, 'seats')).toBe('Бұл іс-шараға тіркеу жабылды.'));
    expect(element.shadowRoot!.querySelector('form')).toBeNull();
  },
};

/** Sends the sign-up and waits for the failure box: the receiver refused it. */
async function refusedWith(canvas: HTMLElement, reason: string): Promise<void> {
  const element = await signupIn(canvas);
  await signUp(element);
  await waitFor(() => expect(element.shadowRoot!.querySelector('[part="failure"]')).toBeTruthy(), SENT);
  expect(partText(element, 'failure')).toContain(reason);
  // What was typed stays, for "Try again".
  expect(field(element, 'name').value).toBe('Айгерім Сейітова');
}

/** The receiver refused: the last seats went while the form was open (no waiting list). */
export const RejectedFull: Story = {
  args: { receiver: { status: 'rejected', reason: 'full' } },
  play: ({ canvasElement, globals }) =>
    refusedWith(
      canvasElement,
      {
        en: 'All seats were taken before your sign-up arrived.',
        ru: 'Все места были заняты до того, как пришла ваша заявка.',
        kk: 'Өтінішіңіз келгенге дейін барлық орын толып қалды.',
      }[storyLocale(globals)],
    ),
};
export const RejectedFullRu = inRu(RejectedFull);
export const RejectedFullKk = inKk(RejectedFull);

/** The receiver refused: registration closed on its side while the page still showed it open. */
export const RejectedClosed: Story = {
  args: { receiver: { status: 'rejected', reason: 'closed' } },
  play: ({ canvasElement, globals }) =>
    refusedWith(
      canvasElement,
      {
        en: 'Registration for this event is closed.',
        ru: 'Регистрация на это событие закрыта.',
        kk: 'Бұл іс-шараға тіркеу жабылды.',
      }[storyLocale(globals)],
    ),
};
export const RejectedClosedRu = inRu(RejectedClosed);
export const RejectedClosedKk = inKk(RejectedClosed);

/** Bad event data (a start that is not a date): what is wrong, and the NGO's own registration link. */
async function invalidDataSays(canvas: HTMLElement, message: string): Promise<void> {
  const element = canvas.querySelector('qoldau-event-signup')!;
  await waitFor(() => expect(partText(element, 'error')).toContain(message));
  expect(element.shadowRoot!.querySelector('form')).toBeNull();
  const fallback = element.querySelector<HTMLAnchorElement>(':scope > a')!;
  expect(fallback.href).toBe('https://example.org/events/clay');
  expect(fallback.checkVisibility()).toBe(true);
}
export const InvalidData: Story = {
  args: { starts: 'next Saturday' },
  play: ({ canvasElement, globals }) =>
    invalidDataSays(
      canvasElement,
      { en: '“starts” is not a valid date.', ru: '«starts» — неверная дата.', kk: '«starts» — жарамсыз күн.' }[
        storyLocale(globals)
      ],
    ),
};
export const InvalidDataRu = inRu(InvalidData);
export const InvalidDataKk = inKk(InvalidData);

/** The receiver confirmed: the confirmation, "Add to calendar" and "Sign up someone else". */
export const Confirmed: Story = {
  args: { receiver: { status: 'confirmed', registered: 18, capacity: 20 } },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    expect(await outcomeOf(element)).toContain('You are signed up');
    expect(partText(element, 'seats')).toBe('2 seats left');
  },
};
export const ConfirmedRu: Story = {
  ...Confirmed,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    expect(await outcomeOf(element)).toContain('Вы записаны');
  },
};
export const ConfirmedKk: Story = {
  ...Confirmed,
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    expect(await outcomeOf(element)).toContain('Сіз тіркелдіңіз');
  },
};

/** The receiver put the visitor on the waiting list, third in line. */
export const Waitlisted: Story = {
  args: { registered: 20, receiver: { status: 'waitlisted', position: 3 } },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    expect(await outcomeOf(element)).toContain('Your place on the list: 3.');
  },
};
export const WaitlistedRu: Story = {
  ...Waitlisted,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    expect(await outcomeOf(element)).toContain('Ваше место в очереди: 3.');
  },
};
export const WaitlistedKk: Story = {
  ...Waitlisted,
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    expect(await outcomeOf(element)).toContain('Кезектегі орныңыз: 3.');
  },
};

/** Offline: the sign-up is saved and will be sent later; what was typed stays. */
export const SavedOffline: Story = {
  args: { receiver: 'offline' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[data-state="queued"]')).toBeTruthy(), SENT);
    expect(field(element, 'name').value).toBe('Айгерім Сейітова');
  },
};
export const SavedOfflineRu = inRu(SavedOffline);
export const SavedOfflineKk = inKk(SavedOffline);

/** No sink configured: a clear message, nothing typed is lost. */
export const NoSink: Story = {
  args: { receiver: 'none' },
  play: async ({ canvasElement }) => {
    const element = await signupIn(canvasElement);
    await signUp(element);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part="failure"]')).toBeTruthy(), SENT);
    expect(field(element, 'name').value).toBe('Айгерім Сейітова');
  },
};
export const NoSinkRu = inRu(NoSink);
export const NoSinkKk = inKk(NoSink);
