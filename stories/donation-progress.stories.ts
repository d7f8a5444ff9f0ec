// Stories for <qoldau-donation-progress>: every variant and state, with the sample campaigns.
// Controls and docs come from the Custom Elements Manifest; each play function checks what a
// visitor (or a screen reader) would get, and axe runs on every story in the story tests.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import '@qoldau/elements/donation-progress/define.js';
import type { QoldauDonationProgress } from '@qoldau/elements';
import { bindArgs, paintedColour } from './support.js';
import { PENDING_ID, sampleSourceLoader } from './data/sample-source.js';
import {
  aminaRehab,
  almatyDateInDays,
  batyrVan,
  donateUrl,
  miniGrants,
  winterBaskets,
  type SampleCampaign,
} from './data/sample-data.js';

/** The element's attributes, plus what goes inside the tag. */
interface DonationProgressArgs {
  raised?: number | string;
  goal?: number | string;
  currency?: string;
  donors?: number | string;
  ends?: string;
  variant?: 'bar' | 'thermometer' | 'ring';
  heading?: string;
  /** Id of a campaign read through the data adapter (the stories' sample source). */
  campaign?: string;
  /** Inline JSON for the `<script type="application/json">` child (an object, or raw text to show bad JSON). */
  data?: Record<string, unknown> | string;
  /** Fallback content (default slot): shown without JavaScript and when the data is invalid. */
  fallback?: string;
  /** Text of a "Donate" link in the footer slot. */
  footer?: string;
  [handler: `on${string}`]: unknown;
  [customProperty: `--${string}`]: string | undefined;
}

function render(args: DonationProgressArgs) {
  const json = typeof args.data === 'string' ? args.data : args.data && JSON.stringify(args.data, null, 2);
  // The widget reads its JSON child when it connects, so new JSON means a new element.
  return html`${keyed(
    json ?? '',
    html`<qoldau-donation-progress
      raised=${ifDefined(args.raised)}
      goal=${ifDefined(args.goal)}
      currency=${ifDefined(args.currency)}
      donors=${ifDefined(args.donors)}
      ends=${ifDefined(args.ends)}
      variant=${ifDefined(args.variant)}
      heading=${ifDefined(args.heading)}
      campaign=${ifDefined(args.campaign)}
      ${ref((element) => bindArgs(element, args))}
    >
      ${
        json === undefined
          ? nothing
          : html`<script type="application/json">
              ${json}
            </script>`
      }
      ${args.fallback ? html`<a href=${donateUrl}>${args.fallback}</a>` : nothing}
      ${args.footer ? html`<a slot="footer" href=${donateUrl}>${args.footer}</a>` : nothing}
    </qoldau-donation-progress>`,
  )}`;
}

/** Attributes for a sample campaign (strings, as a page author writes them). */
function attributesOf(campaign: SampleCampaign): DonationProgressArgs {
  return {
    raised: String(campaign.raised),
    goal: String(campaign.goal),
    currency: campaign.currency,
    donors: String(campaign.donors),
    ends: campaign.endsInDays === undefined ? undefined : almatyDateInDays(campaign.endsInDays),
  };
}

// ── Helpers for play functions ──────────────────────────────────────────────────────────────────

/** Intl groups digits with (narrow) no-break spaces; compare with plain ones. */
const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

async function widgetIn(canvasElement: HTMLElement): Promise<QoldauDonationProgress> {
  const element = canvasElement.querySelector('qoldau-donation-progress');
  await expect(element).toBeTruthy();
  await element!.updateComplete;
  return element!;
}

const shadowPart = (element: QoldauDonationProgress, part: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
const partText = (element: QoldauDonationProgress, part: string) => plain(shadowPart(element, part)?.textContent);
const meterOf = (element: QoldauDonationProgress) =>
  element.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;

/** The accessible value of the meter, once rendered. */
async function expectValueText(canvasElement: HTMLElement, expected: string) {
  const element = await widgetIn(canvasElement);
  await waitFor(() => expect(plain(meterOf(element).getAttribute('aria-valuetext'))).toBe(expected));
  return element;
}

/** The fill's share of the track once the entry animation has been triggered (0…1). */
async function expectFill(element: QoldauDonationProgress, ratio: number) {
  await waitFor(() => expect(Number(meterOf(element).style.getPropertyValue('--_progress'))).toBeCloseTo(ratio, 3));
}

// ── Stories ───────────────────────────────────────────────────────────────────────────────────

const meta = {
  title: 'Widgets/Donation progress',
  component: 'qoldau-donation-progress',
  tags: ['autodocs'],
  render,
  argTypes: {
    data: { control: 'object', table: { category: 'content' } },
    fallback: { control: 'text', table: { category: 'content' } },
    footer: { control: 'text', table: { category: 'content' } },
  },
  args: { variant: 'bar' },
} satisfies Meta<DonationProgressArgs>;

export default meta;
type Story = StoryObj<DonationProgressArgs>;

/** A campaign under way: the bar, with the title, donors and days left. */
export const InProgress: Story = {
  args: { ...attributesOf(batyrVan), heading: batyrVan.title.en, footer: 'Donate to the van' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    expect(meterOf(element).getAttribute('aria-label')).toBe(batyrVan.title.en);
    expect(partText(element, 'percent')).toBe('67%');
    expect(partText(element, 'details')).toBe(`314 donors · ${batyrVan.endsInDays} days left`);
    await expectFill(element, batyrVan.raised / batyrVan.goal);
  },
};

/** Milestones and the localized title from inline JSON; the lift is reached, the whole van is not. */
export const WithMilestones: Story = {
  args: {
    ...attributesOf(batyrVan),
    data: { title: batyrVan.title, milestones: batyrVan.milestones },
  },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    expect(partText(element, 'heading')).toBe(batyrVan.title.en);
    const milestones = [...element.shadowRoot!.querySelectorAll('[part~="milestone"]')].map((item) =>
      plain(item.textContent),
    );
    expect(milestones).toEqual(['Hydraulic lift ₸5,000,000 (reached)', 'The whole van ₸12,500,000']);
    // A mark on the track for the milestone below the goal only.
    expect(element.shadowRoot!.querySelectorAll('[part~="milestone-mark"]')).toHaveLength(1);
  },
};

/** The same campaign as a thermometer. */
export const Thermometer: Story = {
  args: { ...WithMilestones.args, variant: 'thermometer' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    expect(element.getAttribute('variant')).toBe('thermometer');
    expect(meterOf(element).getBoundingClientRect().height).toBeGreaterThan(
      meterOf(element).getBoundingClientRect().width,
    );
    await expectFill(element, batyrVan.raised / batyrVan.goal);
  },
};

/** The same campaign as a ring, with the percentage in its centre. */
export const Ring: Story = {
  args: { ...attributesOf(batyrVan), heading: batyrVan.title.en, variant: 'ring' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    expect(plain(element.shadowRoot!.querySelector('.ring-percent')?.textContent)).toBe('67%');
    const size = meterOf(element).getBoundingClientRect();
    expect(size.width).toBe(size.height);
  },
};

/** Nothing raised yet: an empty meter and an invitation to be the first. */
export const Zero: Story = {
  args: { ...attributesOf(winterBaskets), heading: winterBaskets.title.en },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸0 of ₸30,000,000 raised');
    expect(partText(element, 'status')).toBe('Be the first to donate');
    expect(partText(element, 'percent')).toBe('0%');
    // No "0 donors": the zero state already invites the first donation.
    expect(partText(element, 'details')).toBe(`${winterBaskets.endsInDays} days left`);
  },
};

/** Over the goal (113%): the celebration, and the fill stops at the end of the track. */
export const GoalReached: Story = {
  args: { ...attributesOf(aminaRehab), heading: aminaRehab.title.en, onQoldauGoalReached: fn() },
  play: async ({ canvasElement, args }) => {
    const element = await expectValueText(canvasElement, '₸1,870,000 of ₸1,650,000 raised');
    expect(partText(element, 'percent')).toBe('113%');
    expect(partText(element, 'status')).toBe('Goal reached — thank you!');
    expect(meterOf(element).getAttribute('aria-valuenow')).toBe(String(aminaRehab.goal));
    await expectFill(element, 1);
    expect(args.onQoldauGoalReached).toHaveBeenCalledTimes(1);
  },
};

/** A reached goal on the ring. */
export const GoalReachedRing: Story = {
  args: { ...GoalReached.args, variant: 'ring', onQoldauGoalReached: undefined },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸1,870,000 of ₸1,650,000 raised');
    expect(plain(element.shadowRoot!.querySelector('.ring-percent')?.textContent)).toBe('113%');
    expect(shadowPart(element, 'base')!.classList.contains('reached')).toBe(true);
  },
};

/** A grant programme counted in euros, without an end date (no "days left"). */
export const EuroGrant: Story = {
  args: { ...attributesOf(miniGrants), heading: miniGrants.title.en, variant: 'thermometer' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '€46,152 of €65,382 raised');
    expect(partText(element, 'percent')).toBe('70%');
    expect(partText(element, 'details')).toBe('12 donors');
  },
};

/** The end date has passed. */
export const Ended: Story = {
  args: { ...attributesOf(batyrVan), heading: batyrVan.title.en, ends: almatyDateInDays(-3) },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    expect(partText(element, 'details')).toBe('314 donors · Campaign ended');
  },
};

/** A "Donate" link in the footer slot; the fallback link stays hidden while the widget works. */
export const FooterAndFallback: Story = {
  args: {
    ...attributesOf(batyrVan),
    heading: batyrVan.title.en,
    footer: 'Donate to the van',
    fallback: 'Help buy the van: donate on our website',
  },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    const footer = element.querySelector<HTMLAnchorElement>('a[slot="footer"]')!;
    const fallback = element.querySelector<HTMLAnchorElement>('a:not([slot])')!;
    expect(footer.assignedSlot?.name).toBe('footer');
    expect(footer.checkVisibility()).toBe(true);
    expect(fallback.assignedSlot).toBeNull();
    expect(fallback.checkVisibility()).toBe(false);
  },
};

/** `goal="0"`: a short message in place of the meter, the fallback link, and a qoldau-error event. */
/** `campaign="…"` while the source has not answered: a skeleton of the final size, busy for screen readers. */
export const Loading: Story = {
  args: { campaign: PENDING_ID },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('.loading')).not.toBeNull());
    expect(meterOf(element)!.getAttribute('aria-busy')).toBe('true');
    expect(meterOf(element)!.getAttribute('aria-valuetext')).toBe('Loading…');
  },
};

export const InvalidGoal: Story = {
  args: { raised: '10000', goal: '0', fallback: 'Donate on our website', onQoldauError: fn() },
  play: async ({ canvasElement, args }) => {
    const element = await widgetIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('The goal must be greater than zero.'));
    expect(meterOf(element)).toBeNull();
    expect(element.querySelector('a:not([slot])')!.checkVisibility()).toBe(true);
    expect(args.onQoldauError).toHaveBeenCalledTimes(1);
  },
};

/** Inline JSON that does not parse. */
export const InvalidJson: Story = {
  args: { data: '{ "goal": 12500000, "raised": 8420000,, }', fallback: 'Donate on our website' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('The embedded data is not valid JSON.'));
  },
};

/** A currency code that does not exist. */
export const InvalidCurrency: Story = {
  args: { raised: '8420000', goal: '12500000', currency: 'KZX' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('Unknown currency code.'));
  },
};

// ── Locales, themes and motion (the toolbar globals, fixed per story so they are tested) ──────

/** Kazakh: ₸ after the number with spaces, as Kazakhstan writes it (Chromium lacks kk number data). */
export const Kazakh: Story = {
  ...WithMilestones,
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '8 420 000 ₸ жиналды, мақсат — 12 500 000 ₸');
    expect(partText(element, 'heading')).toBe(batyrVan.title.kk);
    expect(partText(element, 'details')).toBe(`314 адам қолдады · ${batyrVan.endsInDays} күн қалды`);
  },
};

/** Russian, with Russian plural forms. */
export const Russian: Story = {
  ...WithMilestones,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, 'Собрано 8 420 000 ₸ из 12 500 000 ₸');
    expect(partText(element, 'details')).toBe(`314 жертвователей · осталось ${batyrVan.endsInDays} дней`);
  },
};

/** Dark page: the widget follows `color-scheme` (axe checks the contrast). */
export const DarkTheme: Story = {
  ...WithMilestones,
  args: { ...WithMilestones.args, footer: 'Donate to the van' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    expect(getComputedStyle(shadowPart(element, 'base')!).colorScheme).toBe('dark');
  },
};

/** An NGO's own brand colour (`--qoldau-color-brand: #7a2e8e`) drives the fill and the accents. */
export const BrandTheme: Story = {
  ...InProgress,
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    // Kept exactly: #7a2e8e already has 4.5:1 on white.
    expect(paintedColour(getComputedStyle(shadowPart(element, 'percent')!).color)).toBe('rgb(122, 46, 142)');
  },
};

/** Reduced motion: the meter is drawn at its final value at once, without the entry animation. */
export const ReducedMotion: Story = {
  ...Ring,
  globals: { motion: 'reduced' },
  play: async ({ canvasElement }) => {
    const element = await expectValueText(canvasElement, '₸8,420,000 of ₸12,500,000 raised');
    expect(Number(meterOf(element).style.getPropertyValue('--_progress'))).toBeCloseTo(
      batyrVan.raised / batyrVan.goal,
      3,
    );
    expect(shadowPart(element, 'base')!.classList.contains('animate')).toBe(false);
  },
};
