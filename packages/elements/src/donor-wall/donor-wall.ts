// <qoldau-donor-wall>: the latest gifts of a campaign (name or "Anonymous", amount where allowed,
// message, time in words), kept live without moving what the visitor is reading.
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import {
  QoldauError,
  formatMoney,
  formatNumber,
  formatTimeAgo,
  isQoldauError,
  pluralCategory,
  validateDonors,
  type Campaign,
  type Donor,
  type DonorList,
} from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { prefersReducedMotion } from '../base/motion.js';
import { LiveData } from '../base/live-data.js';
import { plural } from '../messages.js';
import {
  PAGE_DATA,
  StateReporter,
  staleNote,
  invalidView,
  readInlineJson,
  textOf,
  widgetStyles,
} from '../base/widget.js';
import { donorWallStrings } from './donor-wall-locale.js';
import { releaseWidgetStrings, useWidgetStrings } from '../base/widget-strings.js';
import { donorWallStyles } from './donor-wall.styles.js';

/** `max`: how many gifts are shown, at most; see `max` below. */
export const MAX_BOUNDS = { min: 1, max: 50, fallback: 10 } as const;

/** Longest message shown, in characters (then "…"): a row stays a row, not a page. */
const MESSAGE_LIMIT = 280;

/** An entry on screen: the gift and its stable key (DOM rows are kept by key across refreshes). */
interface Entry {
  key: string;
  donor: Donor;
}

type View = { state: 'loading' } | { state: 'invalid'; error: QoldauError } | { state: 'ready'; list: DonorList };

/** The sum of the amounts shown and whether every shown gift has one, for the total's explanation. */
const publicSum = (items: Donor[]): number => items.reduce((sum, donor) => sum + (donor.amount ?? 0), 0);

/**
 * The most recent gifts to a campaign: each donor's name (or "Anonymous"), the amount where the
 * donor allowed it (present in the data), their message and how long ago they gave ("2 hours
 * ago"), newest first. Gifts come from inline JSON (`<script type="application/json">` child
 * shaped like the `donors` resource, docs/data.md) or, with `donors="id"`, from the configured
 * data source; `refresh` keeps them live.
 *
 * With a campaign (`campaign="id"`, or the list's own `campaign` field) the wall also shows the
 * campaign's total, read through the adapter (one request shared with a donation progress on the
 * same campaign), and says why the gifts listed do not add up to it.
 *
 * The list and the summary below it share a fixed height (`--qoldau-donor-wall-height`); the list
 * scrolls inside what the summary leaves: the loading skeleton, the empty state and the list take
 * the same space whatever the texts, and new gifts never move the page.
 * New gifts on a refresh are added at the top without moving the entry the visitor is reading
 * (measured and compensated, as Safari has no `overflow-anchor`), and announced politely, at most
 * once a minute ("3 new donations").
 *
 * Children without a `slot` are the no-JavaScript fallback (for example a link to the campaign
 * page): visitors see them if the script never loads, and again if the data is invalid.
 *
 * @summary The latest donors of a campaign, live.
 *
 * @slot - Fallback content shown before the script loads and when the data is invalid.
 * @slot footer - Content shown below the wall, for example a "Donate" link.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The wall's title, also the list's accessible name.
 * @csspart list - The scrolling list of gifts (`<ol>`).
 * @csspart entry - One gift (`<li>`).
 * @csspart name - The donor's name, or "Anonymous".
 * @csspart amount - The amount, where the donor allowed it.
 * @csspart time - How long ago (`<time datetime>`).
 * @csspart message - The donor's message.
 * @csspart empty - The invitation shown when there are no gifts yet.
 * @csspart summary - The campaign total, how many are shown, and why the list does not add up to the total.
 * @csspart error - The message shown for invalid input.
 * @csspart stale - The note shown when a refresh failed and the list is the last good one.
 *
 * @cssproperty --qoldau-donor-wall-height - Height of the list and the summary below it; the list scrolls inside (default: `max` rows of 4.5em plus 5em for the summary, at most 32em).
 *
 * @event qoldau-load - The list passed validation and is shown (again with each new list from the source).
 * @event qoldau-error - The input was rejected; the widget shows a localized message.
 */
export class QoldauDonorWall extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, donorWallStyles];

  /**
   * Milliseconds between two announcements of new gifts (default one minute); gifts arriving in
   * between are announced together. For tests only: pages should leave it alone.
   * @internal
   */
  static announceInterval = 60_000;

  static override properties: PropertyDeclarations = {
    donors: {},
    campaign: {},
    max: {},
    heading: {},
    refresh: { type: Number },
    inlineData: { state: true },
    inlineError: { state: true },
  };

  /** Id of a donor list to read through the configured data source (resource kind `donors`). */
  declare donors?: string;

  /** Id of the campaign whose total is shown with the list. Default: the list's own `campaign` field. */
  declare campaign?: string;

  /**
   * How many gifts are shown, newest first: a whole number from 1 to 50 (default 10). Other values
   * are clamped (0 → 1, 500 → 50, 7.6 → 8); text that is not a number gives 10. Either way the
   * console says what was used.
   */
  declare max?: number | string;

  /** Title above the list; also the list's accessible name. Default: "Recent donations", localized. */
  declare heading?: string;

  /** With `donors` or a campaign: seconds between refreshes while the page is visible (default: the configured `refresh`). */
  declare refresh?: number;

  declare private inlineData?: unknown;
  declare private inlineError?: QoldauError;

  readonly #live = new LiveData(this, 'donors');
  readonly #campaignLive = new LiveData(this, 'campaign');
  readonly #reporter = new StateReporter(this);
  #view: View = { state: 'loading' };
  #inlineFound = false;
  #warnedMax?: string;

  /** Keys of the gifts shown last time, for telling new ones apart (undefined before the first list). */
  #knownKeys?: Set<string>;
  /** The list those keys came from. */
  #knownList?: DonorList;
  /** Keys that arrived with the latest refresh (faded in unless motion is reduced). */
  #newKeys = new Set<string>();
  /** The entry the reader sees first and its offset in the list, measured before an update. */
  #anchor?: { key: string; offset: number };

  #pendingAnnouncement = 0;
  #lastAnnouncement = -Infinity;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #clockTimer?: ReturnType<typeof setTimeout>;
  /** The time the shown words are computed for (each render's, or the clock tick's that changed a word). */
  #now = Date.now();

  override connectedCallback(): void {
    super.connectedCallback();
    const inline = readInlineJson(this);
    this.#inlineFound = inline.found;
    this.inlineError = inline.error;
    this.inlineData = inline.found && !inline.error ? inline.data : undefined;
    this.waitFor(useWidgetStrings(this, donorWallStrings));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseWidgetStrings(this);
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#clockTimer);
    this.#announceTimer = this.#clockTimer = undefined;
  }

  /** `max` as a whole number within MAX_BOUNDS; anything else is said once in the console. */
  #max(): number {
    const given = this.max;
    if (given === undefined || given === null) return MAX_BOUNDS.fallback;
    const number = typeof given === 'number' ? given : typeof given === 'string' && given.trim() ? Number(given) : NaN;
    const used = Number.isFinite(number)
      ? Math.min(MAX_BOUNDS.max, Math.max(MAX_BOUNDS.min, Math.round(number)))
      : MAX_BOUNDS.fallback;
    const text = typeof given === 'string' || typeof given === 'number' ? String(given).slice(0, 40) : typeof given;
    if (used !== number && this.#warnedMax !== text) {
      this.#warnedMax = text;
      console.warn(
        `Qoldau: <qoldau-donor-wall max="${text}"> is not a whole number from ${MAX_BOUNDS.min} to ${MAX_BOUNDS.max}; showing ${used}.`,
      );
    }
    return used;
  }

  protected override willUpdate(): void {
    this.#now = Date.now();
    const donorsId = textOf(this.donors)?.trim() || undefined;
    this.#live.follow(donorsId, this.refresh);
    this.#view = this.#computeView(donorsId);
    const list = this.#view.state === 'ready' ? this.#view.list : undefined;
    const campaignId = textOf(this.campaign)?.trim() || list?.campaign;
    this.#campaignLive.follow(campaignId, this.refresh);
    // Measured only when a new list replaces the one on screen: reading layout in every update of
    // every wall would force a layout per widget on a page with many (issue #9).
    if (list !== this.#shownList) this.#measureAnchor();
    this.#shownList = list;
  }

  /** The list on screen (validated), to tell a new one from a re-render. */
  #shownList?: DonorList;

  #computeView(donorsId: string | undefined): View {
    if (this.inlineError) return { state: 'invalid', error: this.inlineError };
    const live = this.#live.state;
    if (live && !live.data) {
      return live.status === 'error' && live.error ? { state: 'invalid', error: live.error } : { state: 'loading' };
    }
    if (live?.data) return { state: 'ready', list: live.data };
    if (!this.#inlineFound) {
      // Neither a list to read nor one in the page: say what is missing rather than show nothing.
      return { state: 'invalid', error: new QoldauError('missing-field', donorsId === undefined ? 'donors' : 'json') };
    }
    // Validated once per inline data: the same list object across renders is how a re-render is
    // told from a new list (anchoring, announcements) and keeps the sorted entries memoized.
    if (!this.#inline || this.#inline.data !== this.inlineData) {
      try {
        this.#inline = { data: this.inlineData, view: { state: 'ready', list: validateDonors(this.inlineData) } };
      } catch (error) {
        if (!isQoldauError(error)) throw error;
        this.#inline = { data: this.inlineData, view: { state: 'invalid', error } };
      }
    }
    return this.#inline.view;
  }

  #inline?: { data: unknown; view: View };

  #entriesMemo?: { list: DonorList; max: number; entries: Entry[] };

  /** The gifts to show: newest first (undated ones after, in their order), at most `max`, each with a unique key. */
  #entries(list: DonorList): Entry[] {
    const max = this.#max();
    const memo = this.#entriesMemo;
    if (memo?.list === list && memo.max === max) return memo.entries;
    const entries = this.#sortedEntries(list, max);
    this.#entriesMemo = { list, max, entries };
    return entries;
  }

  #sortedEntries(list: DonorList, max: number): Entry[] {
    const dated = list.items.map((donor, index) => ({ donor, index }));
    dated.sort(
      (a, b) => (b.donor.date?.getTime() ?? -Infinity) - (a.donor.date?.getTime() ?? -Infinity) || a.index - b.index,
    );
    const seen = new Map<string, number>();
    return dated.slice(0, max).map(({ donor }) => {
      const base = JSON.stringify([donor.name, donor.amount, donor.message, donor.date?.getTime()]);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return { key: `${base}#${count}`, donor };
    });
  }

  /**
   * Before new rows go in: the first entry the reader can see (inside the list's box and inside
   * the window) and its distance from the list's top edge. If the reader is at the very top of a
   * list whose top is on screen, nothing is anchored: new gifts should come into view there.
   */
  #measureAnchor(): void {
    this.#anchor = undefined;
    const list = this.renderRoot.querySelector<HTMLElement>('ol[part="list"]');
    if (!list) return;
    const box = list.getBoundingClientRect();
    if (list.scrollTop <= 0 && box.top >= 0) return;
    const visibleFrom = Math.max(box.top, 0);
    for (const row of list.querySelectorAll<HTMLElement>(':scope > li')) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom > visibleFrom) {
        this.#anchor = { key: row.dataset.key ?? '', offset: rect.top - box.top };
        return;
      }
    }
  }

  /** After new rows went in: scroll the list so the anchored entry is where it was. */
  #restoreAnchor(): void {
    const anchor = this.#anchor;
    this.#anchor = undefined;
    if (!anchor) return;
    const list = this.renderRoot.querySelector<HTMLElement>('ol[part="list"]');
    if (!list) return;
    const row = [...list.querySelectorAll<HTMLElement>(':scope > li')].find((item) => item.dataset.key === anchor.key);
    if (!row) return; // the entry left the list (beyond `max`): nothing to keep in place
    const moved = row.getBoundingClientRect().top - list.getBoundingClientRect().top - anchor.offset;
    if (Math.abs(moved) >= 0.5) list.scrollTop += moved;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#restoreAnchor();
    const rows = String(this.#max());
    const box = this.renderRoot.querySelector<HTMLElement>('.body');
    if (box && box.style.getPropertyValue('--_rows') !== rows) box.style.setProperty('--_rows', rows);
    const view = this.#view;
    if (view.state === 'invalid') {
      this.#reporter.error(view.error);
      return;
    }
    if (view.state !== 'ready') return;
    this.#reporter.loaded(view.list, this.#live.state?.data ?? PAGE_DATA);
    this.#noteNewGifts(view.list);
    this.#scheduleClock(view.list);
  }

  /** Counts gifts not seen before (not on the first list) and announces them, at most once per interval. */
  #noteNewGifts(list: DonorList): void {
    const keys = new Set(this.#entries(list).map((entry) => entry.key));
    const known = this.#knownKeys;
    const sameList = list === this.#knownList;
    this.#knownKeys = keys;
    this.#knownList = list;
    // Only a new list brings news: rows that appear because `max` grew are not new gifts.
    if (!known || sameList) return;
    const fresh = [...keys].filter((key) => !known.has(key));
    if (fresh.length === 0) return;
    this.#newKeys = new Set(fresh);
    this.#pendingAnnouncement += fresh.length;
    const wait = this.#lastAnnouncement + QoldauDonorWall.announceInterval - Date.now();
    if (wait <= 0) this.#announce();
    else this.#announceTimer ??= setTimeout(() => this.#announce(), wait);
  }

  #announce(): void {
    this.#announceTimer = undefined;
    const count = this.#pendingAnnouncement;
    if (!count || !this.isConnected) return;
    this.#pendingAnnouncement = 0;
    this.#lastAnnouncement = Date.now();
    const region = this.renderRoot.querySelector('.announcement');
    if (!region) return;
    // Emptied first, so that the same words twice ("1 new donation") are announced twice.
    region.textContent = '';
    setTimeout(() => (region.textContent = this.#newGiftsText(count)), 50);
  }

  /** Wakes up when the first shown time's words can change, and renders only if one did. */
  #scheduleClock(list: DonorList): void {
    clearTimeout(this.#clockTimer);
    const now = Date.now();
    const dates = this.#entries(list).flatMap(({ donor }) => (donor.date ? [donor.date] : []));
    if (dates.length === 0) return;
    const words = (at: number) => dates.map((date) => formatTimeAgo(date, this.locale, at).text).join('\n');
    if (words(now) !== words(this.#now)) {
      this.#now = now;
      this.requestUpdate();
    }
    const next = Math.min(...dates.map((date) => formatTimeAgo(date, this.locale, now).refreshIn));
    // setTimeout fires at once beyond 2³¹ ms; an hour is plenty between checks.
    this.#clockTimer = setTimeout(() => this.#scheduleClock(list), Math.min(Math.max(next, 1000), 3_600_000));
  }

  protected override render() {
    const view = this.#view;
    if (view.state === 'invalid') return invalidView(this, view.error);
    const heading = textOf(this.heading) ?? msg('Recent donations', { id: 'donorwall.heading' });
    const loading = view.state === 'loading';
    const entries = loading ? [] : this.#entries(view.list);
    return html`<div part="base" class="widget ${loading ? 'loading' : ''}">
      <p part="heading" class="heading" id="heading">${heading}</p>
      <div class="body">
        ${
          loading
            ? this.#renderSkeleton()
            : entries.length === 0
              ? html`<p part="empty" class="empty entries">${this.#emptyText()}</p>`
              : html`<ol part="list" class="entries" aria-labelledby="heading" tabindex="0">
                  ${repeat(
                    entries,
                    (entry) => entry.key,
                    (entry) => this.#renderEntry(entry, view.list.currency),
                  )}
                </ol>`
        }
        ${this.#renderSummary(loading ? undefined : view.list, entries.length)} ${staleNote(this, this.#live.state)}
      </div>
      <p class="announcement visually-hidden" role="status"></p>
      <slot name="footer"></slot>
    </div>`;
  }

  /** The empty list's words: an invitation, unless the campaign's total says there are gifts (not listed). */
  #emptyText(): string {
    const campaign = this.#campaignLive.state?.data;
    return campaign && (campaign.raised > 0 || (campaign.donors ?? 0) > 0)
      ? msg('No gifts are listed here yet.', { id: 'donorwall.empty-unlisted' })
      : msg('No donations yet. Be the first to give!', { id: 'donorwall.empty' });
  }

  #renderSkeleton() {
    return html`<ol class="entries" aria-labelledby="heading" aria-busy="true">
      <li class="visually-hidden">${msg('Loading…', { id: 'common.loading' })}</li>
      ${Array.from(
        { length: Math.min(this.#max(), 8) },
        () =>
          html`<li class="entry" aria-hidden="true">
            <span class="line"
              ><span class="name bone">Aaaaaaaa Aaaaaaa</span><span class="amount bone">00 000 ₸</span></span
            >
            <span class="time bone">0 aaaaa aaa</span>
          </li>`,
      )}
    </ol>`;
  }

  #renderEntry({ key, donor }: Entry, currency: string) {
    const locale = this.locale;
    const message =
      donor.message && donor.message.length > MESSAGE_LIMIT
        ? `${donor.message.slice(0, MESSAGE_LIMIT).trimEnd()}…`
        : donor.message;
    const fresh = this.#newKeys.has(key) && !prefersReducedMotion();
    return html`<li part="entry" class="entry ${fresh ? 'new' : ''}" data-key=${key}>
      <span class="line">
        <span part="name" class="name" dir="auto"
          >${donor.name ?? msg('Anonymous', { id: 'donorwall.anonymous' })}</span
        >
        ${
          donor.amount === undefined
            ? nothing
            : html`<span part="amount" class="amount">${formatMoney(donor.amount, currency, locale)}</span>`
        }
      </span>
      ${
        donor.date
          ? html`<time part="time" class="time" datetime=${donor.date.toISOString()}
              >${formatTimeAgo(donor.date, locale, this.#now).text}</time
            >`
          : nothing
      }
      ${message ? html`<p part="message" class="message" dir="auto">${message}</p>` : nothing}
    </li>`;
  }

  /**
   * Below the list (its space reserved from the first paint): with a campaign, its total and
   * donors, how many are shown, and why the shown amounts do not add up to the total; without one,
   * how many are shown of how many.
   */
  #renderSummary(list: DonorList | undefined, shown: number) {
    const campaignState = this.#campaignLive.state;
    if (!list || (campaignState && !campaignState.data && campaignState.status !== 'error')) {
      return html`<p part="summary" class="summary"><span class="bone">0 000 000 ₸ · 000 · 00</span></p>`;
    }
    const campaign = campaignState?.data;
    const sentences: string[] = [];
    if (campaign) {
      sentences.push(this.#totalText(campaign, shown));
      const why = this.#whyText(campaign, list, shown);
      if (why) sentences.push(why);
    } else {
      if (campaignState?.status === 'error')
        sentences.push(msg('The campaign total could not be loaded.', { id: 'donorwall.total-unavailable' }));
      if (shown < list.items.length) sentences.push(this.#showingOfText(shown, list.items.length));
    }
    return html`<p part="summary" class="summary">${sentences.join(' ')}</p>`;
  }

  /** "1 240 000 ₸ from 312 donors — showing the latest 10." */
  #totalText(campaign: Campaign, shown: number): string {
    const locale = this.locale;
    const raised = formatMoney(campaign.raised, campaign.currency, locale);
    const count = campaign.donors;
    let total: string;
    if (count === undefined) {
      total = msg(str`${raised} raised`, { id: 'donorwall.total' });
    } else {
      const n = formatNumber(count, locale);
      total = plural(pluralCategory(count, locale), {
        one: msg(str`${raised} from ${n} donor`, { id: 'donorwall.total-donors.one' }),
        few: msg(str`${raised} from ${n} donors`, { id: 'donorwall.total-donors.few' }),
        many: msg(str`${raised} from ${n} donors`, { id: 'donorwall.total-donors.many' }),
        other: msg(str`${raised} from ${n} donors`, { id: 'donorwall.total-donors.other' }),
      });
    }
    if (count === undefined || shown >= count || shown === 0) return `${total}.`;
    const m = formatNumber(shown, locale);
    const showing = plural(pluralCategory(shown, locale), {
      one: msg(str`showing the latest ${m}`, { id: 'donorwall.showing.one' }),
      few: msg(str`showing the latest ${m}`, { id: 'donorwall.showing.few' }),
      many: msg(str`showing the latest ${m}`, { id: 'donorwall.showing.many' }),
      other: msg(str`showing the latest ${m}`, { id: 'donorwall.showing.other' }),
    });
    return `${total} — ${showing}.`;
  }

  /**
   * Why the amounts shown do not add up to the total (nothing when they do). In the list's currency
   * only: amounts in two currencies cannot be compared, so then nothing is said.
   */
  #whyText(campaign: Campaign, list: DonorList, shown: number): string | undefined {
    if (campaign.currency !== list.currency) return undefined;
    const sum = publicSum(this.#entries(list).map((entry) => entry.donor));
    // Compared in the currency's smallest coin: 0.1 + 0.2 is 0.3.
    const difference = Math.round(campaign.raised * 100) - Math.round(sum * 100);
    if (difference === 0) return undefined;
    if (difference < 0) {
      return msg('The total is updated separately and does not include the newest gifts yet.', {
        id: 'donorwall.why.behind',
      });
    }
    const more = (campaign.donors ?? list.items.length) - shown;
    const hidden = list.items.some((donor) => donor.amount === undefined);
    if (more > 0 && hidden) {
      const n = formatNumber(more, this.locale);
      return plural(pluralCategory(more, this.locale), {
        one: msg(str`The total also counts ${n} earlier gift and gifts without a public amount.`, {
          id: 'donorwall.why.both.one',
        }),
        few: msg(str`The total also counts ${n} earlier gifts and gifts without a public amount.`, {
          id: 'donorwall.why.both.few',
        }),
        many: msg(str`The total also counts ${n} earlier gifts and gifts without a public amount.`, {
          id: 'donorwall.why.both.many',
        }),
        other: msg(str`The total also counts ${n} earlier gifts and gifts without a public amount.`, {
          id: 'donorwall.why.both.other',
        }),
      });
    }
    if (more > 0) {
      const n = formatNumber(more, this.locale);
      return plural(pluralCategory(more, this.locale), {
        one: msg(str`The total also counts ${n} earlier gift not shown here.`, { id: 'donorwall.why.more.one' }),
        few: msg(str`The total also counts ${n} earlier gifts not shown here.`, { id: 'donorwall.why.more.few' }),
        many: msg(str`The total also counts ${n} earlier gifts not shown here.`, { id: 'donorwall.why.more.many' }),
        other: msg(str`The total also counts ${n} earlier gifts not shown here.`, { id: 'donorwall.why.more.other' }),
      });
    }
    return msg('The total also counts gifts without a public amount and gifts made offline.', {
      id: 'donorwall.why.hidden',
    });
  }

  /** "Showing the latest 10 of 1,000." */
  #showingOfText(shown: number, total: number): string {
    const [m, n] = [formatNumber(shown, this.locale), formatNumber(total, this.locale)];
    return plural(pluralCategory(total, this.locale), {
      one: msg(str`Showing the latest ${m} of ${n} gift.`, { id: 'donorwall.showing-of.one' }),
      few: msg(str`Showing the latest ${m} of ${n} gifts.`, { id: 'donorwall.showing-of.few' }),
      many: msg(str`Showing the latest ${m} of ${n} gifts.`, { id: 'donorwall.showing-of.many' }),
      other: msg(str`Showing the latest ${m} of ${n} gifts.`, { id: 'donorwall.showing-of.other' }),
    });
  }

  /** "3 new donations", for the live region. */
  #newGiftsText(count: number): string {
    const n = formatNumber(count, this.locale);
    return plural(pluralCategory(count, this.locale), {
      one: msg(str`${n} new donation`, { id: 'donorwall.new.one' }),
      few: msg(str`${n} new donations`, { id: 'donorwall.new.few' }),
      many: msg(str`${n} new donations`, { id: 'donorwall.new.many' }),
      other: msg(str`${n} new donations`, { id: 'donorwall.new.other' }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qoldau-donor-wall': QoldauDonorWall;
  }
}
