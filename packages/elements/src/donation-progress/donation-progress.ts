// <qoldau-donation-progress>: the goal meter (bar, thermometer or ring) for one campaign.
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import {
  QoldauError,
  daysUntil,
  formatMoney,
  formatNumber,
  formatPercent,
  isQoldauError,
  isRecord,
  pickText,
  pluralCategory,
  validateCampaign,
  type Campaign,
  type LocalizedText,
} from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { onFirstVisible, prefersReducedMotion } from '../base/motion.js';
import { LiveData } from '../base/live-data.js';
import { plural } from '../messages.js';
import {
  PAGE_DATA,
  StateReporter,
  checkIcon,
  definedFields,
  staleNote,
  invalidView,
  readInlineJson,
  reflectText,
  textOf,
  widgetStyles,
} from '../base/widget.js';
import { donationProgressStyles } from './donation-progress.styles.js';

export type DonationProgressVariant = 'bar' | 'thermometer' | 'ring';

type View = { state: 'loading' } | { state: 'invalid'; error: QoldauError } | { state: 'ready'; campaign: Campaign };

/**
 * A fundraising goal meter: how much is raised of the goal, by how many donors, and how long is
 * left. Numbers come from attributes, from inline JSON (`<script type="application/json">` child
 * with any campaign field, including `milestones`), or from both; attributes win field by field.
 *
 * With `campaign="id"` the numbers come from the configured data source (docs/data.md); `refresh`
 * keeps them live. While they load, a skeleton of the final size is shown.
 *
 * Children without a `slot` are the no-JavaScript fallback (for example a link to the donation
 * page): visitors see them if the script never loads, and again if the data is invalid.
 *
 * @summary Goal meter for a fundraising campaign.
 *
 * @slot - Fallback content shown before the script loads and when the data is invalid.
 * @slot footer - Content shown below the meter, for example a "Donate" link.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The campaign title.
 * @csspart raised - The amount raised.
 * @csspart goal - The goal, as "raised of 12 500 000 ₸".
 * @csspart percent - The share of the goal raised.
 * @csspart meter - The progress track (element with role="progressbar").
 * @csspart fill - The filled part of the track.
 * @csspart milestone-mark - A milestone's mark on the track.
 * @csspart status - "Goal reached", the invitation to give first, or what is left to raise.
 * @csspart details - Donor count and time left.
 * @csspart milestones - The list of milestones.
 * @csspart milestone - One milestone in the list.
 * @csspart error - The message shown for invalid input.
 * @csspart stale - The note shown when a refresh failed and the figures are the last good ones.
 *
 * @cssproperty --qoldau-progress-fill - Fill color (default: the brand color).
 * @cssproperty --qoldau-progress-track - Track color.
 * @cssproperty --qoldau-progress-height - Thickness of the bar (default 12px).
 * @cssproperty --qoldau-progress-ring-size - Diameter of the ring (default 132px).
 *
 * @event qoldau-load - The campaign data passed validation and is shown.
 * @event qoldau-error - The input was rejected; the widget shows a localized message.
 * @event qoldau-goal-reached - The raised amount reached the goal (once per element).
 */
export class QoldauDonationProgress extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, donationProgressStyles];

  static override properties: PropertyDeclarations = {
    raised: {},
    goal: {},
    currency: {},
    donors: {},
    ends: {},
    variant: reflectText,
    heading: {},
    campaign: {},
    refresh: { type: Number },
    inlineData: { state: true },
    inlineError: { state: true },
  };

  /** Amount raised so far (a number, or a numeric string such as "1 250 000"). */
  declare raised?: number | string;

  /** The campaign goal; must be greater than zero. */
  declare goal?: number | string;

  /** ISO 4217 currency code. Default: KZT (shown as ₸). */
  declare currency?: string;

  /** Number of donors so far. */
  declare donors?: number | string;

  /** When the campaign ends: an ISO 8601 date ("2026-12-31": through the end of that day in Asia/Almaty) or date-time. */
  declare ends?: string;

  /** How the meter is drawn; any other value (a typo) draws the bar. */
  variant: DonationProgressVariant = 'bar';

  /** Title shown above the meter; also the meter's accessible name. Default: the campaign title from data. */
  declare heading?: string;

  /** Id of a campaign to read through the configured data source; attributes still win field by field. */
  declare campaign?: string;

  /** With `campaign`: seconds between refreshes while the page is visible (default: the configured `refresh`). */
  declare refresh?: number;

  private inlineData: Record<string, unknown> = {};
  declare private inlineError?: QoldauError;
  /** Seen once: not reactive, since revealing changes only the fill (see reveal()). */
  #revealed = false;

  readonly #live = new LiveData(this, 'campaign');
  readonly #reporter = new StateReporter(this);
  #view: View = { state: 'loading' };
  #goalReachedFired = false;
  #stopObserving?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    ({ data: this.inlineData, error: this.inlineError } = readInlineJson(this));
    if (prefersReducedMotion()) {
      this.#revealed = true;
    } else {
      this.#stopObserving = onFirstVisible(this, () => this.#reveal());
    }
  }

  /** First seen: the fill moves to its value, animated; no second render (issue #9). */
  #reveal(): void {
    this.#revealed = true;
    this.renderRoot.querySelector('[part="base"]')?.classList.add('animate');
    this.#applyGeometry();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving?.();
  }

  /** What the attributes say, field by field; unset fields leave the data's value in place. */
  #attributeData(): Record<string, unknown> {
    return definedFields({
      raised: this.raised,
      goal: this.goal,
      currency: this.currency,
      donors: this.donors,
      endsAt: this.ends,
    });
  }

  protected override willUpdate(): void {
    this.#live.follow(this.campaign, this.refresh);
    this.#view = this.#computeView();
  }

  /** Inline JSON, then live data, then attributes: later sources win field by field. */
  #computeView(): View {
    if (this.inlineError) return { state: 'invalid', error: this.inlineError };
    const live = this.#live.state;
    if (live && !live.data) {
      return live.status === 'error' && live.error ? { state: 'invalid', error: live.error } : { state: 'loading' };
    }
    // A source without milestones must not erase the ones embedded in the page.
    const { milestones, ...liveFields } = live?.data ?? { milestones: [] };
    try {
      return {
        state: 'ready',
        campaign: validateCampaign({
          ...this.inlineData,
          ...liveFields,
          ...(milestones.length ? { milestones } : {}),
          ...this.#attributeData(),
        }),
      };
    } catch (error) {
      if (!isQoldauError(error)) throw error;
      // The one field whose attribute has another name: name it as the author wrote it.
      const field = error.field === 'endsAt' && this.ends !== undefined ? 'ends' : error.field;
      return { state: 'invalid', error: new QoldauError(error.code, field) };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#applyGeometry();
    this.#reportState();
  }

  /** Fill and mark positions are CSS custom properties set from code (strict CSP: no style attributes). */
  #applyGeometry(): void {
    if (this.#view.state !== 'ready') return;
    const { raised, goal, milestones } = this.#view.campaign;
    const meter = this.renderRoot.querySelector<HTMLElement>('.meter');
    meter?.style.setProperty('--_progress', String(this.#revealed ? Math.min(raised / goal, 1) : 0));
    const marks = this.renderRoot.querySelectorAll<HTMLElement>('.mark');
    const visible = milestones.filter((milestone) => milestone.amount > 0 && milestone.amount < goal);
    marks.forEach((mark, index) => mark.style.setProperty('--_at', String(visible[index].amount / goal)));
  }

  #reportState(): void {
    const view = this.#view;
    if (view.state === 'invalid') return this.#reporter.error(view.error);
    if (view.state !== 'ready') return;
    const { campaign } = view;
    // Once for page data, and again whenever the source delivers new figures.
    this.#reporter.loaded(campaign, this.#live.state?.data ?? PAGE_DATA);
    if (campaign.raised >= campaign.goal && !this.#goalReachedFired) {
      this.#goalReachedFired = true;
      this.emit('qoldau-goal-reached', { raised: campaign.raised, goal: campaign.goal, currency: campaign.currency });
    }
  }

  protected override render() {
    const view = this.#view;
    if (view.state === 'invalid') return invalidView(this, view.error);
    return this.#renderMeter(view.state === 'ready' ? view.campaign : undefined);
  }

  #renderMeter(campaign: Campaign | undefined) {
    const locale = this.locale;
    // A variant this version does not know (a typo) draws the bar, the default.
    const variant = this.variant === 'ring' || this.variant === 'thermometer' ? this.variant : 'bar';
    const loading = campaign === undefined;
    const raised = campaign?.raised ?? 0;
    const goal = campaign?.goal ?? 1;
    const currency = campaign?.currency ?? 'KZT';
    const ratio = raised / goal;
    const reached = !loading && ratio >= 1;
    const raisedText = loading ? '0 000 000 ₸' : formatMoney(raised, currency, locale);
    const goalText = loading ? '00 000 000 ₸' : formatMoney(goal, currency, locale);
    // Floor, so 99.6% never shows as "100%" before the goal is truly met.
    const percentText = formatPercent(Math.floor(ratio * 100) / 100, locale);
    // While loading, a title embedded in the page already takes its lines in the skeleton.
    const heading =
      textOf(this.heading) ??
      (campaign ? pickText(campaign.title, locale) : this.#inlineText(this.inlineData, 'title'));
    const label = heading ?? msg('Donation progress', { id: 'progress.label' });
    const valueText = loading
      ? msg('Loading…', { id: 'common.loading' })
      : msg(str`${raisedText} of ${goalText} raised`, { id: 'progress.valuetext' });

    const meter = html`<div
      part="meter"
      class="meter"
      role="progressbar"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax=${goal}
      aria-valuenow=${Math.min(raised, goal)}
      aria-valuetext=${valueText}
      aria-busy=${loading ? 'true' : nothing}
    >
      ${
        variant === 'ring'
          ? html`<svg class="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
                <circle class="ring-track" cx="60" cy="60" r="52" pathLength="100"></circle>
                <circle part="fill" class="fill ring-fill" cx="60" cy="60" r="52" pathLength="100"></circle>
              </svg>
              <span class="ring-percent" aria-hidden="true">${percentText}</span>`
          : html`<div part="fill" class="fill"></div>`
      }
      ${variant === 'ring' ? nothing : this.#renderMarks(campaign)}
    </div>`;

    const figures = html`<div class="figures">
      <span part="raised" class="raised bone">${raisedText}</span>
      <span part="goal" class="goal bone">${msg(str`raised of ${goalText}`, { id: 'progress.raised-of' })}</span>
      <span part="percent" class="percent bone">${percentText}</span>
    </div>`;
    const lines = html`${this.#renderStatus(campaign)}${this.#renderDetails(campaign)}`;

    return html`<div
      part="base"
      class="widget is-${variant} ${loading ? 'loading' : ''} ${reached ? 'reached' : ''} ${!loading && raised === 0 ? 'zero' : ''} ${
        this.#revealed && !prefersReducedMotion() ? 'animate' : ''
      }"
    >
      ${heading !== undefined || loading ? html`<div part="heading" class="heading bone">${heading ?? ''}</div>` : nothing}
      ${
        variant === 'bar'
          ? html`${figures}${meter}${lines}`
          : html`<div class="body">
              ${meter}
              <div>${figures}${lines}</div>
            </div>`
      }
      ${this.#renderMilestones(campaign)} ${staleNote(this, this.#live.state)}
      <slot name="footer"></slot>
    </div>`;
  }

  #renderMarks(campaign: Campaign | undefined) {
    if (!campaign) return nothing;
    return campaign.milestones
      .filter((milestone) => milestone.amount > 0 && milestone.amount < campaign.goal)
      .map(
        (milestone) =>
          html`<span
            part="milestone-mark"
            class="mark ${campaign.raised >= milestone.amount ? 'reached' : ''}"
            aria-hidden="true"
          ></span>`,
      );
  }

  #renderStatus(campaign: Campaign | undefined) {
    if (!campaign) return html`<p part="status" class="status bone">&nbsp;</p>`;
    if (campaign.raised >= campaign.goal) {
      return html`<p part="status" class="status celebrate">
        ${checkIcon}${msg('Goal reached — thank you!', { id: 'progress.reached' })}
      </p>`;
    }
    if (campaign.raised === 0) {
      return html`<p part="status" class="status">${msg('Be the first to donate', { id: 'progress.zero' })}</p>`;
    }
    // Always a status line, so the loading skeleton (which has one) has the final height.
    const remaining = formatMoney(campaign.goal - campaign.raised, campaign.currency, this.locale);
    return html`<p part="status" class="status">${msg(str`${remaining} to go`, { id: 'progress.remaining' })}</p>`;
  }

  #renderDetails(campaign: Campaign | undefined) {
    if (!campaign) return html`<p part="details" class="details bone">&nbsp;</p>`;
    const parts: string[] = [];
    // "0 donors" reads as a reproach; the zero state already invites the first donation.
    if (campaign.donors) parts.push(this.#donorsText(campaign.donors));
    if (campaign.endsAt) parts.push(this.#timeLeftText(campaign.endsAt));
    return parts.length ? html`<p part="details" class="details">${parts.join(' · ')}</p>` : nothing;
  }

  #donorsText(count: number): string {
    const n = formatNumber(count, this.locale);
    return plural(pluralCategory(count, this.locale), {
      one: msg(str`${n} donor`, { id: 'progress.donors.one' }),
      few: msg(str`${n} donors`, { id: 'progress.donors.few' }),
      many: msg(str`${n} donors`, { id: 'progress.donors.many' }),
      other: msg(str`${n} donors`, { id: 'progress.donors.other' }),
    });
  }

  #timeLeftText(endsAt: Date): string {
    if (endsAt.getTime() <= Date.now()) return msg('Campaign ended', { id: 'progress.ended' });
    const days = daysUntil(endsAt);
    if (days <= 0) return msg('Last day', { id: 'progress.last-day' });
    const n = formatNumber(days, this.locale);
    return plural(pluralCategory(days, this.locale), {
      one: msg(str`${n} day left`, { id: 'progress.days-left.one' }),
      few: msg(str`${n} days left`, { id: 'progress.days-left.few' }),
      many: msg(str`${n} days left`, { id: 'progress.days-left.many' }),
      other: msg(str`${n} days left`, { id: 'progress.days-left.other' }),
    });
  }

  /** A text of the (not yet validated) inline data, for the skeleton only: a string or per-locale texts. */
  #inlineText(data: unknown, field: string): string | undefined {
    const text: unknown = isRecord(data) ? data[field] : undefined;
    // Only text is shown: String() would throw on JSON such as {"toString": 1} (issue #8).
    return typeof text == 'string' || isRecord(text)
      ? (textOf(pickText(text as LocalizedText, this.locale)) ?? '')
      : undefined;
  }

  #renderMilestones(campaign: Campaign | undefined) {
    const { milestones } = this.inlineData;
    if (!campaign && Array.isArray(milestones) && milestones.length) {
      // Loading: the milestones embedded in the page take their final rows (same texts, so the
      // same wrapping), and nothing moves when the data arrives (issue #9).
      return html`<ul class="milestones" aria-hidden="true">
        ${milestones.map(
          (milestone) =>
            html`<li class="milestone">
              <span class="dot"></span><span class="bone">${this.#inlineText(milestone, 'label')}</span>
              <span class="milestone-amount bone">00 000 000 ₸</span>
            </li>`,
        )}
      </ul>`;
    }
    if (!campaign?.milestones.length) return nothing;
    const locale = this.locale;
    return html`<ul part="milestones" class="milestones" aria-label=${msg('Milestones', { id: 'progress.milestones' })}>
      ${campaign.milestones.map((milestone) => {
        const reached = campaign.raised >= milestone.amount;
        return html`<li part="milestone" class="milestone ${reached ? 'reached' : ''}">
          ${reached ? checkIcon : html`<span class="dot" aria-hidden="true"></span>`}
          <span class="milestone-label">${pickText(milestone.label, locale) ?? ''}</span>
          <span class="milestone-amount">${formatMoney(milestone.amount, campaign.currency, locale)}</span>
          ${reached ? html`<span class="visually-hidden">${msg('(reached)', { id: 'progress.milestone-reached' })}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qoldau-donation-progress': QoldauDonationProgress;
  }
}
