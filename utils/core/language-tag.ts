/** A language tag as browsers report them (zh-CN, en-US, zh-Hans-CN, es-419); anything else is not a language. */
export function readLanguageTag(raw: unknown): string | null {
  return typeof raw === 'string' && raw.length <= 35 && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(raw) ? raw : null;
}
