import type { CustomerContext } from '../schemas/customer-context';

/** A value from the context, standard field or extra, trimmed; '' when absent. */
export function readValue(context: CustomerContext, key: string): string {
  const standard = (context.fields as Record<string, { value: string } | undefined>)[key];
  return (standard ?? context.extra[key])?.value.trim() ?? '';
}

/** Phones compared as digits, with the +86 / 0086 country prefix and any extension dropped. */
export function normalizePhoneForMatch(value: string): string {
  const digits = value.split(';')[0]?.replace(/\D/g, '') ?? '';
  if (digits.length > 11 && digits.startsWith('86')) return digits.slice(2);
  if (digits.length > 11 && digits.startsWith('0086')) return digits.slice(4);
  return digits;
}

export function normalizeAccountForMatch(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}
