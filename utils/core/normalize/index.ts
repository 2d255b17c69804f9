export { normalizeDate, dateOrderForLang, type DateOrder } from './date';
export { normalizeGender } from './gender';
export { normalizePhone, type NormalizedPhone, type PhoneKind } from './phone';
export { normalizeSpace, normalizeLabel, stripSalutation, stripControlChars, normalizeEmail } from './text';
