// Stories for <qoldau-impact-counter> and the group <qoldau-impact-counters>: every format and
// state with the sample metrics (1 000 families, 183 children, 90 % employed, 138 internships,
// 24.5 M ₸ raised), Russian and Kazakh plurals, bad input and the adapter's loading state. Each play
// function checks what a visitor and a screen reader get; axe runs on every story.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import '@qoldau/elements/impact-counters/define.js';
import type { QoldauImpactCounter } from '@qoldau/elements/impact-counter/impact-counter.js';
import type { QoldauImpactCounters } from '@qoldau/elements/impact-counters/impact-counters.js';
import type { Metric } from '@qoldau/core';
import { bindArgs, jsonChild, jsonOf, partText, plain, type CommonArgs } from './support.js';
import {
  childrenRehab,
  childrenRehabLabel,
  employed,
  families,
  internships,
  raisedTotal,
  type SampleMetric,
} from './data/sample-data.js';
import { PENDING_ID, SAMPLE_SET_ID, sampleSourceLoader } from './data/sample-source.js';

/** The counter's attributes, plus its JSON child and fallback. */
interface ImpactCounterArgs extends CommonArgs {
  value?: number | string;
  format?: 'number' | 'percent' | 'currency' | 'compact';
  currency?: string;
  label?: string;
  metric?: string;
  refresh?: number;
  duration?: number;
  one?: string;
  few?: string;
  many?: string;
  other?: string;
  /** The `data` property: metric fields as an object (what a framework passes). */
  data?: Partial<Metric>;
  pending?: boolean;
}

/** The group's attributes, and the counters written inside it. */
interface ImpactCountersArgs extends ImpactCounterArgs {
  heading?: string;
  metrics?: string;
  set?: string;
  counters?: ImpactCounterArgs[];
}

function counter(args: ImpactCounterArgs) {
  const json = jsonOf(args.json);
  // The counter reads its JSON child when it connects, so new JSON means a new element.
  return keyed(
    json ?? '',
    html`<qoldau-impact-counter
      value=${ifDefined(args.value)}
      format=${ifDefined(args.format)}
      currency=${ifDefined(args.currency)}
      label=${ifDefined(args.label)}
      metric=${ifDefined(args.metric)}
      refresh=${ifDefined(args.refresh)}
      duration=${ifDefined(args.duration)}
      one=${ifDefined(args.one)}
      few=${ifDefined(args.few)}
      many=${ifDefined(args.many)}
      other=${ifDefined(args.other)}
      ?pending=${args.pending ?? false}
      .data=${args.data}
      ${ref((element) => bindArgs(element, args))}
    >
      ${jsonChild(json)} ${args.fallback ? html`<a href="https://example.org/impact">${args.fallback}</a>` : nothing}
    </qoldau-impact-counter>`,
  );
}

const render = (args: ImpactCounterArgs) => html`<div style="max-width: 22rem">${counter(args)}</div>`;

const renderGroup = (args: ImpactCountersArgs) =>
  html`<qoldau-impact-counters
    heading=${ifDefined(args.heading)}
    metrics=${ifDefined(args.metrics)}
    set=${ifDefined(args.set)}
    duration=${ifDefined(args.duration)}
    ${ref((element) => bindArgs(element, { '--qoldau-counters-min-width': args['--qoldau-counters-min-width'] }))}
  >
    ${(args.counters ?? []).map(counter)}
  </qoldau-impact-counters>`;

/** A sample metric as a page author writes it: value and format as attributes, words as inline JSON. */
function fromMetric(metric: SampleMetric, extra: Partial<SampleMetric> = {}): ImpactCounterArgs {
  const { value, format, currency, label, noun } = { ...metric, ...extra };
  const json = { ...(label && { label }), ...(noun && { noun }) };
  return {
    value: String(value),
    format: format === 'number' ? undefined : format,
    currency: format === 'currency' ? currency : undefined,
    json: Object.keys(json).length ? json : undefined,
  };
}

// ── Helpers for play functions ──────────────────────────────────────────────────────────────────

async function countersIn(canvasElement: HTMLElement): Promise<QoldauImpactCounter[]> {
  const group = canvasElement.querySelector<QoldauImpactCounters>('qoldau-impact-counters');
  await group?.updateComplete;
  const counters = [
    ...canvasElement.querySelectorAll<QoldauImpactCounter>('qoldau-impact-counter'),
    ...(group?.shadowRoot?.querySelectorAll<QoldauImpactCounter>('qoldau-impact-counter') ?? []),
  ];
  await expect(counters.length).toBeGreaterThan(0);
  await Promise.all(counters.map((element) => element.updateComplete));
  return counters;
}

const counterIn = async (canvasElement: HTMLElement) => (await countersIn(canvasElement))[0];

/** What a screen reader gets: the final figure and its noun (the counting digits are aria-hidden). */
const spoken = (element: QoldauImpactCounter) =>
  plain(element.shadowRoot!.querySelector('.figure .visually-hidden')?.textContent);
/** The digits on screen right now. */
const onScreen = (element: QoldauImpactCounter) => plain(element.shadowRoot!.querySelector('.current')?.textContent);

/** Waits for the count-up to end (1.5 s, or at once under reduced motion) and checks both texts. */
async function expectCounter(element: QoldauImpactCounter, figure: string, noun?: string) {
  await waitFor(() => expect(spoken(element)).toBe(noun ? `${figure} ${noun}` : figure));
  await waitFor(() => expect(onScreen(element)).toBe(figure));
  expect(partText(element, 'noun')).toBe(noun ?? '');
}

// ── Stories ───────────────────────────────────────────────────────────────────────────────────

const meta = {
  title: 'Widgets/Impact counter',
  component: 'qoldau-impact-counter',
  subcomponents: { 'qoldau-impact-counters': 'qoldau-impact-counters' },
  tags: ['autodocs'],
  render,
  argTypes: {
    json: { control: 'object', table: { category: 'content' } },
    fallback: { control: 'text', table: { category: 'content' } },
  },
} satisfies Meta<ImpactCountersArgs>;

export default meta;
type Story = StoryObj<ImpactCountersArgs>;

/** 1 000 families: a number with its noun from inline JSON, counting up from zero when it scrolls into view. */
export const Families: Story = {
  args: fromMetric(families),
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    // Screen readers get the final figure at once; the digits on screen are still counting.
    expect(spoken(element)).toBe('1,000 families');
    expect(element.shadowRoot!.querySelector('.visual')!.getAttribute('aria-hidden')).toBe('true');
    await expectCounter(element, '1,000', 'families');
  },
};

/** 183 children, with a localized label under the number. */
export const ChildrenWithLabel: Story = {
  args: fromMetric(childrenRehab, { label: childrenRehabLabel }),
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '183', 'children');
    expect(partText(element, 'label')).toBe(childrenRehabLabel.en);
  },
};

/** 138 internships, with the noun forms as attributes (`one`, `other`) instead of JSON. */
export const NounAttributes: Story = {
  args: { value: '138', one: 'internship', other: 'internships', label: 'for our graduates' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '138', 'internships');
    expect(partText(element, 'label')).toBe('for our graduates');
  },
};

/** Metric fields through the `data` property, as a framework passes them (no JSON child). */
export const DataProperty: Story = {
  args: { data: { value: internships.value, format: 'number', noun: internships.noun } },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '138', 'internships');
  },
};

/** 90 % employed: `format="percent"` takes a fraction (0.9); no noun after a percentage. */
export const Percent: Story = {
  args: fromMetric(employed),
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '90%');
    expect(partText(element, 'label')).toBe(employed.label!.en);
  },
};

/** 24 500 000 ₸ raised: `format="currency"`, tenge as ₸. */
export const Currency: Story = {
  args: fromMetric(raisedTotal),
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '₸24,500,000');
    expect(partText(element, 'label')).toBe(raisedTotal.label!.en);
  },
};

/** The same sum, short: `format="compact"` with a currency gives "₸24.5M". */
export const Compact: Story = {
  args: { ...fromMetric(raisedTotal), format: 'compact', currency: 'KZT' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '₸24.5M');
  },
};

/** Nothing counted yet: zero takes the plural noun. */
export const Zero: Story = {
  args: { value: '0', one: 'family', other: 'families', label: 'supported this month' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '0', 'families');
  },
};

/** Russian: "183 ребёнка" (few) — the noun agrees with the number, the label is in Russian. */
export const Russian: Story = {
  ...ChildrenWithLabel,
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '183', 'ребёнка');
    expect(partText(element, 'label')).toBe(childrenRehabLabel.ru);
  },
};

/** Kazakh: a noun stays singular after a numeral ("183 бала"). */
export const Kazakh: Story = {
  ...ChildrenWithLabel,
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await expectCounter(element, '183', 'бала');
    expect(partText(element, 'label')).toBe(childrenRehabLabel.kk);
  },
};

/** Reduced motion: the final figure at once, with no count-up. */
export const ReducedMotion: Story = {
  ...Families,
  globals: { motion: 'reduced' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    expect(onScreen(element)).toBe('1,000');
    expect(spoken(element)).toBe('1,000 families');
  },
};

/** A value that is not a number: a message in place of the figure, the fallback link, and qoldau-error. */
export const InvalidValue: Story = {
  args: { value: 'lots', other: 'families', fallback: 'Our impact report', onQoldauError: fn() },
  play: async ({ canvasElement, args }) => {
    const element = await counterIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('The value of “value” is not a number.'));
    expect(element.shadowRoot!.querySelector('[part="value"]')).toBeNull();
    expect(element.querySelector('a')!.checkVisibility()).toBe(true);
    expect(args.onQoldauError).toHaveBeenCalledTimes(1);
  },
};

/** A percentage written as 90 instead of 0.9 is caught, not shown as 9 000 %. */
export const InvalidPercent: Story = {
  args: { ...fromMetric(employed), value: '90', fallback: 'Our impact report' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('“value” is implausibly large.'));
  },
};

/** Inline JSON that does not parse. */
export const InvalidJson: Story = {
  args: { value: '183', json: '{ "noun": { "en": ["child", "children"] ', fallback: 'Our impact report' },
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('The embedded data is not valid JSON.'));
  },
};

/** Reading `metric` through the data adapter: placeholders (and "Loading…" for screen readers) until it answers. */
export const Loading: Story = {
  args: { metric: PENDING_ID },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    const element = await counterIn(canvasElement);
    const base = element.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.classList.contains('loading')).toBe(true);
    expect(base.getAttribute('aria-busy')).toBe('true');
    expect(plain(base.querySelector('.visually-hidden')?.textContent)).toBe('Loading…');
  },
};

// ── The group ─────────────────────────────────────────────────────────────────────────────────

const groupControls = { controls: { include: ['heading', 'metrics', 'set', 'duration', 'counters'] } };

const allMetrics: ImpactCounterArgs[] = [
  fromMetric(families),
  fromMetric(childrenRehab, { label: childrenRehabLabel }),
  fromMetric(employed),
  fromMetric(internships),
  fromMetric(raisedTotal),
];

/** `<qoldau-impact-counters>`: the five sample metrics side by side, as many columns as fit. */
export const Group: Story = {
  render: renderGroup,
  parameters: groupControls,
  args: { heading: 'Our impact in 2026', counters: allMetrics },
  play: async ({ canvasElement }) => {
    const counters = await countersIn(canvasElement);
    await waitFor(() => expect(counters.map(onScreen)).toEqual(['1,000', '183', '90%', '138', '₸24,500,000']));
    expect(counters.map(spoken)).toEqual(['1,000 families', '183 children', '90%', '138 internships', '₸24,500,000']);
    const grid = canvasElement.querySelector('qoldau-impact-counters')!.shadowRoot!.querySelector('[part="base"]')!;
    expect(grid.getAttribute('role')).toBe('group');
    expect(grid.getAttribute('aria-label')).toBe('Our impact in 2026');
  },
};

/** The group in Russian: "1 000 семей", "183 ребёнка", "138 стажировок" (many, few, many). */
export const GroupRussian: Story = {
  ...Group,
  args: { ...Group.args, heading: 'Наши итоги 2026 года' },
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const counters = await countersIn(canvasElement);
    await waitFor(() =>
      expect(counters.map(spoken)).toEqual(['1 000 семей', '183 ребёнка', '90 %', '138 стажировок', '24 500 000 ₸']),
    );
    expect(counters.map((element) => partText(element, 'label'))).toEqual([
      '',
      childrenRehabLabel.ru,
      employed.label!.ru,
      '',
      raisedTotal.label!.ru,
    ]);
  },
};

/** The group in Kazakh: one noun form after every numeral, ₸ after the number. */
export const GroupKazakh: Story = {
  ...Group,
  args: { ...Group.args, heading: '2026 жылғы нәтижелеріміз' },
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const counters = await countersIn(canvasElement);
    await waitFor(() =>
      expect(counters.map(spoken)).toEqual(['1 000 отбасы', '183 бала', '90%', '138 тағылымдама', '24 500 000 ₸']),
    );
    expect(partText(counters[2], 'label')).toBe(employed.label!.kk);
  },
};

/** The group on a dark page. */
export const GroupDark: Story = {
  ...Group,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const counters = await countersIn(canvasElement);
    await waitFor(() => expect(counters.map(onScreen)).toEqual(['1,000', '183', '90%', '138', '₸24,500,000']));
    expect(getComputedStyle(counters[0].shadowRoot!.querySelector('[part="base"]')!).colorScheme).toBe('dark');
  },
};

/** `metrics="families employed internships"`: one counter per metric id, read through the data adapter. */
export const GroupFromMetricIds: Story = {
  render: renderGroup,
  parameters: groupControls,
  args: { heading: 'Our impact in 2026', metrics: 'families employed internships' },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    const counters = await countersIn(canvasElement);
    expect(counters.map((element) => element.metric)).toEqual(['families', 'employed', 'internships']);
    await waitFor(() => expect(counters.map(spoken)).toEqual(['1,000 families', '90%', '138 internships']));
    expect(partText(counters[1], 'label')).toBe(employed.label!.en);
  },
};

/** `set="…"`: the whole set of metrics in one request, one counter each, in the set's order. */
export const GroupFromSet: Story = {
  render: renderGroup,
  parameters: groupControls,
  args: { heading: 'Our impact in 2026', set: SAMPLE_SET_ID },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    await waitFor(async () =>
      expect((await countersIn(canvasElement)).map(spoken)).toEqual([
        '1,000 families',
        '183 children',
        '90%',
        '138 internships',
        '₸24,500,000',
      ]),
    );
  },
};

/** `set="…" metrics="employed families"`: only those metrics of the set, in that order. */
export const GroupFromSetChosen: Story = {
  ...GroupFromSet,
  args: { ...GroupFromSet.args, metrics: 'employed families' },
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await waitFor(async () => expect((await countersIn(canvasElement)).map(spoken)).toEqual(['90 %', '1 000 семей']));
  },
};

/** While a set loads: skeletons of the final size (as many as named in `metrics`). */
export const GroupLoading: Story = {
  ...GroupFromSet,
  args: { ...GroupFromSet.args, set: PENDING_ID, metrics: 'families employed' },
  play: async ({ canvasElement }) => {
    const counters = await countersIn(canvasElement);
    expect(counters).toHaveLength(2);
    for (const element of counters) {
      expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).toBe('true');
    }
  },
};
