// The sheet source (loaded on demand): RFC 4180 CSV from a published Google Sheet → resource payloads.
import { QoldauError } from '../errors.js';
import { configVersion } from './config.js';
import { expandUrl, fetchText } from './source.js';
import type { ResourceKind, ResourceRef, SheetSourceConfig } from './types.js';

/**
 * Parses CSV (RFC 4180): quoted fields with commas, newlines and `""` inside; LF, CRLF or CR line
 * ends; a leading BOM. Lenient where sheets are: an unterminated quote runs to the end.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') field += text[index++];
      else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/**
 * A number as people type it in sheets: `1 250 000` (spaces, no-break or narrow no-break spaces),
 * `1,250,000`, `1.250.000`, `0,9` or `1 250 000,50` (decimal comma), with an optional ₸ $ € ₽ sign.
 * Anything else is returned unchanged so validation reports it.
 */
export function parseSheetNumber(cell: string): number | string {
  const text = cell.replace(/[\s\u00a0\u202f'₸$€₽]/g, '');
  const number = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)
    ? Number(text.replace(/,/g, ''))
    : /^-?\d{1,3}(\.\d{3}){2,}$/.test(text)
      ? Number(text.replace(/\./g, ''))
      : /^-?\d+,\d+$/.test(text)
        ? Number(text.replace(',', '.'))
        : text === ''
          ? NaN
          : Number(text);
  return Number.isFinite(number) ? number : cell;
}

/** Columns are matched without regard to case; these are the field names they become. */
const FIELDS = [
  'id',
  'kind',
  'campaign',
  'raised',
  'goal',
  'currency',
  'donors',
  'endsAt',
  'startsAt',
  'updatedAt',
  'timezone',
  'capacity',
  'registered',
  'minAge',
  'guardian',
  'guardianMinAge',
  'value',
  'format',
  'amount',
  'name',
  'message',
  'date',
  'url',
  'skills',
  'shifts',
  'milestones',
  'title',
  'label',
  'noun',
  'location',
  'description',
  'set',
  'line',
  'x',
  'y',
  'deadline',
  'maxPerSignup',
  'onlineUrl',
  'waitlist',
  'fields',
  'min',
  'max',
  'defaultAmount',
  'frequency',
  'campaign',
  'impact',
];
const NUMBERS = new Set([
  'raised',
  'goal',
  'donors',
  'capacity',
  'registered',
  'minAge',
  'guardianMinAge',
  'value',
  'amount',
  'y',
  'maxPerSignup',
  'min',
  'max',
  'defaultAmount',
]);
const LISTS = new Set(['skills', 'shifts']);
/** Kinds whose rows are items of one resource, grouped by `id`. */
const ITEM_FIELDS: Partial<Record<ResourceKind, string[]>> = {
  allocation: ['label', 'amount'],
  donors: ['name', 'amount', 'message', 'date'],
};

const canonical = (header: string): string =>
  FIELDS.find((field) => field.toLowerCase() === header.trim().toLowerCase()) ?? header.trim();

function rowToRecord(headers: string[], cells: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  headers.forEach((header, column) => {
    const cell = (cells[column] ?? '').trim();
    if (cell === '') return;
    const localized = /^(.+)[_.](en|ru|kk)$/i.exec(header.trim());
    if (localized) {
      const base = canonical(localized[1]);
      const texts = (typeof record[base] === 'object' ? record[base] : (record[base] = {})) as Record<string, unknown>;
      texts[localized[2].toLowerCase()] = base === 'noun' ? cell.split('|').map((form) => form.trim()) : cell;
      return;
    }
    const name = canonical(header);
    if (typeof record[name] === 'object') return; // title_en etc. win over a plain title column
    record[name] = NUMBERS.has(name)
      ? parseSheetNumber(cell)
      : name === 'milestones'
        ? cell.split(';').map((amount) => ({ amount: parseSheetNumber(amount.trim()) }))
        : LISTS.has(name) && !cell.startsWith('[') // a JSON list (labels, spots) stays text for the validator
          ? cell
              .split(/[;,]/)
              .map((item) => item.trim())
              .filter(Boolean)
          : cell;
  });
  return record;
}

/** The payload of `ref` from parsed CSV rows (header row first); see docs/data.md for the columns. */
export function recordFromRows(rows: string[][], ref: ResourceRef): unknown {
  const [headers = [], ...body] = rows;
  const records = body
    .map((cells) => rowToRecord(headers, cells))
    .filter(
      (record) =>
        (record.kind === undefined || record.kind === ref.kind) && (record.id === undefined || record.id === ref.id),
    );
  if (ref.kind === 'metrics') {
    // A set is every metric row whose `set` column names it; "all" is every metric row.
    const items = body
      .map((cells) => rowToRecord(headers, cells))
      .filter((record) => (record.kind ?? 'metric') === 'metric' && (ref.id === 'all' || record.set === ref.id))
      .map(({ kind: _kind, set: _set, ...metric }) => metric);
    if (items.length === 0) throw new QoldauError('not-found', `metrics:${ref.id}`);
    return { id: ref.id, items };
  }
  if (ref.kind === 'series') {
    // One row per point (`x`, `y`); rows with the same `line` form one line, labelled by `label_*`.
    const rows = records.filter((record) => record.x !== undefined);
    if (rows.length === 0) throw new QoldauError('not-found', `series:${ref.id}`);
    const lines = new Map<unknown, Record<string, unknown>[]>();
    for (const row of rows) lines.set(row.line ?? '', [...(lines.get(row.line ?? '') ?? []), row]);
    const first = rows[0];
    return {
      id: ref.id,
      ...(first.format === undefined ? {} : { format: first.format }),
      ...(first.currency === undefined ? {} : { currency: first.currency }),
      series: [...lines.values()].map((points) => ({
        ...(points[0].label === undefined ? {} : { label: points[0].label }),
        points: points.map(({ x, y }) => ({ x, y })),
      })),
    };
  }
  if (ref.kind === 'donate') {
    // One row per suggested amount (`amount`, `impact_*`); the settings from the first row that has each.
    if (records.length === 0) throw new QoldauError('not-found', `donate:${ref.id}`);
    const first = (field: string) => records.find((record) => record[field] !== undefined)?.[field];
    const settings = ['currency', 'min', 'max', 'defaultAmount', 'frequency', 'campaign'].filter(
      (field) => first(field) !== undefined,
    );
    return {
      id: ref.id,
      ...Object.fromEntries(settings.map((field) => [field, first(field)])),
      amounts: records
        .filter((record) => record.amount !== undefined)
        .map(({ amount, impact }) => (impact === undefined ? { amount } : { amount, impact })),
    };
  }
  const itemFields = ITEM_FIELDS[ref.kind];
  if (itemFields) {
    if (records.length === 0) throw new QoldauError('not-found', `${ref.kind}:${ref.id}`);
    const currency = records.find((record) => record.currency !== undefined)?.currency;
    const campaign = records.find((record) => record.campaign !== undefined)?.campaign;
    return {
      id: ref.id,
      ...(currency === undefined ? {} : { currency }),
      ...(campaign === undefined ? {} : { campaign }),
      items: records.map((record) =>
        Object.fromEntries(itemFields.filter((field) => field in record).map((field) => [field, record[field]])),
      ),
    };
  }
  const record = records.find((item) => item.id === ref.id);
  if (!record) throw new QoldauError('not-found', `${ref.kind}:${ref.id}`);
  delete record.kind;
  return record;
}

const sheets = new Map<string, { at: number; version: number; rows: Promise<string[][]> }>();

/** Rows of the sheet at the URL for `ref`; one request serves every resource in the sheet. */
export async function loadSheet(source: SheetSourceConfig, ref: ResourceRef, maxAge: number): Promise<unknown> {
  const url = expandUrl(source.url, ref);
  let cached = sheets.get(url);
  if (!cached || cached.version !== configVersion() || Date.now() - cached.at > maxAge) {
    cached = {
      at: Date.now(),
      version: configVersion(),
      rows: fetchText(url, undefined, source.timeout).then(parseCsv),
    };
    sheets.set(url, cached);
    const attempt = cached;
    attempt.rows.catch(() => sheets.get(url) === attempt && sheets.delete(url));
  }
  return recordFromRows(await cached.rows, ref);
}
