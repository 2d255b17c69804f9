import type { LocalizedText } from '../script/localized';

/** Something the panel shows next to a deadline or a call: a code for tests and logic, words for people. */
export type RuleWarning = { code: string; text: LocalizedText };
