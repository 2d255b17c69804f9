export const lintCodes = [
  'invalid-json',
  'unreadable-file',
  'schema',
  'duplicate-id',
  'no-start',
  'unknown-start',
  'dangling-target',
  'unknown-outcome',
  'unknown-step-ref',
  'unreachable-step',
  'no-way-on',
  'cycle-no-exit',
  'conflicting-exit',
  'unknown-placeholder',
  'unknown-format',
  'malformed-placeholder',
  'placeholder-mismatch',
  'unknown-field',
  'missing-translation',
  'missing-options',
  'missing-label',
  'invalid-option',
  'too-many-steps',
  'too-many-options',
  'too-deep',
  'unanswerable-satisfier',
  'unknown-answer',
  'no-overall-rating',
  'several-overall-ratings',
  'invalid-range',
  'invalid-date',
  'wrong-field-type',
  'misused-operator',
  'custom-field-prefix',
  'format-version',
  'unknown-block',
  'flag-severity',
  'invalid-repeat',
  'sheet-cell',
] as const;
export type LintCode = (typeof lintCodes)[number];

/** One problem: where (a JSON path like `$.steps[3].options[1].goto`), a plain sentence, and a stable code. */
export type LintError = { path: string; message: string; code: LintCode };

export type LintCaps = {
  maxSteps: number;
  maxOptions: number;
  /** Nesting of all/any/not in appliesWhen. */
  maxConditionDepth: number;
  /** The most steps a shortest walk from the start may need to reach any step. */
  maxPathDepth: number;
};

export const defaultLintCaps: LintCaps = { maxSteps: 1000, maxOptions: 40, maxConditionDepth: 8, maxPathDepth: 600 };

/** `$.steps[3].options[1].goto` from ['steps', 3, 'options', 1, 'goto']. */
export function formatJsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}
