// Plain constants, free of zod, so the content script can import them without the schema library.

/** The standard fields every extractor fills when the page shows them. */
export const standardFieldKeys = [
  'name',
  'gender',
  'birthDate',
  'idNumber',
  'phone',
  'mobile',
  'email',
  'company',
  'address',
  'customerId',
  'product',
  'signDate',
  'owner',
] as const;
export type StandardFieldKey = (typeof standardFieldKeys)[number];
