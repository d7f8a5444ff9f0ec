// Validation of allocations (where the money went), as the impact chart draws them: its own module,
// so a chart page does not carry the other kinds' validators (nor validate-url.ts, which the event
// validator needs: that keeps toSafeUrl inside the data adapter's chunk). It does without
// validate-structure.ts on purpose: sharing it with the counter would cost both a chunk of its own.
import { QoldauError } from './errors.js';
import { isRecord, toAmount, toCurrency, toLocalizedText, toText, type LocalizedText } from './validate.js';

export interface AllocationItem {
  label: LocalizedText;
  amount: number;
}

/** Where the money goes, as the impact chart shows it. */
export interface Allocation {
  id?: string;
  currency: string;
  items: AllocationItem[];
}

/** Validates an allocation: at least one item, each with a label and an amount. */
export function validateAllocation(input: unknown): Allocation {
  if (!isRecord(input)) throw new QoldauError('invalid-type', 'allocation');
  const items = input.items;
  if (items === undefined || items === null || items === '') throw new QoldauError('missing-field', 'items');
  if (!Array.isArray(items) || items.length > 10_000) throw new QoldauError('invalid-type', 'items');
  if (items.length === 0) throw new QoldauError('missing-field', 'items');
  return {
    ...(input.id === undefined ? {} : { id: toText(input.id, 'id') }),
    currency: input.currency === undefined ? 'KZT' : toCurrency(input.currency),
    items: items.map((item: unknown, index) => {
      const field = `items[${index}]`;
      if (!isRecord(item)) throw new QoldauError('invalid-type', field);
      const { label, amount } = item;
      if (label === undefined || label === null || label === '')
        throw new QoldauError('missing-field', `${field}.label`);
      if (amount === undefined || amount === null || amount === '')
        throw new QoldauError('missing-field', `${field}.amount`);
      return { label: toLocalizedText(label, `${field}.label`), amount: toAmount(amount, `${field}.amount`) };
    }),
  };
}
