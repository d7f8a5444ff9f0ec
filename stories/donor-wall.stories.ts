// Stories for <qoldau-donor-wall>: every state (list, anonymous and hidden amounts, live with the
// campaign's total, loading, empty, invalid), hostile words and a thousand donors. The story
// tests render each one again in kk and ru (vitest.config.ts) and run axe on all.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import '@qoldau/elements/donor-wall/define.js';
import type { QoldauDonorWall } from '@qoldau/elements';
import { bindArgs, jsonChild, jsonOf, partText, plain, type CommonArgs } from './support.js';
import { OFFLINE_ID, PENDING_ID, offlineDonorsLoader, sampleSourceLoader } from './data/sample-source.js';
import { recentDonors } from './data/sample-donors.js';
import { donateUrl } from './data/sample-data.js';

interface DonorWallArgs extends CommonArgs {
  donors?: string;
  campaign?: string;
  max?: string;
  heading?: string;
  refresh?: number;
}

function render(args: DonorWallArgs) {
  const json = jsonOf(args.json);
  // The wall reads its JSON child when it connects, so new JSON means a new element.
  return html`${keyed(
    json ?? '',
    html`<qoldau-donor-wall
      donors=${ifDefined(args.donors)}
      campaign=${ifDefined(args.campaign)}
      max=${ifDefined(args.max)}
      heading=${ifDefined(args.heading)}
      refresh=${ifDefined(args.refresh)}
      ${ref((element) => bindArgs(element, args))}
    >
      ${jsonChild(json)} ${args.fallback ? html`<a href=${donateUrl}>${args.fallback}</a>` : nothing}
    </qoldau-donor-wall>`,
  )}`;
}

async function wallIn(canvasElement: HTMLElement): Promise<QoldauDonorWall> {
  const element = canvasElement.querySelector('qoldau-donor-wall');
  await expect(element).toBeTruthy();
  await element!.updateComplete;
  return element!;
}

/** How long a story reading through the adapter may take before its check (a loaded CI machine). */
const LIVE_WAIT = { timeout: 10_000 };

const texts = (element: QoldauDonorWall, part: string) =>
  [...element.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((node) => plain(node.textContent));

const meta = {
  title: 'Widgets/Donor wall',
  component: 'qoldau-donor-wall',
  tags: ['autodocs'],
  render,
  argTypes: {
    json: { control: 'object', table: { category: 'content' } },
    fallback: { control: 'text', table: { category: 'content' } },
  },
} satisfies Meta<DonorWallArgs>;

export default meta;
type Story = StoryObj<DonorWallArgs>;

/** The latest gifts from inline JSON: names or "Anonymous", amounts where allowed, messages, times. */
export const List: Story = {
  args: { json: { items: recentDonors() }, max: '5' },
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(texts(element, 'name')).toHaveLength(5));
    expect(texts(element, 'name').slice(0, 3)).toEqual(['Айгерім Сәрсенбаева', 'Anonymous', 'Дмитрий Ким']);
    expect(texts(element, 'time')[0]).toBe('3 minutes ago');
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(partText(element, 'summary')).toBe('Showing the latest 5 of 12 gifts.');
  },
};

/** Read through the adapter with the campaign's total, which agrees with a donation progress on the same campaign. */
export const LiveWithTotal: Story = {
  args: { donors: 'batyr-van', max: '5', onQoldauLoad: fn() },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement, args }) => {
    const element = await wallIn(canvasElement);
    // The adapter's chunk and two reads: slow on a loaded machine running every story.
    await waitFor(() => expect(partText(element, 'summary')).toMatch(/^₸8,420,000 from 314 donors/), LIVE_WAIT);
    expect(partText(element, 'summary')).toBe(
      '₸8,420,000 from 314 donors — showing the latest 5. ' +
        'The total also counts 309 earlier gifts and gifts without a public amount.',
    );
    expect(args.onQoldauLoad).toHaveBeenCalled();
  },
};

/** Only the donor knows: no name is "Anonymous", no amount is no amount. */
export const AnonymousAndHiddenAmounts: Story = {
  args: {
    json: {
      items: [
        { amount: 5000, message: 'Балаларға сәттілік!', date: new Date(Date.now() - 2 * 3_600_000).toISOString() },
        {
          name: 'Ержан',
          message: 'Аз да болса көмегім тисін.',
          date: new Date(Date.now() - 26 * 3_600_000).toISOString(),
        },
        { name: 'Мадина' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(texts(element, 'name')).toEqual(['Anonymous', 'Ержан', 'Мадина']));
    expect(texts(element, 'amount')).toEqual(['₸5,000']);
    expect(texts(element, 'time')).toEqual(['2 hours ago', 'yesterday']);
  },
};

/** Donors' words are text: markup shows as typed, long words wrap, RTL names keep to themselves. */
export const HostileWords: Story = {
  args: {
    json: {
      items: [
        { name: '<b>Bold</b> <script>alert(1)</script>', message: '<img src=x onerror=alert(1)>', amount: 1000 },
        { name: 'W'.repeat(120), message: 'x'.repeat(400) },
        { name: 'مرحبا 🎉👩‍👩‍👧', amount: 2000, message: 'שלום עולם' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(texts(element, 'name')[0]).toBe('<b>Bold</b> <script>alert(1)</script>'));
    expect(element.shadowRoot!.querySelector('script, img, b')).toBeNull();
    expect(texts(element, 'message')[1]).toBe(`${'x'.repeat(280)}…`);
    for (const row of element.shadowRoot!.querySelectorAll('li'))
      expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth + 1);
  },
};

/** A thousand gifts: the wall shows `max` of them (here 10, the default). */
export const ThousandDonors: Story = {
  args: {
    json: {
      items: Array.from({ length: 1000 }, (_, index) => ({
        name: `Donor ${index + 1}`,
        amount: 1000 + index,
        date: new Date(Date.now() - (index + 1) * 600_000).toISOString(),
      })),
    },
  },
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(texts(element, 'name')).toHaveLength(10));
    expect(partText(element, 'summary')).toBe('Showing the latest 10 of 1,000 gifts.');
  },
};

/** While the source has not answered: skeleton rows in the final space, busy for screen readers. */
export const Loading: Story = {
  args: { donors: PENDING_ID, max: '5' },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('.loading')).not.toBeNull());
    expect(element.shadowRoot!.querySelector('ol')!.getAttribute('aria-busy')).toBe('true');
  },
};

/** Offline on a later visit: the list saved last time, with a note saying it could not be refreshed. */
export const Stale: Story = {
  args: { donors: OFFLINE_ID, max: '4' },
  loaders: [offlineDonorsLoader],
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(partText(element, 'stale')).toMatch(/^Could not refresh\./), LIVE_WAIT);
    expect(texts(element, 'name')).toHaveLength(4);
  },
};

/** No gifts yet: an invitation to be the first, in the same space. */
export const Empty: Story = {
  args: { json: { items: [] } },
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(partText(element, 'empty')).toBe('No donations yet. Be the first to give!'));
  },
};

/** Bad data: the localized message and the NGO's own fallback link. */
export const Invalid: Story = {
  args: {
    json: { items: [{ name: 'A', amount: -5 }] },
    fallback: 'See our donors on the website',
    onQoldauError: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).not.toBe(''));
    expect(element.shadowRoot!.querySelector('.invalid slot:not([name])')).not.toBeNull();
    await waitFor(() => expect(args.onQoldauError).toHaveBeenCalled());
  },
};

/** A list that is not there (`not-found` from the source): said, with the fallback. */
export const NotFound: Story = {
  args: { donors: 'no-such-list', fallback: 'See our donors on the website' },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).not.toBe(''), LIVE_WAIT);
  },
};

/** A shorter box (`--qoldau-donor-wall-height`): the list scrolls inside, reachable by keyboard. */
export const FixedHeight: Story = {
  args: { json: { items: recentDonors() }, '--qoldau-donor-wall-height': '14rem', heading: 'Thank you!' },
  play: async ({ canvasElement }) => {
    const element = await wallIn(canvasElement);
    const list = element.shadowRoot!.querySelector('ol')!;
    await waitFor(() => expect(list.scrollHeight).toBeGreaterThan(list.clientHeight));
    expect(list.tabIndex).toBe(0);
    expect(partText(element, 'heading')).toBe('Thank you!');
  },
};
