// Stories for <qoldau-volunteer-form>: every state (open, invalid after submit, a minor with the
// guardian's fields, too young, in steps, fewer fields, age instead of date of birth, confirmed per
// shift, waitlisted, refused and sent again, saved offline, no sink, invalid role data) in en, ru
// and kk. The receiver is a custom sink
// answering as the demo receiver does (no server in Storybook); axe runs on every story.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '@qoldau/elements/volunteer-form/define.js';
import { inKk, inRu, partText, useReceiver, type Receiver } from './support.js';
import { sampleOperator, storyLocale, type LocalizedText } from './data/sample-data.js';

interface VolunteerFormArgs {
  fields?: string;
  'required-fields'?: string;
  'age-by'?: 'birthdate' | 'age';
  steps?: 'auto' | 'always' | 'never';
  require?: 'email' | 'phone' | 'either' | 'both';
  operator?: string;
  'operator-bin'?: string;
  'privacy-url'?: string;
  marketing?: boolean;
  guardian?: boolean;
  receiver?: Receiver;
  /** Role fields over the sample role (an object), or the inline JSON's whole text (a string). */
  roleData?: Record<string, unknown> | string;
}

/** Batyr's computer class helpers: teens from 14 with a parent's consent; one shift full. */
const role = {
  id: 'batyr-class-helper',
  title: {
    en: 'Computer class helper',
    ru: 'Помощник на уроках компьютерной грамотности',
    kk: 'Компьютер сабағындағы көмекші',
  },
  minAge: 18,
  guardianMinAge: 14,
  skills: [
    {
      id: 'computers',
      label: { en: 'Computer literacy', ru: 'Компьютерная грамотность', kk: 'Компьютер сауаттылығы' },
    },
    { id: 'sign-language', label: { en: 'Kazakh sign language', ru: 'Казахский жестовый язык', kk: 'Қазақ ым тілі' } },
  ],
  shifts: [
    {
      id: 'weekday-morning',
      label: { en: 'Weekday mornings', ru: 'Будни, утро', kk: 'Жұмыс күндері, таңертең' },
      capacity: 5,
      taken: 3,
    },
    {
      id: 'weekday-afternoon',
      label: { en: 'Weekday afternoons', ru: 'Будни, после обеда', kk: 'Жұмыс күндері, түстен кейін' },
      capacity: 4,
      taken: 4,
    },
    { id: 'saturday', label: { en: 'Saturdays', ru: 'Суббота', kk: 'Сенбі' } },
  ],
};

let stories = 0;

/**
 * What the NGO's page says around the form, in the page's language as an NGO writes it. The
 * operator arg overrides the NGO's name; left empty, the story's language picks.
 */
const page = {
  nextSteps: {
    en: 'Within a week our coordinator Asel will call you and invite you to meet the team.',
    ru: 'В течение недели наш координатор Асель позвонит вам и пригласит познакомиться с командой.',
    kk: 'Бір апта ішінде үйлестірушіміз Әсел сізге қоңырау шалып, командамен танысуға шақырады.',
  },
  operator: sampleOperator,
  fallback: { en: 'Apply on our website', ru: 'Подать заявку на нашем сайте', kk: 'Біздің сайтта өтініш жіберу' },
} satisfies Record<string, LocalizedText>;

const meta = {
  title: 'Forms/Volunteer form',
  component: 'qoldau-volunteer-form',
  tags: ['autodocs'],
  render: (args, { globals }) => {
    useReceiver(args.receiver ?? { status: 'confirmed', shifts: { 'weekday-morning': 'confirmed' } });
    const locale = storyLocale(globals);
    // A new element per story (so each starts idle), built in code: the role is inline JSON, and a
    // lit binding cannot write inside <script>.
    const element = document.createElement('qoldau-volunteer-form');
    const attributes: Record<string, string | boolean | undefined> = {
      fields: args.fields,
      'required-fields': args['required-fields'],
      'age-by': args['age-by'],
      steps: args.steps,
      require: args.require,
      operator: args.operator || page.operator[locale],
      'operator-bin': args['operator-bin'],
      'privacy-url': args['privacy-url'],
      marketing: args.marketing,
    };
    for (const [name, value] of Object.entries(attributes))
      if (value === true) element.setAttribute(name, '');
      else if (typeof value === 'string') element.setAttribute(name, value);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent =
      typeof args.roleData === 'string'
        ? args.roleData
        : JSON.stringify({ ...role, guardian: args.guardian ?? false, ...args.roleData });
    const next = document.createElement('p');
    next.slot = 'next-steps';
    next.textContent = page.nextSteps[locale];
    const fallback = document.createElement('a');
    fallback.href = 'https://example.org/volunteer';
    fallback.textContent = page.fallback[locale];
    element.append(script, next, fallback);
    return html`${keyed(stories++, element)}`;
  },
  argTypes: {
    receiver: { control: 'object', table: { category: 'story' } },
    roleData: { control: 'object', table: { category: 'story' } },
    operator: { control: 'text', description: 'Empty: the sample NGO’s name in the story’s language.' },
  },
  args: {
    steps: 'never',
    guardian: true,
    'operator-bin': '180240012345',
    'privacy-url': 'https://example.org/privacy',
  },
} satisfies Meta<VolunteerFormArgs>;

export default meta;
type Story = StoryObj<VolunteerFormArgs>;

const formIn = async (canvas: HTMLElement) => {
  const element = canvas.querySelector('qoldau-volunteer-form')!;
  // The skeleton (.loading) draws the form too, inert: wait for the role.
  await waitFor(() => expect(element.shadowRoot?.querySelector('.widget:not(.loading) form')).toBeTruthy());
  return element;
};

const field = (element: Element, name: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

/** Types a date of birth `years` ago (input events: the form follows the age). */
async function typeAge(element: Element, years: number): Promise<void> {
  const year = String(new Date().getFullYear() - years - 1);
  for (const [name, value] of [
    ['dob-day', '15'],
    ['dob-month', '6'],
    ['dob-year', year],
  ]) {
    field(element, name).value = value;
    field(element, name).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

async function apply(element: Element): Promise<void> {
  field(element, 'name').value = 'Айгерім Сейітова';
  field(element, 'phone').value = '8 701 234 56 78';
  await typeAge(element, 25);
  field(element, 'shifts').checked = true;
  field(element, 'consent').checked = true;
  element.shadowRoot!.querySelector('form')!.requestSubmit();
}

const outcomeOf = async (element: Element) => {
  await waitFor(() => expect(element.shadowRoot!.querySelector('.outcome')).toBeTruthy(), { timeout: 10_000 });
  return partText(element, 'outcome');
};

/** Open: every field, spots per shift, the full shift cannot be ticked. */
export const Open: Story = {
  args: { marketing: true },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    const shifts = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="shifts"]')];
    expect(shifts.map((box) => box.disabled)).toEqual([false, true, false]);
  },
};
export const OpenRu = inRu(Open);
export const OpenKk = inKk(Open);

/** An empty submit: the summary is focused and links every error to its field. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    element.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitFor(() => expect(element.shadowRoot!.activeElement?.className).toBe('summary'));
    expect(field(element, 'dob-day').getAttribute('aria-invalid')).toBe('true');
  },
};
export const InvalidRu = inRu(Invalid);
export const InvalidKk = inKk(Invalid);

/** A 16-year-old: the parent's or guardian's name, phone and consent appear and are required. */
export const Minor: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await typeAge(element, 16);
    await waitFor(() => expect(element.shadowRoot!.querySelector('.guardian')).toBeTruthy());
    expect(field(element, 'guardian-name').required).toBe(true);
  },
};
export const MinorRu = inRu(Minor);
export const MinorKk = inKk(Minor);

/** Too young (no guardian allowed): the form explains why it cannot be sent. */
export const TooYoung: Story = {
  args: { guardian: false },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await typeAge(element, 16);
    await waitFor(() => expect(partText(element, 'notice')).toContain('18'));
  },
};
export const TooYoungRu = inRu(TooYoung);
export const TooYoungKk = inKk(TooYoung);

/** In steps (as in a narrow container): "Step 1 of 3", Next checks the step and stays on it with its errors. */
export const Steps: Story = {
  args: { steps: 'always' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    const root = element.shadowRoot!;
    expect(partText(element, 'progress')).toMatch(/1/);
    expect(root.querySelectorAll('.step:not([hidden])')).toHaveLength(1);
    root.querySelector<HTMLButtonElement>('button.next')!.click();
    await waitFor(() => expect(root.activeElement?.className).toBe('summary'));
    // Only this step's fields are checked: the times of step 2 and the consent of step 3 wait.
    expect([...root.querySelectorAll('.summary a')].map((link) => link.getAttribute('href'))).toEqual([
      '#f-name',
      '#f-email',
      '#f-dob-day',
    ]);
    expect(field(element, 'name').getAttribute('aria-invalid')).toBe('true');
    expect(partText(element, 'progress')).toMatch(/1/);
    expect(root.querySelector('#step-0')).toBeTruthy();
  },
};
export const StepsRu = inRu(Steps);
export const StepsKk = inKk(Steps);

/** Fewer fields, the motivation required, the age asked instead of the date of birth. */
export const Configured: Story = {
  args: { fields: 'shifts motivation', 'required-fields': 'shifts motivation', 'age-by': 'age', require: 'phone' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    expect(field(element, 'city')).toBeNull();
    expect(field(element, 'age')).toBeTruthy();
    expect(field(element, 'motivation').required).toBe(true);
  },
};
export const ConfiguredRu = inRu(Configured);
export const ConfiguredKk = inKk(Configured);

/** The receiver confirmed, per shift; what happens next in the NGO's words. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await apply(element);
    await outcomeOf(element);
    expect(element.shadowRoot!.querySelector('[data-shift-outcome="confirmed"]')).toBeTruthy();
  },
};
export const ConfirmedRu = inRu(Confirmed);
export const ConfirmedKk = inKk(Confirmed);

/** Every chosen shift was full: waitlisted. */
export const Waitlisted: Story = {
  args: { receiver: { status: 'waitlisted', shifts: { 'weekday-morning': 'waitlisted' } } },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await apply(element);
    await outcomeOf(element);
    expect(element.shadowRoot!.querySelector('[data-outcome="waitlisted"]')).toBeTruthy();
  },
};
export const WaitlistedRu = inRu(Waitlisted);
export const WaitlistedKk = inKk(Waitlisted);

/** The receiver refused (the role closed): why, and "Try again"; what was typed stays. */
export const Refused: Story = {
  args: { receiver: { status: 'rejected', reason: 'closed' } },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await apply(element);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part="failure"] button')).toBeTruthy(), {
      timeout: 10_000,
    });
    expect(partText(element, 'failure')).not.toBe('');
    expect(field(element, 'name').value).toBe('Айгерім Сейітова');
  },
};
export const RefusedRu = inRu(Refused);
export const RefusedKk = inKk(Refused);

/** Refused, then "Try again" once the receiver takes applications again: confirmed. */
export const RefusedThenRetried: Story = {
  args: { receiver: { status: 'rejected', reason: 'other' } },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await apply(element);
    const retry = await waitFor(
      () => {
        const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="failure"] button');
        expect(button).toBeTruthy();
        return button!;
      },
      { timeout: 10_000 },
    );
    useReceiver({ status: 'confirmed', shifts: { 'weekday-morning': 'confirmed' } });
    retry.click();
    await outcomeOf(element);
    expect(element.shadowRoot!.querySelector('[data-outcome="confirmed"]')).toBeTruthy();
    expect(element.shadowRoot!.querySelector('[part="failure"]')).toBeNull();
  },
};
export const RefusedThenRetriedRu = inRu(RefusedThenRetried);
export const RefusedThenRetriedKk = inKk(RefusedThenRetried);

/** Offline: saved and sent later; what was typed stays. */
export const SavedOffline: Story = {
  args: { receiver: 'offline' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await apply(element);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[data-state="queued"]')).toBeTruthy(), {
      timeout: 10_000,
    });
    expect(field(element, 'name').value).toBe('Айгерім Сейітова');
  },
};
export const SavedOfflineRu = inRu(SavedOffline);
export const SavedOfflineKk = inKk(SavedOffline);

/** No sink configured: a clear message, nothing typed is lost. */
export const NoSink: Story = {
  args: { receiver: 'none' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await apply(element);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part="failure"]')).toBeTruthy(), {
      timeout: 10_000,
    });
    expect(field(element, 'name').value).toBe('Айгерім Сейітова');
  },
};
export const NoSinkRu = inRu(NoSink);
export const NoSinkKk = inKk(NoSink);

/** Broken role data (a negative capacity): a localized message and the NGO's own link, no form. */
export const InvalidData: Story = {
  args: { roleData: { shifts: [{ id: 'saturday', capacity: -5 }] } },
  play: async ({ canvasElement, globals }) => {
    const element = canvasElement.querySelector('qoldau-volunteer-form')!;
    await waitFor(() => expect(partText(element, 'error')).not.toBe(''));
    expect(element.shadowRoot!.querySelector('form')).toBeNull();
    const fallback = element.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    const link = fallback.assignedElements().find((node) => node.tagName === 'A');
    expect(link?.getAttribute('href')).toBe('https://example.org/volunteer');
    expect(link?.textContent).toBe(page.fallback[storyLocale(globals)]);
  },
};
export const InvalidDataRu = inRu(InvalidData);
export const InvalidDataKk = inKk(InvalidData);
