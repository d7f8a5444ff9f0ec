// The client-side rules of the sign-up form: the same error codes the receiver answers with
// (FieldError codes: required, email, phone, contact, range, too-long, consent, select), so one
// summary shows both. Pure functions of FormData, checked in field order.
// TODO(forms-backend): swap for @qoldau/core's validate-form.ts once it lands (same codes).
import type { FieldError } from '../form/form-controller.js';

export type ContactRule = 'email' | 'phone' | 'either' | 'both';

export interface ExtraField {
  name: string;
  type: 'text' | 'select' | 'checkbox';
  label: Record<string, string> | string;
  required?: boolean;
  options?: { value: string; label: Record<string, string> | string }[];
}

export const MAX_TEXT = 200;
export const MAX_NOTE = 1000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A phone number in E.164, or undefined: Kazakhstan's `+7 701 234 56 78`, `8 701 234 5678` and
 * `87012345678` become `+77012345678`; other countries must start with `+`. Spaces, dashes, dots
 * and brackets are accepted (no input masks).
 */
export function toE164(value: string): string | undefined {
  const compact = value.replace(/[\s().-]/g, '');
  if (/^(?:\+7|8)\d{10}$/.test(compact)) return `+7${compact.slice(-10)}`;
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return undefined;
}

const text = (values: FormData, name: string) => String(values.get(name) ?? '').trim();

export interface SignupRuleOptions {
  contact: ContactRule;
  maxAttendees: number;
  extra: readonly ExtraField[];
}

export function validateSignup(values: FormData, options: SignupRuleOptions): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string) => errors.push({ field, code });
  const name = text(values, 'name');
  if (!name) add('name', 'required');
  else if (name.length > MAX_TEXT) add('name', 'too-long');

  const email = text(values, 'email');
  const phone = text(values, 'phone');
  const { contact } = options;
  if (contact !== 'phone') {
    if (email && !EMAIL.test(email)) add('email', 'email');
    else if (!email && (contact === 'email' || contact === 'both')) add('email', 'required');
    else if (!email && !phone && contact === 'either') add('email', 'contact');
  }
  if (contact !== 'email') {
    if (phone && !toE164(phone)) add('phone', 'phone');
    else if (!phone && (contact === 'phone' || contact === 'both')) add('phone', 'required');
  }

  const attendees = Number(text(values, 'attendees') || 1);
  if (!Number.isInteger(attendees) || attendees < 1 || attendees > options.maxAttendees) add('attendees', 'range');
  if (text(values, 'access').length > MAX_NOTE) add('access', 'too-long');

  for (const field of options.extra) {
    const value = text(values, `x-${field.name}`);
    if (field.required && !value) add(`x-${field.name}`, field.type === 'select' ? 'select' : 'required');
    else if (value.length > MAX_TEXT) add(`x-${field.name}`, 'too-long');
  }
  if (!values.get('consent')) add('consent', 'consent');
  return errors;
}
