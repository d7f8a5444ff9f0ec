// Stories for <qoldau-impact-chart>: where Batyr's 2026 money went (bar and doughnut), children
// rehabilitated per month (line), the data table, empty, invalid and loading states, in each
// locale and theme. Play functions check the canvas's accessible summary and the data table (what
// a screen reader gets) and that chart.js really drew; axe runs on every story.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
// Imported here (not only lazily by the widget) so Vite pre-bundles chart.js before the stories run,
// and so play functions can find the chart drawn on a canvas.
import { Chart } from 'chart.js';
import '@qoldau/charts/impact-chart/define.js';
import type { QoldauImpactChart } from '@qoldau/charts';
import { bindArgs, jsonChild, jsonOf, partText, plain, type CommonArgs } from './support.js';
import { batyrAllocation, childrenPerMonth } from './data/sample-data.js';
import { PENDING_ID, sampleSourceLoader } from './data/sample-source.js';

/** The chart's attributes, plus its JSON child and fallback. */
interface ImpactChartArgs extends CommonArgs {
  type?: 'bar' | 'doughnut' | 'line';
  heading?: string;
  allocation?: string;
  refresh?: number;
}

function render(args: ImpactChartArgs) {
  const json = jsonOf(args.json);
  // The chart reads its JSON child when it connects, so new JSON means a new element.
  return html`<div style="max-width: 44rem">
    ${keyed(
      json ?? '',
      html`<qoldau-impact-chart
        type=${ifDefined(args.type)}
        heading=${ifDefined(args.heading)}
        allocation=${ifDefined(args.allocation)}
        refresh=${ifDefined(args.refresh)}
        ${ref((element) => bindArgs(element, args))}
      >
        ${jsonChild(json)}
        ${args.fallback ? html`<a href="https://example.org/report-2026">${args.fallback}</a>` : nothing}
      </qoldau-impact-chart>`,
    )}
  </div>`;
}

/** The allocation as inline JSON (the id only names it for the adapter). */
const allocationData = { currency: batyrAllocation.currency, items: batyrAllocation.items };

// ── Helpers for play functions ──────────────────────────────────────────────────────────────────

async function chartIn(canvasElement: HTMLElement): Promise<QoldauImpactChart> {
  const element = canvasElement.querySelector('qoldau-impact-chart');
  await expect(element).toBeTruthy();
  await element!.updateComplete;
  return element!;
}

const canvasOf = (element: QoldauImpactChart) => element.shadowRoot!.querySelector('canvas');

/**
 * Waits until chart.js has drawn on the canvas, and returns the chart. Up to 12 s: on a loaded
 * 2-core machine the first chart's lazy chunk took over 5 s to arrive (seen once in CI's story run).
 */
async function drawn(element: QoldauImpactChart): Promise<Chart> {
  await waitFor(() => expect(Chart.getChart(canvasOf(element)!)).toBeDefined(), { timeout: 12_000 });
  return Chart.getChart(canvasOf(element)!)!;
}

/** The canvas's accessible name: the chart type and what the numbers say. */
const summary = (element: QoldauImpactChart) => plain(canvasOf(element)?.getAttribute('aria-label'));

/** Rows of the data table (always in the page for screen readers), cell texts with plain spaces. */
const tableRows = (element: QoldauImpactChart) =>
  [...element.shadowRoot!.querySelectorAll('table tr')].map((row) =>
    [...row.children].map((cell) => plain(cell.textContent)),
  );

const toggleOf = (element: QoldauImpactChart) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;

const allocationRowsEn = [
  ['Item', 'Amount', 'Share'],
  ['Transport', '₸12,500,000', '51%'],
  ['Computers', '₸4,200,000', '17%'],
  ['Teachers', '₸6,300,000', '26%'],
  ['Workshop materials', '₸1,500,000', '6%'],
  ['Total', '₸24,500,000', '100%'],
];

// ── Stories ───────────────────────────────────────────────────────────────────────────────────

const meta = {
  title: 'Widgets/Impact chart',
  component: 'qoldau-impact-chart',
  tags: ['autodocs'],
  render,
  argTypes: {
    json: { control: 'object', table: { category: 'content' } },
    fallback: { control: 'text', table: { category: 'content' } },
  },
  args: { type: 'bar' },
} satisfies Meta<ImpactChartArgs>;

export default meta;
type Story = StoryObj<ImpactChartArgs>;

/** Where the money went, as horizontal bars with money ticks; the numbers are also a (hidden) table. */
export const AllocationBar: Story = {
  args: { heading: 'Batyr 2026: where donations went', json: allocationData },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const chart = await drawn(element);
    expect(summary(element)).toBe('Bar chart. Total ₸24,500,000. Largest: Transport, ₸12,500,000 (51%).');
    expect(chart.options.indexAxis).toBe('y');
    expect(chart.data.labels).toEqual(['Transport', 'Computers', 'Teachers', 'Workshop materials']);
    expect(tableRows(element)).toEqual(allocationRowsEn);
    expect(partText(element, 'heading')).toBe('Batyr 2026: where donations went');
    expect(toggleOf(element).getAttribute('aria-expanded')).toBe('false');
  },
};

/** The same allocation as a doughnut, with an HTML legend in the theme's colors. */
export const AllocationDoughnut: Story = {
  args: { ...AllocationBar.args, type: 'doughnut' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const chart = await drawn(element);
    expect(summary(element)).toBe('Doughnut chart. Total ₸24,500,000. Largest: Transport, ₸12,500,000 (51%).');
    const legend = [...element.shadowRoot!.querySelectorAll('[part="legend"] li')].map((item) =>
      plain(item.textContent),
    );
    expect(legend).toEqual(['Transport', 'Computers', 'Teachers', 'Workshop materials']);
    expect(new Set(chart.data.datasets[0].backgroundColor as string[]).size).toBe(4);
  },
};

/** Children rehabilitated per month, January to October 2026, as a line. */
export const ChildrenPerMonth: Story = {
  args: { type: 'line', heading: 'Children rehabilitated per month', json: childrenPerMonth },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const chart = await drawn(element);
    expect(summary(element)).toBe(
      'Line chart. Children rehabilitated, from Jan 2026 to Oct 2026: latest 24, highest 24.',
    );
    expect(chart.data.datasets[0].data).toEqual([12, 14, 15, 17, 18, 19, 20, 21, 23, 24]);
    const rows = tableRows(element);
    expect(rows[0]).toEqual(['Period', 'Children rehabilitated']);
    expect(rows[1]).toEqual(['Jan 2026', '12']);
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(183);
  },
};

/** The same series as bars (a time series may be drawn either way). */
export const ChildrenPerMonthBars: Story = {
  args: { ...ChildrenPerMonth.args, type: 'bar' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const chart = await drawn(element);
    expect(summary(element)).toMatch(/^Bar chart\. Children rehabilitated, from Jan 2026 to Oct 2026/);
    // Periods run along the bottom: vertical bars, unlike an allocation.
    expect(chart.options.indexAxis).toBe('x');
  },
};

/** "Show as table" reveals the same numbers as a real table; pressing it again hides them. */
export const DataTable: Story = {
  args: AllocationBar.args,
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    await drawn(element);
    const toggle = toggleOf(element);
    const wrapper = element.shadowRoot!.querySelector('table')!.parentElement!;
    expect(plain(toggle.textContent)).toBe('Show as table');
    expect(wrapper.classList.contains('visually-hidden')).toBe(true);
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    expect(plain(toggle.textContent)).toBe('Hide table');
    expect(wrapper.getBoundingClientRect().height).toBeGreaterThan(100);
    expect(plain(element.shadowRoot!.querySelector('caption')?.textContent)).toBe('Batyr 2026: where donations went');
    expect(tableRows(element)).toEqual(allocationRowsEn);
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    // Shown again for the screenshot and the axe run: the open table is the state worth checking.
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  },
};

/** No items yet: a calm message in place of the drawing. */
export const Empty: Story = {
  args: { heading: 'Batyr 2027: where donations went', json: { currency: 'KZT', items: [] } },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    await waitFor(() => expect(partText(element, 'empty')).toBe('No data to show yet.'));
    expect(canvasOf(element)).toBeNull();
    expect(toggleOf(element)).toBeNull();
  },
};

/** A negative amount: a message naming the field, the fallback link, and qoldau-error. */
export const InvalidData: Story = {
  args: {
    json: { currency: 'KZT', items: [{ label: 'Transport', amount: -12_500_000 }] },
    fallback: 'Annual report 2026',
    onQoldauError: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const element = await chartIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('“items[0].amount” cannot be negative.'));
    expect(canvasOf(element)).toBeNull();
    expect(element.querySelector('a')!.checkVisibility()).toBe(true);
    expect(args.onQoldauError).toHaveBeenCalledTimes(1);
  },
};

/** Inline JSON that does not parse. */
export const InvalidJson: Story = {
  args: { json: '{ "currency": "KZT", "items": [', fallback: 'Annual report 2026' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).toBe('The embedded data is not valid JSON.'));
  },
};

/** `allocation="…"` read through the data adapter: a placeholder (and "Loading…") until it answers. */
export const Loading: Story = {
  args: { heading: 'Batyr 2026: where donations went', allocation: PENDING_ID },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const base = element.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.classList.contains('loading')).toBe(true);
    expect(base.getAttribute('aria-busy')).toBe('true');
    expect(plain(base.querySelector('.visually-hidden')?.textContent)).toBe('Loading…');
  },
};

/** `allocation="batyr-2026"` read through the data adapter (here: the sample data in memory). */
export const FromAdapter: Story = {
  args: { heading: 'Batyr 2026: where donations went', allocation: batyrAllocation.id, type: 'doughnut' },
  loaders: [sampleSourceLoader],
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    await drawn(element);
    expect(tableRows(element)).toEqual(allocationRowsEn);
  },
};

// ── Locales, themes and motion ────────────────────────────────────────────────────────────────

/** Kazakh: labels, money (₸ after the number) and the summary in Kazakh. */
export const Kazakh: Story = {
  ...AllocationBar,
  args: { ...AllocationBar.args, heading: '«Батыр» 2026: қаражат неге жұмсалды' },
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const chart = await drawn(element);
    expect(summary(element)).toBe('Бағаналы диаграмма. Барлығы 24 500 000 ₸. Ең үлкені: Көлік, 12 500 000 ₸ (51%).');
    expect(tableRows(element)[1]).toEqual(['Көлік', '12 500 000 ₸', '51%']);
    expect(plain(String(chart.scales.x.ticks[1].label))).toBe('5 млн ₸');
  },
};

/** Russian line chart: months and the table header in Russian. */
export const Russian: Story = {
  ...ChildrenPerMonth,
  args: { ...ChildrenPerMonth.args, heading: 'Дети, прошедшие реабилитацию, по месяцам' },
  globals: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    await drawn(element);
    expect(summary(element)).toMatch(/^Линейный график\. Дети, прошедшие реабилитацию, янв\.? 2026 г\. – /);
    const rows = tableRows(element);
    expect(rows[0]).toEqual(['Период', 'Дети, прошедшие реабилитацию']);
    expect(rows[10][1]).toBe('24');
  },
};

/** Kazakh doughnut. */
export const KazakhDoughnut: Story = {
  ...AllocationDoughnut,
  args: { ...Kazakh.args, type: 'doughnut' },
  globals: { locale: 'kk' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    await drawn(element);
    expect(summary(element)).toMatch(/^Сақиналы диаграмма\. Барлығы 24 500 000 ₸\./);
    expect(plain(toggleOf(element).textContent)).toBe('Кесте түрінде көрсету');
  },
};

/** Dark page: the canvas colors are resolved from the dark theme tokens. */
export const DarkTheme: Story = {
  ...AllocationDoughnut,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const chart = await drawn(element);
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part="base"]')!).colorScheme).toBe('dark');
    // The dark accent (second series color).
    expect((chart.data.datasets[0].backgroundColor as string[])[1]).toBe('rgba(245, 192, 74, 1)');
  },
};

/** Reduced motion: drawn at once, without chart.js animations. */
export const ReducedMotion: Story = {
  ...ChildrenPerMonth,
  globals: { motion: 'reduced' },
  play: async ({ canvasElement }) => {
    const element = await chartIn(canvasElement);
    const chart = await drawn(element);
    expect(chart.options.animation).toBe(false);
  },
};
