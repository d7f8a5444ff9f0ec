// The donor wall's list (kind `donors`). A module of its own: the wall validates inline JSON with it,
// and a page with a wall should not download the other kinds' validators.
import { QoldauError } from './errors.js';
import { isRecord, toAmount, toCurrency, toDate, toText } from './validate.js';

// validate-structure.ts's helpers, written out: importing that module would make it a chunk of its
// own, shared with the counter's metric validation (one more request and +100 B on its page).
function toRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw new QoldauError('invalid-type', field);
  return value;
}

export interface Donor {
  /** Absent for anonymous gifts. */
  name?: string;
  amount?: number;
  message?: string;
  date?: Date;
}

/** A donor wall list (usually one per campaign). */
export interface DonorList {
  id?: string;
  /** The campaign these gifts belong to: the wall shows its total (docs/data.md). */
  campaign?: string;
  currency: string;
  items: Donor[];
}

// C0 and C1 control characters but tab and line feed: invisible, or boxes, on screen.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * A donor's own words (name, message). Donors type them, not the NGO: markup is kept as text (the
 * wall renders text, never HTML) instead of failing the whole list, so one donor's `<b>` or
 * `<script>` cannot take the wall down for everyone. Control characters are dropped; blank is absent.
 */
function toDonorText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new QoldauError('invalid-type', field);
  const text = value.replace(CONTROL, '').trim();
  return text === '' ? undefined : text;
}

/** The list of gifts: at most 10 000 (MAX_ITEMS of validate-structure.ts), possibly empty. */
function toItems(items: unknown): unknown[] {
  if (items === undefined || items === null || items === '') throw new QoldauError('missing-field', 'items');
  if (!Array.isArray(items)) throw new QoldauError('invalid-type', 'items');
  if (items.length > 10_000) throw new QoldauError('absurd-value', 'items', String(items.length));
  return items;
}

/**
 * Validates a donor wall list: `items` may be empty (no donors yet). Names and messages are the
 * donors' own text (see toDonorText); amounts, dates, the currency and the campaign are the NGO's
 * and fail as everywhere else.
 */
export function validateDonors(input: unknown): DonorList {
  const value = toRecord(input, 'donors');
  const list: DonorList = {
    ...(value.id === undefined ? {} : { id: toText(value.id, 'id') }),
    currency: value.currency === undefined ? 'KZT' : toCurrency(value.currency),
    items: toItems(value.items).map((item, index) => {
      const record = toRecord(item, `items[${index}]`);
      const donor: Donor = {};
      const name = toDonorText(record.name, `items[${index}].name`);
      if (name !== undefined) donor.name = name;
      if (record.amount !== undefined && record.amount !== null)
        donor.amount = toAmount(record.amount, `items[${index}].amount`);
      const message = toDonorText(record.message, `items[${index}].message`);
      if (message !== undefined) donor.message = message;
      if (record.date !== undefined && record.date !== null) donor.date = toDate(record.date, `items[${index}].date`);
      return donor;
    }),
  };
  if (value.campaign !== undefined && value.campaign !== null) list.campaign = toText(value.campaign, 'campaign');
  return list;
}
